import { asArgumentError, requireArrayArgument, requireObjectArgument } from '../errors/arguments';
import { summarize } from '../evaluate/summarize';
import { formatCompletion } from '../format/format-completion';
import { formatNumber } from '../format/format-number';
import { formatPercent } from '../format/format-percent';
import { requireLocale } from '../format/options';
import { localize } from '../locale/localize';
import type { SummaryText } from '../locale/phrases';
import { phrasebook } from '../locale/phrases';
import { pluralCategory } from '../locale/plural';
import { resolveLocale } from '../locale/resolve-locale';
import type { Evaluation, Status, Summary } from '../model/types';

/** Options of {@link narrateSummary}. */
export interface NarrateSummaryOptions {
  readonly locale: string;
  /** Name the near and missed indicators with their completion (default `true`). */
  readonly names?: boolean | undefined;
  /** Decimals of the composite score (default: its own, at most 2); `false` leaves the score out. */
  readonly scoreDecimals?: number | false | undefined;
}

/**
 * A short plain-text paragraph about a scorecard: vi `8/10 chỉ tiêu đạt và vượt kế hoạch;
 * 1 chỉ tiêu gần đạt (…); 1 chỉ tiêu không đạt (Doanh thu bưu chính: 92,1%); điểm tổng hợp 98,5%.`
 * en `8 of 10 indicators met or exceeded their plan; 1 was near plan (…); 1 missed its plan
 * (Postal revenue: 92.1%); composite score 98.5%.` Counts come from `summary` (computed with
 * `summarize(evaluations)` when omitted); clauses with a zero count are left out.
 *
 * When some indicators have no plan (no target, no band), "no plan stated" is never read as a
 * miss: the counts are of the planned ones, and the unplanned ones are named apart — vi `4 chỉ
 * tiêu có kế hoạch: 4 đạt/vượt; 10 chỉ tiêu báo cáo không nêu kế hoạch`, en `4 indicators with a
 * plan: 4 met or exceeded it; 10 indicators have no plan stated in the report`.
 *
 * @example
 * narrateSummary(evaluations, summarize(evaluations), { locale: 'vi' });
 * // '8/10 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu gần đạt (…); 1 chỉ tiêu không đạt (…); điểm tổng hợp 98,5%.'
 * narrateSummary(evaluations, undefined, { locale: 'en', names: false, scoreDecimals: false });
 * // '8 of 10 indicators met or exceeded their plan; 1 was near plan; 1 missed its plan.'
 */
export function narrateSummary(
  evaluations: readonly Evaluation[],
  summary: Summary | null | undefined,
  options: NarrateSummaryOptions,
): string {
  try {
    return narrateSummaryUnguarded(evaluations, summary, options);
  } catch (error) {
    throw asArgumentError('narrateSummary', 'evaluations, summary or options', error);
  }
}

function narrateSummaryUnguarded(
  evaluations: readonly Evaluation[],
  summary: Summary | null | undefined,
  options: NarrateSummaryOptions,
): string {
  requireArrayArgument('narrateSummary', 0, 'evaluations', 'an array of evaluate() results', evaluations);
  if (summary !== null && summary !== undefined)
    requireObjectArgument('narrateSummary', 1, 'summary', 'a summarize() result, or null', summary);
  requireObjectArgument('narrateSummary', 2, 'options', 'an object such as { locale: "vi" }', options);
  const locale = requireLocale(options);
  const words = resolveLocale(locale).words;
  const s = summary ?? summarize(evaluations);
  const count = (n: number): string => formatNumber(String(n), { locale });
  const category = (n: number): string => pluralCategory(words, String(n), '');
  const clause = (status: Status): { count: string; n: string } | null => {
    const n = s.counts[status] ?? 0;
    return n > 0 ? { count: count(n), n: category(n) } : null;
  };
  const names = (status: Status): string[] =>
    options.names === false
      ? []
      : evaluations
          .filter((e) => e.status === status)
          .map((e) => `${localize(e.indicator.name, locale)}: ${formatCompletion(e, { locale })}`);
  // A plan the report never states is not a miss: count those apart (a point target or a band is a plan).
  const hasPlan = (e: Evaluation): boolean => e.target !== null || e.band !== null;
  const unplanned = evaluations.filter((e) => !hasPlan(e)).length;
  const planned = evaluations.length - unplanned;
  const plannedNoData = evaluations.filter((e) => hasPlan(e) && e.status === 'no-data').length;
  const counted = (n: number): { count: string; n: string } => ({ count: count(n), n: category(n) });
  const text: SummaryText = {
    total: count(s.total),
    totalCount: category(s.total),
    metOrExceeded: count(s.metOrExceeded),
    near: clause('near'),
    missed: clause('missed'),
    noTarget: clause('no-target'),
    noData: clause('no-data'),
    plans:
      unplanned > 0 && evaluations.length === s.total
        ? {
            planned: counted(planned),
            unplanned: counted(unplanned),
            plannedNoData: plannedNoData > 0 ? counted(plannedNoData) : null,
          }
        : null,
    nearNames: names('near'),
    missedNames: names('missed'),
    score:
      options.scoreDecimals === false || s.score === null
        ? null
        : formatPercent(s.score, { locale, decimals: options.scoreDecimals }),
  };
  return `${phrasebook(words).summary(text)}.`;
}
