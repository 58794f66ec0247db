import { asArgumentError, requireObjectArgument } from '../errors/arguments';
import type { ScaleDisplay } from '../format/format-quantity';
import { formatQuantity } from '../format/format-quantity';
import { requireLocale } from '../format/options';
import { phrasebook } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import type { Evaluation } from '../model/types';

/** Options of {@link actualPhrase}. */
export interface ActualPhraseOptions {
  readonly locale: string;
  /** Scale display of the value (default `keep`: `3.630 tỷ đồng`). */
  readonly display?: ScaleDisplay | undefined;
}

/**
 * The value clause: `ước đạt 3.630 tỷ đồng` for an estimate (ước tính), `sơ bộ đạt …` for a
 * preliminary figure, `đạt 2.890.000 thuê bao` for an official one; in English
 * `reached an estimated 3,630 billion VND`, `reached 2,890,000 subscribers`. `null` without an
 * actual value.
 *
 * @example
 * actualPhrase(revenue2020, { locale: 'vi' }); // 'ước đạt 3.630 tỷ đồng'
 * actualPhrase(revenue2020, { locale: 'en' }); // 'reached an estimated 3,630 billion VND'
 * actualPhrase(phones2020, { locale: 'vi' }); // 'đạt 2.890.000 thuê bao'
 * actualPhrase(level3Share, { locale: 'vi' }); // 'đạt 56,35%'
 */
export function actualPhrase(evaluation: Evaluation, options: ActualPhraseOptions): string | null {
  try {
    return actualPhraseUnguarded(evaluation, options);
  } catch (error) {
    throw asArgumentError('actualPhrase', 'evaluation or options', error);
  }
}

function actualPhraseUnguarded(evaluation: Evaluation, options: ActualPhraseOptions): string | null {
  requireObjectArgument('actualPhrase', 0, 'evaluation', 'an evaluation from evaluate()', evaluation);
  requireObjectArgument('actualPhrase', 1, 'options', 'an object such as { locale: "vi" }', options);
  const locale = requireLocale(options);
  const book = phrasebook(resolveLocale(locale).words);
  if (evaluation.actual === null) return null;
  const value = formatQuantity(evaluation.actual, {
    locale,
    indicator: evaluation.indicator,
    display: options.display,
  });
  return book.actual(value, evaluation.stage);
}
