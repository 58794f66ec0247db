/**
 * The compact guard `evaluate` runs on an indicator it did not validate itself (a JSON copy of a
 * `defineIndicator` result, an object from a second copy of the library): it checks, with the
 * same codes, paths and messages as the full schema, every field the engine reads — `id`,
 * `unit.kind`, `scale`, `direction`, `targetKind` (and that the two agree), `percentDecimals`,
 * `nearThreshold`, `lowerIsBetterPolicy` and `density.per` — in the form `defineIndicator`
 * gives them (decimals as canonical decimal strings, the unit as an object). The full schema,
 * with unit codes, defaults and "did you mean" hints, stays in `defineIndicator` and
 * `parseDataset`, so a bundle that only evaluates does not carry it. Reading is guarded: a
 * getter or proxy that throws gives a `ChitieuError`, never a bare `TypeError`.
 *
 * `test/input/guard-agreement.test.ts` proves that this guard and `defineIndicator` accept and
 * refuse the same values of these fields.
 *
 * @internal
 */
import { isCanonicalText, isDecimalText } from '../decimal/decimal';
import { ChitieuError } from '../errors/chitieu-error';
import type { ChitieuErrorCode } from '../errors/codes';
import {
  expected,
  expectedDecimal,
  expectedIntegerFrom,
  expectedOneOf,
  expectedPositive,
  INDICATOR_ID_EXPECTED,
  missingField,
  NEAR_THRESHOLD_RANGE,
  neitherNeedsBand,
  notAnInteger,
  targetKindAgainstDirection,
} from '../errors/messages';
import { quote, thrownMessage } from '../errors/quote';
import type { Indicator } from '../model/types';
import { decimalTextProblem } from '../schema/decimal-bounds';
import { DIRECTIONS, LOWER_IS_BETTER_POLICIES, TARGET_KINDS, UNIT_KINDS } from '../schema/defaults';
import { INDICATOR_ID } from '../schema/indicator-schema';

/**
 * Refuses the indicator as `evaluate` always has: code `INVALID_INDICATOR`, and the one issue
 * with the schema's own code, path and message.
 */
const fail = (code: ChitieuErrorCode, path: string, message: string): never => {
  throw new ChitieuError('INVALID_INDICATOR', `Invalid indicator: ${path}: ${message}`, {
    path,
    issues: [{ code, path, message }],
  });
};

const oneOf = (values: readonly string[], value: unknown, path: string): void => {
  if (!(typeof value === 'string' && values.includes(value)))
    fail('INVALID_DATASET', path, expectedOneOf(values, value));
};

const integer = (value: unknown, min: number, max: number, path: string): void => {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail('INVALID_DATASET', path, notAnInteger(value));
  else if (value < min || value > max) fail('OUT_OF_RANGE', path, expectedIntegerFrom(min, max, value));
};

/** A decimal in the form an `Indicator` carries: canonical text within the schema's bounds. */
function canonical(value: unknown, path: string): string {
  if (!isDecimalText(value)) fail('INVALID_DECIMAL', path, expectedDecimal(value));
  if (!isCanonicalText(value as string))
    fail(
      'INVALID_DECIMAL',
      path,
      expected('a canonical decimal string such as "0.95" (as defineIndicator gives)', value),
    );
  const problem = decimalTextProblem(value as string); // the schema's own bound on digits
  if (problem !== null) fail('OUT_OF_RANGE', path, problem);
  return value as string;
}
const shown = (text: string): string => quote(text).slice(1, -1);

/** A field the schema requires: absent (or `undefined`) is reported as the schema does. */
const present = (value: unknown, key: string, path: string): void => {
  if (value === undefined) fail('INVALID_DATASET', path, missingField(key));
};

function check(ind: Record<string, unknown>, path: string): void {
  const id = ind['id'];
  present(id, 'id', `${path}.id`);
  if (typeof id !== 'string' || !INDICATOR_ID.test(id))
    fail('INVALID_INDICATOR', `${path}.id`, expected(INDICATOR_ID_EXPECTED, id));
  const unit = ind['unit'];
  present(unit, 'unit', `${path}.unit`);
  if (typeof unit !== 'object' || unit === null || Array.isArray(unit))
    fail('INVALID_INDICATOR', `${path}.unit`, expected('a unit object (defineIndicator resolves unit codes)', unit));
  const kind = (unit as { kind?: unknown }).kind;
  present(kind, 'kind', `${path}.unit.kind`);
  oneOf(UNIT_KINDS, kind, `${path}.unit.kind`);
  integer(ind['scale'], -30, 30, `${path}.scale`);
  const direction = ind['direction'];
  const targetKind = ind['targetKind'];
  oneOf(DIRECTIONS, direction, `${path}.direction`);
  oneOf(TARGET_KINDS, targetKind, `${path}.targetKind`);
  integer(ind['percentDecimals'], 0, 20, `${path}.percentDecimals`);
  const near = ind['nearThreshold'];
  if (near !== undefined) {
    // (0, 1]: canonical text is "1" or "0.…" with a non-zero digit
    const text = canonical(near, `${path}.nearThreshold`);
    if (!(text === '1' || text.startsWith('0.')))
      fail('OUT_OF_RANGE', `${path}.nearThreshold`, NEAR_THRESHOLD_RANGE(shown(text)));
  }
  const policy = ind['lowerIsBetterPolicy'];
  if (policy !== undefined) oneOf(LOWER_IS_BETTER_POLICIES, policy, `${path}.lowerIsBetterPolicy`);
  const density = ind['density'];
  if (density !== undefined) {
    if (typeof density !== 'object' || density === null || Array.isArray(density))
      fail('INVALID_DATASET', `${path}.density`, expected('an object', density));
    const rawPer = (density as { per?: unknown }).per;
    present(rawPer, 'per', `${path}.density.per`);
    const per = canonical(rawPer, `${path}.density.per`);
    if (per === '0' || per.charCodeAt(0) === 45)
      fail('OUT_OF_RANGE', `${path}.density.per`, expectedPositive(shown(per)));
  }
  // the fields agree (checked last, as the schema does once every field is valid)
  const required = targetKind === 'at-least' ? 'higher' : targetKind === 'at-most' ? 'lower' : null;
  if (required !== null && direction !== `${required}-is-better`)
    fail(
      'INVALID_INDICATOR',
      `${path}.targetKind`,
      targetKindAgainstDirection(targetKind as string, required, direction as string),
    );
  if (direction === 'neither' && targetKind !== 'band')
    fail('INVALID_INDICATOR', `${path}.direction`, neitherNeedsBand(targetKind as string));
}

const checked = new WeakSet<object>();

/**
 * The indicator itself once its engine fields pass, checked once per object.
 * @throws {ChitieuError} with the code, path and message the schema gives for the same value.
 */
export function checkIndicator(indicator: unknown, path = 'indicator'): Indicator {
  if (typeof indicator !== 'object' || indicator === null)
    fail('INVALID_INDICATOR', path, expected('an indicator object', indicator));
  const ind = indicator as Record<string, unknown>;
  if (checked.has(ind)) return indicator as Indicator;
  try {
    if (Array.isArray(ind)) fail('INVALID_INDICATOR', path, expected('an indicator object', ind));
    check(ind, path);
  } catch (error) {
    if (ChitieuError.is(error)) throw error;
    fail('INVALID_INDICATOR', path, `Reading the indicator threw ${thrownMessage(error)}`);
  }
  checked.add(ind);
  return indicator as Indicator;
}
