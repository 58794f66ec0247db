import {
  addExact,
  cmp,
  div,
  fromInt,
  fromParts,
  isNegative,
  isZero,
  mulExact,
  type Num,
  ONE,
  sub,
  TWO,
  toDecimalString,
  toNum,
  ZERO,
} from '../decimal/decimal';
import { bmul, bpow10, SREM, sdivmod } from '../decimal/int';
import { asArgumentError, optionalObjectArgument, requireArrayArgument } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { readCap } from '../math/composite';
import type { Evaluation, Status, SummarizeOptions, Summary } from '../model/types';
import { SCALE, scaleUp, scanSafe, toNumParts } from './fast';

/** Limbs of the fixed-point score accumulator: base 10^7, limb i holds the digits at 10^-7i … 10^-7i+6. */
const LIMB = 1e7;
const LIMB_DIGITS = 7;
const MAX_LIMBS = 24;
/** Largest divisor whose remainder × 10^7 stays a safe integer. */
const MAX_DIVISOR = 900_000_000;
/** Largest sum one limb may reach before the accumulator is flushed into a BigInt. */
const FLUSH_AT = 8e15;

/**
 * Exact Σ of 50-significant-digit quotients n ÷ d (0 < n < d ≤ 9 × 10^8) times small integer
 * weights: each quotient's digits come from a long division in base 10^7 on safe integers and
 * are added limb by limb; the limbs are carried into one BigInt at the end. Nothing is rounded
 * except each quotient itself, to 50 significant digits half-up, exactly as `div` rounds.
 */
class QuotientSum {
  private readonly limbs = new Float64Array(MAX_LIMBS + 2);
  private used = 0;
  private bound = 0;
  private flushed: Num = ZERO;

  /**
   * Adds w × round50(n ÷ d); false when the quotient falls outside what the limbs hold. One pass
   * of long division: the first non-zero limb fixes where the 50th significant digit falls, so
   * the limbs before it go straight into the sums and only the last one is rounded.
   */
  add(n: number, d: number, w: number): boolean {
    const limbs = this.limbs;
    let r = n;
    let q = 0;
    let i = 0;
    // leading zero limbs (n ÷ d < 10^-7): nothing to add
    while (q === 0) {
      if (++i > MAX_LIMBS) return false;
      q = sdivmod(r * LIMB, d); // float-ok: r < d ≤ 9e8, so r × LIMB < 9e15 is a safe integer
      r = SREM;
    }
    // position (1-based, from the point) of the 50th significant digit, and the limb holding it
    const p = (i - 1) * LIMB_DIGITS + LIMB_DIGITS - digitsOf(q) + 50; // float-ok: small integer bookkeeping
    const last = limbOf(p);
    if (last > MAX_LIMBS) return false;
    while (i < last) {
      limbs[i] = (limbs[i] as number) + q * w; // float-ok: safe integer sums, bounded by FLUSH_AT
      i++;
      q = sdivmod(r * LIMB, d); // float-ok: as above
      r = SREM;
    }
    // q is limb `last`: keep its digits up to the 50th, rounded half-up on the next digit
    const dropped = last * LIMB_DIGITS - p; // float-ok: digits of limb `last` after the 50th
    let kept = q;
    const nextDigitUp = r * 10 >= 5 * d; // float-ok: the next digit trunc(10r ÷ d) ≥ 5 ⇔ 10r ≥ 5d (r < d ≤ 9e8)
    if (dropped > 0) {
      const unit = POW[dropped] as number;
      const low = kept % unit; // float-ok: remainder of safe integers
      kept -= low;
      if (low >= 5 * (POW[dropped - 1] as number)) kept += unit; // float-ok: the dropped digits from 5…0 up
    } else if (nextDigitUp) {
      kept += 1;
    }
    limbs[last] = (limbs[last] as number) + kept * w; // float-ok: safe integer sum, bounded by FLUSH_AT
    if (last > this.used) this.used = last;
    this.bound += LIMB * (w < 0 ? -w : w); // float-ok: integer bound on any limb
    if (this.bound >= FLUSH_AT) this.flush();
    return true;
  }

