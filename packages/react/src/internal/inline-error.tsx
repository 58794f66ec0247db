import { ChitieuError, resolveLocale } from '@chitieu/core';
import type { ReactElement, Ref } from 'react';
import { cx } from './class-names';
import { type Messages, messagesFor, type Problem } from './messages';

const CORE_CODES: ReadonlySet<string> = new Set([
  'INVALID_DECIMAL',
  'OUT_OF_RANGE',
  'INVALID_BAND',
  'INVALID_PERIOD',
  'INVALID_INDICATOR',
  'INVALID_OBSERVATION',
  'UNKNOWN_INDICATOR',
  'DUPLICATE_ID',
  'INVALID_OPTION',
  'INVALID_DATASET',
  'INVALID_LOCALE',
  'UNKNOWN_UNIT',
  'PARSE_ERROR',
]);

/**
 * A prop a component refused: which prop, why (a {@link Problem}: the component's own check or
 * the core's error code) and where inside it (`observation.actual`). The inline message is built
 * from these in the user's language; the original error stays as `cause` for developers.
 * @internal
 */
export class PropsError extends Error {
  override readonly name = 'PropsError';
  readonly prop: string;
  readonly problem: Problem;
  readonly path: string | undefined;

  constructor(prop: string, problem: Problem, path?: string | undefined, options?: { cause?: unknown }) {
    super(`${prop}: ${problem}${path === undefined ? '' : ` (${path})`}`, options);
    this.prop = prop;
    this.problem = problem;
    this.path = path;
  }
}

/** Any error thrown while computing from `prop`, as a {@link PropsError} naming that prop. @internal */
export function asPropsError(prop: string, error: unknown): PropsError {
  if (error instanceof PropsError) return error;
  if (ChitieuError.is(error)) {
    const path = error.path ?? error.issues[0]?.path;
    const problem = CORE_CODES.has(error.code) ? (error.code as Problem) : 'unreadable';
    return new PropsError(prop, problem, path, { cause: error });
  }
  // a TypeError of a malformed object ("Cannot read properties of undefined") is never shown
  return new PropsError(prop, 'unreadable', undefined, { cause: error });
}

/** Runs a computation from one prop; whatever it throws names that prop. @internal */
export function fromProp<T>(prop: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw asPropsError(prop, error);
  }
}

const validLocales = new Set<string>();

/** The locale, checked once per tag by the core (`vi_VN`, `{}` and `''` are refused as the `locale` prop). @internal */
export function checkLocale(locale: unknown): string {
  if (typeof locale === 'string' && validLocales.has(locale)) return locale;
  if (typeof locale !== 'string') throw new PropsError('locale', 'locale');
  fromProp('locale', () => resolveLocale(locale));
  if (validLocales.size < 64) validLocales.add(locale);
  return locale;
}

/** The words of an inline message: `Thuộc tính "width" không hợp lệ: cần một số dương`. @internal */
export function describeError(error: unknown, m: Messages): string {
  const e = asPropsError('props', error);
  return m.invalidProp(e.prop, m.problems[e.problem], e.path);
}

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
  const m = messagesFor(props.locale);
  const error = asPropsError('props', props.error);
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
      <strong>{m.cannotShow}:</strong> <span>{describeError(error, m)}</span>
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
