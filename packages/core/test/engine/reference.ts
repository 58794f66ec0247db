/**
 * The reference engine: every formula written directly with decimal.js, the way the library
 * computed it before the exact engine (a private clone at 50 significant digits, half-up), and
 * an exact oracle for what must never depend on 50-digit rounding (status, the rounded and
 * guarded percent, summary sums), which compares the inputs by BigInt cross-multiplication.
 *
 * Used by the differential tests and the boundary benchmark; never by the library.
 */
import Decimal from 'decimal.js';

export const D50 = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});
/** Precision high enough that sums and products of test inputs are exact. */
export const DX = Decimal.clone({
  precision: 5000,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

export const str = (d: Decimal): string => (d.isZero() ? '0' : d.toFixed());

/** An exact rational from decimal strings: n / d with BigInt parts (d > 0). */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}
export function rational(text: string): Rational {
  const x = new DX(text);
  const fixed = str(x);
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const [int = '0', frac = ''] = body.split('.');
  const n = BigInt(int + frac);
  return { n: negative ? -n : n, d: 10n ** BigInt(frac.length) };
}
export const cmpR = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const divR = (a: Rational, b: Rational): Rational => {
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? { n: -n, d: -d } : { n, d };
};
export const subR = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mulR = (a: Rational, b: Rational): Rational => ({ n: a.n * b.n, d: a.d * b.d });

/** Half-up rounding of a rational to `decimals` places, as a canonical string. */
export function roundR(x: Rational, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const negative = x.n < 0n;
  const n = (negative ? -x.n : x.n) * scale;
  let q = n / x.d;
  if ((n - q * x.d) * 2n >= x.d) q += 1n;
  return str(new DX((negative ? -q : q).toString()).div(new DX(scale.toString())));
}

export type Status = 'exceeded' | 'met' | 'near' | 'missed' | 'no-target' | 'no-data';

export interface RefInput {
  actual: string | null;
  target: string | null;
  previous: string | null;
  population: string | null;
  direction: 'higher-is-better' | 'lower-is-better';
  policy: 'inverse' | 'mirror';
  near: string;
  percentDecimals: number;
  scale: number;
  per: string;
  percentUnit: boolean;
  density: boolean;
}

export interface RefOutput {
  completion: string | null;
  completionPercent: string | null;
  status: Status;
  variance: { absolute: string; relative: string | null } | null;
  change: { absolute: string; ratio: string | null; rate: string | null; points: string | null } | null;
  density: string | null;
}

/** The exact completion as a rational, or null (with the status decided by A against T). */
function exactCompletion(i: RefInput): Rational | null {
  if (i.actual === null || i.target === null) return null;
  const A = rational(i.actual);
  const T = rational(i.target);
  if (T.n <= 0n) return null;
  if (i.direction === 'higher-is-better') return divR(A, T);
  if (i.policy === 'mirror') return subR({ n: 2n, d: 1n }, divR(A, T));
  return A.n <= 0n ? null : divR(T, A);
}

/** The display guard of `math/rounding.ts`, on rationals. */
function guard(exact: Rational, shown: Rational, decimals: number, near: Rational): Rational {
  const ulp: Rational = { n: 1n, d: 10n ** BigInt(decimals) };
  const unit = 10n ** BigInt(decimals);
  const floorAt = (at: Rational): Rational => {
    const n = at.n * unit;
    let q = n / at.d;
    if (q * at.d > n) q -= 1n;
    return { n: q, d: unit };
  };
  const ceilAt = (at: Rational): Rational => {
    const f = floorAt(at);
    return cmpR(f, at) === 0 ? f : { n: f.n + 1n, d: unit };
  };
  let out = shown;
  const boundaries: [Rational, boolean][] = [
    [{ n: 100n, d: 1n }, true],
    [mulR(near, { n: 100n, d: 1n }), false],
  ];
  for (const [at, point] of boundaries) {
    const c = cmpR(exact, at);
    if (c < 0 && cmpR(out, at) >= 0) {
      const f = floorAt(at);
      out = cmpR(f, at) === 0 ? subR(f, ulp) : f;
    } else if (c > 0 && (point ? cmpR(out, at) <= 0 : cmpR(out, at) < 0)) {
      const ce = ceilAt(at);
      out = point && cmpR(ce, at) === 0 ? { n: ce.n + 1n, d: unit } : ce;
    } else if (!point && c === 0 && cmpR(out, at) < 0) out = ceilAt(at);
  }
  return out;
}

/** Reference evaluation of a point-target observation. */
export function referenceEvaluate(i: RefInput): RefOutput {
  const A = i.actual === null ? null : new D50(i.actual);
  const T = i.target === null ? null : new D50(i.target);
  let completion: string | null = null;
  if (A && T?.gt(0)) {
    if (i.direction === 'higher-is-better') completion = str(A.div(T));
    else if (i.policy === 'mirror') completion = str(new D50(2).minus(A.div(T)));
    else if (A.gt(0)) completion = str(T.div(A));
  }
  const exact = exactCompletion(i);
  const near = rational(i.near);
  let status: Status;
  if (i.target === null) status = 'no-target';
  else if (i.actual === null) status = 'no-data';
  else if (exact === null) {
    const c = cmpR(rational(i.actual), rational(i.target));
    const better = i.direction === 'lower-is-better' ? -c : c;
    status = better > 0 ? 'exceeded' : better === 0 ? 'met' : 'missed';
  } else {
    const c = cmpR(exact, { n: 1n, d: 1n });
    status = c > 0 ? 'exceeded' : c === 0 ? 'met' : cmpR(exact, near) >= 0 ? 'near' : 'missed';
  }
  let completionPercent: string | null = null;
  if (exact !== null) {
    const percent = mulR(exact, { n: 100n, d: 1n });
    const shown = rational(roundR(percent, i.percentDecimals));
    const guarded = guard(percent, shown, i.percentDecimals, near);
    completionPercent = roundR(guarded, i.percentDecimals);
  }
  let variance: RefOutput['variance'] = null;
  if (A !== null && T !== null) {
    const absolute = A.minus(T);
    variance = { absolute: str(absolute), relative: T.isZero() ? null : str(absolute.div(T.abs())) };
  }
  let change: RefOutput['change'] = null;
  if (A !== null && i.previous !== null) {
    const P = new D50(i.previous);
    const absolute = str(A.minus(P));
    const points = i.percentUnit ? absolute : null;
    if (P.gt(0)) {
      const ratio = A.div(P);
      change = { absolute, ratio: str(ratio), rate: str(ratio.minus(1)), points };
    } else change = { absolute, ratio: null, rate: null, points };
  }
  let density: string | null = null;
  if (i.density && A !== null && i.population !== null && !new D50(i.population).isZero()) {
    const scaled = i.scale === 0 ? A : A.times(new D50(10).pow(i.scale));
    density = str(scaled.times(new D50(i.per)).div(new D50(i.population)));
  }
  return { completion, completionPercent, status, variance, change, density };
}
