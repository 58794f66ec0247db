/**
 * Differential property tests: the exact engine against decimal.js (the reference it replaces),
 * character for character, over values of every magnitude, including inputs of 45 to 70
 * significant digits where 50-digit rounding used to decide statuses. Seeded and bounded, so
 * every CI run checks the same cases (change the seed locally to explore).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as N from '../../src/decimal/decimal';
import { defineIndicator, type Evaluation, evaluate, formatPercent, summarize } from '../../src/index';
import { D50, DX, type RefInput, rational, referenceEvaluate, roundR, str } from './reference';

const SEED = 20261201;
const RUNS = 400;

/** Canonical decimal text from a coefficient of 1–70 digits and a scale of −20…+40. */
const anyDecimal = (maxDigits = 70): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: 1, max: maxDigits }),
      fc.integer({ min: -20, max: 40 }),
      fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    )
    .map(([negative, length, scale, seed]) => {
      let s = seed;
      let digits = '';
      for (let i = 0; i < length; i++) {
        s = (s * 1103515245 + 12345) % 2147483648;
        digits += String(i === 0 ? 1 + (s % 9) : s % 10);
      }
      const d = new DX(`${negative ? '-' : ''}${digits}e${-scale}`);
      return str(d);
    });
/** What reports carry: up to 15 digits, 0–4 decimals. */
const reportDecimal = fc
  .tuple(fc.integer({ min: 0, max: 4 }), fc.bigInt({ min: 1n, max: 999_999_999_999n }))
  .map(([scale, c]) => str(new DX(c.toString()).div(new DX(10).pow(scale))));
const mixed = fc.oneof(
  { weight: 3, arbitrary: reportDecimal },
  { weight: 2, arbitrary: anyDecimal(70) },
  { weight: 1, arbitrary: anyDecimal(12) },
);

