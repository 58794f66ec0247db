'use client';
import { type DecimalInput, formatNumber, formatQuantity, type Indicator } from '@chitieu/core';
import { type ComponentPropsWithoutRef, type ForwardRefExoticComponent, forwardRef, type RefAttributes } from 'react';
import { cx } from '../internal/class-names';
import { errorRef, InlineError, PropsError } from '../internal/inline-error';
import { messagesFor } from '../internal/messages';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { type SparklinePaths, sparklinePaths } from './sparkline-geometry';

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
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

const numberOf = (value: SparklinePoint['actual']): number | null =>
  value === null || value === undefined ? null : Number(value);
const planOf = (value: SparklinePoint['target']): number | null =>
  value === null || value === undefined || typeof value === 'object' ? null : Number(value);

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
>(function Sparkline(
  { history, indicator, label, width = 96, height = 24, locale: localeProp, className, ...rest },
  ref,
) {
  const { locale, theme } = useChitieuSettings({ locale: localeProp });
  const m = messagesFor(locale);
  let view: { paths: SparklinePaths; name: string };
  try {
    if (!Array.isArray(history)) throw new PropsError(`history: ${m.notAnArray}`);
    const format = (value: DecimalInput): string =>
      indicator === undefined ? formatNumber(value, { locale }) : formatQuantity(value, { locale, indicator });
    const described = history
      .filter((p) => p.actual !== null && p.actual !== undefined)
      .map((p) => `${p.period}: ${format(p.actual as DecimalInput)}`);
    view = {
      paths: sparklinePaths(
        history.map((p) => numberOf(p.actual)),
        history.map((p) => planOf(p.target)),
        width,
        height,
      ),
      name: label ?? `${m.trend}: ${described.join(', ')}`,
    };
  } catch (error) {
    return (
      <InlineError
        error={error}
        locale={locale}
        className={className}
        theme={theme}
        component="sparkline"
        innerRef={errorRef(ref)}
      />
    );
  }
  const { paths, name } = view;
  return (
    <svg
      {...rest}
      ref={ref}
      className={cx('ct-root ct-sparkline', className)}
      data-ct-theme={theme}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={name}
    >
      {paths.plan === '' ? null : <path className="ct-sparkline__plan" d={paths.plan} />}
      {paths.line === '' ? null : <path className="ct-sparkline__line" d={paths.line} />}
      {paths.last === null ? null : <circle className="ct-sparkline__last" cx={paths.last.x} cy={paths.last.y} r={2} />}
    </svg>
  );
});
