/**
 * A small validation DSL: each schema both validates untrusted data (collecting every issue
 * with its JSON path, never stopping at the first) and describes itself as JSON Schema, so the
 * shipped `dataset.schema.json` is generated from the same source as the validator.
 *
 * Untrusted means hostile too: every read of the input goes through {@link readKeys} /
 * {@link readField} / {@link kindOf}, which turn a throwing getter, a throwing or revoked proxy
 * into an issue at its path instead of an exception. The schemas are not recursive, so cycles
 * and deep nesting in the input are never walked further than the model is deep. Output objects
 * are fresh and only receive the keys a schema names (or, in records, keys checked by a pattern
 * and defined as own data properties), so `__proto__` and `constructor` keys pollute nothing.
 *
 * @internal
 */
import type { ValidationIssue } from '../errors/chitieu-error';
import type { ChitieuErrorCode } from '../errors/codes';
import { expectedIntegerFrom, expectedOneOf, missingField, notAnInteger } from '../errors/messages';
import { describeValue, quote, thrownMessage } from '../errors/quote';
import { closest, didYouMean } from '../errors/suggest';

export { describeValue } from '../errors/quote';

export type JsonSchema = { readonly [key: string]: unknown };

/** Marker for a value that failed validation (its issues are already recorded). */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Issues kept per run; past it they are counted, and one last issue says how many were left out. */
export const MAX_ISSUES = 1000;

/** Entries an array may have (a hostile `length` of 2³² − 1 is refused, not walked). */
export const MAX_ITEMS = 10_000_000;

/**
 * Where a value is, built lazily: a child path is a small node, rendered to text
 * (`$.observations[3].actual`) only when an issue is reported — valid data builds no strings.
 */
export type Path = string | { readonly parent: Path; readonly key: string | number };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const segment = (key: string | number): string =>
  typeof key === 'number' ? `[${key}]` : key.length <= 40 && IDENTIFIER.test(key) ? `.${key}` : `[${quote(key)}]`;

/** The text of a path: `$.a.b`, `$.a[3]`, `$.a["odd key"]` (an odd key is quoted, and cut to 40 characters). */
export function renderPath(path: Path): string {
  const keys: (string | number)[] = [];
  let at: Path = path;
  while (typeof at !== 'string') {
    keys.push(at.key);
    at = at.parent;
  }
  let text = at;
  for (let i = keys.length - 1; i >= 0; i--) text += segment(keys[i] as string | number);
  return text;
}

/** The path of a child value. */
export const childPath = (path: Path, key: string | number): Path => ({ parent: path, key });

export interface Context {
  readonly issues: ValidationIssue[];
  /** Issues found after {@link MAX_ISSUES} were kept. */
  dropped?: number;
}

export interface Schema<T> {
  readonly json: JsonSchema;
  /** Validates and normalises `value` at `path`, pushing issues to `ctx`. */
  readonly parse: (value: unknown, path: Path, ctx: Context) => T | Invalid;
  /** True when an absent key is allowed. */
  readonly optional?: boolean;
}

