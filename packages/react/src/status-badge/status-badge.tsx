'use client';
import type { Status } from '@chitieu/core';
import { statusBadgeView } from '@chitieu/core/view';
import { type ComponentPropsWithoutRef, type ForwardRefExoticComponent, forwardRef, type RefAttributes } from 'react';
import { cx } from '../internal/class-names';
import { guarded } from '../internal/inline-error';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { StatusIcon } from './status-icon';

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The status from the core's `evaluate` (`exceeded`, `met`, `near`, `missed`, `no-target`, `no-data`). */
  readonly status: Status;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

/**
 * An indicator's status as an icon and a word — `Vượt kế hoạch`, `Đạt kế hoạch`, `Gần đạt`,
 * `Không đạt`, `Chưa có kế hoạch`, `Chưa có số liệu` — never by colour alone. The label is the
 * core's `statusLabel`. `Vượt` and `Đạt` differ by more than the icon (a solid badge for
 * exceeded, an outlined one for met); "no plan stated" is neutral information (an ⓘ icon, no
 * tint), never drawn like a miss.
 *
 * @example
 * <StatusBadge status={evaluation.status} />
 */
export const StatusBadge: ForwardRefExoticComponent<StatusBadgeProps & RefAttributes<HTMLSpanElement>> = forwardRef<
  HTMLSpanElement,
  StatusBadgeProps
>(function StatusBadge({ status, locale: localeProp, className, ...rest }, ref) {
  const { locale: wanted, theme } = useChitieuSettings({ locale: localeProp });
  return guarded({ component: 'status-badge', locale: wanted, theme, className, ref }, (locale) => {
    // label, icon and the check of the status: the view layer's
    const { label } = statusBadgeView(status, locale);
    return (
      <span
        {...rest}
        ref={ref}
        className={cx('ct-root ct-status-badge', `ct-status-badge--${status}`, className)}
        data-ct-theme={theme}
        data-status={status}
      >
        <StatusIcon status={status} className="ct-status-badge__icon" />
        <span className="ct-status-badge__label">{label}</span>
      </span>
    );
  });
});
