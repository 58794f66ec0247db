import { div, HUNDRED, isZero, mul, type Num, sum, toDecimalString, toNum } from '../decimal/decimal';
import { asArgumentError, requireArrayArgument, requireObjectArgument } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { DecimalString, Indicator, Maybe, Observation, ObservationInput } from '../model/types';
import { none } from './result';

/** Totals of several observations of one indicator (regions, months, units). */
export interface RollUp {
  readonly actual: Maybe<DecimalString>;
  readonly target: Maybe<DecimalString>;
  readonly previous: Maybe<DecimalString>;
  readonly population: Maybe<DecimalString>;
  readonly numerator: Maybe<DecimalString>;
  readonly denominator: Maybe<DecimalString>;
}

type Field = 'actual' | 'target' | 'previous' | 'population' | 'numerator' | 'denominator';

function total(observations: readonly (Observation | ObservationInput)[], field: Field): Maybe<DecimalString> {
  const values: Num[] = [];
  for (const [i, o] of observations.entries()) {
    const v = o[field];
    if (v === null || v === undefined)
      return none(
        field === 'actual'
          ? 'no-data'
          : field === 'target'
            ? 'no-target'
            : field === 'previous'
              ? 'no-previous'
              : field === 'population'
                ? 'no-population'
                : 'missing-components',
      );
    if (typeof v === 'object') return none('not-applicable');
    values.push(toNum(v, `observations[${i}].${field}`));
  }
  return values.length === 0 ? none('no-data') : { value: toDecimalString(sum(values)) };
}

/**
 * Rolls observations of one indicator up into one (provinces into a region, months into a
 * quarter). Additive indicators (counts, money) sum their actuals, targets and previous values;
 * a density sums its counts and populations, so its density is Σ count ÷ Σ population × N;
 * a rate (percent) is recomputed from Σ numerator ÷ Σ denominator — never by adding or
 * averaging percentages. A value missing from any observation makes its total undefined
 * rather than silently partial.
 *
 * @example
 * rollUp(subscribers, [hanoi, thanhHoa]).actual; // { value: '4690000' }
 * rollUp(onlineRate, [q1, q2]).actual; // Σ numerators ÷ Σ denominators × 100
 */
export function rollUp(indicator: Indicator, observations: readonly (Observation | ObservationInput)[]): RollUp {
  try {
    return rollUpUnguarded(indicator, observations);
  } catch (error) {
    throw asArgumentError('rollUp', 'indicator or observations', error);
  }
}

function rollUpUnguarded(indicator: Indicator, observations: readonly (Observation | ObservationInput)[]): RollUp {
  requireObjectArgument('rollUp', 0, 'indicator', 'an indicator from defineIndicator()', indicator);
  requireArrayArgument('rollUp', 1, 'observations', 'an array of observations of that indicator', observations);
  for (const [i, o] of observations.entries()) {
    if (o.indicator !== indicator.id) {
      throw new ChitieuError(
        'UNKNOWN_INDICATOR',
        `Observation of "${o.indicator}" cannot roll up into "${indicator.id}"`,
        { path: `observations[${i}].indicator` },
      );
    }
  }
  const numerator = total(observations, 'numerator');
  const denominator = total(observations, 'denominator');
  const population = total(observations, 'population');
  if (indicator.aggregation === 'sum') {
    return {
      actual: total(observations, 'actual'),
      target: total(observations, 'target'),
      previous: total(observations, 'previous'),
      population,
      numerator,
      denominator,
    };
  }
  if (indicator.aggregation === 'ratio') {
    let actual: Maybe<DecimalString> = none('missing-components');
    if (numerator.value !== null && denominator.value !== null) {
      const d = toNum(denominator.value);
      const ratio = isZero(d) ? null : div(toNum(numerator.value), d);
      actual =
        ratio === null
          ? none('zero-base')
          : { value: toDecimalString(indicator.unit.kind === 'percent' ? mul(ratio, HUNDRED) : ratio) };
    }
    return {
      actual,
      target: none('not-applicable'),
      previous: none('not-applicable'),
      population,
      numerator,
      denominator,
    };
  }
  const na = none('not-applicable');
  return { actual: na, target: na, previous: na, population, numerator, denominator };
}
