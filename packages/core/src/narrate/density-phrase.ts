import { asArgumentError, requireObjectArgument } from '../errors/arguments';
import { formatDensity } from '../format/format-density';
import { requireLocale } from '../format/options';
import { printed } from '../format/printed';
import { phrasebook } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import type { Evaluation } from '../model/types';

/** Options of {@link densityPhrase}. */
export interface DensityPhraseOptions {
  readonly locale: string;
  /** Decimals; default the stated density's printed decimals, else the spec's `decimals`, else 2. */
  readonly decimals?: number | undefined;
  /** Show the computed density (default) or the report's stated one first. */
  readonly prefer?: 'computed' | 'stated' | undefined;
}

/**
 * The density clause: `đạt mật độ 49,8 thuê bao/100 dân` / `a density of 49.8 subscribers per
 * 100 inhabitants`. Uses the density computed from actual and population (rounded to the stated
 * density's printed decimals when the report states one), else the stated density as printed.
 * `null` when the indicator has no density or there is no figure.
 *
 * @example
 * densityPhrase(broadband2020, { locale: 'vi' }); // 'đạt mật độ 49,8 thuê bao/100 dân'
 * densityPhrase(broadband2020, { locale: 'en' }); // 'a density of 49.8 subscribers per 100 inhabitants'
 */
export function densityPhrase(evaluation: Evaluation, options: DensityPhraseOptions): string | null {
  try {
    return densityPhraseUnguarded(evaluation, options);
  } catch (error) {
    throw asArgumentError('densityPhrase', 'evaluation or options', error);
  }
}

function densityPhraseUnguarded(evaluation: Evaluation, options: DensityPhraseOptions): string | null {
  requireObjectArgument('densityPhrase', 0, 'evaluation', 'an evaluation from evaluate()', evaluation);
  requireObjectArgument('densityPhrase', 1, 'options', 'an object such as { locale: "vi" }', options);
  const locale = requireLocale(options);
  const book = phrasebook(resolveLocale(locale).words);
  const indicator = evaluation.indicator;
  if (!indicator.density) return null;
  const stated = evaluation.observation.stated?.density;
  const statedDecimals = stated === undefined ? undefined : printed(stated, 'observation.stated.density').decimals;
  const computed = evaluation.density;
  const useStated = stated !== undefined && (options.prefer === 'stated' || computed === null);
  if (useStated) {
    return book.density(formatDensity(stated, indicator, { locale, decimals: options.decimals ?? statedDecimals }));
  }
  if (computed === null) return null;
  return book.density(
    formatDensity(computed, indicator, {
      locale,
      decimals: options.decimals ?? statedDecimals ?? indicator.density.decimals ?? 2,
    }),
  );
}
