import type { RoundingMode } from '../decimal/decimal';
import { canonicalOf, HUNDRED, mul, type Num, round, toDecimalString, toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { missingField } from '../errors/messages';
import { describeValue, quote, thrownMessage } from '../errors/quote';
import { changeNum, SAME_PERIOD_LAST_YEAR, toChange } from '../math/change';
import {
  type CompletionRule,
  completionRatioNum,
  directionOf,
  ratioValue,
  type TargetNum,
  toTargetNum,
} from '../math/completion';
import { densityNum, impliedPopulationNum } from '../math/density';
import { requiredGrowthNum } from '../math/growth';
import { impliedPreviousNum, impliedTargetNum, toImplied } from '../math/implied';
import type { Result } from '../math/result';
import { type Boundary, checkRounding, guardedPercentOfRatio } from '../math/rounding';
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
  Status,
} from '../model/types';
import { isValidated } from '../model/validated';
import { periodsBetween } from '../period/period';
import { checkInputDecimal } from '../schema/decimal-bounds';
import { DATA_STAGES } from '../schema/defaults';
import { intToDecimalString, SCALE, scaleUp, scanSafe } from './fast';
import { normalizeIndicator } from './normalize-indicator';

const DEFAULT_NEAR = toNum('0.95');

/**
 * A decimal of an observation the library did not validate: the input bounds `parseDataset`
 * applies (at most 200 digits, |exponent| ≤ 99: schema/decimal-bounds.ts, the one rule), so no
 * formula ever works on an 800,000-digit value, then the reading itself.
 */
function readInput(value: unknown, path: string, trusted: boolean): Num {
  if (!trusted) checkInputDecimal(value, path);
  return toNum(value, path);
}
const readOptional = (value: unknown, path: string, trusted: boolean): Num | null =>
  value === null || value === undefined ? null : readInput(value, path, trusted);

/**
 * A boundary of the display guard in units of the last shown decimal (percent × 10^decimals):
 * its floor and ceiling as safe integers (equal when the boundary is a whole number of units).
 */
interface FastBoundary {
  readonly floor: number;
  readonly ceil: number;
  readonly point: boolean;
}

/** What `evaluate` derives from an indicator and the options, once per indicator object. @internal */
export interface Settings {
  readonly indicator: Indicator;
  readonly rule: CompletionRule;
  readonly near: Num;
  readonly boundaries: { readonly point: readonly Boundary[]; readonly band: readonly Boundary[] };
  readonly rounding: RoundingMode;
  /** N of "per N inhabitants" (100 when the indicator states none). */
  readonly per: Num;
  readonly reported: Evaluation['rule'];
  /** Fast-path data, or null when this indicator always takes the general path. */
  readonly fast: {
    /** Effective direction and policy in one code: 0 A ÷ T, 1 inverse T ÷ A, 2 mirror 2 − A ÷ T. */
    readonly form: 0 | 1 | 2;
    /** Near threshold as nearC ÷ 10^nearS. */
    readonly nearC: number;
    readonly nearS: number;
    /** 10^(percentDecimals + 2). */
    readonly percentScale: number;
    readonly boundaries: readonly FastBoundary[];
  } | null;
}

const settingsCache = new WeakMap<object, Settings>();
const NO_OPTIONS: EvaluateOptions = Object.freeze({});

function fastBoundary(at: Num, decimals: number, point: boolean): FastBoundary | null {
  const f = toDecimalString(round(at, decimals, 'floor'));
  const c = toDecimalString(round(at, decimals, 'ceil'));
  const floor = scanSafe(f);
  if (SCALE < 0) return null;
  const fs = SCALE;
  const ceil = scanSafe(c);
  if (SCALE < 0) return null;
  const F = scaleUp(floor, decimals - fs);
  const C = scaleUp(ceil, decimals - SCALE);
  return Number.isNaN(F) || Number.isNaN(C) ? null : { floor: F, ceil: C, point };
}

