import { describe, expect, it } from 'vitest';
import { broadband, phones, revenue } from '../../test/language-fixtures';
import { defineIndicator } from '../model/define-indicator';
import { formatDensity } from './format-density';

describe('formatDensity', () => {
  it('vi › 49,8 thuê bao/100 dân; the spec’s own unit word (máy)', () => {
    expect(formatDensity('49.8', broadband, { locale: 'vi' })).toBe('49,8 thuê bao/100 dân');
    expect(formatDensity('80.00', phones, { locale: 'vi' })).toBe('80,00 máy/100 dân');
    expect(formatDensity('50.60', broadband, { locale: 'vi' })).toBe('50,60 thuê bao/100 dân');
  });

  it('en › per N inhabitants with plurals', () => {
    expect(formatDensity('49.8', broadband, { locale: 'en' })).toBe('49.8 subscribers per 100 inhabitants');
    expect(formatDensity('1', phones, { locale: 'en' })).toBe('1 phone per 100 inhabitants');
  });

  it('computed densities print with at most 2 decimals unless told', () => {
    expect(formatDensity('49.80006640337', broadband, { locale: 'vi' })).toBe('49,80 thuê bao/100 dân');
    expect(formatDensity('49.80006640337', broadband, { locale: 'vi', decimals: 1 })).toBe('49,8 thuê bao/100 dân');
  });

  it('an indicator without a density is an error', () => {
    expect(() => formatDensity('1', revenue, { locale: 'vi' })).toThrow(/no density/);
  });
});

describe('formatDensity › spec decimals', () => {
  it('a computed density uses the spec’s decimals when set', () => {
    const ind = defineIndicator({ id: 'bb', name: 'bb', unit: 'subscriber', density: { per: 100, decimals: 1 } });
    expect(formatDensity('49.799997676', ind, { locale: 'vi' })).toBe('49,8 thuê bao/100 dân');
    expect(formatDensity('49.799997676', ind, { locale: 'vi', decimals: 3 })).toBe('49,800 thuê bao/100 dân');
  });
});
