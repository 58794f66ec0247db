'use client';
import { reportSummaryView } from '@chitieu/core/view';
import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type RefAttributes,
  useMemo,
} from 'react';
import { cx } from '../internal/class-names';
import { guarded } from '../internal/inline-error';
import type { EvaluationsSourceProps } from '../internal/resolve-evaluations';
import { useChitieuSettings } from '../provider/chitieu-provider';

/** Props of {@link ReportSummary}. */
export interface ReportSummaryProps
  extends EvaluationsSourceProps,
    Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Also list one sentence per indicator under the paragraph (default `true`). */
  readonly detail?: boolean | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

/**
 * The scorecard in words: the core's `narrateSummary` paragraph ("8/10 chỉ tiêu đạt và vượt kế
 * hoạch …"), then, with `detail`, one `narrate` sentence per indicator — the sentences a report
 * would print, in the user's language.
 *
 * @example
 * <ReportSummary dataset={dataset} locale="vi-VN" />
 */
export const ReportSummary: ForwardRefExoticComponent<ReportSummaryProps & RefAttributes<HTMLElement>> = forwardRef<
  HTMLElement,
  ReportSummaryProps
>(function ReportSummary(props, ref) {
  const {
    evaluations,
    dataset,
    summary,
    evaluateOptions,
    summarizeOptions,
    detail,
    locale: localeProp,
    className,
    ...rest
  } = props;
  const settings = useChitieuSettings({ locale: localeProp });
  const { theme } = settings;
  const evaluateFallback = settings.evaluateOptions;
  const summarizeFallback = settings.scorecard.summarizeOptions;
  // the sentences of a large dataset are built once per input, not on every render; the
  // memoised function throws inside the guarded path below, never here
  const compute = useMemo(
    () =>
      once((locale: string) =>
        // the words are the view layer's (the same as <ct-report-summary>); the provider's
        // options fill in what the props leave out
        reportSummaryView(
          {
            evaluations,
            dataset,
            summary,
            evaluateOptions: evaluateOptions ?? evaluateFallback,
            summarizeOptions: summarizeOptions ?? summarizeFallback,
          },
          locale,
          { detail },
        ),
      ),
    [evaluations, dataset, summary, evaluateOptions, summarizeOptions, detail, evaluateFallback, summarizeFallback],
  );
  return guarded({ component: 'report-summary', locale: settings.locale, theme, className, ref }, (locale) => {
    const computed = compute(locale);
    return (
      <section {...rest} ref={ref} className={cx('ct-root ct-report-summary', className)} data-ct-theme={theme}>
        <p className="ct-report-summary__lead">{computed.lead}</p>
        {computed.sentences.length > 0 ? (
          <ul className="ct-report-summary__list">
            {computed.sentences.map((s) => (
              <li key={s.key}>{s.text}</li>
            ))}
          </ul>
        ) : null}
      </section>
    );
  });
});

/** Caches the last result per argument (errors are not cached: they are rethrown each time). */
function once<A, R>(fn: (arg: A) => R): (arg: A) => R {
  let last: { arg: A; result: R } | undefined;
  return (arg) => {
    if (last !== undefined && Object.is(last.arg, arg)) return last.result;
    const result = fn(arg);
    last = { arg, result };
    return result;
  };
}
