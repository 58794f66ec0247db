'use client';
import type { DecimalInput, Indicator } from '@chitieu/core';
import { sparklineView } from '@chitieu/core/view';
import { type ComponentPropsWithoutRef, type ForwardRefExoticComponent, forwardRef, type RefAttributes } from 'react';
import { cx } from '../internal/class-names';
import { guarded } from '../internal/inline-error';
import { useChitieuSettings } from '../provider/chitieu-provider';

/** One point of a {@link Sparkline}: an observation fits (`period`, `actual`, `target`). */
export interface SparklinePoint {
  readonly period: string;
  readonly actual?: DecimalInput | null | undefined;
  /** The plan of that period; band targets are not drawn. */
  readonly target?: DecimalInput | { readonly min: DecimalInput; readonly max: DecimalInput } | null | undefined;
}

/** Props of {@link Sparkline}. */
export interface SparklineProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children' | 'width' | 'height'> {
  /** The history, oldest first. Observations can be passed as they are. */
  readonly history: readonly SparklinePoint[];
  /** Formats the values of the accessible description with the indicator's unit and decimals. */
  readonly indicator?: Indicator | undefined;
  /** Accessible description; default: every period with its value, formatted by the core. */
  readonly label?: string | undefined;
  /** Width in pixels (default 96, at most 4096); NaN, zero or a negative width renders an inline message. */
  readonly width?: number | undefined;
  /** Height in pixels (default 24, at most 4096); NaN, zero or a negative height renders an inline message. */
  readonly height?: number | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

/**
 * A trend line of the history with the plan as a dashed line, in a few lines of SVG. Its
 * accessible name lists each period's value (formatted by the core) unless `label` is given.
 *
 * @example
 * <Sparkline history={observations} indicator={revenue} />
 */
export const Sparkline: ForwardRefExoticComponent<SparklineProps & RefAttributes<SVGSVGElement>> = forwardRef<
  SVGSVGElement,
  SparklineProps
>(function Sparkline({ history, indicator, label, width, height, locale: localeProp, className, ...rest }, ref) {
  const { locale: wanted, theme } = useChitieuSettings({ locale: localeProp });
  return guarded({ component: 'sparkline', locale: wanted, theme, className, ref }, (locale) => {
    // size, checks of every point, paths and the accessible name: the view layer's
    const view = sparklineView({ history, indicator, label, width, height }, locale);
    const { paths } = view;
    const w = view.width;
    const h = view.height;
    const name = view.label;
    return (
      <svg
        {...rest}
        ref={ref}
        className={cx('ct-root ct-sparkline', className)}
        data-ct-theme={theme}
        width={w}
        height={h}
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={name}
      >
        {paths.plan === '' ? null : <path className="ct-sparkline__plan" d={paths.plan} />}
        {paths.line === '' ? null : <path className="ct-sparkline__line" d={paths.line} />}
        {paths.last === null ? null : (
          <circle className="ct-sparkline__last" cx={paths.last.x} cy={paths.last.y} r={view.dot} />
        )}
      </svg>
    );
  });
});
