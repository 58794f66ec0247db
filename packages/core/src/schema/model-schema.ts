/**
 * The schemas of the model: one source for validation (`defineIndicator`, `defineObservation`,
 * `parseDataset`) and for the shipped JSON Schema.
 *
 * @internal
 */
import { DECIMAL_TEXT, gt, isNegative, lte, type Num, ONE, toDecimalString, toNum, ZERO } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import type { ChitieuError } from '../errors/chitieu-error';
import type { Band, ComparisonBase, DensitySpec, Indicator, Observation, Unit, UnitKind } from '../model/types';
import { findUnit } from '../model/units';
import { isPeriodId } from '../period/period';
import {
  array,
  boolean,
  type Context,
  childPath,
  describeValue,
  INVALID,
  type Invalid,
  integer,
  type JsonSchema,
  named,
  nullable,
  object,
  oneOf,
  optional,
  record,
  refine,
  report,
  type Schema,
  string,
  union,
} from './schema';

/** Shortest decimal text of a JS number has at most 15 significant digits when it is exact as written. */
const SAFE_NUMBER_DIGITS = 15;
const significantDigits = (text: string): number =>
  text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').length;

/**
 * Reads a decimal (string, or a JSON number that is exact as written) as a Num. Strings keep
 * every digit; numbers with more than 15 significant digits are refused, since JSON.parse may
 * already have changed them.
 */
function readDecimal(value: unknown, path: string, ctx: Context): Num | Invalid {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return report(ctx, 'INVALID_DECIMAL', path, `Expected a finite decimal, got ${describeValue(value)}`);
    if (significantDigits(String(value)) > SAFE_NUMBER_DIGITS) {
      return report(
        ctx,
        'INVALID_DECIMAL',
        path,
        `The number ${value} has more digits than a JavaScript number keeps exactly; write it as a string`,
      );
    }
    return toNum(value);
  }
  if (typeof value === 'bigint') return toNum(value);
  if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim())) {
    try {
      return toNum(value, path);
    } catch (error) {
      const e = error as ChitieuError;
      return report(ctx, e.code, path, e.message.replace(/ \(at [^)]*\)$/, ''));
    }
  }
  const hint =
    typeof value === 'string' && /\d,\d|\d\.\d{3}\./.test(value)
      ? ' (locale-formatted text needs parseNumber(text, locale))'
      : '';
  return report(
    ctx,
    'INVALID_DECIMAL',
    path,
    `Expected a decimal such as "1234.5", got ${describeValue(value)}${hint}`,
  );
}

const DECIMAL_JSON: JsonSchema = {
  anyOf: [
    {
      type: 'string',
      pattern: DECIMAL_TEXT.source,
      description: 'Decimal text with "." as separator, no grouping: "3630", "100.6"',
    },
    { type: 'number', description: 'Accepted when exact as written (at most 15 significant digits); prefer strings' },
  ],
};

/** A decimal in canonical form, optionally bounded below. */
function decimal(options: { min?: 'zero' | 'positive'; description?: string } = {}): Schema<DecimalString> {
  return {
    json: options.description ? { ...DECIMAL_JSON, description: options.description } : DECIMAL_JSON,
    parse(value, path, ctx) {
      const n = readDecimal(value, path, ctx);
      if (n === INVALID) return INVALID;
      if (options.min === 'zero' && isNegative(n))
        return report(ctx, 'OUT_OF_RANGE', path, `Expected a value ≥ 0, got ${toDecimalString(n)}`);
      if (options.min === 'positive' && lte(n, ZERO))
        return report(ctx, 'OUT_OF_RANGE', path, `Expected a value > 0, got ${toDecimalString(n)}`);
      return toDecimalString(n);
    },
  };
}

/**
 * A printed figure (stated percentage, density): validated like a decimal but kept as written,
 * because its trailing zeros carry its precision (`"80.00"` is ±0.005, `"80"` is ±0.5).
 */
function printed(description: string): Schema<DecimalString> {
  return {
    json: { ...DECIMAL_JSON, description },
    parse(value, path, ctx) {
      const n = readDecimal(value, path, ctx);
      if (n === INVALID) return INVALID;
      return (typeof value === 'string' ? value.trim().replace(/^\+/, '') : toDecimalString(n)) as DecimalString;
    },
  };
}

const LOCALE_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The model's schemas, built on first use: the module has no top-level side effects, so an app
 * that never validates (only formats, say) tree-shakes all of this away. */
