import { asArgumentError, requireObjectArgument } from '../errors/arguments';
import { completionFigure, excessText, percentText } from '../format/format-completion';
import { requireLocale } from '../format/options';
import { phrasebook } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import type { Evaluation } from '../model/types';
import type { CompletionPhraseOptions } from './options';
import { wording } from './options';

/**
 * The completion clause of a report sentence, chosen by the status: `đạt 100,6% kế hoạch`,
 * `vượt 5,88% kế hoạch`, `chỉ đạt 92,1% kế hoạch`, `hoàn thành kế hoạch`; in English
 * `100.6% of plan`, `5.88% above plan`, `only 92.1% of plan`, `meeting the plan`. The number is
 * the guarded `completionPercent` (a missed target never says 100%). Without a computed
 * completion the report's stated one is used; a band held steady says whether the actual is
 * inside the band. `null` when there is nothing to say (no target, no stated completion).
 *
 * @example
 * completionPhrase(revenue2020, { locale: 'vi', assigned: true }); // 'đạt 100,6% kế hoạch giao'
 * completionPhrase(phones2020, { locale: 'vi', verb: 'bằng', versus: true, assigned: true }); // 'bằng 100,67% so với kế hoạch giao'
 * completionPhrase(broadband2020, { locale: 'vi', completionStyle: 'excess' }); // 'vượt 5,88% kế hoạch'
 * completionPhrase(postal2020, { locale: 'vi' }); // 'chỉ đạt 92,1% kế hoạch'
 * completionPhrase(revenue2020, { locale: 'en' }); // '100.6% of plan'
 */
export function completionPhrase(evaluation: Evaluation, options: CompletionPhraseOptions): string | null {
  try {
    return completionPhraseUnguarded(evaluation, options);
  } catch (error) {
    throw asArgumentError('completionPhrase', 'evaluation or options', error);
  }
}

function completionPhraseUnguarded(evaluation: Evaluation, options: CompletionPhraseOptions): string | null {
  requireObjectArgument('completionPhrase', 0, 'evaluation', 'an evaluation from evaluate()', evaluation);
  requireObjectArgument('completionPhrase', 1, 'options', 'an object such as { locale: "vi" }', options);
  const locale = requireLocale(options);
  const book = phrasebook(resolveLocale(locale).words);
  const figure = completionFigure(evaluation, {
    locale,
    decimals: options.percentDecimals,
    prefer: options.prefer,
  });
  if (!figure) {
    if (evaluation.distanceToBand !== null && (evaluation.status === 'met' || evaluation.status === 'missed')) {
      return book.band(evaluation.status === 'met');
    }
    return null;
  }
  return book.completion(
    figure.side,
    percentText(figure.percent, figure.decimals, locale),
    excessText(figure, locale),
    wording(options),
  );
}
