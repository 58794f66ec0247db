import { compareDecimals, type Evaluation, formatNumber, formatPercent, formatQuantity } from '@chitieu/core';
import type { ReactElement } from 'react';
import type { Messages } from './messages';

/**
 * A figure the report never stated, shown as derived: `≈ 3.608`, with the interval its printed
 * source allows (`ước tính từ 100,6%: 3.606,56 – 3.610,14 tỷ đồng`) in the tooltip and in the
 * accessible name.
 *
 * The contract: an evaluation's target is derived when it equals, exactly, the plan the
 * observation's stated completion implies (`evaluation.implied.target.value`) — what an app gets
 * by filling `observation.target` from `evaluate(…).implied.target.value` for a report that
 * prints "đạt 100,6% kế hoạch" but never the plan (the playground's `withImpliedPlans`). A plan
 * stated in the report is a round printed figure and never equals that exact quotient.
 * @internal
 */
export interface DerivedFigure {
  /** `ước tính từ 100,6%: 3.606,56 – 3.610,14 tỷ đồng`. */
  readonly description: string;
}

const decimalsOf = (printed: string): number => {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : Math.min(20, printed.length - dot - 1);
};

/** The derived-target description of an evaluation, or null when its target is stated (or absent). @internal */
export function derivedTarget(e: Evaluation, locale: string, m: Messages): DerivedFigure | null {
  const implied = e.implied?.target;
  if (e.target === null || e.band !== null || implied === null || implied === undefined) return null;
  if (compareDecimals(e.target, implied.value) !== 0) return null;
  const stated = e.observation.stated?.completion;
  if (stated === undefined) return null;
  const printed = String(stated);
  const source = formatPercent(printed, { locale, from: 'percent', decimals: decimalsOf(printed) });
  // two more decimals than the figure for scaled amounts (tỷ đồng), so the bounds differ visibly
  const decimals = e.indicator.decimals + (e.indicator.scale > 0 ? 2 : 0);
  // rounded outwards: the printed interval always contains every value the source allows; the
  // unit once, after the upper bound (`3.606,55 – 3.610,15 tỷ đồng`)
  const low = formatNumber(implied.interval.min, { locale, decimals, rounding: 'floor' });
  const high = formatQuantity(implied.interval.max, { locale, indicator: e.indicator, decimals, rounding: 'ceil' });
  return { description: m.derivedFrom(source, low, high) };
}

/**
 * A value marked as derived: `≈` before it, the interval as its tooltip, and the whole
 * description in its accessible text. @internal
 */
export function DerivedValue(props: {
  readonly text: string;
  readonly figure: DerivedFigure;
  readonly m: Messages;
}): ReactElement {
  const { text, figure, m } = props;
  return (
    <span className="ct-derived" title={figure.description} data-derived="">
      <span aria-hidden="true">
        <abbr className="ct-derived__mark" title={m.derived}>
          ≈
        </abbr>
        {'\u00a0'}
        {text}
      </span>
      <span className="ct-sr-only">{`≈ ${text}, ${figure.description}`}</span>
    </span>
  );
}
