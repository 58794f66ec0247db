import type { RoundingMode } from '../decimal/decimal';
import { canonicalOf, HUNDRED, mul, type Num, toDecimalString, toNum } from '../decimal/decimal';
import { ChitieuError } from '../errors/chitieu-error';
import { changeNum, SAME_PERIOD_LAST_YEAR, toChange } from '../math/change';
import {
  type CompletionRule,
  completionNum,
  effectiveDirection,
  type TargetNum,
  toTargetNum,
} from '../math/completion';
import { densityNum, impliedPopulationNum } from '../math/density';
import { requiredGrowthNum } from '../math/growth';
import { impliedPreviousNum, impliedTargetNum, toImplied } from '../math/implied';
import type { Result } from '../math/result';
import { type Boundary, checkRounding, guardedPercentNum } from '../math/rounding';
import { statusNum } from '../math/status';
import { distanceToBandNum, varianceNum } from '../math/variance';
import type {
  Band,
  DataStage,
  DecimalString,
  EvaluateOptions,
  Evaluation,
  Indicator,
  Observation,
  ObservationInput,
  Reason,
} from '../model/types';
import { parsePeriod } from '../period/period';
import { exactCompletion } from './exact-completion';
import { normalizeIndicator } from './normalize-indicator';

const DEFAULT_NEAR = toNum('0.95');
const STAGES: readonly DataStage[] = ['estimate', 'preliminary', 'official'];

const readOptional = (value: unknown, path: string): Num | null =>
  value === null || value === undefined ? null : toNum(value, path);

const periodsBetween = (from: string, to: string): number => {
  const a = parsePeriod(from, 'observation.period');
  const b = parsePeriod(to, 'observation.nextTarget.period');
  return a.kind === 'year' && b.kind === 'year' && b.year > a.year ? b.year - a.year : 1;
};

/** What `evaluate` derives from an indicator and the options, once per indicator object. */
interface Settings {
  readonly rule: CompletionRule;
  readonly near: Num;
  readonly boundaries: { readonly point: readonly Boundary[]; readonly band: readonly Boundary[] };
  readonly rounding: RoundingMode;
  /** N of "per N inhabitants" (100 when the indicator states none). */
  readonly per: Num;
  readonly reported: Evaluation['rule'];
}

const settingsCache = new WeakMap<Indicator, Settings>();

function settingsFor(ind: Indicator, options: EvaluateOptions): Settings {
  const plain =
    options.nearThreshold === undefined && options.lowerIsBetterPolicy === undefined && options.rounding === undefined;
  const cached = plain ? settingsCache.get(ind) : undefined;
  if (cached) return cached;
  const rule: CompletionRule = {
    direction: ind.direction,
    targetKind: ind.targetKind,
    policy: options.lowerIsBetterPolicy ?? ind.lowerIsBetterPolicy ?? 'inverse',
  };
  const near =
    options.nearThreshold !== undefined
      ? toNum(options.nearThreshold, 'options.nearThreshold')
      : ind.nearThreshold !== undefined
        ? toNum(ind.nearThreshold)
        : DEFAULT_NEAR;
  const nearPercent: Boundary = { at: mul(near, HUNDRED), point: false };
  const settings: Settings = {
    rule,
    near,
    // a point target is met only at exactly 100%; a band's lower bound is a threshold
    boundaries: {
      point: [{ at: HUNDRED, point: true }, nearPercent],
      band: [{ at: HUNDRED, point: false }, nearPercent],
    },
    rounding: checkRounding(options.rounding, 'options.rounding'),
    per: toNum(ind.density?.per ?? '100'),
    reported: {
      direction: effectiveDirection(rule),
      nearThreshold: toDecimalString(near),
      lowerIsBetterPolicy: rule.policy,
    },
  };
  if (plain) settingsCache.set(ind, settings);
  return settings;
}

const implied = <T>(r: Result<T> | null): T | null => (r === null || r.value === null ? null : r.value);

