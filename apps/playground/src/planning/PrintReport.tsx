import { type Dataset, type Evaluation, evaluateDataset, localize, narrate, nextTargetPhrase } from '@chitieu/core';
import { ChitieuProvider } from '@chitieu/react';
import type { ReactNode } from 'react';
import { thanhHoa2020, thanhHoa2020WithPlans } from '../thanh-hoa/data';
import { HeadlineCards } from '../thanh-hoa/HeadlineCards';
import { printRows } from './report-rows';
import './print.css';

const WORDS = {
  vi: {
    source: 'Nguồn: ',
    cards: 'I. CHỈ TIÊU CHÍNH',
    derived:
      'Báo cáo chỉ nêu % kế hoạch, không nêu kế hoạch; các thẻ dùng kế hoạch suy ra từ % đó. Bảng dưới đây giữ đúng số liệu báo cáo.',
    results: (y: string) => `II. KẾT QUẢ THỰC HIỆN NĂM ${y}`,
    table: (y: string) => `III. BẢNG CHỈ TIÊU NĂM ${y}`,
    caption: (y: string) => `Bảng 1. Kết quả thực hiện các chỉ tiêu năm ${y}`,
    targets: (y: string) => `IV. MỤC TIÊU NĂM ${y}`,
    head: ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', '% KH', 'So cùng kỳ'],
    estimated: ' (ước)',
    printHint: 'Bản in khổ A4: dùng lệnh In của trình duyệt (Ctrl+P).',
  },
  en: {
    source: 'Source: ',
    cards: 'I. HEADLINE INDICATORS',
    derived:
      'The report states % of plan but never the plan; the cards use the plan that % implies. The table below keeps the report’s figures as stated.',
    results: (y: string) => `II. RESULTS FOR ${y}`,
    table: (y: string) => `III. INDICATOR TABLE, ${y}`,
    caption: (y: string) => `Table 1. Indicator results for ${y}`,
    targets: (y: string) => `IV. TARGETS FOR ${y}`,
    head: ['No.', 'Indicator', 'Unit', 'Plan', 'Actual', '% of plan', 'vs same period'],
    estimated: ' (est.)',
    printHint: 'A4 print layout: use the browser’s Print command (Ctrl+P).',
  },
};

export interface PrintReportProps {
  readonly locale: 'vi' | 'en';
  /** The dataset to print (default: Thanh Hóa 2020). */
  readonly dataset?: Dataset | undefined;
  readonly year?: string | undefined;
}

/**
 * The dashboard's headline cards and the year-end report on A4: numbered sections, the
 * narrative per sector, the indicator table with a header that repeats on every page, next
 * year's targets. Print CSS in `print.css`.
 */
export function PrintReport(props: PrintReportProps): ReactNode {
  const { locale } = props;
  const dataset = props.dataset ?? thanhHoa2020;
  const year = props.year ?? '2020';
  const W = WORDS[locale];
  const evaluations: readonly Evaluation[] = evaluateDataset(dataset);
  const rows = printRows(dataset, evaluations, locale);
  const cards = props.dataset ? dataset : thanhHoa2020WithPlans;
  const sectors: { label: string; sentences: string[] }[] = [];
  for (const e of evaluations) {
    const label = e.indicator.group === undefined ? '' : localize(e.indicator.group, locale);
    let s = sectors.find((x) => x.label === label);
    if (!s) {
      s = { label, sentences: [] };
      sectors.push(s);
    }
    s.sentences.push(narrate(e, { locale }));
  }
  const nextTargets = dataset.observations.filter((o) => o.nextTarget !== undefined);
  const nextYear = nextTargets[0]?.nextTarget?.period ?? String(Number(year) + 1);
  return (
    <ChitieuProvider locale={locale} theme="light">
      <article className="pr-paper" data-theme="light" data-ct-theme="light" lang={locale}>
        <p className="pr-meta pr-screen-only">{W.printHint}</p>
        <h1>{localize(dataset.title, locale)}</h1>
        {dataset.source ? (
          <p className="pr-meta">
            {W.source}
            {dataset.source}
          </p>
        ) : null}

        <section className="pr-section" aria-labelledby="pr-cards">
          <h2 id="pr-cards">{W.cards}</h2>
          <p>{W.derived}</p>
          <HeadlineCards dataset={cards} className="pr-cards" />
        </section>

        <section className="pr-section" aria-labelledby="pr-results">
          <h2 id="pr-results">{W.results(year)}</h2>
          {sectors.map((s, i) => (
            <div className="pr-sector" key={s.label || i}>
              {s.label ? <h3>{`${i + 1}. ${s.label}`}</h3> : null}
              {s.sentences.map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </div>
          ))}
        </section>

        <section className="pr-section" aria-labelledby="pr-table">
          <h2 id="pr-table">{W.table(year)}</h2>
          <table className="pr-table">
            <caption>{W.caption(year)}</caption>
            <colgroup>
              {[6, 27, 13, 12, 15, 12, 15].map((w, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed column list
                <col key={i} style={{ width: `${w}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {W.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) =>
                r.kind === 'group' ? (
                  <tr key={r.key} className="pr-group">
                    <td className="pr-c">{r.number}</td>
                    <td colSpan={6}>{r.label}</td>
                  </tr>
                ) : (
                  <tr key={r.key}>
                    <td className="pr-c">{r.number}</td>
                    <td
                      className={r.level > 0 ? 'pr-child' : undefined}
                      style={{ paddingLeft: `${4 + r.level * 12}pt` }}
                    >
                      {r.name}
                    </td>
                    <td className="pr-c">{r.unit}</td>
                    <td className="pr-num">{r.plan}</td>
                    <td className="pr-num">
                      {r.actual}
                      {r.estimated ? W.estimated : ''}
                    </td>
                    <td className="pr-num">{r.completion}</td>
                    <td>{r.change}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </section>

        <section className="pr-section" aria-labelledby="pr-targets">
          <h2 id="pr-targets">{W.targets(nextYear)}</h2>
          {evaluations
            .filter((e) => e.observation.nextTarget !== undefined)
            .map((e) => (
              <p
                key={e.indicator.id}
              >{`${localize(e.indicator.name, locale)}: ${nextTargetPhrase(e, { locale }) ?? ''}.`}</p>
            ))}
        </section>
      </article>
    </ChitieuProvider>
  );
}
