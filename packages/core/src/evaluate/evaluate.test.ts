import { describe, expect, it } from 'vitest';
import { defineIndicator } from '../model/define-indicator';
import type { Status } from '../model/types';
import { evaluate } from './evaluate';

const revenue = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu', en: 'Revenue' },
  unit: 'VND',
  scale: 9,
});
const poverty = defineIndicator({
  id: 'poverty',
  name: 'Tỷ lệ hộ nghèo',
  unit: 'percent',
  direction: 'lower-is-better',
  percentDecimals: 2,
});
const inflation = defineIndicator({ id: 'cpi', name: 'CPI', unit: 'percent', direction: 'neither' });
const share = defineIndicator({ id: 'share', name: 'Tỷ lệ', unit: 'percent', targetKind: 'band' });

const status = (actual: string | null, target: string | null, ind = revenue, options = {}): Status =>
  evaluate({ indicator: ind.id, period: '2020', actual, target }, ind, options).status;

describe('evaluate › status', () => {
  it('follows the exact completion: exceeded, met, near, missed', () => {
    expect(status('101', '100')).toBe('exceeded');
    expect(status('100', '100')).toBe('met');
    expect(status('95', '100')).toBe('near');
    expect(status('94.99', '100')).toBe('missed');
  });
  it('reports no target before no data, as the rules are ordered', () => {
    expect(status('1', null)).toBe('no-target');
    expect(status(null, '1')).toBe('no-data');
    expect(status(null, null)).toBe('no-target');
  });
  it('takes the near threshold from options, then the indicator, then 95%', () => {
    expect(status('90', '100', revenue, { nearThreshold: '0.9' })).toBe('near');
    const lenient = defineIndicator({ id: 'revenue', name: 'x', unit: 'VND', nearThreshold: '0.8' });
    expect(status('85', '100', lenient)).toBe('near');
  });
  it('lower is better: a fall below target exceeds it', () => {
    expect(status('3.5', '4', poverty)).toBe('exceeded');
    expect(status('4.1', '4', poverty)).toBe('near');
    expect(status('0', '4', poverty)).toBe('exceeded');
  });
  it('compares values directly when completion is undefined (target 0)', () => {
    expect(status('1', '0')).toBe('exceeded');
    expect(status('0', '0')).toBe('met');
  });
  it('band held steady: met inside, missed outside, with the distance to the band', () => {
    const inside = evaluate(
      { indicator: 'cpi', period: '2020', actual: '3.9', target: { min: '3.5', max: '4' } },
      inflation,
    );
    expect(inside.status).toBe('met');
    expect(inside.completion).toBeNull();
    expect(inside.reasons.completion).toBe('not-applicable');
    const outside = evaluate(
      { indicator: 'cpi', period: '2020', actual: '4.3', target: { min: '3.5', max: '4' } },
      inflation,
    );
    expect(outside.status).toBe('missed');
    expect(outside.distanceToBand).toBe('0.3');
  });
  it('band, higher is better: met inside, exceeded above', () => {
    const e = (a: string) =>
      evaluate({ indicator: 'share', period: '2020', actual: a, target: { min: '50', max: '60' } }, share);
    expect(e('55').status).toBe('met');
    expect(e('61').status).toBe('exceeded');
    expect(e('48').status).toBe('near');
    expect(e('40').status).toBe('missed');
    expect(e('55').completionPercent).toBe('110');
  });
});

