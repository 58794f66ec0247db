/**
 * A small validation DSL: each schema both validates untrusted data (collecting every issue
 * with its JSON path, never stopping at the first) and describes itself as JSON Schema, so the
 * shipped `dataset.schema.json` is generated from the same source as the validator.
 *
 * @internal
 */
import type { ValidationIssue } from '../errors/chitieu-error';
import type { ChitieuErrorCode } from '../errors/codes';

export type JsonSchema = { readonly [key: string]: unknown };

/** Marker for a value that failed validation (its issues are already recorded). */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface Context {
  readonly issues: ValidationIssue[];
}

export interface Schema<T> {
  readonly json: JsonSchema;
  /** Validates and normalises `value` at `path`, pushing issues to `ctx`. */
  readonly parse: (value: unknown, path: string, ctx: Context) => T | Invalid;
  /** True when an absent key is allowed. */
  readonly optional?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

export const report = (ctx: Context, code: ChitieuErrorCode, path: string, message: string): Invalid => {
  ctx.issues.push({ code, path, message });
  return INVALID;
};

export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value === '' ? 'an empty string' : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const childPath = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

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
  return {
    json,
    parse(value, path, ctx) {
      if (typeof value !== 'string')
        return report(
          ctx,
          options.code ?? 'INVALID_DATASET',
          path,
          `Expected ${options.expected ?? 'a string'}, got ${describeValue(value)}`,
        );
      if (options.minLength !== undefined && value.trim().length < options.minLength) {
        return report(
          ctx,
          options.code ?? 'INVALID_DATASET',
          path,
          `Expected ${options.expected ?? 'a non-empty string'}, got ${describeValue(value)}`,
        );
      }
      if (options.pattern && !options.pattern.test(value)) {
        return report(
          ctx,
          options.code ?? 'INVALID_DATASET',
          path,
          `Expected ${options.expected ?? `text matching ${options.pattern.source}`}, got ${describeValue(value)}`,
        );
      }
      return value;
    },
  };
}

/** One of a fixed set of strings. */
export function oneOf<const T extends string>(values: readonly T[], description?: string): Schema<T> {
  return {
    json: description ? { enum: values, description } : { enum: values },
    parse(value, path, ctx) {
      return typeof value === 'string' && (values as readonly string[]).includes(value)
        ? (value as T)
        : report(
            ctx,
            'INVALID_DATASET',
            path,
            `Expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${describeValue(value)}`,
          );
    },
  };
}

export function boolean(description?: string): Schema<boolean> {
  return {
    json: description ? { type: 'boolean', description } : { type: 'boolean' },
    parse: (value, path, ctx) =>
      typeof value === 'boolean'
        ? value
        : report(ctx, 'INVALID_DATASET', path, `Expected true or false, got ${describeValue(value)}`),
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
        return report(ctx, 'INVALID_DATASET', path, `Expected an integer, got ${describeValue(value)}`);
      if (value < min || value > max)
        return report(ctx, 'OUT_OF_RANGE', path, `Expected an integer from ${min} to ${max}, got ${value}`);
      return value;
    },
  };
}

/** A value that may be absent (the key omitted or `undefined`). */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return {
    json: schema.json,
    optional: true,
    parse: (value, path, ctx) => (value === undefined ? undefined : schema.parse(value, path, ctx)),
  };
}

/** A value that may be `null` (a known missing figure) or absent. */
export function nullable<T>(schema: Schema<T>): Schema<T | null | undefined> {
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
      if (!Array.isArray(value))
        return report(ctx, 'INVALID_DATASET', path, `Expected an array, got ${describeValue(value)}`);
      const out: T[] = [];
      let ok = true;
      value.forEach((entry, i) => {
        const parsed = item.parse(entry, childPath(path, i), ctx);
        if (parsed === INVALID) ok = false;
        else out.push(parsed);
      });
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

/**
 * An object with known keys. Unknown keys are issues (a typo such as `acutal` must not pass
 * silently), except those listed in `allow`. Absent optional keys stay absent in the output.
 */
export function object<S extends Shape>(
  shape: S,
  options: { description?: string; allow?: readonly string[] } = {},
): Schema<ObjectOf<S>> {
  const required = Object.keys(shape).filter((key) => !shape[key]?.optional);
  const properties: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) properties[key] = schema.json;
  for (const key of options.allow ?? []) properties[key] = {};
  const json: Record<string, unknown> = { type: 'object', properties, additionalProperties: false };
  if (required.length > 0) json['required'] = required;
  if (options.description) json['description'] = options.description;
  return {
    json,
    parse(value, path, ctx) {
      if (!isPlainObject(value))
        return report(ctx, 'INVALID_DATASET', path, `Expected an object, got ${describeValue(value)}`);
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const [key, schema] of Object.entries(shape)) {
        const present = Object.hasOwn(value, key);
        if (!present && !schema.optional) {
          ok = false;
          report(ctx, 'INVALID_DATASET', childPath(path, key), `Missing required field "${key}"`);
          continue;
        }
        const parsed = schema.parse(present ? value[key] : undefined, childPath(path, key), ctx);
        if (parsed === INVALID) ok = false;
        else if (parsed !== undefined) out[key] = parsed;
      }
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(shape, key) && !(options.allow ?? []).includes(key)) {
          ok = false;
          report(ctx, 'INVALID_DATASET', childPath(path, key), `Unknown field "${key}"`);
        }
      }
      return ok ? (out as ObjectOf<S>) : INVALID;
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
      if (!isPlainObject(input))
        return report(ctx, 'INVALID_DATASET', path, `Expected an object, got ${describeValue(input)}`);
      const keys = Object.keys(input);
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
        if (options.keyPattern && !options.keyPattern.test(key)) {
          ok = false;
          report(ctx, 'INVALID_DATASET', childPath(path, key), `Invalid key "${key}"`);
          continue;
        }
        const parsed = value.parse(input[key], childPath(path, key), ctx);
        if (parsed === INVALID) ok = false;
        else out[key] = parsed;
      }
      return ok ? out : INVALID;
    },
  };
}

/**
 * A choice between schemas, decided up front by `pick` (so issues come from the one branch that
 * applies, not from every branch).
 */
export function union<T>(options: readonly Schema<T>[], pick: (value: unknown) => number, expected: string): Schema<T> {
  return {
    json: { anyOf: options.map((o) => o.json) },
    parse(value, path, ctx) {
      const index = pick(value);
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
  then: (value: T, path: string, ctx: Context) => U | Invalid,
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
