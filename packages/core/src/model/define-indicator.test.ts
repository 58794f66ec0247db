import { describe, expect, it } from 'vitest';
import { defineIndicator } from './define-indicator';
import { defineObservation } from './define-observation';

describe('defineIndicator', () => {
  it('fills defaults and resolves built-in units', () => {
    const ind = defineIndicator({ id: 'rate', name: { vi: 'Tỷ lệ', en: 'Rate' }, unit: 'percent' });
    expect(ind).toMatchObject({
      scale: 0,
      direction: 'higher-is-better',
      targetKind: 'point',
      decimals: 2,
      percentDecimals: 1,
      aggregation: 'ratio',
    });
    expect(ind.unit.code).toBe('percent');
    expect(defineIndicator({ id: 'max', name: 'x', unit: 'count', targetKind: 'at-most' }).direction).toBe(
      'lower-is-better',
    );
    expect(defineIndicator({ id: 'cpi', name: 'x', unit: 'percent', direction: 'neither' }).targetKind).toBe('band');
  });
  it('refuses definitions that contradict themselves, listing every issue', () => {
    try {
      defineIndicator({
        id: 'x',
        name: '',
        unit: 'nope',
        targetKind: 'at-least',
        direction: 'lower-is-better',
        decimals: -1,
      });
      expect.unreachable();
    } catch (error) {
      const issues = (error as { issues: { path: string }[] }).issues.map((i) => i.path);
      expect(issues).toEqual(expect.arrayContaining(['indicator.name', 'indicator.decimals']));
    }
    expect(() =>
      defineIndicator({ id: 'x', name: 'x', unit: 'count', targetKind: 'at-least', direction: 'lower-is-better' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INDICATOR', path: 'indicator.targetKind' }));
    expect(() =>
      defineIndicator({ id: 'x', name: 'x', unit: 'count', direction: 'neither', targetKind: 'point' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INDICATOR', path: 'indicator.direction' }));
    expect(() => defineIndicator({ id: 'x', name: 'x', unit: 'ghost' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_UNIT' }),
    );
    expect(() => defineIndicator({ id: 'x', name: 'x', unit: 'count', nearThreshold: '1.5' })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });
});

describe('defineObservation', () => {
  it('normalises decimals and keeps printed precision of stated figures', () => {
    const o = defineObservation({
      indicator: 'b',
      period: '2021',
      actual: 1830000,
      target: '1830000.00',
      stated: { density: '50.60' },
    });
    expect(o).toMatchObject({
      actual: '1830000',
      target: '1830000',
      estimated: false,
      stage: 'official',
      stated: { density: '50.60' },
    });
  });
  it('refuses contradictory stages and bad values with their paths', () => {
    expect(() =>
      defineObservation({ indicator: 'b', period: '2021', estimated: true, stage: 'official' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_OBSERVATION' }));
    expect(() => defineObservation({ indicator: 'b', period: '2021', population: -1 })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE', path: 'observation.population' }),
    );
    expect(() => defineObservation({ indicator: 'b', period: '2021', target: { min: 2, max: 1 } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_BAND' }),
    );
  });
});