describe('evaluate › derived quantities', () => {
  it('gives variance, change and the guarded percent', () => {
    const e = evaluate(
      { indicator: 'revenue', period: '2020', actual: '3630', target: '3608.35', previous: '3400', estimated: true },
      revenue,
    );
    expect(e.completionPercent).toBe('100.6');
    expect(e.variance?.absolute).toBe('21.65');
    expect(e.change?.rate?.startsWith('0.0676470588')).toBe(true);
    expect(e.change?.points).toBeNull();
    expect(e.estimated).toBe(true);
    expect(e.stage).toBe('estimate');
  });
  it('percent units change in points', () => {
    const e = evaluate({ indicator: 'poverty', period: '2020', actual: '3.5', target: '4', previous: '4.2' }, poverty);
    expect(e.change?.points).toBe('-0.7');
  });
  it('says why each missing quantity is missing', () => {
    const e = evaluate({ indicator: 'revenue', period: '2020', actual: '3630' }, revenue);
    expect(e.reasons).toMatchObject({
      completion: 'no-target',
      variance: 'no-target',
      change: 'no-previous',
      density: 'not-applicable',
      requiredGrowth: 'no-target',
    });
  });
  it('a missed target never displays as 100%', () => {
    const e = evaluate({ indicator: 'revenue', period: '2020', actual: '2499.9', target: '2500' }, revenue);
    expect(e.status).toBe('near');
    expect(e.completionPercent).toBe('99.9');
  });
  it('survives a JSON round trip unchanged', () => {
    const e = evaluate(
      { indicator: 'revenue', period: '2020', actual: '3630', target: '3608.35', previous: '3400' },
      revenue,
    );
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
    const again = evaluate(JSON.parse(JSON.stringify(e.observation)), JSON.parse(JSON.stringify(revenue)));
    expect(again).toEqual(e);
  });
});

describe('evaluate › bad input', () => {
  it('names the field of a value that is not a decimal', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '', 'abc', '1,5']) {
      expect(() => evaluate({ indicator: 'revenue', period: '2020', actual: bad }, revenue)).toThrowError(
        expect.objectContaining({ name: 'ChitieuError', code: 'INVALID_DECIMAL', path: 'observation.actual' }),
      );
    }
  });
  it('refuses a negative population, a band with L > H, and a band on a point indicator', () => {
    const dens = defineIndicator({ id: 'd', name: 'd', unit: 'subscriber', density: { per: 100 } });
    expect(() => evaluate({ indicator: 'd', period: '2020', actual: '1', population: '-5' }, dens)).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
    expect(() =>
      evaluate({ indicator: 'share', period: '2020', actual: '1', target: { min: '6', max: '4' } }, share),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_BAND' }));
    expect(() =>
      evaluate({ indicator: 'revenue', period: '2020', actual: '1', target: { min: '4', max: '6' } }, revenue),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_OBSERVATION', path: 'observation.target' }));
  });
  it('refuses an observation of another indicator and an invalid indicator', () => {
    expect(() => evaluate({ indicator: 'other', period: '2020' }, revenue)).toThrowError(
      expect.objectContaining({ code: 'INVALID_OBSERVATION' }),
    );
    expect(() => evaluate({ indicator: 'x', period: '2020' }, { id: 'x' } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INDICATOR' }),
    );
  });
});

describe('evaluate › rule', () => {
  it('reports the rule that decided the status, after options and the indicator', () => {
    const capped = defineIndicator({
      id: 'cap',
      name: 'x',
      unit: 'count',
      targetKind: 'at-most',
      nearThreshold: '0.9',
      lowerIsBetterPolicy: 'mirror',
    });
    const e = evaluate({ indicator: 'cap', period: '2020', actual: '5', target: '4' }, capped);
    expect(e.rule).toEqual({ direction: 'lower-is-better', nearThreshold: '0.9', lowerIsBetterPolicy: 'mirror' });
    expect(
      evaluate({ indicator: 'cap', period: '2020', actual: '5', target: '4' }, capped, {
        nearThreshold: '0.8',
        lowerIsBetterPolicy: 'inverse',
      }).rule,
    ).toEqual({
      direction: 'lower-is-better',
      nearThreshold: '0.8',
      lowerIsBetterPolicy: 'inverse',
    });
    expect(evaluate({ indicator: 'revenue', period: '2020', actual: '1' }, revenue).rule).toEqual({
      direction: 'higher-is-better',
      nearThreshold: '0.95',
      lowerIsBetterPolicy: 'inverse',
    });
  });
});
