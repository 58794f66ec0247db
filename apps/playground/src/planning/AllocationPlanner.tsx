import { type AllocationTieBreak, allocate, ChitieuError, compareDecimals, formatNumber } from '@chitieu/core';
import { type ReactNode, useId, useState } from 'react';
import { usePlaygroundGlobals, useT } from '../globals';

/** The 2021 revenue plan of the Thanh Hóa review: `phấn đấu doanh thu toàn ngành đạt 3.745 tỷ đồng`. */
export const REVENUE_PLAN_2021 = '3745';

/**
 * An example seasonal profile of monthly revenue, in percent of the year (illustrative: the
 * report gives no monthly figures). December carries the year-end billing peak.
 */
export const EXAMPLE_MONTH_PROFILE = ['7', '6', '8', '8', '8', '8', '8', '8', '8', '9', '10', '12'] as const;

/**
 * Example weights for districts: illustrative populations, rounded, NOT official statistics;
 * they only show how a plan splits by population.
 */
export const EXAMPLE_DISTRICTS = [
  { vi: 'TP. Thanh Hóa', en: 'Thanh Hóa City', population: '480000' },
  { vi: 'TP. Sầm Sơn', en: 'Sầm Sơn City', population: '110000' },
  { vi: 'TX. Bỉm Sơn', en: 'Bỉm Sơn Town', population: '60000' },
  { vi: 'Huyện Quảng Xương', en: 'Quảng Xương District', population: '230000' },
  { vi: 'Huyện Thọ Xuân', en: 'Thọ Xuân District', population: '240000' },
  { vi: 'Các huyện còn lại', en: 'Other districts', population: '2530000' },
] as const;

export interface AllocationPlannerProps {
  /** Split over the 12 months by a seasonal profile, or over districts by population. */
  readonly by: 'months' | 'districts';
  readonly initialDecimals?: number | undefined;
  readonly initialTieBreak?: AllocationTieBreak | undefined;
}

