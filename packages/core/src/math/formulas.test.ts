import { describe, expect, it } from 'vitest';
import { defineIndicator } from '../model/define-indicator';
import { change } from './change';
import { compositeScore } from './composite';
import { density, impliedPopulation } from './density';
import { requiredGrowth } from './growth';
import { impliedTarget } from './implied';
import { proRataTarget, runRateForecast } from './pro-rata';
import { rollUp } from './roll-up';
import { variance } from './variance';

describe('variance', () => {
  it('is A − T and (A − T) ÷ |T|', () => {
    expect(variance('3630', '3600')).toEqual({
      absolute: '30',
      relative: '0.0083333333333333333333333333333333333333333333333333',
    });
    expect(variance('-10', '-20')).toEqual({ absolute: '10', relative: '0.5' });
  });
  it('relative variance is not defined against a zero target', () => {
    expect(variance('5', '0')).toEqual({ absolute: '5', relative: null, reason: 'zero-base' });
  });
  it('is measured to the nearest bound of a band, and 0 inside', () => {
    expect(variance('7', { min: '4', max: '6' })).toMatchObject({ absolute: '1' });
    expect(variance('3', { min: '4', max: '6' })).toMatchObject({ absolute: '-1', relative: '-0.25' });
    expect(variance('5', { min: '4', max: '6' })).toMatchObject({ absolute: '0', relative: '0' });
  });
});

describe('change vs previous', () => {
  it('gives ratio, rate and absolute change', () => {
    expect(change('7', '7')).toMatchObject({ ratio: '1', rate: '0', absolute: '0', points: null });
    expect(change('103.2', '100')).toMatchObject({ ratio: '1.032', rate: '0.032', absolute: '3.2' });
    expect(change('51', '1')).toMatchObject({ ratio: '51', rate: '50' });
  });
  it('gives percentage points for percent units, not a percent of a percent', () => {
    expect(change('56.35', '40', { percentUnit: true })).toMatchObject({ points: '16.35', rate: '0.40875' });
  });
  it('a zero or negative previous value keeps only the absolute change', () => {
    expect(change('5', '0')).toMatchObject({ absolute: '5', ratio: null, rate: null, reason: 'zero-base' });
    expect(change('5', '-5')).toMatchObject({ absolute: '10', ratio: null, rate: null, reason: 'negative-base' });
  });
  it('names its comparison base (same period last year by default)', () => {
    expect(change('2', '1').base).toEqual({ kind: 'same-period-last-year' });
    expect(change('2', '1', { base: { kind: 'period', period: '2019' } }).base).toEqual({
      kind: 'period',
      period: '2019',
    });
  });
});

describe('density and implied population', () => {
  it('density is A ÷ population × N', () => {
    expect(density('1800000', '3600000', '100').value).toBe('50');
    expect(density('3630', '3630000', '1', 9).value).toBe('1000000'); // 3.630 tỷ đồng per person
  });
  it('is not defined for a zero population and refuses a negative one', () => {
    expect(density('1', '0')).toEqual({ value: null, reason: 'zero-base' });
    expect(() => density('1', '-1')).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: 'population' }),
    );
  });
  it('implied population is A × N ÷ d with the interval of d’s printed precision', () => {
    const p = impliedPopulation('1800000', '49.8');
    expect(p.value?.value.startsWith('3614457.83')).toBe(true);
    expect(p.value?.interval.min.startsWith('3610832.49')).toBe(true);
    expect(p.value?.interval.max.startsWith('3618090.45')).toBe(true);
    expect(impliedPopulation('1', '0')).toEqual({ value: null, reason: 'zero-base' });
  });
});

describe('implied target', () => {
  it('higher is better: A ÷ c', () => {
    expect(impliedTarget('1800000', '105.88').value?.value.startsWith('1700037.77')).toBe(true);
    expect(impliedTarget('1', '0')).toEqual({ value: null, reason: 'zero-base' });
  });
  it('lower is better follows the policy', () => {
    expect(impliedTarget('80', '125', { direction: 'lower-is-better' }).value?.value).toBe('100');
    expect(impliedTarget('80', '120', { direction: 'lower-is-better', policy: 'mirror' }).value?.value).toBe('100');
  });
});