/**
 * Evaluates one observation of an indicator: everything a card or a table row needs, computed
 * exactly, with a reason wherever a quantity is not defined.
 *
 * - `completion`: a ratio (`"1.0588…"` for 105,88%), by direction and target kind;
 * - `completionPercent`: rounded (half-up) to the indicator's percent decimals with the 100%
 *   boundary guard;
 * - `status`: from the exact completion (`exceeded`, `met`, `near`, `missed`, `no-target`, `no-data`);
 * - `variance`, `change` vs the comparison base, `density` per N inhabitants;
 * - `implied`: the plan, population and previous value the stated figures imply, with intervals;
 * - `requiredGrowth` to the next period's target.
 *
 * @example
 * const broadband = defineIndicator({ id: 'broadband', name: 'Thuê bao băng rộng', unit: 'subscriber', percentDecimals: 2, density: { per: 100 } });
 * const e = evaluate({ indicator: 'broadband', period: '2020', actual: '1800000', target: '1700000' }, broadband);
 * e.completion; // '1.0588235294117647058823529411764705882352941176471'
 * e.completionPercent; // '105.88'
 * e.status; // 'exceeded'
 * @throws {ChitieuError} for invalid input: `INVALID_DECIMAL` (NaN, `'abc'`, `'1,5'`), `INVALID_BAND`,
 * `OUT_OF_RANGE` (negative population), `INVALID_OBSERVATION` (observation of another indicator).
 */