/** Settings of an indicator under options; cached per indicator object when there are no options. @internal */
export function settingsFor(indicator: Indicator, options: EvaluateOptions): Settings {
  const plain =
    options.nearThreshold === undefined && options.lowerIsBetterPolicy === undefined && options.rounding === undefined;
  const cached = plain ? settingsCache.get(indicator) : undefined;
  if (cached) return cached;
  const ind = isValidated(indicator) ? indicator : normalizeIndicator(indicator);
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
  const rounding = checkRounding(options.rounding, 'options.rounding');
  const direction = directionOf(rule);
  let fast: Settings['fast'] = null;
  const decimals = ind.percentDecimals;
  const nearC = scanSafe(toDecimalString(near));
  const nearS = SCALE;
  if (ind.targetKind !== 'band' && direction !== 'neither' && nearS >= 0 && decimals <= 12) {
    const hundred = fastBoundary(HUNDRED, decimals, true);
    const nearBound = fastBoundary(nearPercent.at, decimals, false);
    if (hundred && nearBound)
      fast = {
        form: direction === 'higher-is-better' ? 0 : rule.policy === 'inverse' ? 1 : 2,
        nearC,
        nearS,
        percentScale: scaleUp(1, decimals + 2),
        boundaries: [hundred, nearBound],
      };
  }
  const settings: Settings = {
    indicator: ind,
    rule,
    near,
    // a point target is met only at exactly 100%; a band's lower bound is a threshold
    boundaries: {
      point: [{ at: HUNDRED, point: true }, nearPercent],
      band: [{ at: HUNDRED, point: false }, nearPercent],
    },
    rounding,
    per: toNum(ind.density?.per ?? '100'),
    reported: {
      direction,
      nearThreshold: toDecimalString(near),
      lowerIsBetterPolicy: rule.policy,
    },
    fast,
  };
  if (plain) settingsCache.set(indicator, settings);
  return settings;
}

const implied = <T>(r: Result<T> | null): T | null => (r === null || r.value === null ? null : r.value);

/** Shared by every evaluation without stated figures (never mutated). */
const NO_IMPLIED: Evaluation['implied'] = Object.freeze({
  target: null,
  population: null,
  previous: null,
  nextPopulation: null,
});

function checkObservation(observation: Observation | ObservationInput, ind: Indicator): void {
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
      `Observation of ${describeValue(observation.indicator)} evaluated against indicator ${quote(ind.id)}`,
      { path: 'observation.indicator' },
    );
  }
}

/**
 * Evaluates one observation of an indicator: everything a card or a table row needs, computed
 * exactly, with a reason wherever a quantity is not defined.
 *
 * - `completion`: a ratio (`"1.0588…"` for 105,88%), by direction and target kind;
 * - `completionPercent`: rounded (half-up) to the indicator's percent decimals with the 100%
 *   boundary guard;
 * - `status`: from the exact values (`exceeded`, `met`, `near`, `missed`, `no-target`, `no-data`);
 * - `variance`, `change` vs the comparison base, `density` per N inhabitants;
 * - `implied`: the plan, population and previous value the stated figures imply, with intervals;
 * - `requiredGrowth` to the next period's target.
 *
 * Status, the guard and the rounded percent are decided from the inputs by exact integer
 * cross-multiplication; the 50-digit quotients (`completion`, `variance.relative`,
 * `change.ratio`, `change.rate`, `density`) are computed when first read. The result is plain
 * data: `JSON.stringify`, spread and `structuredClone` give every field.
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
  options: EvaluateOptions = NO_OPTIONS,
): Evaluation {
  try {
    return evaluateUnguarded(observation, indicator, options);
  } catch (error) {
    throw asArgumentError('evaluate', 'observation, indicator or options', error);
  }
}

function evaluateUnguarded(
  observation: Observation | ObservationInput,
  indicator: Indicator,
  options: EvaluateOptions = NO_OPTIONS,
): Evaluation {
  if (typeof indicator !== 'object' || indicator === null) normalizeIndicator(indicator);
  return evaluateWith(observation, settingsFor(indicator, options));
}

/** {@link evaluate} with the settings already resolved (`evaluateDataset` resolves them once per indicator). @internal */
export function evaluateWith(observation: Observation | ObservationInput, settings: Settings): Evaluation {
  try {
    checkObservation(observation, settings.indicator);
    return (settings.fast !== null && evaluateFast(observation, settings)) || evaluateGeneral(observation, settings);
  } catch (error) {
    // a getter or proxy in the observation that throws: a typed error, never a bare TypeError
    if (ChitieuError.is(error)) throw error;
    throw new ChitieuError('INVALID_OBSERVATION', `Reading the observation threw ${thrownMessage(error)}`, {
      path: 'observation',
      cause: error,
    });
  }
}

