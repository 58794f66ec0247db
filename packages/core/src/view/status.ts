import { type Status, statusLabel } from '../index';
import { PropsError } from './errors';

/**
 * One distinct icon shape per status (16×16 viewBox, stroked), so status never depends on colour
 * alone. `near` also fills its left half ({@link STATUS_ICON_FILL}).
 */
export const STATUS_ICONS: Readonly<Record<Status, string>> = {
  // double chevron up
  exceeded: 'M4 9.5 8 5.5 12 9.5M4 13 8 9 12 13',
  // check mark
  met: 'M3.5 8.5 6.5 11.5 12.5 4.5',
  // half-filled circle drawn as arc + vertical
  near: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 2.5v11',
  // cross
  missed: 'M4.5 4.5 11.5 11.5M11.5 4.5 4.5 11.5',
  // information: a circle with an i (no plan stated is a fact, not a failure)
  'no-target': 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 7.25v3.5M8 5.1v.15',
  // question mark
  'no-data': 'M5.75 6a2.25 2.25 0 1 1 3.2 2.05c-.6.3-.95.8-.95 1.45V10.5M8 12.75v.25',
};

/** The filled half of the `near` icon. */
export const STATUS_ICON_FILL: Readonly<Partial<Record<Status, string>>> = { near: 'M8 2.5a5.5 5.5 0 0 0 0 11z' };

/** Whether a value is one of the core's statuses. */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && Object.hasOwn(STATUS_ICONS, value);
}

/** Status tone for styling: the status itself (`ct-status-badge--exceeded`), never colour alone. */
export interface StatusBadgeView {
  readonly status: Status;
  /** The core's label: `Vượt kế hoạch`. */
  readonly label: string;
  /** SVG path data of the icon (decorative: the label says the status). */
  readonly icon: string;
  readonly iconFill: string | null;
}

/** The badge of a status; throws a `PropsError` naming `status` when missing or unknown. */
export function statusBadgeView(status: unknown, locale: string): StatusBadgeView {
  if (status === undefined || status === null) throw new PropsError('status', 'missing');
  if (!isStatus(status)) throw new PropsError('status', 'status');
  return {
    status,
    label: statusLabel(status, locale),
    icon: STATUS_ICONS[status],
    iconFill: STATUS_ICON_FILL[status] ?? null,
  };
}
