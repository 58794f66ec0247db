'use client';
import { type DecimalInput, formatNumber, formatQuantity, type Indicator } from '@chitieu/core';
import { type ComponentPropsWithoutRef, type ForwardRefExoticComponent, forwardRef, type RefAttributes } from 'react';
import { cx } from '../internal/class-names';
import { asPropsError, guarded, PropsError } from '../internal/inline-error';
import { messagesFor } from '../internal/messages';
import { checkIndicator, checkText, isRecord, layoutNumber } from '../internal/validate';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { sparklinePaths } from './sparkline-geometry';

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

// drawing positions only (the values read are formatted by the core); non-finite → a gap
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);
const numberOf = (value: SparklinePoint['actual']): number | null =>
  value === null || value === undefined ? null : finite(Number(value));
const planOf = (value: SparklinePoint['target']): number | null =>
  value === null || value === undefined || typeof value === 'object' ? null : finite(Number(value));

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
    const m = messagesFor(locale);
    const w = layoutNumber(width, 'width', 96, 8, 4096);
    const h = layoutNumber(height, 'height', 24, 8, 4096);
    if (history === undefined || history === null) throw new PropsError('history', 'missing');
    if (!Array.isArray(history)) throw new PropsError('history', 'array');
    const ind = indicator === undefined || indicator === null ? undefined : checkIndicator(indicator, 'indicator');
    const given = checkText(label, 'label');
    const points = history.map((p: unknown, i): SparklinePoint => {
      if (!isRecord(p) || typeof p.period !== 'string') throw new PropsError('history', 'history', `[${i}]`);
      return p as unknown as SparklinePoint;
    });
    const format = (value: DecimalInput): string =>
      ind === undefined ? formatNumber(value, { locale }) : formatQuantity(value, { locale, indicator: ind });
    // formatting checks every value (an `actual: "abc"` names its place); drawing uses the checked values
    const described = points.map((p, i) => {
      if (p.actual === null || p.actual === undefined) return null;
      try {
        return `${p.period}: ${format(p.actual)}`;
      } catch (error) {
        throw new PropsError('history', asPropsError('history', error).problem, `[${i}].actual`, { cause: error });
      }
    });
    const paths = sparklinePaths(
      points.map((p) => numberOf(p.actual)),
      points.map((p) => planOf(p.target)),
      w,
      h,
    );
    const name = given ?? `${m.trend}: ${described.filter((d) => d !== null).join(', ')}`;
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
          <circle className="ct-sparkline__last" cx={paths.last.x} cy={paths.last.y} r={2} />
        )}
      </svg>
    );
  });
});
