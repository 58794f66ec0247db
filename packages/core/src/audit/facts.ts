import { mul, type Num, pow10, toNum } from '../decimal/decimal';
import { fold } from '../extract/fold';
import { nameKey } from '../extract/name-key';
import type { PlanKind, Quantity, StatedCompletion, Statement } from '../extract/types';
import { formatNumber } from '../format/format-number';
import { fromInterval, intervalNum, type NumInterval, scaleInterval as scale } from '../math/interval';
import type { ComparisonBase, Dataset, Direction, Indicator, Interval } from '../model/types';

/** A number with its printed-precision interval and how it was written. */
export interface Figure {
  readonly point: Num;
  readonly interval: NumInterval;
  readonly text: string;
  /** Canonical decimals with the printed precision (`80.00`), for computation strings. */
  readonly printed: string;
}

/**
 * One statement or observation reduced to what the checks compare. Values are in units
 * (`3.630 tỷ đồng` → 3 630 000 000 000); percentages in percent as printed.
 * @internal
 */
export interface Fact {
  readonly ref: number;
  readonly key: readonly string[] | string;
  readonly label: string;
  readonly period?: string | undefined;
  /**
   * `uncertain` when the statement's target/actual reading is doubted: such a fact is never
   * compared as an actual with a target or as a target with an actual (completion against another
   * statement's plan, growth, a change's base, a component's total); where the kind does not matter
   * it is still checked — its stated completion against a plan stated in the same statement, its
   * own change against a certain actual of the base period, its density.
   */
  readonly kind: 'actual' | 'target' | 'uncertain';
  readonly unit?: string | undefined;
  readonly percentUnit: boolean;
  readonly direction: Direction;
  /** Absent when the value is approximate (`khoảng`, `hơn`): it is no exact figure. */
  readonly value?: Figure | undefined;
  readonly target?: Figure | undefined;
  readonly previous?: Figure | undefined;
  readonly population?: Figure | undefined;
  readonly completion?: Figure | undefined;
  /** What the stated completion is of: a completion of a `forecast` is checked only against a plan stated beside it. */
  readonly completionOf?: PlanKind | undefined;
  readonly density?: (Figure & { readonly per: Num; readonly population: string }) | undefined;
  readonly changes: readonly (Figure & {
    readonly form: 'ratio' | 'rate' | 'times' | 'points';
    readonly base?: ComparisonBase | undefined;
  })[];
  readonly parent?: number | undefined;
}

const fig = (point: string, interval: Interval, text: string, decimals?: number): Figure => ({
  point: toNum(point),
  interval: fromInterval(interval),
  text,
  printed: decimals === undefined ? point : formatNumber(point, { locale: 'en', decimals, grouping: false }),
});
const printedFig = (printed: string, text: string, scaleBy = 0): Figure => {
  const iv = intervalNum(printed);
  const k = pow10(scaleBy);
  return { point: mul(toNum(printed), k), interval: scaleBy ? scale(iv, k) : iv, text, printed };
};

/** `3.630 tỷ đồng` as printed. */
const printedQuantity = (q: Quantity): string =>
  [q.number.text, q.scaleWord, q.unit].filter(Boolean).join(' ').replace(' %', '%');

/** `100,6%` or `vượt 5,88%` as printed. */
const completionText = (c: StatedCompletion): string =>
  c.form === 'exceeded-by' ? `+${c.percent.text}%` : `${c.percent.text}%`;

const isCertain = (f: { readonly confidence?: string | undefined } | undefined): boolean =>
  f !== undefined && f.confidence !== 'uncertain';

/**
 * The statement with only its certain fields: an `uncertain` field (a bracketed figure, a
 * share, a plan's figure in a results clause, …) is never audited. An uncertain target/actual
 * reading stays, as the fact's kind `uncertain` ({@link Fact.kind}).
 */
function certainOnly(s: Statement): Statement {
  const out: Record<string, unknown> = { ...s, changes: s.changes.filter(isCertain) };
  for (const k of ['value', 'completion', 'target', 'previous', 'density'] as const) {
    if (s[k] && !isCertain(s[k])) delete out[k];
  }
  return out as unknown as Statement;
}

