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

  it('counts without targets or data, English plurals', () => {
    const list = [
      ev({ indicator: 'revenue', actual: '1', target: '1' }, revenue),
      ev({ indicator: 'phones', actual: '1' }, phones),
      ev({ indicator: 'phones', target: '1' }, phones),
    ];
    expect(narrateSummary(list, undefined, { locale: 'vi', scoreDecimals: 0 })).toBe(
      '1/3 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu chưa có kế hoạch; 1 chỉ tiêu chưa có số liệu; điểm tổng hợp 100%.',
    );
    expect(narrateSummary(list.slice(0, 1), undefined, { locale: 'en', scoreDecimals: false })).toBe(
      '1 of 1 indicator met or exceeded its plan.',
    );
    expect(narrateSummary([], undefined, { locale: 'en' })).toBe('0 of 0 indicators met or exceeded their plan.');
  });
});
