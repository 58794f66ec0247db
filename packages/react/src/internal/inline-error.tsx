import { asPropsError, checkLocale, describeError, fromProp, inlineError, PropsError } from '@chitieu/core/view';
import type { ReactElement, Ref } from 'react';
import { cx } from './class-names';

// The refused-prop error, its conversion and the inline message's words live in the view layer
// (`@chitieu/core/view`), shared with @chitieu/elements; this module renders them.
export { asPropsError, checkLocale, describeError, fromProp, PropsError };

/**
 * What a component renders instead of crashing the host page when its props are bad: a
 * `role="alert"` message in the component's language naming the prop. The error code stays in
 * `data-ct-error` for developers; JavaScript messages are never shown.
 * @internal
 */
export function InlineError(props: {
  readonly error: unknown;
  readonly locale: unknown;
  readonly className?: string | undefined;
  readonly theme?: string | undefined;
  readonly component: string;
  readonly innerRef?: Ref<HTMLElement> | undefined;
}): ReactElement {
  const error = inlineError(props.error, props.locale);
  return (
    <span
      ref={props.innerRef as Ref<HTMLSpanElement> | undefined}
      role="alert"
      className={cx('ct-root ct-error', typeof props.className === 'string' ? props.className : undefined)}
      data-ct-theme={props.theme}
      data-ct-component={props.component}
      data-ct-prop={error.prop}
      data-ct-error={error.problem}
    >
      <strong>{error.title}:</strong> <span>{error.message}</span>
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

/** What {@link guarded} needs to render a component's inline error. @internal */
export interface GuardContext {
  readonly component: string;
  readonly locale: unknown;
  readonly theme: string | undefined;
  readonly className: unknown;
  readonly ref: unknown;
}

/**
 * The one guarded path of every component: checks the locale, then builds the element; any
 * error on the way renders the inline message instead, so a component never throws while
 * rendering. @internal
 */
export function guarded(context: GuardContext, build: (locale: string) => ReactElement): ReactElement {
  try {
    return build(checkLocale(context.locale));
  } catch (error) {
    return (
      <InlineError
        error={error}
        locale={context.locale}
        className={typeof context.className === 'string' ? context.className : undefined}
        theme={context.theme}
        component={context.component}
        innerRef={errorRef(context.ref)}
      />
    );
  }
}
