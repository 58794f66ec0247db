import { describe, expect, it } from 'vitest';
import { changeTimesRule } from './change-times';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule change.times', () => {
  it('has its id and locales', () => {
    expect(changeTimesRule.id).toBe('change.times');
    expect(changeTimesRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Số hồ sơ tăng gấp 3,2 lần năm 2019.', () => {
    const found = readAt(changeTimesRule, 'Số hồ sơ tăng gấp 3,2 lần năm 2019.', 'vi', 'tăng');
    expect(found && describeFigure(found.fig)).toBe('change times 3.2 named-period');
    expect(found?.rule.startsWith('vi.change.times')).toBe(true);
  });
  it('reads (en): Exports rose 2.2-fold against 2019.', () => {
    const found = readAt(changeTimesRule, 'Exports rose 2.2-fold against 2019.', 'en', 'rose');
    expect(found && describeFigure(found.fig)).toBe('change times 2.2 named-period');
    expect(found?.rule.startsWith('en.change.times')).toBe(true);
  });
  it('reads nothing in (vi): Doanh thu tăng 5% so với cùng kỳ.', () => {
    expect(readsNowhere(changeTimesRule, 'Doanh thu tăng 5% so với cùng kỳ.', 'vi')).toBe(true);
  });
  it('reads (en) a multiple after any rising change verb: surged 2.4-fold, increased by 1.8 times', () => {
    const a = readAt(changeTimesRule, 'Solar capacity surged 2.4-fold.', 'en', 'surged');
    expect(a && describeFigure(a.fig)).toBe('change times 2.4');
    const b = readAt(changeTimesRule, 'Exports increased by 1.8 times year-on-year.', 'en', 'increased');
    expect(b && describeFigure(b.fig)).toBe('change times 1.8 same-period-last-year');
  });
  it('takes no falling verb for a multiple (its meaning is not stated): Sales fell 2 times.', () => {
    expect(readAt(changeTimesRule, 'Sales fell 2 times.', 'en', 'fell')).toBeNull();
  });
  it('reads (en) a number word before -fold: a three-fold increase year-on-year', () => {
    const found = readAt(changeTimesRule, 'It was a three-fold increase year-on-year.', 'en', 'a');
    expect(found && describeFigure(found.fig)).toBe('change times 3 same-period-last-year');
    const five = readAt(changeTimesRule, 'Sales rose five times compared with 2019.', 'en', 'rose');
    expect(five && describeFigure(five.fig)).toBe('change times 5 named-period');
    // a number word with no times word is no multiple
    expect(readAt(changeTimesRule, 'They built a three-storey warehouse.', 'en', 'a')).toBeNull();
  });
});
