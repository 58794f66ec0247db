import {
  type Evaluation,
  formatChange,
  formatDensity,
  formatNumber,
  formatPercent,
  formatQuantity,
  type Implied,
  type Interval,
  intervalsOverlap,
  localize,
} from '@chitieu/core';
import type { ReactNode } from 'react';
import { Figure } from '../figure/Figure';
import { usePlaygroundGlobals, useT } from '../globals';

interface Row {
  readonly key: string;
  readonly id: string;
  readonly indicator: string;
  readonly stated: string;
  readonly derived: string;
  readonly range?: string;
  readonly note?: string;
}

type T = (text: { readonly vi: string; readonly en: string }) => string;

/** A printed figure keeps its printed decimals: `80.00` shows as `80,00`. */
function printed(value: string | number, locale: string): string {
  const text = String(value);
  return formatNumber(text, { locale, decimals: (text.split('.')[1] ?? '').length });
}

/** Decimals for a derived value: two more than the indicator shows when it is stated in a scale (`3.608,35 tỷ`). */
function derivedDecimals(e: Evaluation): number {
  return e.indicator.scale > 0 ? e.indicator.decimals + 2 : e.indicator.decimals;
}

function range(interval: Interval, locale: string, decimals: number): string {
  return `${formatNumber(interval.min, { locale, decimals })} – ${formatNumber(interval.max, { locale, decimals })}`;
}

function quantity(e: Evaluation, value: string | number, locale: string, decimals?: number): string {
  return formatQuantity(value, { locale, indicator: e.indicator, ...(decimals === undefined ? {} : { decimals }) });
}

function population(implied: Implied, locale: string, t: T): string {
  return `${formatNumber(implied.value, { locale, decimals: 0 })} ${t({ vi: 'dân', en: 'inhabitants' })}`;
}

/** Rows for every figure the report states and what the core derives from it. */
export function statedVsDerivedRows(evaluations: readonly Evaluation[], locale: string, t: T): Row[] {
  const rows: Row[] = [];
  for (const e of evaluations) {
    const name = localize(e.indicator.name, locale);
    const stated = e.observation.stated;
    const next = e.observation.nextTarget;
    const id = e.indicator.id;
    const actual = e.actual === null ? null : quantity(e, e.actual, locale);
    if (stated?.completion !== undefined && e.implied.target && actual !== null) {
      rows.push({
        id,
        key: `${id}-plan`,
        indicator: name,
        stated: t({
          vi: `${actual}, đạt ${printed(stated.completion, locale)}% kế hoạch`,
          en: `${actual}, ${printed(stated.completion, locale)}% of plan`,
        }),
        derived:
          t({ vi: 'Kế hoạch ≈ ', en: 'Plan ≈ ' }) + quantity(e, e.implied.target.value, locale, derivedDecimals(e)),
        range: range(e.implied.target.interval, locale, derivedDecimals(e)),
      });
    }
    if (stated?.density !== undefined && e.implied.population) {
      rows.push({
        id,
        key: `${id}-population`,
        indicator: name,
        stated: t({ vi: 'Mật độ ', en: 'Density ' }) + formatDensity(stated.density, e.indicator, { locale }),
        derived: t({ vi: 'Dân số ≈ ', en: 'Population ≈ ' }) + population(e.implied.population, locale, t),
        range: range(e.implied.population.interval, locale, 0),
      });
    }
    if (next !== undefined && e.requiredGrowth !== null) {
      rows.push({
        id,
        key: `${id}-growth`,
        indicator: name,
        stated: t({
          vi: `Kế hoạch ${next.period}: ${quantity(e, next.value, locale)}`,
          en: `${next.period} target: ${quantity(e, next.value, locale)}`,
        }),
        derived:
          t({ vi: 'Cần tăng ', en: 'Growth needed ' }) +
          formatPercent(e.requiredGrowth, { locale, decimals: 2, sign: 'except-zero' }),
      });
    }
    if (next?.density !== undefined && e.implied.nextPopulation) {
      rows.push({
        id,
        key: `${id}-next-population`,
        indicator: name,
        // the report's own unit words: `80,00 máy/100 dân` for phones, `50,60 thuê bao/100 dân`
        stated:
          t({ vi: `Mật độ ${next.period}: `, en: `${next.period} density: ` }) +
          formatDensity(next.density, e.indicator, { locale }),
        derived: t({ vi: 'Dân số ≈ ', en: 'Population ≈ ' }) + population(e.implied.nextPopulation, locale, t),
        range: range(e.implied.nextPopulation.interval, locale, 0),
      });
    }
    if (stated?.change !== undefined) {
      // the report's words, verb included (`tăng 51 lần so với năm 2019`), from the core
      const text = formatChange(stated.change, e.indicator, { locale });
      rows.push({
        id,
        key: `${id}-change`,
        indicator: name,
        stated: text,
        derived: e.implied.previous
          ? t({ vi: 'Cùng kỳ ≈ ', en: 'Previous ≈ ' }) + quantity(e, e.implied.previous.value, locale)
          : t({ vi: 'Không có số thực hiện để suy ra', en: 'No actual to derive from' }),
        ...(e.implied.previous ? { range: range(e.implied.previous.interval, locale, 2) } : {}),
      });
    }
    if (stated?.rank !== undefined) {
      const scope = stated.rank.scope === undefined ? '' : ` ${localize(stated.rank.scope, locale)}`;
      rows.push({
        id,
        key: `${id}-rank`,
        indicator: name,
        stated: t({ vi: `đứng thứ ${stated.rank.rank}${scope}`, en: `ranked ${stated.rank.rank}${scope}` }),
        derived: t({ vi: 'Thứ hạng (không suy ra gì thêm)', en: 'A rank (nothing more to derive)' }),
      });
    }
  }
  return rows;
}

