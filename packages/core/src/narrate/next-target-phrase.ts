import { asArgumentError, requireObjectArgument } from '../errors/arguments';
import { formatDensity } from '../format/format-density';
import { formatPeriod } from '../format/format-period';
import { formatQuantity } from '../format/format-quantity';
import { requireLocale } from '../format/options';
import { phrasebook } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import type { DataStage, Evaluation } from '../model/types';

/** Options of {@link nextTargetPhrase}. */
export interface NextTargetPhraseOptions {
  readonly locale: string;
  /** Name the period (`năm 2021`, `in 2021`); default `false`. */
  readonly withPeriod?: boolean | undefined;
}

/**
 * The next period's target: `phấn đấu đạt 3.745 tỷ đồng` / `aiming for 3,745 billion VND` (`ước đạt
 * 18 triệu tờ` when the report words it as an estimate: `nextTarget.stage`), with
 * its stated density when there is one (`phấn đấu đạt 2.916.000 thuê bao, mật độ 80,00 máy/100 dân`).
 * `null` when the observation has no next target.
 *
 * @example
 * nextTargetPhrase(revenue2020, { locale: 'vi' }); // 'phấn đấu đạt 3.745 tỷ đồng'
 * nextTargetPhrase(revenue2020, { locale: 'vi', withPeriod: true }); // 'phấn đấu đạt 3.745 tỷ đồng năm 2021'
 * nextTargetPhrase(revenue2020, { locale: 'en', withPeriod: true }); // 'aiming for 3,745 billion VND in 2021'
 */
export function nextTargetPhrase(evaluation: Evaluation, options: NextTargetPhraseOptions): string | null {
  try {
    return nextTargetPhraseUnguarded(evaluation, options);
  } catch (error) {
    throw asArgumentError('nextTargetPhrase', 'evaluation or options', error);
  }
}

function nextTargetPhraseUnguarded(evaluation: Evaluation, options: NextTargetPhraseOptions): string | null {
  requireObjectArgument('nextTargetPhrase', 0, 'evaluation', 'an evaluation from evaluate()', evaluation);
  requireObjectArgument('nextTargetPhrase', 1, 'options', 'an object such as { locale: "vi" }', options);
  const parts = nextTargetParts(evaluation, options.locale);
  if (!parts) return null;
  const book = phrasebook(resolveLocale(options.locale).words);
  return book.nextTarget(parts.value, options.withPeriod ? parts.period : null, parts.density, parts.stage);
}

/** The formatted value, period label and density of the next target. @internal */
export function nextTargetParts(
  evaluation: Evaluation,
  locale: string,
): { value: string; period: string; density: string | null; stage: DataStage | undefined } | null {
  requireLocale({ locale });
  const next = evaluation.observation.nextTarget;
  if (!next) return null;
  const indicator = evaluation.indicator;
  let period: string;
  try {
    period = formatPeriod(next.period, { locale });
  } catch {
    period = next.period;
  }
  return {
    value: formatQuantity(next.value, { locale, indicator }),
    period,
    density:
      next.density !== undefined && indicator.density ? formatDensity(next.density, indicator, { locale }) : null,
    stage: next.stage,
  };
}
