/**
 * The long quotients of an evaluation are computed on first read, yet an evaluation is still
 * plain data: JSON, spread and structuredClone (what postMessage uses) give every field.
 */
import { describe, expect, it } from 'vitest';
import { defineIndicator, evaluate } from '../../src/index';

const broadband = defineIndicator({
  id: 'broadband',
  name: 'Thuê bao băng rộng',
  unit: 'subscriber',
  percentDecimals: 2,
  density: { per: 100 },
});
const observation = {
  indicator: 'broadband',
  period: '2020',
  actual: '1800000',
  target: '1700000',
  previous: '1500000',
  population: '3614458',
};
const expected = {
  completion: '1.0588235294117647058823529411764705882352941176471',
  completionPercent: '105.88',
  status: 'exceeded',
  variance: { absolute: '100000', relative: '0.058823529411764705882352941176470588235294117647059' },
  change: {
    base: { kind: 'same-period-last-year' },
    absolute: '300000',
    ratio: '1.2',
    rate: '0.2',
    points: null,
  },
  density: '49.799997676000108453328272178013965026014965452635', // decimal.js: 1800000 × 100 ÷ 3614458
};

describe('lazy long results', () => {
  it('reads the same values as an eager evaluation, and the same value on every read', () => {
    const e = evaluate(observation, broadband);
    expect(e).toMatchObject(expected);
    expect(e.completion).toBe(e.completion);
    expect(e.variance).toBe(e.variance);
  });
  it('JSON.stringify, spread and structuredClone give every field', () => {
    for (const copy of [
      JSON.parse(JSON.stringify(evaluate(observation, broadband))),
      { ...evaluate(observation, broadband) },
      structuredClone(evaluate(observation, broadband)),
    ]) {
      expect(copy).toMatchObject(expected);
      expect(Object.keys(copy).sort()).toEqual(
        [
          'indicator',
          'observation',
          'actual',
          'target',
          'band',
          'previous',
          'completion',
          'completionPercent',
          'status',
          'rule',
          'variance',
          'change',
          'density',
          'distanceToBand',
          'estimated',
          'stage',
          'implied',
          'requiredGrowth',
          'reasons',
        ].sort(),
      );
    }
  });
  it('a copy equals the original field by field (the same keys, the same values)', () => {
    const e = evaluate(observation, broadband);
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
    expect(structuredClone(e)).toEqual(e);
  });
  it('a value without a quotient is null with its reason, lazily too', () => {
    const e = evaluate({ ...observation, target: '0', population: '0', previous: '-5' }, broadband);
    expect(e.completion).toBeNull();
    expect(e.reasons.completion).toBe('zero-base');
    expect(e.density).toBeNull();
    expect(e.reasons.density).toBe('zero-base');
    expect(e.variance).toEqual({ absolute: '1800000', relative: null, reason: 'zero-base' });
    expect(e.change).toMatchObject({ ratio: null, rate: null, reason: 'negative-base' });
  });
});
