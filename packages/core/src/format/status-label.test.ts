import { describe, expect, it } from 'vitest';
import { STATUSES } from '../model/types';
import { statusLabel } from './status-label';

describe('statusLabel', () => {
  it('labels every status in vi and en', () => {
    expect(STATUSES.map((s) => statusLabel(s, 'vi'))).toEqual([
      'Vượt kế hoạch',
      'Đạt kế hoạch',
      'Gần đạt',
      'Không đạt',
      'Chưa có kế hoạch',
      'Chưa có số liệu',
    ]);
    expect(STATUSES.map((s) => statusLabel(s, 'en'))).toEqual([
      'Exceeded',
      'Met',
      'Near',
      'Missed',
      'No target',
      'No data',
    ]);
  });

  it('other languages get English; unknown statuses are errors', () => {
    expect(statusLabel('met', 'ja')).toBe('Met');
    expect(() => statusLabel('great' as 'met', 'vi')).toThrow(/Unknown status/);
  });
});
