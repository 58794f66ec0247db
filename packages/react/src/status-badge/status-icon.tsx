import type { Status } from '@chitieu/core';
import type { ReactElement } from 'react';

/** One distinct shape per status, so status never depends on colour alone. */
const PATHS: Readonly<Record<Status, string>> = {
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
      <path d={PATHS[status]} />
      {status === 'near' ? <path d="M8 2.5a5.5 5.5 0 0 0 0 11z" fill="currentColor" stroke="none" /> : null}
    </svg>
  );
}

/** Whether a value is one of the core's statuses. @internal */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && Object.hasOwn(PATHS, value);
}
