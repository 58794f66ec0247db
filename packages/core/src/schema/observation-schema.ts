/**
 * The observation schema: the fields an observation may state (`observationFields`) and the
 * normalised observation with `estimated` and `stage` made consistent (`observationSchema`).
 *
 * @internal
 */
import { gt, toNum } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { quote } from '../errors/quote';
import type { Band, ComparisonBase, Observation } from '../model/types';
import { isPeriodId } from '../period/period';
import { decimal, printed } from './decimal-schema';
import { CHANGE_FORMS, DATA_STAGES, type DataStageName, RELATIVE_BASES } from './defaults';
import { localizedTextSchema } from './indicator-schema';
import {
  boolean,
  type Context,
  childPath,
  type Invalid,
  integer,
  type JsonSchema,
  kindOf,
  named,
  nullable,
  object,
  oneOf,
  optional,
  type Path,
  readField,
  refine,
  report,
  type Schema,
  string,
  union,
} from './schema';

const PERIOD_ID = /^\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2])|-YTD-(?:0?[1-9]|1[0-2])|\/\d{4})?$/;

/** The kind of a comparison base object, read without running hostile code twice. */
function baseKind(value: unknown): number {
  if (kindOf(value) !== 'object') return -1;
  const kind = readField(value as object, 'kind', '$', { issues: [] }); // a throw: reported by the branch
  return kind === 'period' ? 1 : 0;
}

/** The fields an observation may state, before `estimated`/`stage` are made consistent. */
export function observationFields(defs: Record<string, JsonSchema>) {
  const localizedText = localizedTextSchema(defs);
  const periodId = string({
    pattern: PERIOD_ID,
    code: 'INVALID_PERIOD',
    expected: 'a period id: 2020, 2020-H1, 2020-Q1, 2020-11, 2020-YTD-11 or 2021/2025',
  });
  // A dataset repeats a few periods many times: each distinct id is checked once.
  const knownPeriods = new Set<string>();
  const period = refine(periodId, (value, path, ctx) => {
    if (knownPeriods.has(value)) return value;
    if (!isPeriodId(value)) return report(ctx, 'INVALID_PERIOD', path, `Invalid period ${quote(value)}`);
    if (knownPeriods.size < 10_000) knownPeriods.add(value);
    return value;
  });

  const comparisonBase: Schema<ComparisonBase> = named(
    'ComparisonBase',
    union<ComparisonBase>(
      [object({ kind: oneOf(RELATIVE_BASES) }), object({ kind: oneOf(['period'] as const), period })],
      baseKind,
      'a comparison base such as { "kind": "same-period-last-year" } or { "kind": "period", "period": "2019" }',
    ),
    defs,
  );

  const band = refine(object({ min: decimal(), max: decimal() }), (value, path, ctx): Band | Invalid =>
    gt(toNum(value.min), toNum(value.max))
      ? report(
          ctx,
          'INVALID_BAND',
          path,
          `Band target has min ${quote(value.min).slice(1, -1)} above max ${quote(value.max).slice(1, -1)}`,
        )
      : value,
  );

  const target = union<DecimalString | Band>(
    [decimal(), band],
    (v) => (kindOf(v) === 'object' ? 1 : 0),
    'a decimal target or a band { "min": …, "max": … }',
  );

  const stated = object({
    completion: optional(printed('Stated completion in percent as printed: "100.6" for đạt 100,6% kế hoạch')),
    density: optional(printed('Stated density as printed: "49.8" for 49,8 thuê bao/100 dân')),
    change: optional(
      object({
        form: oneOf(CHANGE_FORMS),
        value: printed(
          'As printed: ratio and rate in percent ("100", "3.2", "-1.5"), times as a multiple ("51"), points as points',
        ),
        base: optional(comparisonBase),
        verb: optional(oneOf(['gấp', 'tăng'] as const)),
      }),
    ),
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
    stage: optional(oneOf(DATA_STAGES)),
  });

  return object(
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
      stated: optional(stated),
      nextTarget: optional(nextTarget),
      note: optional(string()),
      // Last, where the normalised observation has them.
      estimated: optional(boolean('ước đạt: an estimate made before the books close')),
      stage: optional(oneOf(DATA_STAGES)),
    },
    { description: 'One indicator, one period' },
  );
}

/** What an observation states, validated but before `estimated`/`stage` are made consistent. */
export type ObservationFields = NonNullable<
  Exclude<ReturnType<ReturnType<typeof observationFields>['parse']>, Invalid>
>;

/** Makes `estimated` and `stage` consistent (a contradiction is an issue). */
export function normalizeObservation(input: ObservationFields, path: Path, ctx: Context) {
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
  const estimated = stage === 'estimate';
  if (input.estimated === undefined && input.stage !== undefined) {
    // Rare: a stage without `estimated`; a copy keeps `estimated` before `stage`.
    const { stage: _stage, ...rest } = input;
    return { ...rest, estimated, stage };
  }
  // The object is the schema's own fresh output: completed in place (no copy), `estimated` and
  // `stage` last as the shape lists them.
  const out: Omit<ObservationFields, 'estimated' | 'stage'> & { estimated: boolean; stage: DataStageName } =
    Object.assign(input, { estimated, stage });
  return out;
}

/** The normalised observation as `normalizeObservation` builds it (compared with `Observation` by the type test). */
export type NormalizedObservation = Exclude<ReturnType<typeof normalizeObservation>, Invalid>;

/** Observation schema: validates, fills `estimated` and `stage` consistently. */
export function observationSchema(defs: Record<string, JsonSchema>): Schema<Observation> {
  return named('Observation', refine(observationFields(defs), normalizeObservation), defs);
}