// ---- the fast path -----------------------------------------------------------------------------

/** Rounds |q| + r/d away from zero under `mode` (numbers, all safe; r < d). */
function away(q: number, r: number, d: number, negative: boolean, mode: RoundingMode): boolean {
  if (r === 0) return false;
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'ceil':
      return !negative;
    case 'floor':
      return negative;
    default: {
      const rest = d - r; // 2r ⋚ d ⇔ r ⋚ d − r, no product needed
      if (r > rest) return true;
      if (r < rest) return false;
      return mode === 'half-up' || (mode === 'half-even' && q % 2 === 1); // float-ok: parity of a safe integer
    }
  }
}

/**
 * The whole evaluation on safe integers, or `false` when any value is outside the fast path
 * (not canonical, more than 15 digits, a band, stated figures, a product beyond 2^53): the
 * general path then gives the same answer, and the same errors.
 */
function evaluateFast(observation: Observation | ObservationInput, settings: Settings): Evaluation | false {
  const fast = settings.fast;
  if (fast === null || observation.stated !== undefined || observation.nextTarget !== undefined) return false;
  const rawActual = observation.actual;
  const rawTarget = observation.target;
  const rawPrevious = observation.previous;
  const rawPopulation = observation.population;
  const hasActual = rawActual !== null && rawActual !== undefined;
  const hasTarget = rawTarget !== null && rawTarget !== undefined;
  const hasPrevious = rawPrevious !== null && rawPrevious !== undefined;
  const hasPopulation = rawPopulation !== null && rawPopulation !== undefined;
  let a = 0;
  let sa = 0;
  let t = 0;
  let st = 0;
  if (hasActual) {
    a = scanSafe(rawActual);
    sa = SCALE;
    if (sa < 0) return false;
  }
  if (hasTarget) {
    t = scanSafe(rawTarget);
    st = SCALE;
    if (st < 0) return false;
  }
  if (hasPrevious) {
    scanSafe(rawPrevious);
    if (SCALE < 0) return false;
  }
  if (hasPopulation) {
    const pop = scanSafe(rawPopulation);
    if (SCALE < 0 || pop < 0) return false; // a negative population is an error: the general path throws it
  }
  const stage: DataStage = observation.stage ?? (observation.estimated ? 'estimate' : 'official');
  if (!(DATA_STAGES as readonly string[]).includes(stage)) return false; // the general path throws it

  const ind = settings.indicator;
  const reasons: Partial<Record<keyof Evaluation['reasons'], Reason>> = {};

  // completion n ÷ d (d > 0) on a common scale, status and the guarded percent
  let status: Status;
  let percent: string | null = null;
  if (!hasTarget) {
    status = 'no-target';
    reasons.completion = hasActual ? 'no-target' : 'no-data';
  } else if (!hasActual) {
    status = 'no-data';
    reasons.completion = 'no-data';
  } else {
    const s = sa > st ? sa : st;
    const A = scaleUp(a, s - sa);
    const T = scaleUp(t, s - st);
    if (Number.isNaN(A) || Number.isNaN(T)) return false;
    let n = 0;
    let d = 0;
    let reason: Reason | null = null;
    if (fast.form === 1) {
      if (T <= 0) reason = T === 0 ? 'zero-base' : 'negative-base';
      else if (A <= 0) reason = A === 0 ? 'zero-actual' : 'negative-actual';
      else {
        n = T;
        d = A;
      }
    } else if (T <= 0) reason = T === 0 ? 'zero-base' : 'negative-base';
    else if (fast.form === 0) {
      n = A;
      d = T;
    } else {
      n = T + T - A;
      d = T;
      if (!Number.isSafeInteger(n)) return false;
    }
    if (reason !== null) {
      reasons.completion = reason;
      const better = fast.form === 0 ? A - T : T - A;
      status = better > 0 ? 'exceeded' : better === 0 ? 'met' : 'missed';
    } else {
      // status: n ⋚ d, then n × 10^nearS ⋚ nearC × d
      const left = scaleUp(n, fast.nearS);
      const right = d * fast.nearC; // float-ok: integer product, used only when Number.isSafeInteger
      if (Number.isNaN(left) || !Number.isSafeInteger(right)) return false;
      const sideNear = left < right ? -1 : left > right ? 1 : 0;
      const side100 = n < d ? -1 : n > d ? 1 : 0;
      status = side100 > 0 ? 'exceeded' : side100 === 0 ? 'met' : sideNear >= 0 ? 'near' : 'missed';
      // percent × 10^decimals = n × 10^(decimals + 2) ÷ d, rounded by the remainder
      const negative = n < 0;
      const N = (negative ? -n : n) * fast.percentScale; // float-ok: integer product, used only when Number.isSafeInteger
      if (!Number.isSafeInteger(N) || !Number.isSafeInteger(N + d)) return false;
      let q = Math.trunc(N / d); // float-ok: first guess of an exact integer division, corrected below
      let r = N - q * d; // float-ok: exact, |q × d| ≤ N + d is a safe integer
      if (r < 0) {
        q -= 1;
        r += d;
      } else if (r >= d) {
        q += 1;
        r -= d;
      }
      // the correction step of decimal/int.ts's sdivmod, written out here: the fast path is the
      // engine's hot loop and this keeps `{ evaluate, formatPercent }` inside its size budget
      if (away(q, r, d, negative, settings.rounding)) q += 1;
      // guard: 100% (met only at exactly 100) then the near threshold, in units of the last decimal
      let shown = negative ? -q : q;
      shown = guardFast(shown, side100, fast.boundaries[0] as FastBoundary);
      shown = guardFast(shown, sideNear, fast.boundaries[1] as FastBoundary);
      percent = intToDecimalString(shown, ind.percentDecimals);
    }
  }

  if (!(hasActual && hasTarget)) reasons.variance = hasActual ? 'no-target' : 'no-data';
  reasons.distanceToBand = hasActual ? (hasTarget ? 'not-applicable' : 'no-target') : 'no-data';
  if (!(hasActual && hasPrevious)) reasons.change = hasActual ? 'no-previous' : 'no-data';
  if (!ind.density) reasons.density = 'not-applicable';
  else if (!hasActual) reasons.density = 'no-data';
  else if (!hasPopulation) reasons.density = 'no-population';
  else if (rawPopulation === '0') reasons.density = 'zero-base';
  reasons.requiredGrowth = 'no-target';

  const result = {
    indicator: ind,
    observation,
    actual: hasActual ? (rawActual as DecimalString) : null,
    target: hasTarget ? (rawTarget as DecimalString) : null,
    band: null,
    previous: hasPrevious ? (rawPrevious as DecimalString) : null,
    completionPercent: percent as DecimalString | null,
    status,
    rule: settings.reported,
    distanceToBand: null,
    estimated: stage === 'estimate',
    stage,
    implied: NO_IMPLIED,
    requiredGrowth: null,
    reasons,
  };
  // completion, variance, change and density: own enumerable getters, computed on first read
  // from the evaluation's own values (JSON.stringify, spread and structuredClone read them).
  // Four `defineProperty` calls with shared, prebuilt descriptors: about half the cost of one
  // `defineProperties` (which reads its descriptor map on every call), and every evaluation
  // keeps one hidden class (an object literal with `get` accessors makes new functions, hence a
  // new shape, per object, and measured slower still).
  Object.defineProperty(result, 'completion', LAZY_COMPLETION);
  Object.defineProperty(result, 'variance', LAZY_VARIANCE);
  Object.defineProperty(result, 'change', LAZY_CHANGE);
  Object.defineProperty(result, 'density', LAZY_DENSITY);
  return result as unknown as Evaluation;
}

