import { narrate, narrateSummary } from '../index';
import { asPropsError, fromProp } from './errors';
import { type EvaluationsSource, resolveEvaluations } from './resolve';

/** What a report summary shows: the core's paragraph, then one sentence per indicator. */
export interface ReportSummaryView {
  /** `8/10 chỉ tiêu đạt và vượt kế hoạch …` (the core's `narrateSummary`). */
  readonly lead: string;
  /** One `narrate` sentence per evaluation, with a stable key; empty when `detail` is false. */
  readonly sentences: readonly { readonly key: string; readonly text: string }[];
}

/** The summary of a dataset or evaluations; throws a `PropsError` naming the input. */
export function reportSummaryView(
  source: EvaluationsSource,
  locale: string,
  options: { readonly detail?: boolean | undefined } = {},
): ReportSummaryView {
  try {
    return reportSummaryViewUnguarded(source, locale, options);
  } catch (error) {
    throw asPropsError('evaluations', error);
  }
}

function reportSummaryViewUnguarded(
  source: EvaluationsSource,
  locale: string,
  options: { readonly detail?: boolean | undefined } = {},
): ReportSummaryView {
  const resolved = resolveEvaluations(source);
  const prop = source.evaluations === undefined || source.evaluations === null ? 'dataset' : 'evaluations';
  return {
    lead: fromProp(prop, () => narrateSummary(resolved.evaluations, resolved.summary, { locale })),
    sentences:
      options.detail === false
        ? []
        : resolved.evaluations.map((e, i) => ({
            key: `${i}:${e.indicator.id}@${String(e.observation.period)}`,
            text: fromProp(prop, () => narrate(e, { locale })),
          })),
  };
}
