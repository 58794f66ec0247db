import { describe, expect, it } from 'vitest';
import { broadband2020, ev, phones, phones2020, revenue2020 } from '../../test/language-fixtures';
import { formatCompletion } from './format-completion';

describe('formatCompletion', () => {
  it('shows the guarded completionPercent with the indicator’s percent decimals', () => {
    expect(formatCompletion(broadband2020, { locale: 'vi' })).toBe('105,88%');
    expect(formatCompletion(broadband2020, { locale: 'en' })).toBe('105.88%');
    expect(formatCompletion(phones2020, { locale: 'vi' })).toBe('100,67%');
  });

  it('a missed target never shows 100%, an exceeded one never exactly 100%', () => {
    const missed = ev({ indicator: 'phones', actual: '2499.9', target: '2500' }, phones);
    expect(missed.status).toBe('near');
    expect(formatCompletion(missed, { locale: 'vi' })).toBe('99,99%');
    const over = ev({ indicator: 'phones', actual: '2500.1', target: '2500' }, phones);
    expect(formatCompletion(over, { locale: 'vi' })).toBe('100,01%');
    expect(formatCompletion(over, { locale: 'vi', decimals: 0 })).toBe('101%');
    const met = ev({ indicator: 'phones', actual: '2500', target: '2500' }, phones);
    expect(formatCompletion(met, { locale: 'vi' })).toBe('100,00%');
  });

  it('falls back to the stated completion as printed, then to a dash', () => {
    expect(formatCompletion(revenue2020, { locale: 'vi' })).toBe('100,6%');
    expect(formatCompletion(ev({ indicator: 'revenue', actual: '1' }), { locale: 'vi' })).toBe('—');
    expect(formatCompletion(ev({ indicator: 'revenue', actual: '1' }), { locale: 'vi', missing: '' })).toBe('');
  });

  it('prefer stated shows the report’s figure even when one is computed', () => {
    const e = ev(
      { indicator: 'phones', actual: '2890000', target: '2870000', stated: { completion: '100.67' } },
      phones,
    );
    expect(formatCompletion(e, { locale: 'vi' })).toBe('100,70%');
    expect(formatCompletion(e, { locale: 'vi', prefer: 'stated' })).toBe('100,67%');
  });
});
