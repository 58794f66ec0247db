import { abs, div, isZero, type Num, sub, toDecimalString } from '../decimal/decimal';
import { formatNumber } from '../format/format-number';
import { gapBetween, type NumInterval, toInterval } from '../math/interval';
import type { Fact } from './facts';
import type { Finding, FindingKind } from './types';

/** One side of a comparison, internal form. @internal */
export interface Side {
  readonly label: string;
  readonly point: Num;
  readonly interval: NumInterval;
}

/** Which list the facts' refs index: statements or dataset observations. @internal */
export type Source = 'statements' | 'observations';

/** Formats a number for a message, with `decimals` places. @internal */
export const show = (n: Num, locale: 'vi' | 'en', decimals: number): string =>
  formatNumber(toDecimalString(n), { locale, decimals });

/** `3.644.772 – 3.645.228` @internal */
export const showInterval = (i: NumInterval, locale: 'vi' | 'en', decimals: number): string =>
  `${show(i.min, locale, decimals)} – ${show(i.max, locale, decimals)}`;

/** Builds a finding from the facts involved and the two sides that share no value. @internal */
export function makeFinding(input: {
  kind: FindingKind;
  severity?: 'error' | 'warning';
  source: Source;
  facts: readonly Fact[];
  formula: string;
  text: string;
  computed: Side;
  stated: Side;
  message: { vi: string; en: string };
}): Finding {
  const refs = [...new Set(input.facts.map((f) => f.ref))];
  const difference = sub(input.computed.point, input.stated.point);
  return {
    kind: input.kind,
    severity: input.severity ?? 'error',
    statements: input.source === 'statements' ? refs : [],
    observations: input.source === 'observations' ? refs : [],
    computation: { formula: input.formula, text: input.text },
    computed: {
      label: input.computed.label,
      value: toDecimalString(input.computed.point),
      interval: toInterval(input.computed.interval),
    },
    stated: {
      label: input.stated.label,
      value: toDecimalString(input.stated.point),
      interval: toInterval(input.stated.interval),
    },
    distance: {
      gap: toDecimalString(gapBetween(input.computed.interval, input.stated.interval)),
      difference: toDecimalString(difference),
      relative: isZero(input.stated.point) ? null : toDecimalString(div(difference, abs(input.stated.point))),
    },
    message: input.message,
  };
}

/** Canonical text of a number for computation strings (no grouping, `.` decimal). @internal */
export const canon = (n: Num): string => toDecimalString(n);

/** A number rounded to `decimals` for reading, without trailing zeros. @internal */
export const approx = (n: Num, decimals = 4): string =>
  formatNumber(toDecimalString(n), { locale: 'en', decimals, grouping: false })
    .replace(/(\.\d*?)0+$/u, '$1')
    .replace(/\.$/u, '');

/** `[a, b)` in canonical decimals, rounded to `decimals` for reading. @internal */
export function bracket(i: NumInterval, decimals = 6): string {
  const r = (n: Num): string => approx(n, decimals);
  return `${i.minInclusive ? '[' : '('}${r(i.min)}, ${r(i.max)}${i.maxInclusive ? ']' : ')'}`;
}
