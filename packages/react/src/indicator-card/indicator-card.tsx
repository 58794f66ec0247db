'use client';
import { type Evaluation, formatCompletion, formatQuantity, localize } from '@chitieu/core';
import { headingLevelOf } from '@chitieu/core/view';
import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type RefAttributes,
  useId,
} from 'react';
import { CompletionBar } from '../completion-bar/completion-bar';
import { DeltaBadge } from '../delta-badge/delta-badge';
import { cx } from '../internal/class-names';
import { type DerivedFigure, DerivedValue, derivedTarget } from '../internal/derived';
import { fromProp, guarded, PropsError } from '../internal/inline-error';
import { type Messages, messagesFor } from '../internal/messages';
import { type EvaluationSourceProps, resolveEvaluation } from '../internal/resolve-evaluation';
import { FigureText } from '../internal/runs';
import { oneOf } from '../internal/validate';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { Sparkline, type SparklinePoint } from '../sparkline/sparkline';
import { StatusBadge } from '../status-badge/status-badge';

/** Props of {@link IndicatorCard}. */
export interface IndicatorCardProps
  extends EvaluationSourceProps,
    Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** `regular` (default): every fact; `compact`: name, actual, % of plan, status and the bar. */
  readonly size?: 'regular' | 'compact' | undefined;
  /** Earlier periods, oldest first (observations fit): drawn as a trend sparkline with the plan line. */
  readonly history?: readonly SparklinePoint[] | undefined;
  /** Heading level of the indicator's name (default 3; other numbers are clamped to 2–6). */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

interface CardView {
  readonly e: Evaluation;
  readonly name: string;
  readonly actual: string | null;
  readonly completion: string | null;
  readonly target: string | null;
  readonly next: { readonly period: string; readonly value: string } | null;
  /** Set when the target is a figure the report never stated (derived from a stated completion). */
  readonly derived: DerivedFigure | null;
}

function viewOf(e: Evaluation, locale: string, m: Messages): CardView {
  const q = (value: string): string => formatQuantity(value, { locale, indicator: e.indicator });
  const next = e.observation.nextTarget;
  return {
    e,
    name: localize(e.indicator.name, locale),
    actual: e.actual === null ? null : q(e.actual),
    completion: formatCompletion(e, { locale, missing: '' }) || null,
    target: e.band !== null ? `${q(e.band.min)} – ${q(e.band.max)}` : e.target === null ? null : q(e.target),
    next: next === undefined || next === null ? null : { period: String(next.period), value: q(String(next.value)) },
    // the derived-plan rule and its words: the view layer's
    derived: derivedTarget(e, locale, m),
  };
}

/**
 * One indicator at a glance: its name, the actual with unit (in the indicator's scale and
 * decimals), the estimate marker (`ước`), completion with a compact bullet bar, status, change
 * against the same period, the next period's target, and a trend sparkline when `history` is
 * given. Numbers and words come from the core; bad props render an inline message.
 *
 * @example
 * <IndicatorCard evaluation={evaluate(observation, revenue)} history={pastObservations} />
 * <IndicatorCard size="compact" indicator={revenue} observation={observation} locale="en" />
 */
export const IndicatorCard: ForwardRefExoticComponent<IndicatorCardProps & RefAttributes<HTMLElement>> = forwardRef<
  HTMLElement,
  IndicatorCardProps
>(function IndicatorCard(props, ref) {
  const {
    evaluation: _evaluation,
    indicator: _indicator,
    observation: _observation,
    evaluateOptions,
    size,
    history,
    headingLevel,
    locale: localeProp,
    className,
    ...rest
  } = props;
  const settings = useChitieuSettings({ locale: localeProp });
  const { theme } = settings;
  const headingId = useId();
  return guarded({ component: 'indicator-card', locale: settings.locale, theme, className, ref }, (locale) => {
    const m = messagesFor(locale);
    const e = resolveEvaluation(props, settings.evaluateOptions);
    const prop = props.evaluation === undefined || props.evaluation === null ? 'observation' : 'evaluation';
    const view = fromProp(prop, () => viewOf(e, locale, m));
    if (history !== undefined && history !== null && !Array.isArray(history)) throw new PropsError('history', 'array');
    const shape = oneOf(size, ['regular', 'compact'], 'regular');
    const compact = shape === 'compact';
    const Heading = `h${headingLevelOf(headingLevel)}` as const;
    return (
      <article
        {...rest}
        ref={ref}
        aria-labelledby={headingId}
        className={cx('ct-root ct-card', `ct-card--${shape}`, className)}
        data-ct-theme={theme}
        data-status={e.status}
      >
        <div className="ct-card__header">
          <Heading id={headingId} className="ct-card__name">
            {view.name}
          </Heading>
          <StatusBadge status={e.status} locale={locale} />
        </div>
        <p className="ct-card__actual">
          {view.actual === null ? <span aria-hidden="true">—</span> : <FigureText text={view.actual} />}
          {e.estimated ? (
            <abbr className="ct-card__estimated" title={m.estimatedLong}>
              {m.estimated}
            </abbr>
          ) : null}
        </p>
        <CompletionBar
          evaluation={e}
          evaluateOptions={evaluateOptions}
          size="compact"
          locale={locale}
          label={`${view.name}: ${m.completion}`}
        />
        {compact ? (
          view.completion === null ? null : (
            <p className="ct-card__completion">{m.ofPlan(view.completion)}</p>
          )
        ) : (
          <dl className="ct-card__facts">
            {view.target === null ? null : (
              <>
                <dt>{m.target}</dt>
                <dd>
                  {view.derived === null ? (
                    <FigureText text={view.target} />
                  ) : (
                    <DerivedValue text={view.target} figure={view.derived} m={m} />
                  )}
                </dd>
              </>
            )}
            {view.completion === null ? null : (
              <>
                <dt>{m.completion}</dt>
                <dd>
                  <span className="ct-num">{view.completion}</span>
                </dd>
              </>
            )}
            <dt>{m.changeLabel}</dt>
            <dd>
              <DeltaBadge evaluation={e} locale={locale} />
            </dd>
            {view.next === null ? null : (
              <>
                <dt>{m.nextTarget(view.next.period)}</dt>
                <dd>
                  <FigureText text={view.next.value} />
                </dd>
              </>
            )}
          </dl>
        )}
        {Array.isArray(history) && history.length > 0 ? (
          <div className="ct-card__trend">
            <Sparkline
              history={history}
              indicator={e.indicator}
              locale={locale}
              width={compact ? 72 : 120}
              height={compact ? 20 : 28}
            />
          </div>
        ) : null}
      </article>
    );
  });
});
