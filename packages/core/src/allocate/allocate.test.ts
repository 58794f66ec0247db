import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNum } from '../decimal/decimal';
import { ChitieuError } from '../errors/chitieu-error';
import { defineIndicator } from '../model/define-indicator';
import { allocate, exactShare } from './allocate';
import { fromScaled, toScaled } from './scaled';

const units = (value: string, decimals: number): bigint => toScaled(toNum(value), decimals) as bigint;
const sumUnits = (parts: readonly string[], decimals: number): bigint =>
  parts.reduce((s, p) => s + units(p, decimals), 0n);

function thrown(fn: () => unknown): ChitieuError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChitieuError) return error;
    throw error;
  }
  throw new Error('expected a ChitieuError');
}

/** Non-negative decimal weights with up to 3 decimals, at least one positive. */
const weightArb = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 7n }), fc.integer({ min: 0, max: 3 }))
  .map(([n, d]) => fromScaled(n, d) as string);
const weightsArb = fc.array(weightArb, { minLength: 1, maxLength: 30 }).filter((ws) => ws.some((w) => w !== '0'));
const decimalsArb = fc.integer({ min: 0, max: 4 });
const totalArb = (decimals: number) =>
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => fromScaled(n, decimals) as string);

describe('allocate › the 2021 revenue plan of 3.745 tỷ đồng', () => {
  it('evenly over 12 months: parts sum to 3.745 and the extra unit goes to January', () => {
    const result = allocate('3745', { evenly: 12 });
    expect(result.parts).toEqual(['313', ...Array(11).fill('312')]);
    expect(result.method).toBe('split');
    expect(result.unit).toBe('1');
  });

  it('by a seasonal profile, with YTD running totals that end exactly at the total', () => {
    const profile = ['7', '6', '8', '8', '8', '8', '8', '8', '8', '9', '10', '12'];
    const result = allocate('3745', { profile, cumulative: true });
    expect(sumUnits(result.parts, 0)).toBe(3745n);
    expect(result.cumulative?.at(-1)).toBe('3745');
    expect(result.cumulative?.[0]).toBe(result.parts[0]);
    // 3745 × 12 / 100 = 449.4 → December is 449 (remainder .4 loses to the .6 of 7 %)
    expect(result.parts[11]).toBe('449');
    expect(result.parts[0]).toBe('262'); // 3745 × 7 / 100 = 262.15
  });

  it('one decimal, by weights: ties go to the larger weight', () => {
    const result = allocate('100', { weights: ['1', '2'], decimals: 1, cumulative: true });
    expect(result).toEqual({
      method: 'split',
      parts: ['33.3', '66.7'],
      cumulative: ['33.3', '100'],
      decimals: 1,
      unit: '0.1',
    });
  });

  it('takes the printed precision from the indicator', () => {
    const density = defineIndicator({ id: 'd', name: 'd', unit: 'count', decimals: 2 });
    expect(allocate('1', { evenly: 3, indicator: density }).parts).toEqual(['0.34', '0.33', '0.33']);
  });
});

describe('allocate › tie-break rules', () => {
  it('larger weight first, then the earlier index (order-independent)', () => {
    expect(allocate('2', { weights: ['1', '3'] }).parts).toEqual(['0', '2']);
    expect(allocate('2', { weights: ['3', '1'] }).parts).toEqual(['2', '0']);
    expect(allocate('1', { weights: ['1', '1', '1'] }).parts).toEqual(['1', '0', '0']);
  });
  it('earlier and later put the extra units at the start or the end', () => {
    expect(allocate('14', { evenly: 12, tieBreak: 'earlier' }).parts.slice(0, 3)).toEqual(['2', '2', '1']);
    expect(allocate('14', { evenly: 12, tieBreak: 'later' }).parts.slice(-3)).toEqual(['1', '2', '2']);
  });
  it('a negative total is split by magnitude and negated', () => {
    expect(allocate('-10', { evenly: 3 }).parts).toEqual(['-4', '-3', '-3']);
  });
  it('zero weights get nothing', () => {
    expect(allocate('10', { weights: ['0', '1', '0'] }).parts).toEqual(['0', '10', '0']);
  });
});

