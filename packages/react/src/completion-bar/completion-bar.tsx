'use client';
import { type BulletGeometry, completionBarView, type DerivedFigure, cssPercent as pct } from '@chitieu/core/view';
import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type ReactElement,
  type RefAttributes,
} from 'react';
import { cx } from '../internal/class-names';
import { guarded } from '../internal/inline-error';
import { messagesFor } from '../internal/messages';
import type { EvaluationSourceProps } from '../internal/resolve-evaluation';
import { useChitieuSettings } from '../provider/chitieu-provider';

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
    // the view layer computes everything shown: words, geometry, meter value and value text
    const view = completionBarView(
      {
        evaluation: props.evaluation,
        indicator: props.indicator,
        observation: props.observation,
        evaluateOptions: props.evaluateOptions ?? settings.evaluateOptions,
      },
      locale,
      { size, label },
    );
    const { texts, derived, geometry, name } = view;
    const shape = view.size;
    return (
      <div
        {...rest}
        ref={ref}
        className={cx('ct-root ct-bullet', `ct-bullet--${shape}`, className)}
        data-ct-theme={theme}
        data-status={view.status}
        data-clipped={geometry.clipped ? '' : undefined}
      >
        {view.meter !== null ? (
          // biome-ignore lint/a11y/useSemanticElements: <meter> cannot draw bands, plan and previous markers
          <div
            className="ct-bullet__track"
            role="meter"
            aria-label={name}
            // the meter's numbers are the drawn scale in percent (always plain, bounded numbers);
            // the real figures are in aria-valuetext
            aria-valuenow={view.meter.now}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuetext={view.meter.text}
          >
            <Track geometry={geometry} derived={derived} />
          </div>
        ) : (
          <div className="ct-bullet__track" role="img" aria-label={view.imageLabel}>
            {view.drawsTrack ? <Track geometry={geometry} derived={derived} /> : null}
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
