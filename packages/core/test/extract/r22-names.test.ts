import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

/**
 * Round 22, statement names (no number changes): a completion whose plan names its measure is
 * named by that measure, and the next count of a list of counts by the noun after its number.
 * Paraphrases of our own with near-misses; never a corpus sentence.
 */

/** Each statement with a figure as `name: figure`. */
const names = (text: string, locale: 'vi' | 'en'): string[] =>
  extractStatements(text, { locale })
    .filter((s: Statement) => s.value || s.changes.length > 0 || s.completion)
    .map((s: Statement) => {
      const fig = s.completion ? `${s.completion.value.percent.value}%plan` : (s.value?.value.base ?? '-');
      return `${s.name?.value ?? '?'}: ${fig}`;
    });

const subjects = (text: string, locale: 'vi' | 'en'): (string | undefined)[] =>
  extractStatements(text, { locale })
    .filter((s: Statement) => s.completion)
    .map((s: Statement) => s.subject?.value);

describe('a completion whose plan names its measure is named by that measure', () => {
  it('names Vietnamese completions of a plan of a measure by the measure (paraphrases)', () => {
    expect(names('Doanh nghiệp hoàn thành 101% kế hoạch doanh thu và 98% kế hoạch lợi nhuận.', 'vi')).toEqual([
      'doanh thu: 101%plan',
      'lợi nhuận: 98%plan',
    ]);
    expect(names('Tổng công ty hoàn thành 97,5% kế hoạch lợi nhuận trước thuế.', 'vi')).toEqual([
      'lợi nhuận trước thuế: 97.5%plan',
    ]);
    expect(names('Tỉnh Nghệ An hoàn thành 112% dự toán thu ngân sách.', 'vi')).toEqual(['thu ngân sách: 112%plan']);
    expect(names('Ngân hàng hoàn thành 103% kế hoạch dư nợ và 99% kế hoạch huy động vốn.', 'vi')).toEqual([
      'dư nợ: 103%plan',
      'huy động vốn: 99%plan',
    ]);
    // the subject is kept as the statement's subject
    expect(subjects('Doanh nghiệp hoàn thành 101% kế hoạch doanh thu.', 'vi')).toEqual(['Doanh nghiệp']);
  });

  it('names English completions of a target of a measure by the measure (paraphrases)', () => {
    expect(names('The company achieved 101% of the revenue target.', 'en')).toEqual(['revenue: 101%plan']);
    expect(names('The firm met 98% of its annual profit plan.', 'en')).toEqual(['profit: 98%plan']);
    expect(names('The group reached 104% of its export target and 96% of the profit target.', 'en')).toEqual([
      'export: 104%plan',
      'profit: 96%plan',
    ]);
  });

  it('keeps the name when the plan names no measure or the name already is the measure (near-misses)', () => {
    expect(names('Doanh nghiệp hoàn thành 101% kế hoạch năm.', 'vi')).toEqual(['Doanh nghiệp: 101%plan']);
    expect(names('Doanh thu đạt 500 tỷ đồng, hoàn thành 101% kế hoạch doanh thu.', 'vi')[0]).toMatch(/^Doanh thu: /u);
    expect(names('Thu nội địa hoàn thành 105% dự toán thu.', 'vi')).toEqual(['Thu nội địa: 105%plan']);
    expect(names('The city met 102% of the target.', 'en')).toEqual(['city: 102%plan']);
    expect(names('The province fulfilled 105% of the budget.', 'en')).toEqual(['province: 105%plan']);
  });
});

describe('the next count of a list of counts is named by the noun after its number', () => {
  it('names the second count by its own noun, never by the item before and the joiner (paraphrases)', () => {
    const port = names('The port handled 6.6 million TEUs and 80,000 vessel calls, up 6.5%.', 'en');
    expect(port).toEqual(['TEUs: 6600000', 'vessel calls: 80000']);
    expect(names('Airports served 12.4 million passengers and 95,000 aircraft movements last year.', 'en')).toEqual([
      'passengers: 12400000',
      'aircraft movements: 95000',
    ]);
    expect(names('The fair welcomed 3,500 exhibitors and 42,000 visitors in 2024.', 'en')[1]).toBe('visitors: 42000');
    expect(names('The terminal handled 2,400 trains and 51,000 containers in 2024.', 'en')).toEqual([
      'trains: 2400',
      'containers: 51000',
    ]);
  });

  it('names no statement after the joiner (near-misses)', () => {
    for (const text of [
      'The port handled 6.6 million TEUs and 80,000 vessel calls, up 6.5%.',
      'Airports served 12.4 million passengers and 95,000 aircraft movements last year.',
    ])
      for (const n of names(text, 'en')) expect(n).not.toMatch(/\band:/u);
    // an ordinal is no count of a list: no statement named by the noun after it
    expect(names('The province ranked 37th and 34th in the index.', 'en').join(' ')).not.toMatch(/index:/u);
  });
});
