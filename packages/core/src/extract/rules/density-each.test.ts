import { describe, expect, it } from 'vitest';
import { densityEachRule } from './density-each';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule density-each', () => {
  it('has its id and locales', () => {
    expect(densityEachRule.id).toBe('density-each');
    expect(densityEachRule.locales).toEqual(['vi', 'en']);
  });
  it('reads (vi): Cứ 100 người dân thì có 116 thuê bao di động.', () => {
    const found = readAt(densityEachRule, 'Cứ 100 người dân thì có 116 thuê bao di động.', 'vi', 'Cứ');
    expect(found && describeFigure(found.fig)).toBe('density 116 subscriber');
    expect(found?.fig.kind === 'density' && found.fig.q.density).toEqual({ per: '100', population: 'người dân' });
    expect(found?.rule).toBe('vi.density.each');
  });
  it('reads (en): For every 1,000 residents, there are 45 cars.', () => {
    const found = readAt(densityEachRule, 'For every 1,000 residents, there are 45 cars.', 'en', 'For');
    expect(found?.fig.kind === 'density' && found.fig.q.density).toEqual({ per: '1000', population: 'residents' });
    expect(found?.rule).toBe('en.density.each');
  });
  it('reads nothing when the count is not a round hundred or no verb of having follows', () => {
    expect(readsNowhere(densityEachRule, 'Cứ 3 người thì có 1 người thất nghiệp.', 'vi')).toBe(true);
    expect(readsNowhere(densityEachRule, 'Cứ 100 người dân tham gia, 20 người bỏ cuộc.', 'vi')).toBe(true);
    expect(readsNowhere(densityEachRule, 'Doanh thu đạt 3 tỷ đồng.', 'vi')).toBe(true);
  });
});
