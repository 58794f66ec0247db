import { localize } from '@chitieu/core';
import { ReportSummary, Scorecard } from '@chitieu/react';
import type { ReactNode } from 'react';
import { usePlaygroundGlobals, useT } from '../globals';
import { thanhHoa2020, thanhHoa2020WithPlans, thanhHoaEvaluations } from './data';
import { HeadlineCards } from './HeadlineCards';
import { StatedVsDerived } from './StatedVsDerived';

/** Headline indicators: those the report gives a % of plan for. */

/** The 2020 year-end review of Thanh Hóa's Department of Information and Communications, as a dashboard. */
export function ThanhHoaDashboard(props: { readonly scorecardHeight?: number }): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = useT();
  const dataset = thanhHoa2020WithPlans;
  return (
    <main className="pg-stack">
      <header>
        <h1 className="pg-h1">{localize(thanhHoa2020.title, locale)}</h1>
        <p className="pg-muted">
          {/* the report's public title and where it was given, never a file of this repository */}
          {t({
            vi: `Nguồn: ${thanhHoa2020.source}`,
            en: 'Source: «Tổng kết công tác Thông tin và Truyền thông năm 2020» (the 2020 year-end review of information and communications) — Thanh Hóa Department of Information and Communications, review conference of 11-01-2021 (article by Lan Phương, January 2021)',
          })}
        </p>
        <p className="pg-muted">
          {t({
            vi: 'Báo cáo chỉ nêu % kế hoạch, không nêu kế hoạch; thẻ và bảng dùng kế hoạch suy ra từ % đó (xem bảng đối chiếu cuối trang).',
            en: 'The report states % of plan but never the plan; the cards and the table use the plan that % implies (see the comparison at the end).',
          })}
        </p>
      </header>

      <section aria-labelledby="th-cards">
        <h2 id="th-cards" className="pg-h2">
          {t({ vi: 'Chỉ tiêu chính', en: 'Headline indicators' })}
        </h2>
        <HeadlineCards dataset={dataset} className="pg-grid pg-plain-list" />
      </section>

      <section aria-labelledby="th-scorecard">
        <h2 id="th-scorecard" className="pg-h2">
          {t({ vi: 'Bảng chỉ tiêu', en: 'Scorecard' })}
        </h2>
        <Scorecard dataset={dataset} defaultExpanded="all" height={props.scorecardHeight ?? 900} />
      </section>

      <section aria-labelledby="th-narrative">
        <h2 id="th-narrative" className="pg-h2">
          {t({ vi: 'Tóm tắt bằng lời', en: 'In words' })}
        </h2>
        <ReportSummary dataset={dataset} detail />
      </section>

      <section aria-labelledby="th-derived">
        <h2 id="th-derived" className="pg-h2">
          {t({ vi: 'Đối chiếu', en: 'Cross-check' })}
        </h2>
        <StatedVsDerived evaluations={thanhHoaEvaluations} />
      </section>
    </main>
  );
}
