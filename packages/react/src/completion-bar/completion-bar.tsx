'use client';
import { type Evaluation, formatCompletion, formatQuantity, localize, statusLabel } from '@chitieu/core';
import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type ReactElement,
  type RefAttributes,
} from 'react';
import { cx } from '../internal/class-names';
import { type DerivedFigure, derivedTarget } from '../internal/derived';
import { fromProp, guarded } from '../internal/inline-error';
import { type Messages, messagesFor } from '../internal/messages';
import { type EvaluationSourceProps, resolveEvaluation } from '../internal/resolve-evaluation';
import { checkText, oneOf } from '../internal/validate';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { type BulletGeometry, bulletGeometry } from './bullet-geometry';

/** Props of {@link CompletionBar}. */
export interface CompletionBarProps extends EvaluationSourceProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** `regular` (default) shows a legend under the bar; `compact` is the bar alone, for cards and tables. */
  readonly size?: 'regular' | 'compact' | undefined;
  /** Accessible name of the meter; default: the indicator's name. */
  readonly label?: string | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

// drawing positions only (plain floats); the figures read are formatted by the core
const num = (value: string | null): number | null => {
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};
/** A CSS percentage that is always a finite number in [0, 100]. */
const pct = (value: number): string =>
  `${(Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0).toFixed(3)}%`;
const scaled = (value: number | null | undefined): number =>
  value === null || value === undefined || !Number.isFinite(value) ? 0 : Math.min(100, Math.max(0, value));

interface Texts {
  readonly actual: string | null;
  readonly target: string | null;
  readonly previous: string | null;
  readonly completion: string | null;
  readonly status: string;
}

function textsOf(e: Evaluation, locale: string): Texts {
  const q = (value: string): string => formatQuantity(value, { locale, indicator: e.indicator });
  return {
    actual: e.actual === null ? null : q(e.actual),
    target: e.band !== null ? `${q(e.band.min)} – ${q(e.band.max)}` : e.target === null ? null : q(e.target),
    previous: e.previous === null ? null : q(e.previous),
    completion: formatCompletion(e, { locale, missing: '' }) || null,
    status: statusLabel(e.status, locale),
  };
}

function valueText(t: Texts, geometry: BulletGeometry, m: Messages, derived: DerivedFigure | null): string {
  return [
    t.actual,
    t.completion === null ? null : m.ofPlan(t.completion),
    t.status,
    t.target === null
      ? null
      : derived === null
        ? `${m.target} ${t.target}`
        : `${m.target} ≈ ${t.target}, ${derived.description}`,
    t.previous === null ? null : `${m.previous} ${t.previous}`,
    geometry.clipped ? m.beyondScale : null,
  ]
    .filter((part): part is string => part !== null)
    .join('; ');
}

function Track({
  geometry,
  derived,
}: {
  readonly geometry: BulletGeometry;
  readonly derived: DerivedFigure | null;
}): ReactElement {
  const { bands, actual, target, previous, clipped } = geometry;
  return (
    <>
      {bands.map((band) => (
        <span
          key={`${band.kind}-${band.from}`}
          className={`ct-bullet__band ct-bullet__band--${band.kind}`}
          style={{ left: pct(band.from), width: pct(band.to - band.from) }}
        />
      ))}
      {previous === null ? null : <span className="ct-bullet__previous" style={{ left: pct(previous) }} />}
      {actual === null ? null : (
        <span className="ct-bullet__actual" style={{ left: pct(actual.from), width: pct(actual.to - actual.from) }} />
      )}
      {target === null ? null : 'at' in target ? (
        <span
          className={cx('ct-bullet__target', derived !== null && 'ct-bullet__target--derived')}
          style={{ left: pct(target.at) }}
        />
      ) : (
        <span
          className="ct-bullet__target ct-bullet__target--band"
          style={{ left: pct(target.from), width: pct(target.to - target.from) }}
        />
      )}
      {clipped ? <span className="ct-bullet__break" /> : null}
    </>
  );
}

