import { describe, expect, it } from 'vitest';
import { broadband2020, phones2020, revenue2020 } from '../../test/language-fixtures';
import { nextTargetPhrase } from './next-target-phrase';

describe('nextTargetPhrase', () => {
  it('phấn đấu đạt 3.745 tỷ đồng / aiming for 3,745 billion VND', () => {
    expect(nextTargetPhrase(revenue2020, { locale: 'vi' })).toBe('phấn đấu đạt 3.745 tỷ đồng');
    expect(nextTargetPhrase(revenue2020, { locale: 'vi', withPeriod: true })).toBe(
      'phấn đấu đạt 3.745 tỷ đồng năm 2021',
    );
    expect(nextTargetPhrase(revenue2020, { locale: 'en', withPeriod: true })).toBe(
      'aiming for 3,745 billion VND in 2021',
    );
  });

  it('with the density the target implies', () => {
    expect(nextTargetPhrase(phones2020, { locale: 'vi' })).toBe(
      'phấn đấu đạt 2.916.000 thuê bao, mật độ 80,00 máy/100 dân',
    );
    expect(nextTargetPhrase(broadband2020, { locale: 'en' })).toBe(
      'aiming for 1,830,000 subscribers at a density of 50.60 subscribers per 100 inhabitants',
    );
  });
});