export function evaluate(
  observation: Observation | ObservationInput,
  indicator: Indicator,
  options: EvaluateOptions = {},
): Evaluation {
  const ind = normalizeIndicator(indicator);
  if (typeof observation !== 'object' || observation === null) {
    throw new ChitieuError(
      'INVALID_OBSERVATION',
      `Expected an observation object, got ${observation === null ? 'null' : typeof observation}`,
      { path: 'observation' },
    );
  }
  if (observation.indicator !== ind.id) {
    throw new ChitieuError(
      'INVALID_OBSERVATION',
      `Observation of "${String(observation.indicator)}" evaluated against indicator "${ind.id}"`,
      {
        path: 'observation.indicator',
      },
    );
  }
  const actual = readOptional(observation.actual, 'observation.actual');
  const rawTarget = observation.target;
  const target: TargetNum | null =
    rawTarget === null || rawTarget === undefined ? null : toTargetNum(rawTarget as Band<string>, 'observation.target');
  if (target !== null && (target.kind === 'band') !== (ind.targetKind === 'band')) {
    throw new ChitieuError(
      'INVALID_OBSERVATION',
      ind.targetKind === 'band'
        ? `Indicator "${ind.id}" has a band target; got a single value`
        : `Indicator "${ind.id}" has a ${ind.targetKind} target; got a band`,
      { path: 'observation.target' },
    );
  }
  const previous = readOptional(observation.previous, 'observation.previous');
  const population = readOptional(observation.population, 'observation.population');
  const stage: DataStage = observation.stage ?? (observation.estimated ? 'estimate' : 'official');
  if (!STAGES.includes(stage)) {
    throw new ChitieuError('INVALID_OBSERVATION', `Unknown data stage ${JSON.stringify(stage)}`, {
      path: 'observation.stage',
    });
  }

  const { rule, near, boundaries, rounding, per, reported } = settingsFor(ind, options);
  const reasons: Partial<Record<keyof Evaluation['reasons'], Reason>> = {};

  const completion = completionNum(actual, target, rule);
  if (completion.value === null) reasons.completion = completion.reason;
  const status = statusNum(actual, target, completion, rule, near);
  const percent =
    completion.value === null
      ? null
      : guardedPercentNum(
          completion.value,
          ind.percentDecimals,
          rounding,
          target?.kind === 'band' ? boundaries.band : boundaries.point,
        );

  let variance: Evaluation['variance'] = null;
  if (actual !== null && target !== null) {
    const v = varianceNum(actual, target);
    variance = {
      absolute: toDecimalString(v.absolute),
      relative: v.relative === null ? null : toDecimalString(v.relative),
      ...(v.reason ? { reason: v.reason } : {}),
    };
  } else reasons.variance = actual === null ? 'no-data' : 'no-target';

  let distanceToBand: DecimalString | null = null;
  if (target?.kind === 'band' && effectiveDirection(rule) === 'neither' && actual !== null)
    distanceToBand = toDecimalString(distanceToBandNum(actual, target));
  else reasons.distanceToBand = actual === null ? 'no-data' : target === null ? 'no-target' : 'not-applicable';

  const base = observation.base ?? SAME_PERIOD_LAST_YEAR;
  let change: Evaluation['change'] = null;
  if (actual !== null && previous !== null)
    change = toChange(changeNum(actual, previous, ind.unit.kind === 'percent'), base);
  else reasons.change = actual === null ? 'no-data' : 'no-previous';

  let density: DecimalString | null = null;
  if (!ind.density) reasons.density = 'not-applicable';
  else if (actual === null) reasons.density = 'no-data';
  else if (population === null) reasons.density = 'no-population';
  else {
    const d = densityNum(actual, population, per, ind.scale);
    if (d.value === null) reasons.density = d.reason;
    else density = toDecimalString(d.value);
  }

  const stated = observation.stated;
  const next = observation.nextTarget;
  const impliedTarget =
    actual !== null && stated?.completion !== undefined
      ? implied(impliedTargetNum(actual, String(stated.completion), effectiveDirection(rule), rule.policy))
      : null;
  const impliedPopulation =
    actual !== null && stated?.density !== undefined
      ? implied(impliedPopulationNum(actual, String(stated.density), per, ind.scale))
      : null;
  const impliedPrevious =
    actual !== null && stated?.change !== undefined
      ? implied(impliedPreviousNum(actual, stated.change.form, String(stated.change.value)))
      : null;
  const nextValue = next ? toNum(next.value, 'observation.nextTarget.value') : null;
  const nextPopulation =
    nextValue !== null && next?.density !== undefined
      ? implied(impliedPopulationNum(nextValue, String(next.density), per, ind.scale))
      : null;

  let requiredGrowth: DecimalString | null = null;
  if (nextValue === null || next === undefined) reasons.requiredGrowth = 'no-target';
  else if (actual === null) reasons.requiredGrowth = 'no-data';
  else {
    const g = requiredGrowthNum(actual, nextValue, periodsBetween(observation.period, next.period));
    if (g.value === null) reasons.requiredGrowth = g.reason;
    else requiredGrowth = toDecimalString(g.value);
  }

  const result: Evaluation = {
    indicator: ind,
    observation,
    actual: actual === null ? null : canonicalOf(observation.actual, actual),
    target: target?.kind === 'point' ? canonicalOf(rawTarget, target.value) : null,
    band: target?.kind === 'band' ? { min: toDecimalString(target.min), max: toDecimalString(target.max) } : null,
    previous: previous === null ? null : canonicalOf(observation.previous, previous),
    completion: completion.value === null ? null : toDecimalString(completion.value),
    completionPercent: percent === null ? null : toDecimalString(percent),
    status,
    rule: reported,
    variance,
    change,
    density,
    distanceToBand,
    estimated: stage === 'estimate',
    stage,
    implied: {
      target: impliedTarget ? toImplied(impliedTarget) : null,
      population: impliedPopulation ? toImplied(impliedPopulation) : null,
      previous: impliedPrevious ? toImplied(impliedPrevious) : null,
      nextPopulation: nextPopulation ? toImplied(nextPopulation) : null,
    },
    requiredGrowth,
    reasons,
  };
  if (completion.value !== null) exactCompletion.set(result, completion.value);
  return result;
}
