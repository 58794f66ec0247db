import { div, isNegative, isZero, mul, type Num, pow10, toDecimalString, toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { DecimalInput, DecimalString, Implied, Maybe } from '../model/types';
import { intervalNum, mapInterval, toInterval } from './interval';
import { none, ok, type Result } from './result';

/** A × 10^scale ÷ population × per. @internal */
export function densityNum(actual: Num, population: Num, per: Num, scale: number): Result<Num> {
  if (isNegative(population))
    throw new ChitieuError('OUT_OF_RANGE', `Population cannot be negative, got ${toDecimalString(population)}`, {
      path: 'population',
    });
  if (isZero(population)) return none('zero-base');
  const scaled = scale === 0 ? actual : mul(actual, pow10(scale));
  return ok(div(mul(scaled, per), population));
}

/** Population implied by a stated density: A × 10^scale × per ÷ d, with its interval. @internal */
export function impliedPopulationNum(
  actual: Num,
  statedDensity: string,
  per: Num,
  scale: number,
): Result<{ value: Num; interval: ReturnType<typeof intervalNum> }> {
  const d = toNum(statedDensity, 'stated.density');
  if (isZero(d)) return none('zero-base');
  const numerator = mul(mul(actual, pow10(scale)), per);
  const interval = mapInterval(intervalNum(statedDensity), (x) => div(numerator, x), !isNegative(numerator));
  return ok({ value: div(numerator, d), interval });
}

/**
 * Density per N inhabitants (`mật độ 49,8 thuê bao/100 dân`): actual ÷ population × N.
 * Official practice divides by the average population of the period. `scale` is the power of
 * ten the actual is stated in (0 for plain counts).
 *
 * @example
 * density('1800000', '3614458', '100'); // { value: '49.79999…' }
 * density('10', '0', '100'); // { value: null, reason: 'zero-base' }
 * @throws {ChitieuError} `OUT_OF_RANGE` for a negative population.
 */
export function density(
  actual: DecimalInput,
  population: DecimalInput,
  per: DecimalInput = '100',
  scale = 0,
): Maybe<DecimalString> {
  try {
    return densityUnguarded(actual, population, per, scale);
  } catch (error) {
    throw asArgumentError('density', 'actual, population, per or scale', error);
  }
}

function densityUnguarded(
  actual: DecimalInput,
  population: DecimalInput,
  per: DecimalInput = '100',
  scale = 0,
): Maybe<DecimalString> {
  const r = densityNum(toNum(actual, 'actual'), toNum(population, 'population'), toNum(per, 'per'), scale);
  return r.value === null ? r : { value: toDecimalString(r.value) };
}

/**
 * The population a stated density implies, A × N ÷ d, with the interval allowed by the density's
 * printed precision: 1.800.000 at `49,8 thuê bao/100 dân` implies 3.614.458 (3.610.833 – 3.618.090).
 *
 * @example
 * impliedPopulation('1800000', '49.8'); // { value: { value: '3614457.83…', interval: { min: '3610832.49…', max: '3618090.45…' } } }
 */
export function impliedPopulation(
  actual: DecimalInput,
  statedDensity: string,
  per: DecimalInput = '100',
  scale = 0,
): Maybe<Implied> {
  try {
    return impliedPopulationUnguarded(actual, statedDensity, per, scale);
  } catch (error) {
    throw asArgumentError('impliedPopulation', 'actual, statedDensity, per or scale', error);
  }
}

function impliedPopulationUnguarded(
  actual: DecimalInput,
  statedDensity: string,
  per: DecimalInput = '100',
  scale = 0,
): Maybe<Implied> {
  const r = impliedPopulationNum(toNum(actual, 'actual'), statedDensity, toNum(per, 'per'), scale);
  return r.value === null
    ? r
    : { value: { value: toDecimalString(r.value.value), interval: toInterval(r.value.interval) } };
}
