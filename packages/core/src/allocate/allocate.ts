import { type DecimalInput, isNegative, toNum } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { Band, Indicator, TargetKind } from '../model/types';
import { fractionDigits, fromScaled, toScaled } from './scaled';

/**
 * How parts with equal remainders are ordered when the last units are handed out:
 *
 * - `larger-weight` (default): the larger weight first, then the earlier index. Ties between
 *   different weights never depend on the order of the input: permuting the weights permutes the
 *   parts (parts of equal weights may trade places among themselves).
 * - `earlier`: the earlier index first (January before December; dinero.js's rule).
 * - `later`: the later index first (keeps the extra units at the end of the year).
 */
export type AllocationTieBreak = 'larger-weight' | 'earlier' | 'later';

/** Options of {@link allocate}: exactly one of `weights`, `evenly` or `profile`. */
export interface AllocateOptions {
  /** Ratios to split by (population of each district, last year's actual of each unit). Non-negative, not all zero. */
  readonly weights?: readonly DecimalInput[] | undefined;
  /** Number of equal parts. */
  readonly evenly?: number | undefined;
  /**
   * A seasonal profile over the periods of the year: 12 months, 4 quarters or 2 halves, in any
   * unit (shares that sum to 1 or 100, last year's monthly actuals). Non-negative, not all zero.
   */
  readonly profile?: readonly DecimalInput[] | undefined;
  /** Decimals of the parts (the printed precision). Default: the indicator's `decimals`, else 0. */
  readonly decimals?: number | undefined;
  /** The indicator the total belongs to: gives `decimals`, whether it is additive and its target kind. */
  readonly indicator?: Indicator | undefined;
  /**
   * Whether the total is a sum of its parts (counts, money; the default, or the indicator's
   * `aggregation: 'sum'`) or a level each part must reach on its own (a rate, a density, an
   * average: `aggregation` `ratio` or `none`, or a percent unit). A non-additive total is applied
   * to every part, never split: a ceiling of 5% on the poverty rate is 5% for every district.
   */
  readonly additive?: boolean | undefined;
  /**
   * How the target is stated, when there is no indicator (or to override it): `band` needs a
   * `{ min, max }` total; `point`, `at-least` and `at-most` need a single value. Which way is good
   * does not change a split: an additive `at-most` ceiling is split like any total.
   */
  readonly targetKind?: TargetKind | undefined;
  /** Rule for equal remainders (default `larger-weight`). */
  readonly tieBreak?: AllocationTieBreak | undefined;
  /** Also return running totals (year-to-date phasing of a monthly plan). */
  readonly cumulative?: boolean | undefined;
}

/** Result of {@link allocate} for a point total. */
export interface Allocation {
  /** `split` (parts sum exactly to the total) or `applied` (every part is the total: a rate, a level). */
  readonly method: 'split' | 'applied';
  /** One part per weight, canonical decimal strings at `decimals` places. */
  readonly parts: readonly DecimalString[];
  /**
   * Running totals when `cumulative: true` (the last one is the total, exactly); for an applied
   * level, the level itself at every step. Null otherwise.
   */
  readonly cumulative: readonly DecimalString[] | null;
  /** Decimals of the parts. */
  readonly decimals: number;
  /** The smallest step of a part, 10^-decimals (`"1"`, `"0.01"`). */
  readonly unit: DecimalString;
}

/** Result of {@link allocate} for a band total [min, max]. */
export interface BandAllocation {
  readonly method: 'split' | 'applied';
  /** One band per weight: the lower bounds sum to `min`, the upper bounds to `max`. */
  readonly parts: readonly Band[];
  readonly cumulative: readonly Band[] | null;
  readonly decimals: number;
  readonly unit: DecimalString;
}

const TIE_BREAKS: readonly AllocationTieBreak[] = ['larger-weight', 'earlier', 'later'];
const PROFILE_LENGTHS = [2, 4, 12];
const MAX_DECIMALS = 20;
const MAX_PARTS = 1_000_000;

interface Prepared {
  readonly weights: readonly bigint[];
  readonly total: bigint;
  readonly decimals: number;
  readonly tieBreak: AllocationTieBreak;
}

function fail(
  code: 'INVALID_DECIMAL' | 'OUT_OF_RANGE' | 'INVALID_OPTION' | 'INVALID_BAND',
  message: string,
  path: string,
): never {
  throw new ChitieuError(code, message, { path });
}

