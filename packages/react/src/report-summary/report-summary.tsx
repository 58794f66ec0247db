'use client';
import { narrate, narrateSummary } from '@chitieu/core';
import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type RefAttributes,
  useMemo,
} from 'react';
import { cx } from '../internal/class-names';
import { errorRef, InlineError } from '../internal/inline-error';
import { messagesFor } from '../internal/messages';
import { type EvaluationsSourceProps, resolveEvaluations } from '../internal/resolve-evaluations';
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
    detail = true,
    locale: localeProp,
    className,
    ...rest
  } = props;
  const settings = useChitieuSettings({ locale: localeProp });
  const { locale, theme } = settings;
  const m = messagesFor(locale);
  const computed = useMemo(() => {
    try {
      const source = { evaluations, dataset, summary, evaluateOptions, summarizeOptions };
      const fallback = {
        evaluateOptions: settings.evaluateOptions,
        summarizeOptions: settings.scorecard.summarizeOptions,
      };
      const resolved = resolveEvaluations(source, fallback, m);
      return {
        ok: true as const,
        lead: narrateSummary(resolved.evaluations, resolved.summary, { locale }),
        sentences: detail
          ? resolved.evaluations.map((e) => ({
              key: `${e.indicator.id}@${e.observation.period}`,
              text: narrate(e, { locale }),
            }))
          : [],
      };
    } catch (error) {
      return { ok: false as const, error };
    }
  }, [
    evaluations,
    dataset,
    summary,
    evaluateOptions,
    summarizeOptions,
    detail,
    locale,
    m,
    settings.evaluateOptions,
    settings.scorecard.summarizeOptions,
  ]);
  if (!computed.ok) {
    return (
      <InlineError
        error={computed.error}
        locale={locale}
        className={className}
        theme={theme}
        component="report-summary"
        innerRef={errorRef(ref)}
      />
    );
  }
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