/** Splits the 2021 revenue plan exactly with the core's `allocate`; the parts always sum to the plan. */
export function AllocationPlanner(props: AllocationPlannerProps): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = useT();
  const id = useId();
  const [decimals, setDecimals] = useState(props.initialDecimals ?? 0);
  const [tieBreak, setTieBreak] = useState<AllocationTieBreak>(props.initialTieBreak ?? 'larger-weight');
  const [evenly, setEvenly] = useState(false);
  const months = props.by === 'months';
  const labels = months
    ? Array.from({ length: 12 }, (_, i) =>
        t({
          vi: `Tháng ${i + 1}`,
          en: new Date(Date.UTC(2021, i, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
        }),
      )
    : EXAMPLE_DISTRICTS.map((d) => d[locale]);
  const weights: readonly string[] = months ? EXAMPLE_MONTH_PROFILE : EXAMPLE_DISTRICTS.map((d) => d.population);
  let result: ReturnType<typeof allocate> | null = null;
  let error: string | null = null;
  try {
    result = allocate(REVENUE_PLAN_2021, {
      ...(evenly ? { evenly: weights.length } : months ? { profile: weights } : { weights }),
      decimals,
      tieBreak,
      cumulative: true,
    });
  } catch (e) {
    error = ChitieuError.is(e) ? e.message : String(e);
  }
  const fmt = (v: string) => formatNumber(v, { locale, decimals });
  const total = result?.cumulative?.at(-1);
  const exact = total !== undefined && compareDecimals(total, REVENUE_PLAN_2021) === 0;
  const unit = t({ vi: 'tỷ đồng', en: 'billion VND' });
  return (
    <section className="pg-stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="pg-h2">
        {months
          ? t({ vi: 'Kế hoạch doanh thu 2021 theo tháng', en: '2021 revenue plan by month' })
          : t({ vi: 'Kế hoạch doanh thu 2021 theo đơn vị', en: '2021 revenue plan by district' })}
      </h2>
      <p className="pg-muted">
        {t({
          vi: `Kế hoạch năm: ${fmt(REVENUE_PLAN_2021)} ${unit} (phấn đấu đạt 3.745 tỷ đồng). `,
          en: `Year plan: ${fmt(REVENUE_PLAN_2021)} ${unit} (the 3,745 billion VND target). `,
        })}
        {months
          ? t({
              vi: 'Tỷ trọng theo tháng là ví dụ minh hoạ, không phải số liệu của báo cáo.',
              en: 'The monthly shares are an illustrative example, not figures from the report.',
            })
          : t({
              vi: 'Dân số các đơn vị là số ví dụ minh hoạ (làm tròn), không phải số liệu thống kê chính thức.',
              en: 'The district populations are illustrative example figures (rounded), not official statistics.',
            })}
      </p>
      <fieldset className="pg-fieldset">
        <legend>{t({ vi: 'Cách chia', en: 'How to split' })}</legend>
        <div className="pg-toolbar">
          <label>
            {t({ vi: 'Số chữ số thập phân ', en: 'Decimals ' })}
            <select className="pg-select" value={decimals} onChange={(e) => setDecimals(Number(e.target.value))}>
              {[0, 1, 2].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t({ vi: 'Khi phần dư bằng nhau ', en: 'Equal remainders ' })}
            <select
              className="pg-select"
              value={tieBreak}
              onChange={(e) => setTieBreak(e.target.value as AllocationTieBreak)}
            >
              <option value="larger-weight">{t({ vi: 'tỷ trọng lớn hơn trước', en: 'larger weight first' })}</option>
              <option value="earlier">{t({ vi: 'dòng trên trước', en: 'earlier row first' })}</option>
              <option value="later">{t({ vi: 'dòng dưới trước', en: 'later row first' })}</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={evenly} onChange={(e) => setEvenly(e.target.checked)} />{' '}
            {t({ vi: 'Chia đều', en: 'Split evenly' })}
          </label>
        </div>
      </fieldset>
      {error !== null ? (
        <p role="alert">{error}</p>
      ) : result !== null ? (
        <>
          <table className="pg-table">
            <caption>
              {months
                ? t({ vi: 'Phân bổ kế hoạch theo tháng, lũy kế', en: 'Monthly plan with year-to-date totals' })
                : t({ vi: 'Phân bổ kế hoạch theo dân số', en: 'Plan split by population' })}
              {` (${unit})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">{months ? t({ vi: 'Tháng', en: 'Month' }) : t({ vi: 'Đơn vị', en: 'District' })}</th>
                <th scope="col">
                  {evenly
                    ? t({ vi: 'Trọng số', en: 'Weight' })
                    : months
                      ? t({ vi: 'Tỷ trọng (%)', en: 'Share (%)' })
                      : t({ vi: 'Dân số (ví dụ)', en: 'Population (example)' })}
                </th>
                <th scope="col">{t({ vi: 'Kế hoạch', en: 'Plan' })}</th>
                {months ? <th scope="col">{t({ vi: 'Lũy kế', en: 'Year to date' })}</th> : null}
              </tr>
            </thead>
            <tbody>
              {result.parts.map((part, i) => (
                <tr key={labels[i]}>
                  <th scope="row">{labels[i]}</th>
                  <td className="pg-num">{evenly ? '1' : formatNumber(weights[i] ?? '0', { locale })}</td>
                  <td className="pg-num">{fmt(part)}</td>
                  {months ? <td className="pg-num">{fmt(result.cumulative?.[i] ?? '0')}</td> : null}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t({ vi: 'Cộng', en: 'Total' })}</th>
                <td />
                <td className="pg-num">{total !== undefined ? fmt(total) : ''}</td>
                {months ? <td /> : null}
              </tr>
            </tfoot>
          </table>
          <p role="status">
            {exact
              ? t({
                  vi: `✓ Các phần cộng lại đúng bằng kế hoạch năm ${fmt(REVENUE_PLAN_2021)} ${unit}; mỗi phần lệch phần chính xác dưới một đơn vị (${fmt(result.unit)}).`,
                  en: `✓ The parts add up to exactly the year plan of ${fmt(REVENUE_PLAN_2021)} ${unit}; each is within one unit (${fmt(result.unit)}) of its exact share.`,
                })
              : t({ vi: '✗ Các phần không cộng lại bằng kế hoạch.', en: '✗ The parts do not add up to the plan.' })}
          </p>
        </>
      ) : null}
    </section>
  );
}