  private flush(): void {
    let total = 0n;
    const limbs = this.limbs;
    for (let i = 1; i <= this.used; i++) {
      total = bmul(total, BLIMB) + BigInt(limbs[i] as number);
      limbs[i] = 0;
    }
    if (this.used > 0) this.flushed = addExact(this.flushed, fromParts(total, -LIMB_DIGITS * this.used)); // float-ok: integer exponent
    this.used = 0;
    this.bound = 0;
  }

  total(): Num {
    this.flush();
    return this.flushed;
  }
}
const BLIMB = bpow10(LIMB_DIGITS);
const POW = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
const digitsOf = (q: number): number => {
  let k = 1;
  while (k < LIMB_DIGITS && q >= (POW[k] as number)) k++;
  return k;
};
/** Limb holding decimal position p (1-based). */
const limbOf = (p: number): number => Math.trunc((p + LIMB_DIGITS - 1) / LIMB_DIGITS); // float-ok: small integer bookkeeping

/**
 * Summarises a scorecard: how many indicators are in each status, how many met or exceeded
 * their plan ("8/10 chỉ tiêu đạt và vượt kế hoạch"), and the composite score
 * Σ wᵢ · min(completionᵢ, cap) ÷ Σ wᵢ over the indicators that have a completion.
 *
 * Counts are integers; the score's sums are exact (each completion is its published 50-digit
 * value, the sums are never rounded) and only the final quotient is rounded to 50 significant
 * digits. A completion is derived from the evaluation's own `actual`, `target` and `rule`, so a
 * scorecard of evaluations read back from JSON scores exactly as the live one.
 *
 * @example
 * const summary = summarize(evaluateDataset(dataset));
 * summary.counts.exceeded; // 4
 * summary.metOrExceeded; // 5
 * summary.score; // '1' (every completion capped at 100%)
 */
export function summarize(evaluations: readonly Evaluation[], options: SummarizeOptions = {}): Summary {
  try {
    return summarizeUnguarded(evaluations, options);
  } catch (error) {
    throw asArgumentError('summarize', 'evaluations or options', error);
  }
}