/** Reads the weights as integers on one common scale (exact ratios). */
function readWeights(options: AllocateOptions): bigint[] {
  const given = [options.weights, options.evenly, options.profile].filter((v) => v !== undefined).length;
  if (given !== 1) {
    fail(
      'INVALID_OPTION',
      given === 0
        ? 'allocate needs one of weights, evenly or profile'
        : 'allocate takes only one of weights, evenly or profile',
      'options',
    );
  }
  if (options.evenly !== undefined) {
    const n = options.evenly;
    if (!Number.isSafeInteger(n) || n < 1 || n > MAX_PARTS) {
      fail('OUT_OF_RANGE', `evenly must be a whole number of parts from 1 to ${MAX_PARTS}, got ${String(n)}`, 'evenly');
    }
    return Array.from({ length: n }, () => 1n);
  }
  const key = options.weights !== undefined ? 'weights' : 'profile';
  const list = (options.weights ?? options.profile) as readonly DecimalInput[];
  if (!Array.isArray(list) || list.length === 0) fail('INVALID_OPTION', `${key} must be a non-empty list`, key);
  if (list.length > MAX_PARTS) fail('OUT_OF_RANGE', `${key} has more than ${MAX_PARTS} entries`, key);
  if (key === 'profile' && !PROFILE_LENGTHS.includes(list.length)) {
    fail(
      'INVALID_OPTION',
      `profile must have 12 months, 4 quarters or 2 halves, got ${list.length} entries (use weights for other splits)`,
      key,
    );
  }
  const nums = list.map((w, i) => {
    const n = toNum(w, `${key}[${i}]`);
    if (isNegative(n))
      fail('OUT_OF_RANGE', `${key}[${i}] is negative (${String(w)}); weights must be zero or more`, `${key}[${i}]`);
    return n;
  });
  const scale = nums.reduce((m, n) => Math.max(m, fractionDigits(n)), 0);
  const ints = nums.map((n) => toScaled(n, scale) as bigint);
  if (ints.every((w) => w === 0n)) fail('INVALID_OPTION', `${key} are all zero: there is nothing to split by`, key);
  return ints;
}

function readDecimals(options: AllocateOptions): number {
  const decimals = options.decimals ?? options.indicator?.decimals ?? 0;
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    fail(
      'OUT_OF_RANGE',
      `decimals must be a whole number from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`,
      'decimals',
    );
  }
  return decimals;
}

function isAdditive(options: AllocateOptions): boolean {
  if (options.additive !== undefined) return options.additive;
  const indicator = options.indicator;
  if (indicator === undefined) return true;
  return indicator.aggregation === 'sum' && indicator.unit.kind !== 'percent';
}

function readTotal(value: unknown, decimals: number, path: string): bigint {
  const n = toNum(value, path);
  const units = toScaled(n, decimals);
  if (units === null) {
    fail(
      'OUT_OF_RANGE',
      `${String(value)} has more decimals than the parts (${decimals}); round the total or allow more decimals`,
      path,
    );
  }
  return units;
}

/**
 * The `k` indices that come first in the total order `before`, in expected linear time
 * (quickselect with a fixed-seed xorshift pivot, so the cost never depends on a sort and the
 * result — a set under a total order — never depends on the pivots).
 */
function firstK(n: number, k: number, before: (a: number, b: number) => boolean): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  const swap = (i: number, j: number) => {
    const t = idx[i] as number;
    idx[i] = idx[j] as number;
    idx[j] = t;
  };
  let lo = 0;
  let hi = n - 1;
  let seed = 0x2545f491 ^ n;
  while (lo < hi) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    swap(lo + ((seed >>> 0) % (hi - lo + 1)), hi); // float-ok: integer index arithmetic
    const pivot = idx[hi] as number;
    let store = lo;
    for (let i = lo; i < hi; i++) {
      if (before(idx[i] as number, pivot)) {
        swap(i, store);
        store++;
      }
    }
    swap(store, hi);
    if (store === k - 1) break;
    if (store > k - 1) hi = store - 1;
    else lo = store + 1;
  }
  return idx.slice(0, k);
}

/**
 * Largest remainder on integers: every part gets the floor of its exact share, then the units
 * left over go one each to the largest remainders, ties by the stated rule.
 */