/** A schema whose key may be absent: `object()` makes its key optional in the output type. */
export interface OptionalSchema<T> extends Schema<T> {
  readonly optional: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

export function report(ctx: Context, code: ChitieuErrorCode, path: Path, message: string): Invalid {
  if (ctx.issues.length < MAX_ISSUES) ctx.issues.push({ code, path: renderPath(path), message });
  else ctx.dropped = (ctx.dropped ?? 0) + 1;
  return INVALID;
}

/** What a value is, without running any of its code: `'array'`, `'object'`, a `typeof`, or `'unreadable'`. */
export function kindOf(
  value: unknown,
): 'array' | 'object' | 'null' | 'unreadable' | Exclude<ReturnType<typeof typeofOf>, 'object'> {
  const t = typeofOf(value);
  if (t !== 'object') return t;
  if (value === null) return 'null';
  try {
    return Array.isArray(value) ? 'array' : 'object';
  } catch {
    return 'unreadable'; // a revoked proxy
  }
}
const typeofOf = (value: unknown) => typeof value;

/** Own enumerable keys, or an issue when the object refuses to list them (a hostile proxy). */
export function readKeys(value: object, path: Path, ctx: Context): string[] | Invalid {
  try {
    return Object.keys(value);
  } catch (error) {
    return report(
      ctx,
      'INVALID_DATASET',
      path,
      `Could not list the fields: reading them threw ${thrownMessage(error)}`,
    );
  }
}

/**
 * One field's value, or an issue at the field's path (`parent` + `key`) when reading it throws
 * (a getter, a proxy trap).
 */
export function readField(value: object, key: string | number, parent: Path, ctx: Context): unknown {
  try {
    return (value as Record<string | number, unknown>)[key];
  } catch (error) {
    return report(ctx, 'INVALID_DATASET', childPath(parent, key), `Reading this field threw ${thrownMessage(error)}`);
  }
}

function readLength(list: object, path: Path, ctx: Context): unknown {
  try {
    return (list as { length?: unknown }).length;
  } catch (error) {
    return report(ctx, 'INVALID_DATASET', path, `Reading the length threw ${thrownMessage(error)}`);
  }
}

const expectedObject = (ctx: Context, path: Path, value: unknown, kind: string): Invalid =>
  report(
    ctx,
    'INVALID_DATASET',
    path,
    kind === 'unreadable'
      ? 'Expected an object, got an unreadable value'
      : `Expected an object, got ${describeValue(value)}`,
  );

/** A string, optionally non-empty or matching a pattern. */
export function string(
  options: {
    minLength?: number;
    pattern?: RegExp;
    description?: string;
    code?: ChitieuErrorCode;
    expected?: string;
  } = {},
): Schema<string> {
  const json: Record<string, unknown> = { type: 'string' };
  if (options.minLength !== undefined) json['minLength'] = options.minLength;
  if (options.pattern) json['pattern'] = options.pattern.source;
  if (options.description) json['description'] = options.description;
  const code = options.code ?? 'INVALID_DATASET';
  return {
    json,
    parse(value, path, ctx) {
      if (typeof value !== 'string')
        return report(ctx, code, path, `Expected ${options.expected ?? 'a string'}, got ${describeValue(value)}`);
      if (options.minLength !== undefined && value.trim().length < options.minLength) {
        return report(
          ctx,
          code,
          path,
          `Expected ${options.expected ?? 'a non-empty string'}, got ${describeValue(value)}`,
        );
      }
      if (options.pattern && !options.pattern.test(value)) {
        return report(
          ctx,
          code,
          path,
          `Expected ${options.expected ?? `text matching ${options.pattern.source}`}, got ${describeValue(value)}`,
        );
      }
      return value;
    },
  };
}

/** One of a fixed set of strings; a near miss names the nearest value. */
export function oneOf<const T extends string>(values: readonly T[], description?: string): Schema<T> {
  return {
    json: description ? { enum: values, description } : { enum: values },
    parse(value, path, ctx) {
      if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
      const hint = typeof value === 'string' ? didYouMean(closest(value, values)) : '';
      return report(ctx, 'INVALID_DATASET', path, `${expectedOneOf(values, value)}.${hint}`.replace(/\.$/, ''));
    },
  };
}

export function boolean(description?: string): Schema<boolean> {
  return {
    json: description ? { type: 'boolean', description } : { type: 'boolean' },
    parse(value, path, ctx) {
      if (typeof value === 'boolean') return value;
      const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
      return report(
        ctx,
        'INVALID_DATASET',
        path,
        word === 'true' || word === 'false'
          ? `Expected a JSON boolean \`${word}\`, not the string ${describeValue(value)}`
          : `Expected a JSON boolean (true or false), got ${describeValue(value)}`,
      );
    },
  };
}

/** A safe integer within [min, max]. */
export function integer(min: number, max: number, description?: string): Schema<number> {
  const json: Record<string, unknown> = { type: 'integer', minimum: min, maximum: max };
  if (description) json['description'] = description;
  return {
    json,
    parse(value, path, ctx) {
      if (typeof value !== 'number' || !Number.isInteger(value))
        return report(ctx, 'INVALID_DATASET', path, notAnInteger(value));
      if (value < min || value > max) return report(ctx, 'OUT_OF_RANGE', path, expectedIntegerFrom(min, max, value));
      return value;
    },
  };
}

/** A value that may be absent (the key omitted or `undefined`). */
export function optional<T>(schema: Schema<T>): OptionalSchema<T | undefined> {
  return {
    json: schema.json,
    optional: true,
    parse: (value, path, ctx) => (value === undefined ? undefined : schema.parse(value, path, ctx)),
  };
}

/** A value that may be `null` (a known missing figure) or absent. */
export function nullable<T>(schema: Schema<T>): OptionalSchema<T | null | undefined> {
  return {
    json: { anyOf: [schema.json, { type: 'null' }] },
    optional: true,
    parse: (value, path, ctx) =>
      value === undefined || value === null ? (value as null | undefined) : schema.parse(value, path, ctx),
  };
}

export function array<T>(item: Schema<T>, description?: string): Schema<T[]> {
  return {
    json: description ? { type: 'array', items: item.json, description } : { type: 'array', items: item.json },
    parse(value, path, ctx) {
      if (kindOf(value) !== 'array')
        return report(ctx, 'INVALID_DATASET', path, `Expected an array, got ${describeValue(value)}`);
      const list = value as readonly unknown[];
      const length = readLength(list, path, ctx);
      if (length === INVALID) return INVALID;
      if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
        return report(ctx, 'INVALID_DATASET', path, 'Expected an array, got an array-like object without a length');
      if (length > MAX_ITEMS)
        return report(
          ctx,
          'OUT_OF_RANGE',
          path,
          `An array of ${length} entries is longer than the ${MAX_ITEMS} accepted`,
        );
      const out: T[] = [];
      let ok = true;
      for (let i = 0; i < length; i++) {
        const entry = readField(list, i, path, ctx);
        const parsed = entry === INVALID ? INVALID : item.parse(entry, childPath(path, i), ctx);
        if (parsed === INVALID) ok = false;
        else if (ok) out.push(parsed);
      }
      return ok ? out : INVALID;
    },
  };
}

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<S extends Shape> = {
  [K in keyof S as S[K] extends { optional: true } ? never : K]: Infer<S[K]>;
} & {
  [K in keyof S as S[K] extends { optional: true } ? K : never]?: Infer<S[K]>;
};
/** Flattens an intersection for readable types and exact comparisons. */
export type Flat<T> = { [K in keyof T]: T[K] } & {};

/**
 * An object with known keys. Unknown keys are issues naming the nearest known key (a typo such
 * as `acutal` must not pass silently), except those listed in `allow`. Absent optional keys stay
 * absent in the output; present keys come out in the shape's order.
 */
export function object<S extends Shape>(
  shape: S,
  options: { description?: string; allow?: readonly string[] } = {},
): Schema<Flat<ObjectOf<S>>> {
  const names = Object.keys(shape);
  const schemasInOrder = names.map((key) => shape[key] as Schema<unknown>);
  const position = new Map(names.map((key, i) => [key, i] as const));
  const allowed = new Set(options.allow ?? []);
  const required = names.filter((key) => !shape[key]?.optional);
  const properties: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) properties[key] = schema.json;
  for (const key of allowed) properties[key] = {};
  const json: Record<string, unknown> = { type: 'object', properties, additionalProperties: false };
  if (required.length > 0) json['required'] = required;
  if (options.description) json['description'] = options.description;
  const ABSENT = INVALID; // a slot not filled by the input (INVALID never comes from the input)
  return {
    json,
    parse(value, path, ctx) {
      const kind = kindOf(value);
      if (kind !== 'object') return expectedObject(ctx, path, value, kind);
      const input = value as object;
      const keys = readKeys(input, path, ctx);
      if (keys === INVALID) return INVALID;
      const raw: unknown[] = new Array(names.length).fill(ABSENT);
      let ok = true;
      for (const key of keys) {
        const at = position.get(key);
        if (at !== undefined) {
          const read = readField(input, key, path, ctx);
          if (read === INVALID) ok = false;
          else raw[at] = read;
        } else if (!allowed.has(key)) {
          ok = false;
          report(
            ctx,
            'INVALID_DATASET',
            childPath(path, key),
            `Unknown field ${quote(key)}.${didYouMean(closest(key, names))}`.replace(/\.$/, ''),
          );
        }
      }
      const out: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const key = names[i] as string;
        const schema = schemasInOrder[i] as Schema<unknown>;
        const given = raw[i];
        if (given === ABSENT) {
          // An absent optional key stays absent (optional schemas give undefined for nothing).
          if (schema.optional) continue;
          ok = false;
          report(ctx, 'INVALID_DATASET', childPath(path, key), missingField(key));
          continue;
        }
        const parsed = schema.parse(given, childPath(path, key), ctx);
        if (parsed === INVALID) ok = false;
        else if (parsed !== undefined) out[key] = parsed;
      }
      return ok ? (out as Flat<ObjectOf<S>>) : INVALID;
    },
  };
}