/** What a fast evaluation computes on first read, per evaluation object. */
interface Lazy {
  completion?: DecimalString | null;
  variance?: Evaluation['variance'];
  change?: Evaluation['change'];
  density?: DecimalString | null;
}
const lazyValues = new WeakMap<object, Lazy>();
const lazyOf = (e: object): Lazy => {
  let lazy = lazyValues.get(e);
  if (lazy === undefined) {
    lazy = {};
    lazyValues.set(e, lazy);
  }
  return lazy;
};

/** A shared accessor descriptor: `key` computed by `compute` on first read, then cached. */
const lazyField = <K extends keyof Lazy>(key: K, compute: (e: Evaluation) => Lazy[K]): PropertyDescriptor =>
  Object.freeze({
    enumerable: true,
    configurable: true,
    get(this: Evaluation): Lazy[K] {
      const lazy = lazyOf(this);
      if (lazy[key] === undefined) lazy[key] = compute(this);
      return lazy[key];
    },
  });

/**
 * The long results of a fast evaluation, from its own canonical values and through the same
 * functions as the general path (so both paths agree to the digit).
 */
function lazyCompletion(e: Evaluation): DecimalString | null {
  if (e.reasons.completion !== undefined || e.actual === null || e.target === null) return null;
  const A = toNum(e.actual);
  const T = toNum(e.target);
  const rule = { direction: e.rule.direction, targetKind: 'point' as const, policy: e.rule.lowerIsBetterPolicy };
  const ratio = completionRatioNum(A, { kind: 'point', value: T }, rule);
  return ratio.value === null ? null : toDecimalString(ratioValue(ratio.value));
}
function lazyVariance(e: Evaluation): Evaluation['variance'] {
  if (e.actual === null || e.target === null) return null;
  const v = varianceNum(toNum(e.actual), { kind: 'point', value: toNum(e.target) });
  return {
    absolute: toDecimalString(v.absolute),
    relative: v.relative === null ? null : toDecimalString(v.relative),
    ...(v.reason ? { reason: v.reason } : {}),
  };
}
function lazyChange(e: Evaluation): Evaluation['change'] {
  if (e.actual === null || e.previous === null) return null;
  return toChange(
    changeNum(toNum(e.actual), toNum(e.previous), e.indicator.unit.kind === 'percent'),
    e.observation.base ?? SAME_PERIOD_LAST_YEAR,
  );
}
function lazyDensity(e: Evaluation): DecimalString | null {
  if (e.reasons.density !== undefined || e.actual === null) return null;
  const d = densityNum(
    toNum(e.actual),
    toNum(e.observation.population),
    toNum(e.indicator.density?.per ?? '100'),
    e.indicator.scale,
  );
  return d.value === null ? null : toDecimalString(d.value);
}