export interface ModelSchemas {
  readonly indicator: Schema<Indicator>;
  readonly observation: Schema<Observation>;
  readonly dataset: Schema<{
    title: unknown;
    source?: string | undefined;
    indicators: Indicator[];
    observations: Observation[];
  }>;
  readonly defs: Record<string, JsonSchema>;
}

let built: ModelSchemas | undefined;

/** @internal */
export function schemas(): ModelSchemas {
  built ??= build();
  return built;
}

function build(): ModelSchemas {
  const defs: Record<string, JsonSchema> = {};
  const localizedText = named(
    'LocalizedText',
    union<string | Record<string, string>>(
      [string({ minLength: 1 }), record(string({ minLength: 1 }), { keyPattern: LOCALE_KEY, minProperties: 1 })],
      (v) => (typeof v === 'string' ? 0 : typeof v === 'object' && v !== null && !Array.isArray(v) ? 1 : -1),
      'text, or an object of texts by locale such as { "vi": "…", "en": "…" }',
    ),
    defs,
  );

  const pluralText = union<string | { one: string; other: string }>(
    [string(), object({ one: string(), other: string() })],
    (v) => (typeof v === 'string' ? 0 : typeof v === 'object' && v !== null ? 1 : -1),
    'a word, or { "one": …, "other": … }',
  );
  const unitWords = named('UnitWords', record(pluralText, { keyPattern: LOCALE_KEY, minProperties: 1 }), defs);

  const UNIT_KINDS = [
    'count',
    'currency',
    'percent',
    'ratio',
    'duration',
    'other',
  ] as const satisfies readonly UnitKind[];

  const unitObject = object({ code: string({ minLength: 1 }), kind: oneOf(UNIT_KINDS), words: unitWords });
  const unit: Schema<Unit> = named(
    'Unit',
    union<Unit | string>(
      [
        string({
          minLength: 1,
          description:
            'Code of a built-in unit: VND, USD, percent, subscriber, phone, copy, hours-per-day, service, dossier, person, household, …',
        }),
        unitObject as Schema<Unit>,
      ],
      (v) => (typeof v === 'string' ? 0 : typeof v === 'object' && v !== null ? 1 : -1),
      'a unit code or a unit object',
    ),
    defs,
  ) as Schema<Unit | string> as Schema<Unit>;

  function resolveUnit(value: Unit | string, path: string, ctx: Context): Unit | Invalid {
    if (typeof value !== 'string') return value;
    return (
      findUnit(value) ??
      report(ctx, 'UNKNOWN_UNIT', path, `Unknown unit code "${value}"; use a built-in code or a unit object with words`)
    );
  }

  const densityInput = object({
    per: decimal({ min: 'positive', description: 'N in "per N inhabitants": 100 for thuê bao/100 dân' }),
    population: optional(unitWords),
    unit: optional(unitWords),
    decimals: optional(integer(0, 20, 'Decimals shown for a computed density')),
  });

  const DEFAULT_POPULATION_WORDS = { vi: 'dân', en: { one: 'inhabitant', other: 'inhabitants' } } as const;

  const nearThreshold = refine(
    decimal({ description: 'Completion ratio at or above which a missed target is "near" (0.95)' }),
    (value, path, ctx) => {
      const n = toNum(value);
      return gt(n, ZERO) && lte(n, ONE)
        ? value
        : report(ctx, 'OUT_OF_RANGE', path, `Expected a ratio in (0, 1], got ${value}`);
    },
  );

  const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neither'] as const;
  const TARGET_KINDS = ['point', 'at-least', 'at-most', 'band'] as const;
  const AGGREGATIONS = ['sum', 'ratio', 'none'] as const;
  const POLICIES = ['inverse', 'mirror'] as const;
  const STAGES = ['estimate', 'preliminary', 'official'] as const;

  const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

  const indicatorShape = object(
    {
      id: string({
        pattern: ID,
        code: 'INVALID_INDICATOR',
        expected: 'an id of letters, digits, ".", "_", ":" or "-"',
      }),
      name: localizedText,
      unit,
      scale: optional(integer(-30, 30, 'Power of ten of the stated values: 9 for tỷ đồng')),
      direction: optional(oneOf(DIRECTIONS)),
      targetKind: optional(oneOf(TARGET_KINDS)),
      decimals: optional(integer(0, 20, 'Decimals shown for values')),
      percentDecimals: optional(integer(0, 20, 'Decimals shown for percentages')),
      aggregation: optional(oneOf(AGGREGATIONS)),
      group: optional(localizedText),
      parent: optional(string({ pattern: ID, expected: 'an indicator id' })),
      weight: optional(decimal({ min: 'zero', description: 'Weight in the composite score (default 1)' })),
      density: optional(densityInput),
      description: optional(localizedText),
      nearThreshold: optional(nearThreshold),
      lowerIsBetterPolicy: optional(oneOf(POLICIES)),
    },
    { description: 'An indicator (chỉ tiêu)' },
  );

  const defaultAggregation = (u: Unit): Indicator['aggregation'] =>
    u.kind === 'percent' ? 'ratio' : u.kind === 'count' || u.kind === 'currency' ? 'sum' : 'none';

  /** Indicator schema: validates, resolves the unit, fills defaults and checks that the fields agree. */
  const indicatorSchema: Schema<Indicator> = named(
    'Indicator',
    refine(indicatorShape, (input, path, ctx): Indicator | Invalid => {
      const u = resolveUnit(input.unit as Unit | string, childPath(path, 'unit'), ctx);
      let ok = u !== INVALID;
      const direction = input.direction ?? (input.targetKind === 'at-most' ? 'lower-is-better' : 'higher-is-better');
      const targetKind = input.targetKind ?? (direction === 'neither' ? 'band' : 'point');
      const required = targetKind === 'at-least' ? 'higher' : targetKind === 'at-most' ? 'lower' : null;
      if (required !== null && direction !== `${required}-is-better`) {
        ok = false;
        report(
          ctx,
          'INVALID_INDICATOR',
          childPath(path, 'targetKind'),
          `An "${targetKind}" target means ${required} is better, but direction is "${direction}"`,
        );
      }
      if (direction === 'neither' && targetKind !== 'band') {
        ok = false;
        report(
          ctx,
          'INVALID_INDICATOR',
          childPath(path, 'direction'),
          `Direction "neither" (hold steady) needs a band target, but targetKind is "${targetKind}"`,
        );
      }
      if (input.parent !== undefined && input.parent === input.id) {
        ok = false;
        report(ctx, 'INVALID_INDICATOR', childPath(path, 'parent'), `Indicator "${input.id}" cannot be its own parent`);
      }
      if (!ok || u === INVALID) return INVALID;
      const density: DensitySpec | undefined = input.density
        ? {
            per: input.density.per,
            population: input.density.population ?? DEFAULT_POPULATION_WORDS,
            ...(input.density.unit ? { unit: input.density.unit } : {}),
            ...(input.density.decimals !== undefined ? { decimals: input.density.decimals } : {}),
          }
        : undefined;
      const indicator: Indicator = {
        id: input.id,
        name: input.name,
        unit: u,
        scale: input.scale ?? 0,
        direction,
        targetKind,
        decimals: input.decimals ?? (u.kind === 'percent' ? 2 : 0),
        percentDecimals: input.percentDecimals ?? 1,
        aggregation: input.aggregation ?? defaultAggregation(u),
        ...(input.group !== undefined ? { group: input.group } : {}),
        ...(input.parent !== undefined ? { parent: input.parent } : {}),
        ...(input.weight !== undefined ? { weight: input.weight } : {}),
        ...(density ? { density } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.nearThreshold !== undefined ? { nearThreshold: input.nearThreshold } : {}),
        ...(input.lowerIsBetterPolicy !== undefined ? { lowerIsBetterPolicy: input.lowerIsBetterPolicy } : {}),
      };
      return indicator;
    }),
    defs,
  );

  const periodId = string({
    pattern: /^\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2])|-YTD-(?:0?[1-9]|1[0-2])|\/\d{4})?$/,
    code: 'INVALID_PERIOD',
    expected: 'a period id: 2020, 2020-H1, 2020-Q1, 2020-11, 2020-YTD-11 or 2021/2025',
  });
  const period = refine(periodId, (value, path, ctx) =>
    isPeriodId(value) ? value : report(ctx, 'INVALID_PERIOD', path, `Invalid period "${value}"`),
  );

  const comparisonBase: Schema<ComparisonBase> = named(
    'ComparisonBase',
    union<ComparisonBase>(
      [
        object({
          kind: oneOf(['same-period-last-year', 'previous-period', 'december-last-year'] as const),
        }) as Schema<ComparisonBase>,
        object({ kind: oneOf(['period'] as const), period }) as Schema<ComparisonBase>,
      ],
      (v) => (typeof v === 'object' && v !== null ? ((v as { kind?: unknown }).kind === 'period' ? 1 : 0) : -1),
      'a comparison base such as { "kind": "same-period-last-year" } or { "kind": "period", "period": "2019" }',
    ),
    defs,
  );

  const band = refine(object({ min: decimal(), max: decimal() }), (value, path, ctx): Band | Invalid =>
    gt(toNum(value.min), toNum(value.max))
      ? report(ctx, 'INVALID_BAND', path, `Band target has min ${value.min} above max ${value.max}`)
      : value,
  );

  const target = union<DecimalString | Band>(
    [decimal(), band],
    (v) => (typeof v === 'object' && v !== null ? 1 : 0),
    'a decimal target or a band { "min": …, "max": … }',
  );

  const statedChange = object({
    form: oneOf(['ratio', 'rate', 'times', 'points'] as const),
    value: printed(
      'As printed: ratio and rate in percent ("100", "3.2", "-1.5"), times as a multiple ("51"), points as points',
    ),
    base: optional(comparisonBase),
    verb: optional(oneOf(['gấp', 'tăng'] as const)),
  });

  const stated = object({
    completion: optional(printed('Stated completion in percent as printed: "100.6" for đạt 100,6% kế hoạch')),
    density: optional(printed('Stated density as printed: "49.8" for 49,8 thuê bao/100 dân')),
    change: optional(statedChange),
    rank: optional(
      object({
        rank: integer(1, 1_000_000),
        of: optional(integer(1, 1_000_000)),
        scope: optional(localizedText),
      }),
    ),
  });

  const nextTarget = object({
    period,
    value: decimal({ description: 'Target for the next period, in the indicator scale' }),
    density: optional(printed('Stated density of the next target as printed: "80.00"')),
    stage: optional(oneOf(STAGES)),
  });

  const observationShape = object(
    {
      indicator: string({ minLength: 1, expected: 'an indicator id' }),
      period,
      actual: nullable(decimal({ description: 'Actual value in the indicator scale (3630 for 3.630 tỷ đồng)' })),
      target: nullable(target),
      previous: nullable(
        decimal({ description: 'Comparison value (same period last year unless base says otherwise)' }),
      ),
      base: optional(comparisonBase),
      population: nullable(decimal({ min: 'zero', description: 'Average population of the period, in persons' })),
      numerator: nullable(decimal()),
      denominator: nullable(decimal({ min: 'zero' })),
      estimated: optional(boolean('ước đạt: an estimate made before the books close')),
      stage: optional(oneOf(STAGES)),
      stated: optional(stated),
      nextTarget: optional(nextTarget),
      note: optional(string()),
    },
    { description: 'One indicator, one period' },
  );

  /** Observation schema: validates, fills `estimated` and `stage` consistently. */
  const observationSchema: Schema<Observation> = named(
    'Observation',
    refine(observationShape, (input, path, ctx): Observation | Invalid => {
      if (input.estimated === true && input.stage !== undefined && input.stage !== 'estimate') {
        return report(
          ctx,
          'INVALID_OBSERVATION',
          childPath(path, 'estimated'),
          `"estimated": true contradicts "stage": "${input.stage}"`,
        );
      }
      if (input.estimated === false && input.stage === 'estimate') {
        return report(
          ctx,
          'INVALID_OBSERVATION',
          childPath(path, 'estimated'),
          `"estimated": false contradicts "stage": "estimate"`,
        );
      }
      const stage = input.stage ?? (input.estimated ? 'estimate' : 'official');
      const { estimated: _estimated, stage: _stage, ...rest } = input;
      return { ...rest, estimated: stage === 'estimate', stage } as Observation;
    }),
    defs,
  );

  const datasetShape = object(
    {
      title: localizedText,
      source: optional(string()),
      indicators: array(indicatorSchema),
      observations: array(observationSchema),
    },
    { description: 'A Chỉ tiêu dataset: indicators and their observations', allow: ['$schema'] },
  );
  return { indicator: indicatorSchema, observation: observationSchema, dataset: datasetShape, defs };
}

const DATASET_SCHEMA_ID = 'https://unpkg.com/@chitieu/core/schema/dataset.schema.json';

/** The JSON Schema of a dataset, generated from the validator's own schemas. */
export function datasetJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: DATASET_SCHEMA_ID,
    title: 'Chỉ tiêu dataset',
    ...schemas().dataset.json,
    $defs: schemas().defs,
  };
}

/** Internal: runs a schema and returns its value or all issues. */
export function run<T>(
  schema: Schema<T>,
  value: unknown,
  root = '$',
): { value: T; issues: [] } | { value: null; issues: Context['issues'] } {
  const ctx: Context = { issues: [] };
  const parsed = schema.parse(value, root, ctx);
  return parsed === INVALID || ctx.issues.length > 0
    ? { value: null, issues: ctx.issues }
    : { value: parsed, issues: [] };
}