describe('required growth', () => {
  it('one period: T₊₁ ÷ A − 1', () => {
    expect(requiredGrowth('3630', '3745').value?.startsWith('0.03168044077')).toBe(true);
  });
  it('n periods: compound rate', () => {
    expect(requiredGrowth('100', '121', 2).value).toBe('0.1');
  });
  it('is not defined from a zero or negative actual', () => {
    expect(requiredGrowth('0', '10')).toEqual({ value: null, reason: 'zero-base' });
    expect(requiredGrowth('-1', '10')).toEqual({ value: null, reason: 'negative-actual' });
    expect(() => requiredGrowth('1', '2', 0)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('pro rata and run rate', () => {
  it('expects T × elapsed ÷ length', () => {
    expect(proRataTarget('1200', { elapsed: 11, length: 12 })).toBe('1100');
    expect(proRataTarget('365', { elapsed: 31, length: 365, unit: 'days' })).toBe('31');
  });
  it('forecasts A ÷ (elapsed ÷ length)', () => {
    expect(runRateForecast('3300', { elapsed: 11, length: 12 })).toEqual({ value: '3600' });
    expect(runRateForecast('0', { elapsed: 0, length: 12 })).toEqual({ value: null, reason: 'zero-base' });
  });
  it('refuses an elapsed time outside the period', () => {
    expect(() => proRataTarget('1', { elapsed: 13, length: 12 })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: 'elapsed' }),
    );
    expect(() => proRataTarget('1', { elapsed: 1, length: 0 })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: 'length' }),
    );
  });
});

describe('composite score', () => {
  it('caps each completion and weights them', () => {
    expect(compositeScore([{ completion: '1.2' }, { completion: '0.9' }])).toEqual({ value: '0.95' });
    expect(compositeScore([{ completion: '1.2', weight: 2 }, { completion: '0.9' }], { cap: '1.2' })).toEqual({
      value: '1.1',
    });
  });
  it('leaves out indicators without a completion', () => {
    expect(compositeScore([{ completion: null, weight: 5 }, { completion: '0.8' }])).toEqual({ value: '0.8' });
  });
  it('is not defined without weights', () => {
    expect(compositeScore([])).toEqual({ value: null, reason: 'no-weights' });
    expect(compositeScore([{ completion: '1', weight: 0 }])).toEqual({ value: null, reason: 'no-weights' });
  });
});

describe('roll-up', () => {
  const subscribers = defineIndicator({ id: 'subs', name: 'Thuê bao', unit: 'subscriber', density: { per: 100 } });
  const rate = defineIndicator({ id: 'online', name: 'Tỷ lệ hồ sơ trực tuyến', unit: 'percent' });
  it('sums additive indicators and their populations', () => {
    const r = rollUp(subscribers, [
      { indicator: 'subs', period: '2020', actual: '1800000', target: '1700000', population: '3600000' },
      { indicator: 'subs', period: '2020', actual: '2890000', target: '2870000', population: '8000000' },
    ]);
    expect(r.actual.value).toBe('4690000');
    expect(r.target.value).toBe('4570000');
    expect(r.population.value).toBe('11600000');
    expect(r.previous).toEqual({ value: null, reason: 'no-previous' });
  });
  it('recomputes rates from numerators and denominators, never by averaging percentages', () => {
    const r = rollUp(rate, [
      { indicator: 'online', period: '2020-Q1', actual: '50', numerator: '1', denominator: '2' },
      { indicator: 'online', period: '2020-Q2', actual: '90', numerator: '9', denominator: '10' },
    ]);
    expect(r.actual.value).toBe('83.333333333333333333333333333333333333333333333333');
  });
  it('a rate without its components is not defined rather than guessed', () => {
    expect(rollUp(rate, [{ indicator: 'online', period: '2020', actual: '50' }]).actual).toEqual({
      value: null,
      reason: 'missing-components',
    });
  });
  it('refuses observations of another indicator', () => {
    expect(() => rollUp(rate, [{ indicator: 'subs', period: '2020' }])).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_INDICATOR' }),
    );
  });
});