const LAZY_COMPLETION = /* @__PURE__ */ lazyField('completion', lazyCompletion);
const LAZY_VARIANCE = /* @__PURE__ */ lazyField('variance', lazyVariance);
const LAZY_CHANGE = /* @__PURE__ */ lazyField('change', lazyChange);
const LAZY_DENSITY = /* @__PURE__ */ lazyField('density', lazyDensity);

/** The display guard of one boundary on integers (see `guard` in math/rounding.ts). */
function guardFast(shown: number, side: number, b: FastBoundary): number {
  if (side < 0 && shown >= b.ceil) return b.floor === b.ceil ? b.floor - 1 : b.floor;
  if (side > 0 && (b.point ? shown <= b.floor : shown < b.ceil))
    return b.point && b.floor === b.ceil ? b.ceil + 1 : b.ceil;
  if (!b.point && side === 0 && shown < b.ceil) return b.ceil;
  return shown;
}

// ---- the general path --------------------------------------------------------------------------

/** A point target or a band, within the input bounds when not validated. */
function readTarget(raw: unknown, trusted: boolean): TargetNum {
  if (!trusted) {
    if (typeof raw === 'object' && raw !== null) {
      const band = raw as Record<string, unknown>;
      for (const key of ['min', 'max']) {
        const path = `observation.target.${key}`;
        if (band[key] === undefined) throw new ChitieuError('INVALID_DATASET', missingField(key), { path });
        checkInputDecimal(band[key], path);
      }
    } else checkInputDecimal(raw, 'observation.target');
  }
  return toTargetNum(raw as Band<string>, 'observation.target');
}

