import { describe, expect, it } from 'vitest';
import { ev, phones, revenue } from '../../test/language-fixtures';
import type { Evaluation } from '../index';
import { defineIndicator, evaluate, summarize } from '../index';
import { narrateSummary } from './narrate-summary';

const make = (id: string, vi: string, en: string, actual: string | null, target: string | null): Evaluation => {
  const indicator = defineIndicator({ id, name: { vi, en }, unit: 'count', percentDecimals: 1 });
  return evaluate({ indicator: id, period: '2020', actual, target }, indicator);
};

const scorecard = [
  ...Array.from({ length: 5 }, (_, i) => make(`x${i}`, `Chỉ tiêu ${i}`, `Indicator ${i}`, '110', '100')),
  ...Array.from({ length: 3 }, (_, i) => make(`m${i}`, `Đạt ${i}`, `Met ${i}`, '100', '100')),
  make('near', 'Doanh thu viễn thông', 'Telecom revenue', '96', '100'),
  make('missed', 'Doanh thu bưu chính', 'Postal revenue', '92.1', '100'),
];

describe('narrateSummary', () => {
  it('8/10 chỉ tiêu đạt và vượt kế hoạch; …', () => {
    expect(narrateSummary(scorecard, summarize(scorecard), { locale: 'vi' })).toBe(
      '8/10 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu gần đạt (Doanh thu viễn thông: 96,0%); 1 chỉ tiêu không đạt (Doanh thu bưu chính: 92,1%); điểm tổng hợp 98,81%.',
    );
  });

  it('8 of 10 indicators met or exceeded their plan; …', () => {
    expect(narrateSummary(scorecard, undefined, { locale: 'en' })).toBe(
      '8 of 10 indicators met or exceeded their plan; 1 was near plan (Telecom revenue: 96.0%); 1 missed its plan (Postal revenue: 92.1%); composite score 98.81%.',
    );
    expect(narrateSummary(scorecard, undefined, { locale: 'en', names: false, scoreDecimals: false })).toBe(
      '8 of 10 indicators met or exceeded their plan; 1 was near plan; 1 missed its plan.',
    );
  });

  it('an indicator without a plan is counted apart, never as a miss (vi and en)', () => {
    const list = [
      ev({ indicator: 'revenue', actual: '1', target: '1' }, revenue),
      ev({ indicator: 'phones', actual: '1' }, phones),
      ev({ indicator: 'phones', target: '1' }, phones),
    ];
    expect(narrateSummary(list, undefined, { locale: 'vi', scoreDecimals: 0 })).toBe(
      '2 chỉ tiêu có kế hoạch: 1 đạt/vượt, 1 chưa có số liệu; 1 chỉ tiêu báo cáo không nêu kế hoạch; điểm tổng hợp 100%.',
    );
    expect(narrateSummary(list, undefined, { locale: 'en', scoreDecimals: false })).toBe(
      '2 indicators with a plan: 1 met or exceeded it, 1 without data yet; 1 indicator has no plan stated in the report.',
    );
  });

  it('the Thanh Hóa shape: 4 planned indicators met, 10 with no plan stated', () => {
    const unplanned = Array.from({ length: 10 }, (_, i) =>
      make(`u${i}`, `Không kế hoạch ${i}`, `Unplanned ${i}`, '5', null),
    );
    const planned = [
      make('a', 'A', 'A', '100.6', '100'),
      make('b', 'B', 'B', '100', '100'),
      make('c', 'C', 'C', '101', '100'),
      make('d', 'D', 'D', '106', '100'),
    ];
    const list = [...planned, ...unplanned];
    const vi = narrateSummary(list, undefined, { locale: 'vi', scoreDecimals: false });
    expect(vi).toBe('4 chỉ tiêu có kế hoạch: 4 đạt/vượt; 10 chỉ tiêu báo cáo không nêu kế hoạch.');
    expect(vi).not.toMatch(/4\/14|không đạt|chưa có kế hoạch/);
    const missed = [...list, make('e', 'Doanh thu bưu chính', 'Postal revenue', '92.1', '100')];
    expect(narrateSummary(missed, undefined, { locale: 'vi', scoreDecimals: false })).toBe(
      '5 chỉ tiêu có kế hoạch: 4 đạt/vượt, 1 không đạt (Doanh thu bưu chính: 92,1%); 10 chỉ tiêu báo cáo không nêu kế hoạch.',
    );
    expect(narrateSummary(missed, undefined, { locale: 'en', scoreDecimals: false })).toBe(
      '5 indicators with a plan: 4 met or exceeded it, 1 missed (Postal revenue: 92.1%); 10 indicators have no plan stated in the report.',
    );
  });

  it('English plurals', () => {
    const list = [ev({ indicator: 'revenue', actual: '1', target: '1' }, revenue)];
    expect(narrateSummary(list.slice(0, 1), undefined, { locale: 'en', scoreDecimals: false })).toBe(
      '1 of 1 indicator met or exceeded its plan.',
    );
    expect(narrateSummary([], undefined, { locale: 'en' })).toBe('0 of 0 indicators met or exceeded their plan.');
  });
});