function summarizeUnguarded(evaluations: readonly Evaluation[], options: SummarizeOptions = {}): Summary {
  requireArrayArgument('summarize', 0, 'evaluations', 'an array of evaluate() results', evaluations);
  optionalObjectArgument('summarize', 1, 'options', options);
  const cap = readCap(options.cap);
  const capText = toDecimalString(cap);
  const capC = scanSafe(capText);
  const capS = SCALE;
  const counts: Record<Status, number> = { exceeded: 0, met: 0, near: 0, missed: 0, 'no-target': 0, 'no-data': 0 };
  const weightCache = new Map<unknown, { num: Num; int: number }>();
  const topLevel = options.scope === 'top-level';
  const weights = options.weights;
  const fractions = new QuotientSum();
  // Σ of weights of capped terms and of mirror 2s, and of all fast weights: safe integers
  // (weights ≤ 1000 per term).
  let cappedWeight = 0;
  let twos = 0;
  let weightSum = 0;
  let slow: Num = ZERO;
  let weightSlow: Num = ZERO;
  let total = 0;

  /** 0: not handled here; 1: no completion; 2: scored. */
  const fastTerm = (e: Evaluation, w: number): 0 | 1 | 2 => {
    const a = scanSafe(e.actual);
    const sa = SCALE;
    if (sa < 0) return 0;
    const t = scanSafe(e.target);
    const st = SCALE;
    if (st < 0) return 0;
    const s = sa > st ? sa : st;
    const A = scaleUp(a, s - sa);
    const T = scaleUp(t, s - st);
    if (Number.isNaN(A) || Number.isNaN(T)) return 0;
    const lower = e.rule.direction === 'lower-is-better';
    const mirror = lower && e.rule.lowerIsBetterPolicy === 'mirror';
    if (T <= 0 || (lower && !mirror && A <= 0)) return 1;
    const n = lower && !mirror ? T : mirror ? T + T - A : A;
    const d = lower && !mirror ? A : T;
    if (!Number.isSafeInteger(n)) return 0;
    // min(c, cap): n ÷ d ≥ capC ÷ 10^capS ⇔ n × 10^capS ≥ capC × d
    const left = scaleUp(n, capS);
    const right = capC * d; // float-ok: integer product, used only when Number.isSafeInteger
    if (Number.isNaN(left) || !Number.isSafeInteger(right)) return 0;
    if (left >= right) {
      cappedWeight += w;
      weightSum += w;
      return 2;
    }
    // published value: A ÷ T, T ÷ A, or 2 − A ÷ T (the 50-digit A ÷ T subtracted from 2)
    const pn = mirror ? A : n;
    if (pn <= 0 || d > MAX_DIVISOR || pn >= d) return 0;
    if (!fractions.add(pn, d, mirror ? -w : w)) return 0;
    if (mirror) twos += w;
    weightSum += w;
    return 2;
  };

  const unitWeight = { num: ONE, int: 1 };
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i] as Evaluation;
    if (topLevel && e.indicator.parent !== undefined) continue;
    total += 1;
    const status: Status = e.status;
    if (!Object.hasOwn(counts, status)) {
      throw new ChitieuError('INVALID_OPTION', `Unknown status ${JSON.stringify(e.status)}`, {
        path: `evaluations[${i}].status`,
      });
    }
    counts[status] += 1;
    const indicator = e.indicator;
    const rawWeight =
      weights === undefined || weights === null ? indicator.weight : (weights[indicator.id] ?? indicator.weight);
    // an indicator without a weight (the common case) needs no cache lookup
    let weight = rawWeight === undefined ? unitWeight : weightCache.get(rawWeight);
    if (weight === undefined) {
      const id = indicator.id;
      const num = toNum(rawWeight, `weights.${id}`);
      if (isNegative(num))
        throw new ChitieuError('OUT_OF_RANGE', `Weights cannot be negative, got ${toDecimalString(num)}`, {
          path: `weights.${id}`,
        });
      const w = scanSafe(toDecimalString(num));
      weight = { num, int: SCALE === 0 && w <= 1000 ? w : -1 };
      weightCache.set(rawWeight, weight);
    }
    if (status === 'no-target' || status === 'no-data') continue;
    if (weight.int >= 0 && capS >= 0 && e.band === null && fastTerm(e, weight.int) !== 0) continue;
    if (e.completion === null) continue;
    const c = completionOf(e, i);
    slow = addExact(slow, mulExact(weight.num, cmp(c, cap) >= 0 ? cap : c));
    weightSlow = addExact(weightSlow, weight.num);
  }

  let weighted = addExact(slow, fractions.total());
  weighted = addExact(weighted, mulExact(cap, fromInt(cappedWeight)));
  weighted = addExact(weighted, mulExact(TWO, fromInt(twos)));
  const weightTotal = addExact(weightSlow, fromInt(weightSum));
  const score = isZero(weightTotal) ? null : div(weighted, weightTotal);
  return {
    total,
    counts,
    metOrExceeded: counts.exceeded + counts.met,
    assessed: counts.exceeded + counts.met + counts.near + counts.missed,
    score: score === null ? null : toDecimalString(score),
    ...(score === null ? { scoreReason: 'no-weights' as const } : {}),
    cap: capText,
  };
}

/** The published completion of an evaluation: recomputed exactly from its values when they are plain, else read. */
function completionOf(e: Evaluation, i: number): Num {
  const a = scanSafe(e.actual);
  const sa = SCALE;
  const t = scanSafe(e.target);
  const st = SCALE;
  if (sa >= 0 && st >= 0 && e.band === null && e.actual !== null && e.target !== null) {
    const A = toNumParts(a, sa);
    const T = toNumParts(t, st);
    const lower = e.rule.direction === 'lower-is-better';
    if (!lower) return div(A, T);
    return e.rule.lowerIsBetterPolicy === 'mirror' ? sub(TWO, div(A, T)) : div(T, A);
  }
  return toNum(e.completion, `evaluations[${i}].completion`);
}
