import type { DecimalInput } from '../decimal/decimal';
import { asArgumentError, requireObjectArgument } from '../errors/arguments';
import type { ChangeDisplay } from '../format/format-change';
import { formatChange } from '../format/format-change';
import type { ScaleDisplay } from '../format/format-quantity';
import { requireLocale } from '../format/options';
import { localize } from '../locale/localize';
import { phrasebook } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import type { Evaluation } from '../model/types';
import { actualPhrase } from './actual-phrase';
import { completionPhrase } from './completion-phrase';
import { densityPhrase } from './density-phrase';
import { nextTargetParts } from './next-target-phrase';
import type { CompletionPhraseOptions } from './options';
import { rankPhrase } from './rank-phrase';

/** Clauses of a {@link narrate} sentence, in their order. */
export type NarrateClause = 'actual' | 'density' | 'completion' | 'change' | 'rank' | 'next-target';

/** Options of {@link narrate}. */
export interface NarrateOptions extends CompletionPhraseOptions {
  /** Clauses to leave out. */
  readonly omit?: readonly NarrateClause[] | undefined;
  /** Scale display of values (default `keep`). */
  readonly display?: ScaleDisplay | undefined;
  /** How to say the change (default `auto`; see `formatChange`). */
  readonly changeForm?: ChangeDisplay | undefined;
  /** Ratio from which a change is a multiple (`gấp N lần`); default 2. */
  readonly timesThreshold?: DecimalInput | undefined;
  /** Vietnamese verb of a multiple: `gấp` (default) or `tăng`. */
  readonly timesVerb?: 'gấp' | 'tăng' | undefined;
  /** Use the report's stated figures or the computed ones first (default `computed`). */
  readonly prefer?: 'computed' | 'stated' | undefined;
  /** Decimals of the density; default the stated density's printed decimals, else 2. */
  readonly densityDecimals?: number | undefined;
}

/** Upper-cases the first letter, the way a sentence starts. */
function capitalize(text: string, locale: string): string {
  const [first = '', ...rest] = Array.from(text);
  return `${first.toLocaleUpperCase(locale)}${rest.join('')}`;
}

/**
 * One plain-text sentence about an evaluated observation, like the seed report's:
 * `Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch.` /
 * `Total sector revenue reached an estimated 3,630 billion VND, 100.6% of plan.` Clauses, in
 * order: value (`ước đạt` for estimates), density, completion, change vs the base, rank, then the
 * next period's target after a semicolon. Computed figures come first; the report's stated
 * figures fill in where there is nothing to compute from (the seed states completions without
 * plans). No HTML: safe anywhere.
 *
 * @example
 * narrate(revenue2020, { locale: 'vi', assigned: true });
 * // 'Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao; năm 2021 phấn đấu đạt 3.745 tỷ đồng.'
 * narrate(broadband2020, { locale: 'vi', verb: 'bằng', assigned: true, omit: ['next-target'] });
 * // 'Thuê bao internet băng thông rộng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch giao.'
 * narrate(revenue2020, { locale: 'en' });
 * // 'Total sector revenue reached an estimated 3,630 billion VND, 100.6% of plan; the 2021 target is 3,745 billion VND.'
 */
export function narrate(evaluation: Evaluation, options: NarrateOptions): string {
  try {
    return narrateUnguarded(evaluation, options);
  } catch (error) {
    throw asArgumentError('narrate', 'evaluation or options', error);
  }
}

function narrateUnguarded(evaluation: Evaluation, options: NarrateOptions): string {
  requireObjectArgument('narrate', 0, 'evaluation', 'an evaluation from evaluate()', evaluation);
  requireObjectArgument('narrate', 1, 'options', 'an object such as { locale: "vi" }', options);
  const locale = requireLocale(options);
  const book = phrasebook(resolveLocale(locale).words);
  const omit = new Set(options.omit ?? []);
  const name = capitalize(localize(evaluation.indicator.name, locale).trim(), locale);

  const actual = omit.has('actual') ? null : actualPhrase(evaluation, { locale, display: options.display });
  const clauses: (string | null)[] = [
    omit.has('density')
      ? null
      : densityPhrase(evaluation, { locale, decimals: options.densityDecimals, prefer: options.prefer }),
    omit.has('completion') ? null : completionPhrase(evaluation, options),
    omit.has('change') ? null : changeClause(evaluation, options, locale),
    omit.has('rank') ? null : rankPhrase(evaluation, { locale }),
  ];
  const said = clauses.filter((c): c is string => c !== null && c !== '');
  const next = omit.has('next-target') ? null : nextTargetParts(evaluation, locale);
  // Without an actual value the report may still state a change or a rank (`tăng 51 lần so với
  // năm 2019`, `đứng thứ 3 toàn quốc`): say what it states, never "no data" over a stated figure.
  if (evaluation.actual === null && said.length === 0 && !next) return `${book.noData(name)}.`;
  let sentence =
    evaluation.actual === null
      ? said.length > 0
        ? // vi `Số hồ sơ … tăng 51 lần …` reads on; en needs a colon where the verb would be
          `${name}${resolveLocale(locale).words === 'vi' ? ' ' : ': '}${said.join(', ')}`
        : book.noData(name)
      : [actual ? `${name} ${actual}` : name, ...said].join(', ');
  if (next) sentence += `; ${book.nextTargetClause(next.value, next.period, next.density, next.stage)}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function changeClause(evaluation: Evaluation, options: NarrateOptions, locale: string): string | null {
  const stated = evaluation.observation.stated?.change;
  const change = options.prefer === 'stated' ? (stated ?? evaluation.change) : (evaluation.change ?? stated);
  if (!change) return null;
  // formatChange repeats a stated multiple's own verb (`tăng 51 lần`) unless the caller picks one.
  return formatChange(change, evaluation.indicator, {
    locale,
    form: options.changeForm,
    timesThreshold: options.timesThreshold,
    timesVerb: options.timesVerb,
  });
}
