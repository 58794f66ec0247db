import { compareDecimals, type Evaluation, formatNumber, formatPercent, formatQuantity } from '../index';
import { asPropsError, PropsError } from './errors';
import type { Messages } from './messages';

/**
 * A figure the report never stated, shown as derived: `≈ 3.608`, with the interval its printed
 * source allows (`ước tính từ 100,6%: 3.606,56 – 3.610,14 tỷ đồng`) in the tooltip and in the
 * accessible name.
 *
 * The contract: an evaluation's target is derived when it equals, exactly, the plan the
 * observation's stated completion implies (`evaluation.implied.target.value`). A plan stated in
 * the report is a round printed figure and never equals that exact quotient.
 */
export interface DerivedFigure {
  /** `ước tính từ 100,6%: 3.606,56 – 3.610,14 tỷ đồng`. */
  readonly description: string;
}

const decimalsOf = (printed: string): number => {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : Math.min(20, printed.length - dot - 1);
};

/** The derived-target description of an evaluation, or null when its target is stated (or absent). */
export function derivedTarget(e: Evaluation, locale: string, m: Messages): DerivedFigure | null {
  try {
    return derivedTargetUnguarded(e, locale, m);
  } catch (error) {
    throw asPropsError('evaluation', error);
  }
}

function derivedTargetUnguarded(e: Evaluation, locale: string, m: Messages): DerivedFigure | null {
  const implied = e.implied?.target;
  if (e.target === null || e.band !== null || implied === null || implied === undefined) return null;
  if (compareDecimals(e.target, implied.value) !== 0) return null;
  const stated = e.observation.stated?.completion;
  if (stated === undefined) return null;
  const printed = String(stated);
  const source = formatPercent(printed, { locale, from: 'percent', decimals: decimalsOf(printed) });
  // two more decimals than the figure for scaled amounts (tỷ đồng), so the bounds differ visibly
  const decimals = e.indicator.decimals + (e.indicator.scale > 0 ? 2 : 0);
  // rounded outwards: the printed interval always contains every value the source allows
  const low = formatNumber(implied.interval.min, { locale, decimals, rounding: 'floor' });
  const high = formatQuantity(implied.interval.max, { locale, indicator: e.indicator, decimals, rounding: 'ceil' });
  return { description: m.derivedFrom(source, low, high) };
}

/** Accessible text of a derived value: `≈ 3.608 tỷ đồng, ước tính từ 100,6%: …`. */
export function derivedSpoken(text: string, figure: DerivedFigure): string {
  try {
    return derivedSpokenUnguarded(text, figure);
  } catch (error) {
    throw asPropsError('text', error);
  }
}

function derivedSpokenUnguarded(text: string, figure: DerivedFigure): string {
  if (typeof text !== 'string') throw new PropsError('text', 'text');
  const description = typeof figure === 'object' && figure !== null ? figure.description : undefined;
  if (typeof description !== 'string') throw new PropsError('text', 'text', 'figure.description');
  return `≈ ${text}, ${description}`;
}