function split(total: bigint, weights: readonly bigint[], tieBreak: AllocationTieBreak): bigint[] {
  const negative = total < 0n;
  const amount = negative ? -total : total;
  const sumOfWeights = weights.reduce((s, w) => s + w, 0n);
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const product = amount * w; // float-ok: bigint, exact
    const part = product / sumOfWeights; // float-ok: bigint floor division, exact
    parts.push(part);
    remainders.push(product - part * sumOfWeights); // float-ok: bigint, exact
    given += part;
  }
  const left = Number(amount - given); // fewer than weights.length units: a safe integer
  if (left > 0) {
    // The part that comes first gets a unit first: larger remainder, then the tie-break rule.
    const before = (a: number, b: number): boolean => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      if (ra !== rb) return ra > rb;
      if (tieBreak === 'later') return a > b;
      if (tieBreak === 'larger-weight') {
        const wa = weights[a] as bigint;
        const wb = weights[b] as bigint;
        if (wa !== wb) return wa > wb;
      }
      return a < b;
    };
    for (const i of firstK(weights.length, left, before)) parts[i] = (parts[i] as bigint) + 1n;
  }
  return negative ? parts.map((p) => -p) : parts;
}

function runningTotals(parts: readonly bigint[]): bigint[] {
  let running = 0n;
  return parts.map((p) => {
    running += p;
    return running;
  });
}

function prepare(options: AllocateOptions): Omit<Prepared, 'total'> {
  if (options === null || typeof options !== 'object')
    fail('INVALID_OPTION', 'allocate needs an options object', 'options');
  const tieBreak = options.tieBreak ?? 'larger-weight';
  if (!TIE_BREAKS.includes(tieBreak)) {
    fail('INVALID_OPTION', `tieBreak must be one of ${TIE_BREAKS.join(', ')}, got ${String(tieBreak)}`, 'tieBreak');
  }
  return { weights: readWeights(options), decimals: readDecimals(options), tieBreak };
}

const isBandInput = (value: unknown): value is Band<DecimalInput> =>
  typeof value === 'object' && value !== null && 'min' in value && 'max' in value;

/**
 * Splits a target exactly into parts at its printed precision, so the parts always sum to the
 * whole (`giao chỉ tiêu` down to districts, units or months). Largest-remainder method on exact
 * integers: each part is its exact share rounded down to `decimals` places, and the units left
 * over go one each to the parts with the largest remainders, ties broken by `tieBreak`. Every
 * part is within one unit (10^-decimals) of its exact share. Interface after dinero.js's
 * `allocate`, with decimals and a scale.
 *
 * What kind of target is split how:
 *
 * - **Additive totals** (counts, money; `aggregation: 'sum'`) are split, whichever way is good:
 *   an additive lower-is-better ceiling (a spending cap, at most 120 accidents) is split like any
 *   total, since the parts' ceilings must add up to the province's.
 * - **Levels** (rates, densities, averages: `aggregation` `ratio` or `none`, a percent unit, or
 *   `additive: false`) are applied to every part, never split: a ceiling of 5% on a rate is 5%
 *   for each district (`method: 'applied'`).
 * - **Band totals** `{ min, max }` split both bounds with the same weights and ties: the lower
 *   bounds by largest remainder, then the width `max − min`, added on top, so every part's band
 *   is non-empty, the lower bounds sum to `min` and the upper bounds to `max` (each bound within
 *   two units of its exact share).
 * - A negative total is split by its magnitude and the parts negated.
 * - `cumulative: true` adds running totals: year-to-date phasing of a monthly plan that ends
 *   exactly at the total.
 *
 * @throws {ChitieuError} `INVALID_DECIMAL` for a total or weight that is not a decimal (NaN,
 *   `'abc'`), `OUT_OF_RANGE` for a negative weight or a total with more decimals than the parts,
 *   `INVALID_OPTION` for all-zero weights, a profile that is not 12, 4 or 2 periods, or not
 *   exactly one of `weights`/`evenly`/`profile`, `INVALID_BAND` for a band with min > max; each
 *   with the `path` of the offending value (`weights[3]`, `total.min`).
 *
 * @example
 * // The 2021 revenue plan of 3.745 tỷ đồng over 12 months, evenly: January gets the extra unit.
 * allocate('3745', { evenly: 12 }).parts;
 * // ['313', '312', '312', '312', '312', '312', '312', '312', '312', '312', '312', '312']
 *
 * @example
 * // By population, one decimal, with year-to-date running totals.
 * allocate('100', { weights: ['1', '2'], decimals: 1, cumulative: true });
 * // { method: 'split', parts: ['33.3', '66.7'], cumulative: ['33.3', '100'], decimals: 1, unit: '0.1' }
 *
 * @example
 * // A rate is a level, not a sum: every district gets the same ceiling.
 * allocate('5', { weights: ['3', '1'], additive: false }).parts; // ['5', '5']
 */
