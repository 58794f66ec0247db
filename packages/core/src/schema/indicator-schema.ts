/**
 * The indicator schema: the fields an indicator may state (`indicatorFields`), and the
 * normalised indicator with its defaults filled in from `defaults.ts` (`indicatorSchema`).
 *
 * @internal
 */
import { gt, lte, ONE, toNum, ZERO } from '../decimal/decimal';
import {
  INDICATOR_ID_EXPECTED,
  NEAR_THRESHOLD_RANGE,
  neitherNeedsBand,
  targetKindAgainstDirection,
} from '../errors/messages';
import { quote } from '../errors/quote';
import { didYouMean } from '../errors/suggest';
import type { DensitySpec, Indicator, LocalizedText, PluralText, Unit, UnitWords } from '../model/types';
import { findUnit } from '../model/units';
import { decimal } from './decimal-schema';
import {
  AGGREGATIONS,
  DEFAULT_POPULATION_WORDS,
  DIRECTIONS,
  INDICATOR_DEFAULTS,
  LOWER_IS_BETTER_POLICIES,
  TARGET_KINDS,
  UNIT_KINDS,
} from './defaults';
import {
  type Context,
  childPath,
  INVALID,
  type Invalid,
  integer,
  type JsonSchema,
  kindOf,
  named,
  object,
  oneOf,
  optional,
  type Path,
  record,
  refine,
  report,
  type Schema,
  string,
  union,
} from './schema';
import { nearestUnitCodes } from './unit-suggestions';

export const LOCALE_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Indicator ids (and parent references): letters, digits, `.`, `_`, `:`, `-`. */
export const INDICATOR_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const isObjectValue = (v: unknown): boolean => kindOf(v) === 'object';

/** Text, or texts by locale; typed as the model's `LocalizedText` (a checked widening, not a cast). */
export function localizedTextSchema(defs: Record<string, JsonSchema>): Schema<LocalizedText> {
  return named<LocalizedText>(
    'LocalizedText',
    union<string | Record<string, string>>(
      [string({ minLength: 1 }), record(string({ minLength: 1 }), { keyPattern: LOCALE_KEY, minProperties: 1 })],
      (v) => (typeof v === 'string' ? 0 : isObjectValue(v) ? 1 : -1),
      'text, or an object of texts by locale such as { "vi": "…", "en": "…" }',
    ),
    defs,
  );
}

function unitWordsSchema(defs: Record<string, JsonSchema>): Schema<UnitWords> {
  const pluralText = union<PluralText>(
    [string(), object({ one: string(), other: string() })],
    (v) => (typeof v === 'string' ? 0 : isObjectValue(v) ? 1 : -1),
    'a word, or { "one": …, "other": … }',
  );
  return named<UnitWords>('UnitWords', record(pluralText, { keyPattern: LOCALE_KEY, minProperties: 1 }), defs);
}

function resolveUnit(value: Unit | string, path: Path, ctx: Context): Unit | Invalid {
  if (typeof value !== 'string') return value;
  const found = findUnit(value);
  if (found) return found;
  const hint = didYouMean(nearestUnitCodes(value));
  return report(
    ctx,
    'UNKNOWN_UNIT',
    path,
    `Unknown unit code ${quote(value)}.${hint} Use a built-in code (VND, percent, subscriber, person, …) or a unit object with words`,
  );
}