describe('allocate › lower-is-better, levels and bands', () => {
  it('an additive lower-is-better ceiling is split like any total', () => {
    const accidents = defineIndicator({
      id: 'accidents',
      name: 'Tai nạn',
      unit: 'count',
      direction: 'lower-is-better',
      targetKind: 'at-most',
    });
    const result = allocate('120', { weights: ['5', '3', '2'], indicator: accidents });
    expect(result).toMatchObject({ method: 'split', parts: ['60', '36', '24'] });
  });
  it('a ceiling on a rate is applied to every part, never split', () => {
    const poverty = defineIndicator({
      id: 'poverty',
      name: 'Tỷ lệ hộ nghèo',
      unit: 'percent',
      decimals: 2,
      direction: 'lower-is-better',
      targetKind: 'at-most',
    });
    const result = allocate('4.5', { weights: ['5', '3', '2'], indicator: poverty, cumulative: true });
    expect(result).toMatchObject({
      method: 'applied',
      parts: ['4.5', '4.5', '4.5'],
      cumulative: ['4.5', '4.5', '4.5'],
    });
  });
  it('a band splits both bounds with the same weights; every part is a non-empty band', () => {
    const result = allocate({ min: '100', max: '110' }, { weights: ['1', '1', '1'], cumulative: true });
    expect(result.parts).toEqual([
      { min: '34', max: '38' },
      { min: '33', max: '36' },
      { min: '33', max: '36' },
    ]);
    expect(result.cumulative?.at(-1)).toEqual({ min: '100', max: '110' });
  });
  it('targetKind without an indicator: a band needs { min, max }, a point target refuses a band', () => {
    expect(thrown(() => allocate('10', { evenly: 2, targetKind: 'band' })).code).toBe('INVALID_OPTION');
    expect(thrown(() => allocate({ min: '1', max: '2' }, { evenly: 2, targetKind: 'at-most' })).path).toBe('total');
    expect(allocate({ min: '1', max: '2' }, { evenly: 2, targetKind: 'band' }).parts).toEqual([
      { min: '1', max: '2' },
      { min: '0', max: '0' },
    ]);
  });
  it('a band indicator refuses a point total', () => {
    const band = defineIndicator({ id: 'b', name: 'b', unit: 'count', targetKind: 'band' });
    expect(thrown(() => allocate('10', { evenly: 2, indicator: band })).code).toBe('INVALID_OPTION');
  });
});

describe('allocate › refuses bad input with a typed error and its path', () => {
  it.each([
    ['NaN total', () => allocate(Number.NaN, { evenly: 2 }), 'INVALID_DECIMAL', 'total'],
    ['text total', () => allocate('3.745 tỷ', { evenly: 2 }), 'INVALID_DECIMAL', 'total'],
    ['locale text', () => allocate('3.745,5', { evenly: 2 }), 'INVALID_DECIMAL', 'total'],
    ['too many decimals', () => allocate('1.25', { evenly: 2, decimals: 1 }), 'OUT_OF_RANGE', 'total'],
    ['negative weight', () => allocate('10', { weights: ['1', '-2'] }), 'OUT_OF_RANGE', 'weights[1]'],
    ['NaN weight', () => allocate('10', { weights: [1, Number.NaN] }), 'INVALID_DECIMAL', 'weights[1]'],
    ['all-zero weights', () => allocate('10', { weights: ['0', '0'] }), 'INVALID_OPTION', 'weights'],
    ['empty weights', () => allocate('10', { weights: [] }), 'INVALID_OPTION', 'weights'],
    ['13-month profile', () => allocate('10', { profile: Array(13).fill('1') }), 'INVALID_OPTION', 'profile'],
    ['two methods', () => allocate('10', { evenly: 2, weights: ['1'] }), 'INVALID_OPTION', 'options'],
    ['no method', () => allocate('10', {}), 'INVALID_OPTION', 'options'],
    ['evenly 0', () => allocate('10', { evenly: 0 }), 'OUT_OF_RANGE', 'evenly'],
    ['evenly 2.5', () => allocate('10', { evenly: 2.5 }), 'OUT_OF_RANGE', 'evenly'],
    ['decimals -1', () => allocate('10', { evenly: 2, decimals: -1 }), 'OUT_OF_RANGE', 'decimals'],
    ['band min > max', () => allocate({ min: '5', max: '4' }, { evenly: 2 }), 'INVALID_BAND', 'total'],
    // biome-ignore lint/suspicious/noExplicitAny: untyped caller
    ['unknown tie-break', () => allocate('10', { evenly: 2, tieBreak: 'random' as any }), 'INVALID_OPTION', 'tieBreak'],
  ] as const)('%s', (_name, fn, code, path) => {
    const error = thrown(fn);
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
  });
});