export function allocate(total: DecimalInput, options: AllocateOptions): Allocation;
export function allocate(total: Band<DecimalInput>, options: AllocateOptions): BandAllocation;
export function allocate(
  total: DecimalInput | Band<DecimalInput>,
  options: AllocateOptions,
): Allocation | BandAllocation;
export function allocate(
  total: DecimalInput | Band<DecimalInput>,
  options: AllocateOptions,
): Allocation | BandAllocation {
  try {
    return allocateUnguarded(total, options);
  } catch (error) {
    throw asArgumentError('allocate', 'total or options', error);
  }
}

function allocateUnguarded(
  total: DecimalInput | Band<DecimalInput>,
  options: AllocateOptions,
): Allocation | BandAllocation {
  const { weights, decimals, tieBreak } = prepare(options);
  const unit = fromScaled(1n, decimals);
  const additive = isAdditive(options);
  const method = additive ? 'split' : 'applied';
  const wantCumulative = options.cumulative === true;
  const targetKind = options.targetKind ?? options.indicator?.targetKind;

  if (isBandInput(total)) {
    if (targetKind !== undefined && targetKind !== 'band') {
      fail('INVALID_OPTION', `A ${targetKind} target is one value; got a { min, max } band`, 'total');
    }
    const min = readTotal(total.min, decimals, 'total.min');
    const max = readTotal(total.max, decimals, 'total.max');
    if (min > max) fail('INVALID_BAND', `Band min ${String(total.min)} is above max ${String(total.max)}`, 'total');
    let lows: bigint[];
    let highs: bigint[];
    if (additive) {
      lows = split(min, weights, tieBreak);
      const widths = split(max - min, weights, tieBreak);
      highs = lows.map((low, i) => low + (widths[i] as bigint));
    } else {
      lows = weights.map(() => min);
      highs = weights.map(() => max);
    }
    const band = (lo: bigint, hi: bigint): Band => ({ min: fromScaled(lo, decimals), max: fromScaled(hi, decimals) });
    const parts = lows.map((lo, i) => band(lo, highs[i] as bigint));
    let cumulative: Band[] | null = null;
    if (wantCumulative) {
      if (additive) {
        const runLows = runningTotals(lows);
        const runHighs = runningTotals(highs);
        cumulative = runLows.map((lo, i) => band(lo, runHighs[i] as bigint));
      } else {
        cumulative = parts;
      }
    }
    return { method, parts, cumulative, decimals, unit };
  }

  if (targetKind === 'band') {
    fail('INVALID_OPTION', 'The indicator has band targets: allocate a { min, max } total', 'total');
  }
  const amount = readTotal(total, decimals, 'total');
  const scaled = additive ? split(amount, weights, tieBreak) : weights.map(() => amount);
  const parts = scaled.map((p) => fromScaled(p, decimals));
  const cumulative = wantCumulative
    ? additive
      ? runningTotals(scaled).map((p) => fromScaled(p, decimals))
      : parts
    : null;
  return { method, parts, cumulative, decimals, unit };
}

/** Exact share of part `index` as a fraction `[numerator, denominator]` of units, for tests and audits. */
export function exactShare(
  total: DecimalInput,
  weights: readonly DecimalInput[],
  index: number,
  decimals: number,
): { numerator: bigint; denominator: bigint } {
  const nums = weights.map((w, i) => toNum(w, `weights[${i}]`));
  const scale = nums.reduce((m, n) => Math.max(m, fractionDigits(n)), 0);
  const ints = nums.map((n) => toScaled(n, scale) as bigint);
  const amount = toScaled(toNum(total, 'total'), decimals);
  if (amount === null) fail('OUT_OF_RANGE', 'total has more decimals than the parts', 'total');
  const denominator = ints.reduce((s, w) => s + w, 0n);
  return { numerator: amount * (ints[index] ?? 0n), denominator }; // float-ok: bigint, exact
}