/** A map from string keys to values of one schema. */
export function record<T>(
  value: Schema<T>,
  options: { description?: string; keyPattern?: RegExp; minProperties?: number } = {},
): Schema<Record<string, T>> {
  const json: Record<string, unknown> = { type: 'object', additionalProperties: value.json };
  if (options.keyPattern) json['propertyNames'] = { pattern: options.keyPattern.source };
  if (options.minProperties) json['minProperties'] = options.minProperties;
  if (options.description) json['description'] = options.description;
  return {
    json,
    parse(input, path, ctx) {
      const kind = kindOf(input);
      if (kind !== 'object') return expectedObject(ctx, path, input, kind);
      const source = input as object;
      const keys = readKeys(source, path, ctx);
      if (keys === INVALID) return INVALID;
      if (options.minProperties && keys.length < options.minProperties) {
        return report(
          ctx,
          'INVALID_DATASET',
          path,
          `Expected at least ${options.minProperties} entr${options.minProperties === 1 ? 'y' : 'ies'}`,
        );
      }
      const out: Record<string, T> = {};
      let ok = true;
      for (const key of keys) {
        const at = childPath(path, key);
        if (options.keyPattern && !options.keyPattern.test(key)) {
          ok = false;
          report(ctx, 'INVALID_DATASET', at, `Invalid key ${quote(key)}`);
          continue;
        }
        const read = readField(source, key, path, ctx);
        const parsed = read === INVALID ? INVALID : value.parse(read, at, ctx);
        if (parsed === INVALID) ok = false;
        // An own data property even for a key such as "__proto__": nothing is inherited or polluted.
        else Object.defineProperty(out, key, { value: parsed, enumerable: true, writable: true, configurable: true });
      }
      return ok ? out : INVALID;
    },
  };
}

