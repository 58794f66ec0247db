import { describe, expect, it } from 'vitest';
import { changeAmountBeforeNounRule } from './change-amount-before-noun';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule change.amount-before-noun', () => {
  it('has its id and locales', () => {
    expect(changeAmountBeforeNounRule.id).toBe('change.amount-before-noun');
    expect(changeAmountBeforeNounRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (en): It marked a 1.6 per cent decrease over the same period last year.', () => {
    const found = readAt(
      changeAmountBeforeNounRule,
      'It marked a 1.6 per cent decrease over the same period last year.',
      'en',
      'a',
    );
    expect(found && describeFigure(found.fig)).toBe('change rate -1.6 same-period-last-year');
    expect(found?.rule.startsWith('en.change.rate-amount-before-noun')).toBe(true);
  });
  it('reads nothing in (en): Exports were up 9.8 per cent year-on-year.', () => {
    expect(readsNowhere(changeAmountBeforeNounRule, 'Exports were up 9.8 per cent year-on-year.', 'en')).toBe(true);
  });
  it('reads (en) a stage word between the article and the amount: an estimated 6.6% increase', () => {
    const found = readAt(changeAmountBeforeNounRule, 'Hotels saw an estimated 6.6% increase in guests.', 'en', 'an');
    expect(found && describeFigure(found.fig)).toBe('change rate 6.6');
  });
});