/** The fields an indicator may state, before defaults. */
export function indicatorFields(defs: Record<string, JsonSchema>) {
  const localizedText = localizedTextSchema(defs);
  const unitWords = unitWordsSchema(defs);
  const unitObject: Schema<Unit> = object({
    code: string({ minLength: 1 }),
    kind: oneOf(UNIT_KINDS),
    words: unitWords,
  });
  const unit = named(
    'Unit',
    union<Unit | string>(
      [
        string({
          minLength: 1,
          description:
            'Code of a built-in unit: VND, USD, percent, subscriber, phone, copy, hours-per-day, service, dossier, person, household, …',
        }),
        unitObject,
      ],
      (v) => (typeof v === 'string' ? 0 : isObjectValue(v) ? 1 : -1),
      'a unit code or a unit object',
    ),
    defs,
  );
  const nearThreshold = refine(
    decimal({ description: 'Completion ratio at or above which a missed target is "near" (0.95)' }),
    (value, path, ctx) => {
      const n = toNum(value);
      return gt(n, ZERO) && lte(n, ONE)
        ? value
        : report(ctx, 'OUT_OF_RANGE', path, NEAR_THRESHOLD_RANGE(quote(value).slice(1, -1)));
    },
  );
  return object(
    {
      id: string({
        pattern: INDICATOR_ID,
        code: 'INVALID_INDICATOR',
        expected: INDICATOR_ID_EXPECTED,
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
      parent: optional(string({ pattern: INDICATOR_ID, expected: 'an indicator id' })),
      weight: optional(decimal({ min: 'zero', description: 'Weight in the composite score (default 1)' })),
      density: optional(
        object({
          per: decimal({ min: 'positive', description: 'N in "per N inhabitants": 100 for thuê bao/100 dân' }),
          population: optional(unitWords),
          unit: optional(unitWords),
          decimals: optional(integer(0, 20, 'Decimals shown for a computed density')),
        }),
      ),
      description: optional(localizedText),
      nearThreshold: optional(nearThreshold),
      lowerIsBetterPolicy: optional(oneOf(LOWER_IS_BETTER_POLICIES)),
    },
    { description: 'An indicator (chỉ tiêu)' },
  );
}

/** What an indicator states, validated but before defaults. */
export type IndicatorFields = NonNullable<Exclude<ReturnType<ReturnType<typeof indicatorFields>['parse']>, Invalid>>;

/** Fills the defaults (from `INDICATOR_DEFAULTS`) and checks that the fields agree. */
export function normalizeIndicator(input: IndicatorFields, path: Path, ctx: Context) {
  const u = resolveUnit(input.unit, childPath(path, 'unit'), ctx);
  let ok = u !== INVALID;
  const direction = input.direction ?? INDICATOR_DEFAULTS.direction(input.targetKind);
  const targetKind = input.targetKind ?? INDICATOR_DEFAULTS.targetKind(direction);
  const required = targetKind === 'at-least' ? 'higher' : targetKind === 'at-most' ? 'lower' : null;
  if (required !== null && direction !== `${required}-is-better`) {
    ok = false;
    report(
      ctx,
      'INVALID_INDICATOR',
      childPath(path, 'targetKind'),
      targetKindAgainstDirection(targetKind, required, direction),
    );
  }
  if (direction === 'neither' && targetKind !== 'band') {
    ok = false;
    report(ctx, 'INVALID_INDICATOR', childPath(path, 'direction'), neitherNeedsBand(targetKind));
  }
  if (input.parent !== undefined && input.parent === input.id) {
    ok = false;
    report(
      ctx,
      'INVALID_INDICATOR',
      childPath(path, 'parent'),
      `Indicator ${quote(input.id)} cannot be its own parent`,
    );
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
  return {
    id: input.id,
    name: input.name,
    unit: u,
    scale: input.scale ?? INDICATOR_DEFAULTS.scale,
    direction,
    targetKind,
    decimals: input.decimals ?? INDICATOR_DEFAULTS.decimals(u),
    percentDecimals: input.percentDecimals ?? INDICATOR_DEFAULTS.percentDecimals,
    aggregation: input.aggregation ?? INDICATOR_DEFAULTS.aggregation(u),
    ...(input.group !== undefined ? { group: input.group } : {}),
    ...(input.parent !== undefined ? { parent: input.parent } : {}),
    ...(input.weight !== undefined ? { weight: input.weight } : {}),
    ...(density ? { density } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.nearThreshold !== undefined ? { nearThreshold: input.nearThreshold } : {}),
    ...(input.lowerIsBetterPolicy !== undefined ? { lowerIsBetterPolicy: input.lowerIsBetterPolicy } : {}),
  };
}

/** The normalised indicator as `normalizeIndicator` builds it (compared with `Indicator` by the type test). */
export type NormalizedIndicator = Exclude<ReturnType<typeof normalizeIndicator>, Invalid>;

/** Indicator schema: validates, resolves the unit, fills defaults and checks that the fields agree. */
export function indicatorSchema(defs: Record<string, JsonSchema>): Schema<Indicator> {
  return named('Indicator', refine(indicatorFields(defs), normalizeIndicator), defs);
}