/**
 * A choice between schemas, decided up front by `pick` (so issues come from the one branch that
 * applies, not from every branch). `pick` sees the value's {@link kindOf} and, for objects, a
 * safe read of one field.
 */
export function union<T>(options: readonly Schema<T>[], pick: (value: unknown) => number, expected: string): Schema<T> {
  return {
    json: { anyOf: options.map((o) => o.json) },
    parse(value, path, ctx) {
      let index: number;
      try {
        index = pick(value);
      } catch {
        index = -1;
      }
      const schema = options[index];
      return schema
        ? schema.parse(value, path, ctx)
        : report(ctx, 'INVALID_DATASET', path, `Expected ${expected}, got ${describeValue(value)}`);
    },
  };
}

/** Post-validation: maps a valid value, or reports more issues (cross-field rules). */
export function refine<T, U = T>(
  schema: Schema<T>,
  then: (value: T, path: Path, ctx: Context) => U | Invalid,
  json?: JsonSchema,
): Schema<U> {
  return {
    json: json ?? schema.json,
    ...(schema.optional ? { optional: true } : {}),
    parse(value, path, ctx) {
      const parsed = schema.parse(value, path, ctx);
      return parsed === INVALID ? INVALID : then(parsed, path, ctx);
    },
  };
}

/** A named schema: emitted once under `$defs` and referenced elsewhere. */
export function named<T>(name: string, schema: Schema<T>, defs: Record<string, JsonSchema>): Schema<T> {
  defs[name] = schema.json;
  return { ...schema, json: { $ref: `#/$defs/${name}` } };
}
