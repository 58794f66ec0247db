import { ChitieuError } from '@chitieu/core';
import type { ReactElement, Ref } from 'react';
import { cx } from './class-names';
import { messagesFor } from './messages';

/** An error of a component's props (not of the core): a missing indicator, a wrong type. @internal */
export class PropsError extends Error {
  override readonly name = 'PropsError';
}

/** Text that says what went wrong, for an inline message. @internal */
export function describeError(error: unknown): string {
  if (ChitieuError.is(error)) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * What a component renders instead of crashing the host page when its props are bad (a missing
 * indicator, a malformed observation the core rejects with a `ChitieuError`).
 * @internal
 */
export function InlineError(props: {
  readonly error: unknown;
  readonly locale: string;
  readonly className?: string | undefined;
  readonly theme?: string | undefined;
  readonly component: string;
  readonly innerRef?: Ref<HTMLElement> | undefined;
}): ReactElement {
  const m = messagesFor(props.locale);
  return (
    <span
      ref={props.innerRef as Ref<HTMLSpanElement> | undefined}
      role="alert"
      className={cx('ct-root ct-error', props.className)}
      data-ct-theme={props.theme}
      data-ct-component={props.component}
    >
      <strong>{m.cannotShow}:</strong> <span>{describeError(props.error)}</span>
    </span>
  );
}

/**
 * A component's forwarded ref, widened so the inline error element can receive it: when props
 * are bad, the ref points to the error message. @internal
 */
export function errorRef(ref: unknown): Ref<HTMLElement> | undefined {
  return (ref ?? undefined) as Ref<HTMLElement> | undefined;
}