describe('allocate › properties', () => {
  it('parts sum exactly to the total, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        decimalsArb.chain((d) => fc.tuple(fc.constant(d), totalArb(d), weightsArb)),
        ([decimals, total, weights]) => {
          const { parts } = allocate(total, { weights, decimals });
          expect(parts).toHaveLength(weights.length);
          expect(sumUnits(parts, decimals)).toBe(units(total, decimals));
          parts.forEach((part, i) => {
            const { numerator, denominator } = exactShare(total, weights, i, decimals);
            // |part − share| < 1 unit  ⇔  |part·den − num| < den
            const diff = units(part, decimals) * denominator - numerator;
            expect(diff < denominator && -diff < denominator).toBe(true);
          });
        },
      ),
    );
  });

  it('many parts with many ties: exact sum, and the spare units go to the first rows by the rule', () => {
    const tieWeights = fc
      .array(fc.constantFrom('0', '1', '2', '3'), { minLength: 1, maxLength: 300 })
      .filter((ws) => ws.some((w) => w !== '0'));
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        tieWeights,
        fc.constantFrom('larger-weight', 'earlier', 'later'),
        (n, weights, tieBreak) => {
          const total = fromScaled(n, 0);
          const { parts } = allocate(total, { weights, tieBreak: tieBreak as 'earlier' });
          expect(sumUnits(parts, 0)).toBe(n);
          // Equal weights have equal exact shares: their parts differ by at most one unit, and the
          // larger parts sit where the rule says (earlier rows first, or later rows first).
          for (const w of ['1', '2', '3']) {
            const rows = weights.flatMap((x, i) => (x === w ? [i] : []));
            const values = rows.map((i) => units(parts[i] as string, 0));
            if (values.length === 0) continue;
            const low = values.reduce((m, v) => (v < m ? v : m));
            expect(values.every((v) => v === low || v === low + 1n)).toBe(true);
            const ups = values.map((v) => v > low);
            const expected =
              tieBreak === 'later'
                ? [...ups].sort((a, b) => Number(a) - Number(b))
                : [...ups].sort((a, b) => Number(b) - Number(a));
            expect(ups).toEqual(expected);
          }
        },
      ),
    );
  });

  it('permuting the weights permutes the parts (larger-weight ties)', () => {
    fc.assert(
      fc.property(
        decimalsArb.chain((d) =>
          fc.tuple(
            fc.constant(d),
            totalArb(d),
            weightsArb.chain((ws) =>
              fc.tuple(
                fc.constant(ws),
                fc.shuffledSubarray(
                  ws.map((_, i) => i),
                  { minLength: ws.length },
                ),
              ),
            ),
          ),
        ),
        ([decimals, total, [weights, order]]) => {
          const direct = allocate(total, { weights, decimals }).parts;
          const permuted = allocate(total, { weights: order.map((i) => weights[i] as string), decimals }).parts;
          // Parts of equal weights may trade places among themselves: compare per weight.
          const byWeight = (ws: readonly string[], ps: readonly string[]) => {
            const map = new Map<string, string[]>();
            ws.forEach((w, i) => {
              const key = fromScaled(units(w, 3), 3);
              map.set(key, [...(map.get(key) ?? []), ps[i] as string].sort());
            });
            return map;
          };
          expect(
            byWeight(
              order.map((i) => weights[i] as string),
              permuted,
            ),
          ).toEqual(byWeight(weights, direct));
        },
      ),
    );
  });

  it('is idempotent: splitting by the parts gives the parts back; divisible totals are exact', () => {
    fc.assert(
      fc.property(
        decimalsArb.chain((d) => fc.tuple(fc.constant(d), totalArb(d), weightsArb)),
        ([decimals, total, weights]) => {
          const { parts } = allocate(total, { weights, decimals });
          const nonZero = parts.some((p) => p !== '0');
          if (!nonZero) return;
          const magnitudes = parts.map((p) => p.replace(/^-/, ''));
          expect(allocate(total, { weights: magnitudes, decimals }).parts).toEqual(parts);
        },
      ),
    );
    expect(allocate('3600', { evenly: 12 }).parts).toEqual(Array(12).fill('300'));
  });

  it('cumulative totals are non-decreasing for a positive total and end at the total', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), weightsArb, (n, weights) => {
        const total = fromScaled(n, 0);
        const { cumulative } = allocate(total, { weights, cumulative: true });
        const values = (cumulative ?? []).map((c) => units(c, 0));
        for (let i = 1; i < values.length; i++) expect((values[i] as bigint) >= (values[i - 1] as bigint)).toBe(true);
        expect(values.at(-1)).toBe(n);
      }),
    );
  });

  it('band parts: lower bounds sum to min, upper to max, every part non-empty', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        weightsArb,
        (a, width, weights) => {
          const min = fromScaled(a, 1);
          const max = fromScaled(a + width, 1);
          const { parts } = allocate({ min, max }, { weights, decimals: 1 });
          expect(
            sumUnits(
              parts.map((p) => p.min),
              1,
            ),
          ).toBe(a);
          expect(
            sumUnits(
              parts.map((p) => p.max),
              1,
            ),
          ).toBe(a + width);
          for (const p of parts) expect(units(p.min, 1) <= units(p.max, 1)).toBe(true);
        },
      ),
    );
  });
});