describe('exact arithmetic = decimal.js at 50 digits, character for character', () => {
  const ops: [
    string,
    (a: N.Num, b: N.Num) => N.Num,
    (a: InstanceType<typeof D50>, b: InstanceType<typeof D50>) => InstanceType<typeof D50>,
  ][] = [
    ['add', N.add, (a, b) => a.plus(b)],
    ['sub', N.sub, (a, b) => a.minus(b)],
    ['mul', N.mul, (a, b) => a.times(b)],
  ];
  for (const [name, mine, theirs] of ops) {
    it(`${name} of any magnitude`, () => {
      fc.assert(
        fc.property(mixed, mixed, (a, b) => {
          expect(N.toDecimalString(mine(N.toNum(a), N.toNum(b)))).toBe(str(theirs(new D50(a), new D50(b))));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }
  it('div (50 significant digits, half-up) of any magnitude', () => {
    fc.assert(
      fc.property(mixed, mixed, (a, b) => {
        fc.pre(!new D50(b).isZero());
        expect(N.toDecimalString(N.div(N.toNum(a), N.toNum(b)))).toBe(str(new D50(a).div(new D50(b))));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
  it('cmp, round in every mode, and reading any decimal text', () => {
    const modes = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'] as const;
    const dj = [
      Decimal.ROUND_HALF_UP,
      Decimal.ROUND_HALF_EVEN,
      Decimal.ROUND_HALF_DOWN,
      Decimal.ROUND_UP,
      Decimal.ROUND_DOWN,
      Decimal.ROUND_CEIL,
      Decimal.ROUND_FLOOR,
    ];
    fc.assert(
      fc.property(mixed, mixed, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 }), (a, b, dp, m) => {
        expect(N.cmp(N.toNum(a), N.toNum(b))).toBe(new D50(a).cmp(new D50(b)));
        expect(N.toDecimalString(N.round(N.toNum(a), dp, modes[m]))).toBe(
          str(new D50(a).toDecimalPlaces(dp, dj[m] as Decimal.Rounding)),
        );
        // exponent and padded forms read to the same value
        const e = new D50(a);
        expect(N.toDecimalString(N.toNum(e.toExponential()))).toBe(str(e));
        expect(N.toDecimalString(N.toNum(` +${str(e.abs())}e3 `))).toBe(str(new DX(str(e.abs())).times(1000)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
  it('roots are the exact n-th root rounded half-up to 50 digits (decimal.js at 200 digits as oracle)', () => {
    const D200 = D50.clone({ precision: 200 });
    fc.assert(
      fc.property(anyDecimal(60), fc.integer({ min: 2, max: 7 }), (a, n) => {
        const x = new D200(a).abs();
        fc.pre(!x.isZero());
        const mine = N.toDecimalString(N.pow(N.toNum(str(x)), N.div(N.ONE, N.fromInt(n))));
        const oracle = x.pow(new D200(1).div(n)).toSignificantDigits(50, D200.ROUND_HALF_UP);
        expect(mine).toBe(str(oracle));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});

const indicatorFor = (i: RefInput) =>
  defineIndicator({
    id: 'x',
    name: 'x',
    unit: i.percentUnit ? 'percent' : 'subscriber',
    scale: i.scale,
    direction: i.direction,
    lowerIsBetterPolicy: i.policy,
    nearThreshold: i.near,
    percentDecimals: i.percentDecimals,
    ...(i.density ? { density: { per: i.per } } : {}),
  });

const refInput = (values: fc.Arbitrary<string>) =>
  fc.record({
    actual: fc.option(values, { freq: 8 }),
    target: fc.option(values, { freq: 8 }),
    previous: fc.option(values, { freq: 5 }),
    population: fc.option(
      values.map((v) => v.replace('-', '')),
      { freq: 5 },
    ),
    direction: fc.constantFrom('higher-is-better', 'lower-is-better') as fc.Arbitrary<RefInput['direction']>,
    policy: fc.constantFrom('inverse', 'mirror') as fc.Arbitrary<RefInput['policy']>,
    near: fc.constantFrom('0.95', '0.9', '0.955', '0.8', '0.999999'),
    percentDecimals: fc.integer({ min: 0, max: 4 }),
    scale: fc.constantFrom(0, 0, 3, 9),
    per: fc.constantFrom('100', '1000', '100000'),
    percentUnit: fc.boolean(),
    density: fc.boolean(),
  });

/** The fields a reference evaluation covers, read from an evaluation (reads every lazy field). */
const view = (e: Evaluation) => ({
  completion: e.completion,
  completionPercent: e.completionPercent,
  status: e.status,
  variance: e.variance && { absolute: e.variance.absolute, relative: e.variance.relative },
  change: e.change && {
    absolute: e.change.absolute,
    ratio: e.change.ratio,
    rate: e.change.rate,
    points: e.change.points,
  },
  density: e.density,
});

describe('evaluate = the decimal.js reference, on both paths', () => {
  for (const [label, values] of [
    ['report-sized values (the fast path)', reportDecimal],
    ['values of every magnitude, 1–70 digits', mixed],
  ] as const) {
    it(label, () => {
      fc.assert(
        fc.property(refInput(values), (input) => {
          const ind = indicatorFor(input);
          const obs = {
            indicator: 'x',
            period: '2020',
            actual: input.actual,
            target: input.target,
            previous: input.previous,
            population: input.population,
          };
          const expected = referenceEvaluate(input);
          const fast = evaluate(obs, ind);
          expect(view(fast)).toEqual(expected);
          // the general path: the same values written non-canonically (exponent form)
          const exp = (v: string | null) => (v === null ? null : new D50(v).toExponential());
          const general = evaluate(
            {
              ...obs,
              actual: exp(obs.actual),
              target: exp(obs.target),
              previous: exp(obs.previous),
              population: exp(obs.population),
            },
            ind,
          );
          expect(view(general)).toEqual(expected);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  it('≥45-digit inputs: status and the guard come from the exact values (issue #9 cases)', () => {
    const ind = defineIndicator({ id: 'x', name: 'x', unit: 'count', percentDecimals: 2 });
    const almost = `0.${'9'.repeat(53)}`; // 1 − 10⁻⁵³
    const e = evaluate({ indicator: 'x', period: '2020', actual: almost, target: '1' }, ind);
    expect(e.status).toBe('near');
    expect(e.completionPercent).toBe('99.99');
    const above = `1.${'0'.repeat(52)}1`;
    const f = evaluate({ indicator: 'x', period: '2020', actual: above, target: '1' }, ind);
    expect(f.status).toBe('exceeded');
    expect(f.completionPercent).toBe('100.01');
    // 0.123444999… (57 digits) at 3 decimals is 12.344, not 12.345 from rounding twice
    const three = defineIndicator({ id: 'y', name: 'y', unit: 'count', percentDecimals: 3 });
    const long = `0.123444${'9'.repeat(51)}`;
    expect(evaluate({ indicator: 'y', period: '2020', actual: long, target: '1' }, three).completionPercent).toBe(
      '12.344',
    );
  });
});

describe('formatPercent = decimal.js on the exact percentage, for ratios of 48 to 70 digits', () => {
  // the percentage is the ratio shifted by two places (exact), rounded once for display: a
  // 48+-digit ratio is never first rounded to 50 digits (`0.123444999…` would print 12.345)
  const longRatio = fc
    .tuple(fc.integer({ min: 48, max: 70 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean())
    .map(([length, seed, nines]) => {
      let s = seed;
      let digits = '';
      for (let i = 0; i < length - 1; i++) {
        s = (s * 1103515245 + 12345) % 2147483648;
        // runs of 9s and 4s put the last digits on a rounding edge
        digits += nines && i > 6 ? (s % 2 === 0 ? '9' : '4') : String(s % 10);
      }
      return `0.${digits}${1 + (seed % 9)}`;
    });
  it('rounds once, half-up, at 0–4 decimals (guard off), character for character', () => {
    fc.assert(
      fc.property(longRatio, fc.integer({ min: 0, max: 4 }), (ratio, decimals) => {
        const expected = `${new DX(ratio).times(100).toFixed(decimals, Decimal.ROUND_HALF_UP)}%`;
        expect(formatPercent(ratio, { locale: 'en', decimals, guard: false })).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
  it('0.123444999… (57 digits) prints 12.344%, not 12.345% (issue #9)', () => {
    const long = `0.123444${'9'.repeat(51)}`;
    expect(formatPercent(long, { locale: 'en', decimals: 3, guard: false })).toBe('12.344%');
    expect(formatPercent(long, { locale: 'vi', decimals: 3 })).toBe('12,344%');
  });
});

describe('the boundary property (CI slice of the 1,000,000-case benchmark)', () => {
  it('20,000 actual/target pairs within 10⁻⁶ of 100 % and 95 %: no missed plan shows 100, no status error', () => {
    const indicators = [0, 1, 2, 3, 4].map((d) =>
      defineIndicator({ id: `b${d}`, name: 'b', unit: 'count', percentDecimals: d }),
    );
    let seed = SEED;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    let failures = 0;
    for (let i = 0; i < 20_000; i++) {
      const decimals = next() % 5;
      const unit = 10n ** BigInt(decimals);
      const t = BigInt(1 + (next() % 1_000_000_000)) * 1000n + BigInt(next() % 1000);
      const near = i % 2 === 0 ? 100n : 95n;
      const delta = BigInt((next() % 2001) - 1000); // ±1000 units of 10⁻⁹ of T
      const a = (t * near) / 100n + (t * delta) / 1_000_000_000n;
      const tText = str(new DX(t.toString()).div(new DX(unit.toString())));
      const aText = str(new DX(a.toString()).div(new DX(unit.toString())));
      const ind = indicators[next() % 5] as (typeof indicators)[number];
      const e = evaluate({ indicator: ind.id, period: '2020', actual: aText, target: tText }, ind);
      const c = a * 100n;
      const exact = c < t * 100n ? -1 : c > t * 100n ? 1 : 0;
      const nearSide = a * 100n < t * 95n ? -1 : a * 100n > t * 95n ? 1 : 0;
      const status = exact > 0 ? 'exceeded' : exact === 0 ? 'met' : nearSide >= 0 ? 'near' : 'missed';
      const shown = rational(e.completionPercent as string);
      const shownVs100 = shown.n < 100n * shown.d ? -1 : shown.n > 100n * shown.d ? 1 : 0;
      const shownVs95 = shown.n < 95n * shown.d ? -1 : 0;
      const bad =
        e.status !== status ||
        (exact < 0 && shownVs100 >= 0) || // a missed plan never shows 100
        (exact > 0 && shownVs100 <= 0) || // an exceeded plan never shows exactly 100
        (nearSide < 0 && shownVs95 === 0) || // below the threshold never shows it
        (nearSide >= 0 && shownVs95 < 0); // at or above it never shows below it
      if (bad) failures++;
      // and the shown value is the plain half-up rounding whenever that agrees with the status
      if (!bad && e.completionPercent !== roundR({ n: c, d: t }, ind.percentDecimals)) {
        const plain = rational(roundR({ n: c, d: t }, ind.percentDecimals));
        const plainVs100 = plain.n < 100n * plain.d ? -1 : plain.n > 100n * plain.d ? 1 : 0;
        const plainVs95 = plain.n < 95n * plain.d ? -1 : 1;
        if (plainVs100 === exact && plainVs95 >= 0 === nearSide >= 0) failures++;
      }
    }
    expect(failures).toBe(0);
  });
});

describe('summarize sums exactly', () => {
  it('equals the exact sum of the published completions, for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(mixed, { freq: 6 }), fc.option(mixed, { freq: 6 }), fc.boolean()), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom('1', '1.2', '0.5'),
        (rows, cap) => {
          const ind = defineIndicator({ id: 'x', name: 'x', unit: 'count' });
          const lower = defineIndicator({ id: 'x', name: 'x', unit: 'count', direction: 'lower-is-better' });
          const evaluations = rows.map(([a, t, low]) =>
            evaluate({ indicator: 'x', period: '2020', actual: a, target: t }, low ? lower : ind),
          );
          let weighted = new DX(0);
          let weights = new DX(0);
          for (const e of evaluations) {
            if (e.completion === null) continue;
            weighted = weighted.plus(DX.min(new DX(e.completion), new DX(cap)));
            weights = weights.plus(1);
          }
          const s = summarize(evaluations, { cap });
          expect(s.score).toBe(weights.isZero() ? null : str(new D50(weighted.toFixed()).div(weights.toFixed())));
          // from JSON, the same score
          expect(summarize(JSON.parse(JSON.stringify(evaluations)), { cap }).score).toBe(s.score);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