/** Facts of extracted statements; names are matched by {@link nameKey}. @internal */
export function statementFacts(statements: readonly Statement[]): Fact[] {
  return statements.map(certainOnly).map((s) => {
    const name = s.fullName?.value ?? s.name?.value ?? s.subject?.value ?? '';
    const v = s.value?.value;
    const unit = v?.unitCode ?? (v?.unit ? fold(v.unit) : undefined);
    const percentUnit = v?.unitCode === 'percent';
    const exact = v && !v.approximate ? fig(v.base, v.baseInterval, printedQuantity(v)) : undefined;
    const t = s.target?.value;
    const p = s.previous?.value;
    const fact: Fact = {
      ref: s.index,
      key: nameKey(name),
      label: name,
      period: s.period?.value,
      kind: s.kind.confidence === 'uncertain' ? 'uncertain' : s.kind.value,
      unit,
      percentUnit,
      direction: 'higher-is-better',
      value: exact,
      target: t && !t.approximate ? fig(t.base, t.baseInterval, printedQuantity(t)) : undefined,
      previous: p && !p.approximate ? fig(p.base, p.baseInterval, printedQuantity(p)) : undefined,
      completion:
        s.completion && !s.completion.value.approximate
          ? fig(
              s.completion.value.percent.value,
              s.completion.value.percent.interval,
              completionText(s.completion.value),
              s.completion.value.percent.decimals,
            )
          : undefined,
      completionOf: s.completion?.value.of,
      density: s.density
        ? {
            ...fig(
              s.density.value.value.value,
              s.density.value.value.interval,
              `${s.density.value.value.text} ${s.density.value.unit ?? ''}/${s.density.value.per} ${s.density.value.population}`.replace(
                ' /',
                '/',
              ),
              s.density.value.value.decimals,
            ),
            per: toNum(s.density.value.per),
            population: fold(s.density.value.population),
          }
        : undefined,
      changes: s.changes
        .filter((c) => !c.value.approximate)
        .map((c) => ({
          ...fig(c.value.amount.value, c.value.amount.interval, c.span.text, c.value.amount.decimals),
          form: c.value.form,
          base: c.value.base,
        })),
      parent: s.parent?.value,
    };
    return fact;
  });
}

/** Printed form of a dataset value: its string keeps the precision (`"80.00"`). */
const text = (value: string, indicator: Indicator): string =>
  indicator.scale ? `${value} ×10^${indicator.scale}` : value;

/** Facts of a dataset's observations, and one target fact per `nextTarget`. @internal */
export function datasetFacts(dataset: Dataset): Fact[] {
  const byId = new Map(dataset.indicators.map((i) => [i.id, i] as const));
  // the first observation of each indicator and period, for a component's total (one pass, not
  // a search per component: 16,000 components of one total took 25 s)
  const firstOf = new Map<string, number>();
  dataset.observations.forEach((o, i) => {
    const key = `${o.indicator}\u0000${o.period}`;
    if (!firstOf.has(key)) firstOf.set(key, i);
  });
  const facts: Fact[] = [];
  dataset.observations.forEach((o, ref) => {
    const ind = byId.get(o.indicator);
    if (!ind) return;
    const s = ind.scale;
    const name = typeof ind.name === 'string' ? ind.name : (ind.name.vi ?? ind.name.en ?? ind.id);
    const percentUnit = ind.unit.kind === 'percent';
    const base = {
      ref,
      key: ind.id,
      label: name,
      unit: ind.unit.code,
      percentUnit,
      direction: ind.direction,
      parent: undefined,
    };
    const per = ind.density ? toNum(ind.density.per) : undefined;
    const stated = o.stated;
    const parentObs = ind.parent ? (firstOf.get(`${ind.parent}\u0000${o.period}`) ?? -1) : -1;
    facts.push({
      ...base,
      period: o.period,
      kind: 'actual',
      value: o.actual ? printedFig(o.actual, text(o.actual, ind), s) : undefined,
      target: typeof o.target === 'string' ? printedFig(o.target, text(o.target, ind), s) : undefined,
      previous: o.previous ? printedFig(o.previous, text(o.previous, ind), s) : undefined,
      population: o.population ? printedFig(o.population, o.population) : undefined,
      completion: stated?.completion ? printedFig(stated.completion, `${stated.completion}%`) : undefined,
      density:
        stated?.density && per ? { ...printedFig(stated.density, stated.density), per, population: 'dan' } : undefined,
      changes: stated?.change
        ? [
            {
              ...printedFig(stated.change.value, stated.change.value),
              form: stated.change.form,
              base: stated.change.base ?? o.base,
            },
          ]
        : [],
      parent: parentObs >= 0 ? parentObs : undefined,
    });
    if (o.nextTarget) {
      const n = o.nextTarget;
      facts.push({
        ...base,
        period: n.period,
        kind: 'target',
        value: printedFig(n.value, text(n.value, ind), s),
        density: n.density && per ? { ...printedFig(n.density, n.density), per, population: 'dan' } : undefined,
        changes: [],
      });
    }
  });
  return facts;
}