/**
 * A bullet graph in Stephen Few's sense: the actual as a solid bar, the plan as an outlined
 * marker (an outlined range for a band target), the previous period as a grey marker, over
 * qualitative bands taken from the status thresholds (missed, near, met). Lower-is-better
 * indicators put the good band on the left. Values far above the plan are cut at the edge and
 * marked, never overflowing the layout. Exposed as `role="meter"` (its value is the position on
 * the drawn scale, 0–100) with an `aria-valuetext` in the user's language (`3.630 tỷ đồng; đạt 100,6% kế hoạch; Vượt kế hoạch; …`).
 *
 * @example
 * <CompletionBar indicator={revenue} observation={{ indicator: 'revenue', period: '2020', actual: 3630, target: 3608 }} />
 */
export const CompletionBar: ForwardRefExoticComponent<CompletionBarProps & RefAttributes<HTMLDivElement>> = forwardRef<
  HTMLDivElement,
  CompletionBarProps
>(function CompletionBar(props, ref) {
  const {
    evaluation: _evaluation,
    indicator: _indicator,
    observation: _observation,
    evaluateOptions: _evaluateOptions,
    size = 'regular',
    label,
    locale: localeProp,
    className,
    ...rest
  } = props;
  const settings = useChitieuSettings({ locale: localeProp });
  const { theme } = settings;
  return guarded({ component: 'completion-bar', locale: settings.locale, theme, className, ref }, (locale) => {
    const m = messagesFor(locale);
    const shape = oneOf(size, ['regular', 'compact'], 'regular');
    const e = resolveEvaluation(props, settings.evaluateOptions);
    const prop = props.evaluation === undefined || props.evaluation === null ? 'observation' : 'evaluation';
    // the words first: formatting checks every figure, so a bad one names its prop before drawing
    const texts = fromProp(prop, () => textsOf(e, locale));
    const derived = fromProp(prop, () => derivedTarget(e, locale, m));
    const name = checkText(label, 'label') ?? localize(e.indicator.name, locale);
    const rule = e.rule;
    const geometry = fromProp(prop, () =>
      bulletGeometry({
        actual: num(e.actual),
        target: num(e.target),
        band: e.band === null ? null : { min: Number(e.band.min), max: Number(e.band.max) },
        previous: num(e.previous),
        direction: rule.direction,
        near: Number(rule.nearThreshold),
        policy: rule.lowerIsBetterPolicy,
      }),
    );
    const hasValue = e.actual !== null;
    const text = valueText(texts, geometry, m, derived);
    return (
      <div
        {...rest}
        ref={ref}
        className={cx('ct-root ct-bullet', `ct-bullet--${shape}`, className)}
        data-ct-theme={theme}
        data-status={e.status}
        data-clipped={geometry.clipped ? '' : undefined}
      >
        {hasValue ? (
          // biome-ignore lint/a11y/useSemanticElements: <meter> cannot draw bands, plan and previous markers
          <div
            className="ct-bullet__track"
            role="meter"
            aria-label={name}
            // the meter's numbers are the drawn scale in percent (always plain, bounded numbers);
            // the real figures are in aria-valuetext
            aria-valuenow={scaled(geometry.actualAt)}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuetext={text}
          >
            <Track geometry={geometry} derived={derived} />
          </div>
        ) : (
          <div className="ct-bullet__track" role="img" aria-label={`${name}: ${text}`}>
            {e.target !== null || e.band !== null ? <Track geometry={geometry} derived={derived} /> : null}
            <span className="ct-bullet__empty" aria-hidden="true">
              {texts.status}
            </span>
          </div>
        )}
        {shape === 'regular' ? (
          <div className="ct-bullet__legend" aria-hidden="true">
            {texts.actual === null ? null : (
              <span className="ct-bullet__key ct-bullet__key--actual">
                {m.actual} <span className="ct-num">{texts.actual}</span>
                {texts.completion === null ? null : (
                  <>
                    {' '}
                    <span className="ct-num">({texts.completion})</span>
                  </>
                )}
              </span>
            )}
            {texts.target === null ? null : (
              <span
                className={cx('ct-bullet__key ct-bullet__key--target', derived !== null && 'ct-bullet__key--derived')}
                title={derived?.description}
              >
                {m.target} <span className="ct-num">{derived === null ? texts.target : `≈\u00a0${texts.target}`}</span>
              </span>
            )}
            {texts.previous === null ? null : (
              <span className="ct-bullet__key ct-bullet__key--previous">
                {m.previous} <span className="ct-num">{texts.previous}</span>
              </span>
            )}
          </div>
        ) : null}
      </div>
    );
  });
});
