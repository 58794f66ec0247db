import type { Status } from '@chitieu/core';
import { isStatus, STATUS_ICON_FILL, STATUS_ICONS } from '@chitieu/core/view';
import type { ReactElement } from 'react';

/** The icon of a status (decorative: the badge's text says the status). @internal */
export function StatusIcon({
  status,
  className,
}: {
  readonly status: Status;
  readonly className: string;
}): ReactElement {
  return (
    <svg
      className={className}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      data-icon={status}
    >
      <path d={STATUS_ICONS[status]} />
      {STATUS_ICON_FILL[status] === undefined ? null : (
        <path d={STATUS_ICON_FILL[status]} fill="currentColor" stroke="none" />
      )}
    </svg>
  );
}

/** Whether a value is one of the core's statuses (one distinct icon shape each, from the view layer). @internal */
export { isStatus };
