'use client';
import { type IndicatorCardView, indicatorCardView } from '@chitieu/core/view';
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
import { DerivedValue } from '../internal/derived';
import { fromProp, guarded, PropsError } from '../internal/inline-error';
import { messagesFor } from '../internal/messages';
import { type EvaluationSourceProps, resolveEvaluation } from '../internal/resolve-evaluation';
import { FigureText } from '../internal/runs';
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

type CardFacts = IndicatorCardView['facts'];
type TargetFact = Extract<CardFacts[number], { kind: 'target' }>;
type ValueFact = Extract<CardFacts[number], { kind: 'completion' | 'next' }>;

/** The card's facts by kind (the view layer lists them in order; this component places them). */
function factsOf(view: IndicatorCardView): {
  readonly target: TargetFact | null;
  readonly completion: string | null;
  readonly next: ValueFact | null;
} {
  let target: TargetFact | null = null;
  let completion: string | null = null;
  let next: ValueFact | null = null;
  for (const fact of view.facts) {
    if (fact.kind === 'target') target = fact;
    else if (fact.kind === 'completion') completion = fact.value;
    else if (fact.kind === 'next') next = fact;
  }
  return { target, completion, next };
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
    if (history !== undefined && history !== null && !Array.isArray(history)) throw new PropsError('history', 'array');
    // the words, figures and facts are the view layer's; the trend is drawn by <Sparkline> below
    const view = fromProp(prop, () => indicatorCardView({ evaluation: e }, locale, { size, headingLevel }));
    const facts = factsOf(view);
    const shape = view.size;
    const compact = shape === 'compact';
    const Heading = `h${view.headingLevel}` as const;
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
          {view.estimated === null ? null : (
            <abbr className="ct-card__estimated" title={view.estimated.long}>
              {view.estimated.short}
            </abbr>
          )}
        </p>
        <CompletionBar
          evaluation={e}
          evaluateOptions={evaluateOptions}
          size="compact"
          locale={locale}
          label={`${view.name}: ${m.completion}`}
        />
        {compact ? (
          view.ofPlan === null ? null : (
            <p className="ct-card__completion">{view.ofPlan}</p>
          )
        ) : (
          <dl className="ct-card__facts">
            {facts.target === null ? null : (
              <>
                <dt>{facts.target.term}</dt>
                <dd>
                  {facts.target.derived === null ? (
                    <FigureText text={facts.target.value} />
                  ) : (
                    <DerivedValue text={facts.target.value} figure={facts.target.derived} m={m} />
                  )}
                </dd>
              </>
            )}
            {facts.completion === null ? null : (
              <>
                <dt>{m.completion}</dt>
                <dd>
                  <span className="ct-num">{facts.completion}</span>
                </dd>
              </>
            )}
            <dt>{m.changeLabel}</dt>
            <dd>
              <DeltaBadge evaluation={e} locale={locale} />
            </dd>
            {facts.next === null ? null : (
              <>
                <dt>{facts.next.term}</dt>
                <dd>
                  <FigureText text={facts.next.value} />
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