/**
 * Checks between stated figures: two printed densities that imply populations whose intervals
 * do not overlap cannot both be right (domain.md §4: the 2021 phone and broadband targets).
 */
export function populationFindings(evaluations: readonly Evaluation[], locale: string, t: T): string[] {
  const implied = evaluations.flatMap((e) => {
    const name = localize(e.indicator.name, locale);
    const out: { name: string; label: string; value: Implied }[] = [];
    if (e.implied.population) out.push({ name, label: e.observation.period, value: e.implied.population });
    if (e.implied.nextPopulation && e.observation.nextTarget)
      out.push({ name, label: e.observation.nextTarget.period, value: e.implied.nextPopulation });
    return out;
  });
  const findings: string[] = [];
  for (const [i, a] of implied.entries()) {
    for (const b of implied.slice(i + 1)) {
      if (a.label !== b.label || intervalsOverlap(a.value.interval, b.value.interval)) continue;
      findings.push(
        t({
          vi: `Hai chỉ tiêu năm ${a.label} giả định hai dân số khác nhau: ${a.name} ≈ ${population(a.value, locale, t)}, ${b.name} ≈ ${population(b.value, locale, t)} — kể cả khi tính sai số làm tròn, hai khoảng không giao nhau.`,
          en: `Two ${a.label} figures assume different populations: ${a.name} ≈ ${population(a.value, locale, t)}, ${b.name} ≈ ${population(b.value, locale, t)} — even allowing for rounding, the intervals do not overlap.`,
        }),
      );
    }
  }
  return findings;
}

export interface StatedVsDerivedProps {
  readonly evaluations: readonly Evaluation[];
}

/** What the report states beside what the library derives from it, with the rounding interval. */
export function StatedVsDerived({ evaluations }: StatedVsDerivedProps): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const t = useT();
  const rows = statedVsDerivedRows(evaluations, locale, t);
  const findings = populationFindings(evaluations, locale, t);
  return (
    <div className="pg-stack">
      <table className="pg-table pg-table--stack">
        <caption>
          {t({ vi: 'Báo cáo nêu và thư viện suy ra', en: 'What the report states and what the library derives' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t({ vi: 'Chỉ tiêu', en: 'Indicator' })}</th>
            <th scope="col">{t({ vi: 'Báo cáo nêu', en: 'Report states' })}</th>
            <th scope="col">{t({ vi: 'Suy ra', en: 'Derived' })}</th>
            <th scope="col" className="pg-num">
              {t({ vi: 'Khoảng do làm tròn', en: 'Range allowed by rounding' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              {rows[index - 1]?.id !== row.id && (
                <th scope="rowgroup" rowSpan={rows.filter((r) => r.id === row.id).length}>
                  {row.indicator}
                </th>
              )}
              <td data-label={t({ vi: 'Báo cáo nêu', en: 'Report states' })}>
                <Figure text={row.stated} />
              </td>
              <td data-label={t({ vi: 'Suy ra', en: 'Derived' })}>
                <Figure text={row.derived} />
              </td>
              <td className="pg-num" data-label={t({ vi: 'Khoảng do làm tròn', en: 'Range allowed by rounding' })}>
                <Figure text={row.range ?? '—'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {findings.length > 0 && (
        <section aria-labelledby="pg-findings" className="pg-finding">
          <h3 id="pg-findings" className="pg-h2">
            {t({ vi: 'Phát hiện khi đối chiếu', en: 'Cross-check findings' })}
          </h3>
          <ul>
            {findings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