function evaluateGeneral(observation: Observation | ObservationInput, settings: Settings): Evaluation {
  const ind = settings.indicator;
  const trusted = isValidated(observation);
  const actual = readOptional(observation.actual, 'observation.actual', trusted);
  const rawTarget = observation.target;
  const target: TargetNum | null =
    rawTarget === null || rawTarget === undefined ? null : readTarget(rawTarget, trusted);
  if (target !== null && (target.kind === 'band') !== (ind.targetKind === 'band')) {
    throw new ChitieuError(
      'INVALID_OBSERVATION',
      ind.targetKind === 'band'
        ? `Indicator "${ind.id}" has a band target; got a single value`
        : `Indicator "${ind.id}" has a ${ind.targetKind} target; got a band`,
      { path: 'observation.target' },
    );
  }
  const previous = readOptional(observation.previous, 'observation.previous', trusted);
  const population = readOptional(observation.population, 'observation.population', trusted);
  const stage: DataStage = observation.stage ?? (observation.estimated ? 'estimate' : 'official');
  if (!(DATA_STAGES as readonly string[]).includes(stage)) {
    throw new ChitieuError('INVALID_OBSERVATION', `Unknown data stage ${describeValue(stage)}`, {
      path: 'observation.stage',
    });
  }

  const { rule, near, boundaries, rounding, per, reported } = settings;
  const reasons: Partial<Record<keyof Evaluation['reasons'], Reason>> = {};

  const ratio = completionRatioNum(actual, target, rule);
  if (ratio.value === null) reasons.completion = ratio.reason;
  const status = statusNum(actual, target, ratio, rule, near);
  const percent =
    ratio.value === null
      ? null
      : guardedPercentOfRatio(
          ratio.value.n,
          ratio.value.d,
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
  if (target?.kind === 'band' && directionOf(rule) === 'neither' && actual !== null)
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
      ? implied(impliedTargetNum(actual, String(stated.completion), directionOf(rule), rule.policy))
      : null;
  const impliedPopulation =
    actual !== null && stated?.density !== undefined
      ? implied(impliedPopulationNum(actual, String(stated.density), per, ind.scale))
      : null;
  const impliedPrevious =
    actual !== null && stated?.change !== undefined
      ? implied(impliedPreviousNum(actual, stated.change.form, String(stated.change.value)))
      : null;
  const nextValue = next ? readInput(next.value, 'observation.nextTarget.value', trusted) : null;
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

  return {
    indicator: ind,
    observation,
    actual: actual === null ? null : canonicalOf(observation.actual, actual),
    target: target?.kind === 'point' ? canonicalOf(rawTarget, target.value) : null,
    band: target?.kind === 'band' ? { min: toDecimalString(target.min), max: toDecimalString(target.max) } : null,
    previous: previous === null ? null : canonicalOf(observation.previous, previous),
    completion: ratio.value === null ? null : toDecimalString(ratioValue(ratio.value)),
    completionPercent: percent === null ? null : toDecimalString(percent),
    status,
    rule: reported,
    variance,
    change,
    density,
    distanceToBand,
    estimated: stage === 'estimate',
    stage,
    implied:
      impliedTarget || impliedPopulation || impliedPrevious || nextPopulation
        ? {
            target: impliedTarget ? toImplied(impliedTarget) : null,
            population: impliedPopulation ? toImplied(impliedPopulation) : null,
            previous: impliedPrevious ? toImplied(impliedPrevious) : null,
            nextPopulation: nextPopulation ? toImplied(nextPopulation) : null,
          }
        : { target: null, population: null, previous: null, nextPopulation: null },
    requiredGrowth,
    reasons,
  };
}
