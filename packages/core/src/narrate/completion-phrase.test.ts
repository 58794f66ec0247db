import { describe, expect, it } from 'vitest';
import { broadband2020, ev, phones, phones2020, revenue2020 } from '../../test/language-fixtures';
import { defineIndicator, evaluate } from '../index';
import { completionPhrase } from './completion-phrase';

const postal = defineIndicator({
  id: 'postal',
  name: 'Doanh thu bưu chính',
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
});
const postal2020 = evaluate({ indicator: 'postal', period: '2020', actual: '92.1', target: '100' }, postal);

describe('completionPhrase', () => {
  it('percent style › đạt / chỉ đạt X% kế hoạch; X% of plan / only X% of plan', () => {
    expect(completionPhrase(revenue2020, { locale: 'vi' })).toBe('đạt 100,6% kế hoạch');
    expect(completionPhrase(revenue2020, { locale: 'en' })).toBe('100.6% of plan');
    expect(completionPhrase(postal2020, { locale: 'vi' })).toBe('chỉ đạt 92,1% kế hoạch');
    expect(completionPhrase(postal2020, { locale: 'en' })).toBe('only 92.1% of plan');
  });

  it('the report’s variants › kế hoạch giao, bằng, so với', () => {
    expect(completionPhrase(revenue2020, { locale: 'vi', assigned: true })).toBe('đạt 100,6% kế hoạch giao');
    expect(completionPhrase(phones2020, { locale: 'vi', verb: 'bằng', versus: true, assigned: true })).toBe(
      'bằng 100,67% so với kế hoạch giao',
    );
    expect(completionPhrase(broadband2020, { locale: 'vi', verb: 'bằng', assigned: true })).toBe(
      'bằng 105,88% kế hoạch giao',
    );
    expect(completionPhrase(revenue2020, { locale: 'en', assigned: true })).toBe('100.6% of the assigned plan');
  });

  it('excess style › vượt X% kế hoạch, hoàn thành kế hoạch', () => {
    expect(completionPhrase(broadband2020, { locale: 'vi', completionStyle: 'excess' })).toBe('vượt 5,88% kế hoạch');
    expect(completionPhrase(broadband2020, { locale: 'en', completionStyle: 'excess' })).toBe('5.88% above plan');
    const met = ev({ indicator: 'phones', actual: '100', target: '100' }, phones);
    expect(completionPhrase(met, { locale: 'vi', completionStyle: 'excess' })).toBe('hoàn thành kế hoạch');
    expect(completionPhrase(met, { locale: 'en', completionStyle: 'excess' })).toBe('meeting the plan');
    expect(completionPhrase(postal2020, { locale: 'vi', completionStyle: 'excess' })).toBe('chỉ đạt 92,1% kế hoạch');
  });

  it('the guard holds in sentences: a missed target never says 100%', () => {
    const near = ev({ indicator: 'phones', actual: '2499.9', target: '2500' }, phones);
    expect(completionPhrase(near, { locale: 'vi' })).toBe('đạt 99,99% kế hoạch');
    expect(completionPhrase(near, { locale: 'vi', percentDecimals: 0 })).toBe('đạt 99% kế hoạch');
  });

  it('stated completions choose their phrase by value', () => {
    const over = ev({ indicator: 'phones', actual: '1', stated: { completion: '105.88' } }, phones);
    expect(completionPhrase(over, { locale: 'vi', completionStyle: 'excess' })).toBe('vượt 5,88% kế hoạch');
    const under = ev({ indicator: 'phones', actual: '1', stated: { completion: '92.1' } }, phones);
    expect(completionPhrase(under, { locale: 'vi' })).toBe('chỉ đạt 92,1% kế hoạch');
  });

  it('bands held steady say inside or outside; nothing to say is null', () => {
    const steady = defineIndicator({
      id: 'cpi',
      name: 'CPI',
      unit: 'percent',
      direction: 'neither',
      targetKind: 'band',
    });
    const inside = evaluate(
      { indicator: 'cpi', period: '2020', actual: '3.5', target: { min: '3', max: '4' } },
      steady,
    );
    const outside = evaluate(
      { indicator: 'cpi', period: '2020', actual: '4.5', target: { min: '3', max: '4' } },
      steady,
    );
    expect(completionPhrase(inside, { locale: 'vi' })).toBe('nằm trong khoảng kế hoạch');
    expect(completionPhrase(outside, { locale: 'en' })).toBe('outside the planned range');
    expect(completionPhrase(ev({ indicator: 'phones', actual: '1' }, phones), { locale: 'vi' })).toBeNull();
  });
});
