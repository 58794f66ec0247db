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
import { bmul, bpow10 } from '../decimal/int';
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
  private readonly digits = new Float64Array(MAX_LIMBS + 2);

  /** Adds w × round50(n ÷ d); false when the quotient falls outside what the limbs hold. */
  add(n: number, d: number, w: number): boolean {
    const digits = this.digits;
    // long division: digits[i] = i-th base-10^7 limb of the fraction n ÷ d
    let r = n;
    let first = -1;
    let leading = 0;
    let last = 0;
    for (let i = 1; i <= MAX_LIMBS + 1; i++) {
      const x = r * LIMB; // float-ok: r < d ≤ 9e8, so x < 9e15 is a safe integer
      let q = Math.trunc(x / d); // float-ok: first guess of an exact integer division, corrected below
      r = x - q * d; // float-ok: exact, q × d ≤ x + d is a safe integer
      if (r < 0) {
        q -= 1;
        r += d;
      } else if (r >= d) {
        q += 1;
        r -= d;
      }
      digits[i] = q;
      if (first < 0 && q !== 0) {
        first = i;
        leading = LIMB_DIGITS - digitsOf(q); // zeros before the first significant digit in this limb
      }
      if (first > 0) {
        // position (1-based, from the point) of the 50th significant digit
        const p = (first - 1) * LIMB_DIGITS + leading + 50; // float-ok: small integer bookkeeping
        const reached = i * LIMB_DIGITS; // float-ok: small integer bookkeeping
        if (reached >= p + 1) {
          // limbs up to i hold the 50 digits and the rounding digit
          last = limbOf(p);
          break;
        }
      }
    }
    if (first < 0 || last === 0 || last > MAX_LIMBS) return false;
    const p = (first - 1) * LIMB_DIGITS + leading + 50; // float-ok: small integer bookkeeping
    const dropped = last * LIMB_DIGITS - p; // float-ok: digits of limb `last` after the 50th
    let kept = digits[last] as number;
    let roundDigit: number;
    if (dropped > 0) {
      const unit = POW[dropped] as number;
      const low = kept % unit; // float-ok: remainder of safe integers
      kept -= low;
      roundDigit = Math.trunc(low / (POW[dropped - 1] as number)); // float-ok: leading digit of a safe integer
      if (roundDigit >= 5) kept += unit;
    } else {
      roundDigit = Math.trunc((digits[last + 1] as number) / (POW[LIMB_DIGITS - 1] as number)); // float-ok: leading digit
      if (roundDigit >= 5) kept += 1;
    }
    const limbs = this.limbs;
    for (let i = first; i < last; i++) limbs[i] = (limbs[i] as number) + (digits[i] as number) * w; // float-ok: safe integer sums, bounded by FLUSH_AT
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
  if (!Array.isArray(evaluations)) {
    throw new ChitieuError('INVALID_OPTION', 'Expected an array of evaluations', { path: 'evaluations' });
  }
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
    const id = e.indicator.id;
    const rawWeight = weights?.[id] ?? e.indicator.weight;
    let weight = weightCache.get(rawWeight);
    if (weight === undefined) {
      const num = rawWeight === undefined ? ONE : toNum(rawWeight, `weights.${id}`);
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
