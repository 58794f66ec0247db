import { ChitieuError } from '../errors/chitieu-error';
import { resolveLocale } from '../locale/resolve-locale';
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
 * An input a component refused: which prop (or attribute/property), why (a {@link Problem}: the
 * component's own check or the core's error code) and where inside it (`observation.actual`).
 * The inline message is built from these in the user's language ({@link inlineError}); the
 * original error stays as `cause` for developers.
 */
export class PropsError extends Error {
  override readonly name = 'PropsError';
  readonly prop: string;
  readonly problem: Problem;
  readonly path: string | undefined;

  constructor(prop: string, problem: Problem, path?: string | undefined, options?: { cause?: unknown }) {
    // a prop name passed through from a caller is a name, or "props"
    const name =
      typeof prop === 'string' && prop !== '' ? (prop.length > 40 ? `${prop.slice(0, 40)}…` : prop) : 'props';
    const where = typeof path === 'string' ? (path.length > 40 ? `${path.slice(0, 40)}…` : path) : undefined;
    super(`${name}: ${problem}${where === undefined ? '' : ` (${where})`}`, options);
    this.prop = name;
    this.problem = problem;
    this.path = typeof path === 'string' ? path : undefined;
  }
}

/** Any error thrown while computing from `prop`, as a {@link PropsError} naming that prop. */
export function asPropsError(prop: string, error: unknown): PropsError {
  try {
    return toPropsError(prop, error);
  } catch (cause) {
    return new PropsError(prop, 'unreadable', undefined, { cause }); // a thrown proxy that cannot even be inspected
  }
}

function toPropsError(prop: string, error: unknown): PropsError {
  if (error instanceof PropsError) return error;
  if (ChitieuError.is(error)) {
    const path = error.path ?? error.issues[0]?.path;
    const problem = CORE_CODES.has(error.code) ? (error.code as Problem) : 'unreadable';
    return new PropsError(prop, problem, path, { cause: error });
  }
  // a TypeError of a malformed object ("Cannot read properties of undefined") is never shown
  return new PropsError(prop, 'unreadable', undefined, { cause: error });
}

/** Runs a computation from one prop; whatever it throws names that prop. */
export function fromProp<T>(prop: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw asPropsError(prop, error);
  }
}

const validLocales = new Set<string>();

/** The locale, checked once per tag by the core (`vi_VN`, `{}` and `''` are refused, naming `locale`). */
export function checkLocale(locale: unknown): string {
  if (typeof locale === 'string' && validLocales.has(locale)) return locale;
  if (typeof locale !== 'string') throw new PropsError('locale', 'locale');
  fromProp('locale', () => resolveLocale(locale));
  if (validLocales.size < 64) validLocales.add(locale);
  return locale;
}

/** The words of an inline message: `Thuộc tính "width" không hợp lệ: cần một số dương`. */
export function describeError(error: unknown, m: Messages): string {
  try {
    return describeErrorUnguarded(error, m);
  } catch (error) {
    throw asPropsError('props', error);
  }
}

function describeErrorUnguarded(error: unknown, m: Messages): string {
  const e = asPropsError('props', error);
  return m.invalidProp(e.prop, m.problems[e.problem], e.path);
}

/**
 * What a component shows instead of crashing the host page when its inputs are bad, in the
 * locale's words (a refused `locale` still gets words: Vietnamese for `vi*`, else English).
 * Every binding renders it the same way: `role="alert"`, `<strong>{title}:</strong> {message}`,
 * `data-ct-prop={prop}`, `data-ct-error={problem}`. JavaScript messages are never shown.
 */
export interface InlineErrorView {
  /** `Không hiển thị được` / `Cannot show`. */
  readonly title: string;
  /** `Thuộc tính "status" không hợp lệ: …` */
  readonly message: string;
  /** The prop, attribute or property refused (`status`, `evaluations`). */
  readonly prop: string;
  /** Why: the component's own check or the core's error code (`INVALID_DECIMAL`). */
  readonly problem: Problem;
  /** Where inside the prop (`[3].actual`), when known. */
  readonly path: string | undefined;
}

/** The inline-error model of any thrown value, in `locale` (any value: the words fall back to English). */
export function inlineError(error: unknown, locale: unknown): InlineErrorView {
  const m = messagesFor(locale);
  const e = asPropsError('props', error);
  return {
    title: m.cannotShow,
    message: m.invalidProp(e.prop, m.problems[e.problem], e.path),
    prop: e.prop,
    problem: e.problem,
    path: e.path,
  };
}

/** The result of a view function: the model, or the inline error to show instead. Never throws. */
export type ViewResult<T> =
  | { readonly ok: true; readonly view: T; readonly locale: string }
  | { readonly ok: false; readonly error: InlineErrorView; readonly cause: PropsError };

/**
 * The one guarded path of every view: checks the locale, then builds the model; anything thrown
 * on the way becomes the inline-error model, so a binding never throws while rendering.
 */
export function guardView<T>(locale: unknown, build: (locale: string) => T): ViewResult<T> {
  try {
    const checked = checkLocale(locale);
    return { ok: true, view: build(checked), locale: checked };
  } catch (error) {
    const cause = asPropsError('props', error);
    return { ok: false, error: inlineError(cause, locale), cause };
  }
}
