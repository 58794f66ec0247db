import type { Num, RoundingMode } from '../decimal/decimal';
import { cmp, HUNDRED, mul, sub, toNum } from '../decimal/decimal';
import { asArgumentError, requireObjectArgument } from '../errors/arguments';
import type { CompletionSide } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import { completionPercent } from '../math/rounding';
import type { Evaluation } from '../model/types';
import { checkDecimals, checkRounding, requireLocale } from './options';
import { printed } from './printed';
import { body, toDigits } from './render';

/** Options of {@link formatCompletion}. */
export interface FormatCompletionOptions {
  readonly locale: string;
  /**
   * Decimals; default the indicator's `percentDecimals` (the value `evaluate` already rounded and
   * guarded). Another number re-rounds the exact completion with the same boundary guard.
   */
  readonly decimals?: number | undefined;
  readonly rounding?: RoundingMode | undefined;
  /**
   * `computed` (default): the completion `evaluate` derived from actual and target, falling back
   * to the report's stated completion; `stated`: the stated one first.
   */
  readonly prefer?: 'computed' | 'stated' | undefined;
  /** Text when there is no completion at all (default `—`). */
  readonly missing?: string | undefined;
}

/** A completion ready for words. @internal */
export interface CompletionFigure {
  /** The shown percentage (rounded, guarded). */
  readonly percent: Num;
  readonly decimals: number;
  readonly side: CompletionSide;
  readonly source: 'computed' | 'stated';
}

const NEAR = toNum('0.95');

/** The completion to show: computed (guarded) or stated (as printed). @internal */
export function completionFigure(evaluation: Evaluation, options: FormatCompletionOptions): CompletionFigure | null {
  const indicator = evaluation.indicator;
  const decimals = checkDecimals(options.decimals);
  const rounding = checkRounding(options.rounding);
  const computed = (): CompletionFigure | null => {
    if (evaluation.completion === null || evaluation.completionPercent === null) return null;
    const places = decimals ?? indicator.percentDecimals;
    const shown =
      decimals === undefined && options.rounding === undefined
        ? evaluation.completionPercent
        : completionPercent(evaluation.completion, {
            decimals: places,
            rounding,
            nearThreshold: indicator.nearThreshold ?? '0.95',
            guard: evaluation.band ? 'threshold' : 'point',
          });
    const status = evaluation.status;
    const side = status === 'exceeded' || status === 'met' || status === 'near' ? status : 'missed';
    return { percent: toNum(shown), decimals: places, side, source: 'computed' };
  };
  const stated = (): CompletionFigure | null => {
    const value = evaluation.observation.stated?.completion;
    if (value === undefined) return null;
    const figure = printed(value, 'observation.stated.completion');
    const near = mul(indicator.nearThreshold === undefined ? NEAR : toNum(indicator.nearThreshold), HUNDRED);
    const vsPlan = cmp(figure.value, HUNDRED);
    const side: CompletionSide =
      vsPlan > 0 ? 'exceeded' : vsPlan === 0 ? 'met' : cmp(figure.value, near) >= 0 ? 'near' : 'missed';
    return { percent: figure.value, decimals: decimals ?? figure.decimals, side, source: 'stated' };
  };
  return options.prefer === 'stated' ? (stated() ?? computed()) : (computed() ?? stated());
}

/** Formats a percentage (a non-negative magnitude) with exactly `decimals` places. @internal */
export function percentText(value: Num, decimals: number, locale: string, rounding: RoundingMode = 'half-up'): string {
  const loc = resolveLocale(locale);
  const d = toDigits(value, { decimals, rounding });
  const pattern = d.negative ? loc.percent.negative : loc.percent.positive;
  return `${pattern.prefix}${body(d, loc)}${pattern.suffix}`;
}

/** The excess over 100% of a shown completion (`105,88%` → `5,88%`). @internal */
export function excessText(figure: CompletionFigure, locale: string): string {
  return percentText(sub(figure.percent, HUNDRED), figure.decimals, locale);
}

/**
 * The completion of plan as a percentage, exactly as `evaluate` rounded and guarded it: with the
 * indicator's percent decimals (`100,6%`, `105,88%`, `100%`), never `100%` for a missed target.
 * Without a computed completion it shows the report's stated one as printed; without either, `—`.
 *
 * @example
 * const e = evaluate({ indicator: 'broadband', period: '2020', actual: '1800000', target: '1700000' }, broadband);
 * formatCompletion(e, { locale: 'vi' }); // '105,88%'
 * formatCompletion(e, { locale: 'en' }); // '105.88%'
 * formatCompletion(e, { locale: 'vi', decimals: 1 }); // '105,9%'
 * formatCompletion(evaluate({ indicator: 'broadband', period: '2020' }, broadband), { locale: 'vi' }); // '—'
 */
export function formatCompletion(evaluation: Evaluation, options: FormatCompletionOptions): string {
  try {
    return formatCompletionUnguarded(evaluation, options);
  } catch (error) {
    throw asArgumentError('formatCompletion', 'evaluation or options', error);
  }
}

function formatCompletionUnguarded(evaluation: Evaluation, options: FormatCompletionOptions): string {
  requireObjectArgument('formatCompletion', 0, 'evaluation', 'an evaluation from evaluate()', evaluation);
  requireObjectArgument('formatCompletion', 1, 'options', 'an object such as { locale: "vi" }', options);
  const locale = requireLocale(options);
  const figure = completionFigure(evaluation, options);
  if (!figure) {
    resolveLocale(locale);
    return options.missing ?? '—';
  }
  return percentText(figure.percent, figure.decimals, locale);
}
