import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { COMPARED_EN, COMPARED_VI, enNearMisses, viNearMisses } from './compared-figures';
import { type Phrasebook, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share each book reached (rounded down to a whole percent); they may only go up. */
const FLOOR: Record<string, number> = { 'compared-en': 0.95, 'compared-vi': 0.93 };

/** Each statement with a figure as `value unit [changes] c=completion p=period k=kind`. */
const readings = (text: string, locale: 'vi' | 'en'): string[] =>
  extractStatements(text, { locale })
    .filter((s: Statement) => s.value || s.changes.length > 0 || s.completion)
    .map((s: Statement) => {
      const v = s.value?.value;
      const value = v ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}` : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}`;
      });
      const c = s.completion ? ` c=${s.completion.value.percent.value}` : '';
      const p = s.period ? ` p=${s.period.value}` : '';
      return `${value} [${ch.join(', ')}]${c}${p} k=${s.kind.value}`;
    });

describe.each([COMPARED_EN, COMPARED_VI] as Phrasebook[])(
  'phrasebook $area — a figure and another period’s',
  (book) => {
    const score = scorePhrasebook(book);

    it('gives no silent wrong number over the whole area', () => {
      expect(silentWrongCases(score)).toEqual([]);
    });

    it('reads at least its floor of the facts whole', () => {
      expect(book.cases.length).toBeGreaterThan(400);
      expect(book.cases.length).toBeLessThanOrEqual(3000);
      expect(wholeShare(score.tally)).toBeGreaterThanOrEqual(FLOOR[book.area] ?? 1);
    });
  },
);

describe('compared figures keep their own period, form and base', () => {
  it('holds at least a fifth of near-misses in each book (readings that must not fire)', () => {
    expect(enNearMisses().length / COMPARED_EN.cases.length).toBeGreaterThanOrEqual(0.2);
    expect(viNearMisses().length / COMPARED_VI.cases.length).toBeGreaterThanOrEqual(0.2);
  });

  it('reads an average as the same rate, dated by its own year or by none (never the statement’s)', () => {
    expect(readings('Credit growth reached 13.5 percent in 2023, above the 2019 average of 12.1%.', 'en')).toEqual([
      '- [rate 13.5 -] p=2023 k=actual',
      '- [rate 12.1 -] p=2019 k=actual',
    ]);
    const [, average] = extractStatements(
      'Credit growth reached 13.5 percent in 2023, below the pre-COVID average of 15%.',
      {
        locale: 'en',
      },
    );
    expect(average?.changes[0]?.value.amount.value).toBe('15');
    // the statement's 2023 is no certain period of the pre-COVID average
    expect(average?.period === undefined || average.period.confidence === 'uncertain').toBe(true);
  });

  it('reads the two levels of a bracketed move as their own figures, bounds kept, a full-size first number unscaled', () => {
    expect(readings('Cảng Quy Nhơn tăng 24,5% (từ gần 9,2 triệu tấn lên hơn 11,4 triệu tấn).', 'vi')).toEqual([
      '- [rate 24.5 -] k=actual',
      '9200000 tonne [] k=actual',
      '11400000 tonne [] k=actual',
    ]);
    const bounds = extractStatements('Cảng Quy Nhơn tăng 24,5% (từ gần 9,2 triệu tấn lên hơn 11,4 triệu tấn).', {
      locale: 'vi',
    }).map((s) => s.value?.value.approximate);
    expect(bounds).toEqual([undefined, 'under', 'over']);
    // `từ 612.400 đến 1,05 triệu tấn`: 612 400 tonnes, never 612 400 million
    expect(readings('Cảng Chân Mây tăng 71,5% (từ 612.400 đến 1,05 triệu tấn).', 'vi')).toContain(
      '612400 tonne [] k=actual',
    );
    // a range with bounds and no unit of its own is no move (negative)
    expect(readings('Sản lượng dự kiến từ khoảng 3 đến 5 triệu tấn.', 'vi')).not.toContain('3000000 tonne [] k=actual');
  });

  it('reads a Vietnamese move between two periods and a labelled bracket of another period', () => {
    expect(readings('Tốc độ tăng trưởng GRDP tăng từ 5,8% năm 2022 lên 6,9% năm 2023.', 'vi')).toEqual([
      '- [rate 5.8 -] p=2022 k=actual',
      '- [rate 6.9 -] p=2023 k=actual',
    ]);
    expect(readings('Thu ngân sách 9 tháng năm 2025 đạt 88,4% dự toán (cùng kỳ năm 2024 đạt 80,2%).', 'vi')).toEqual([
      '- [] c=88.4 p=2025-YTD-09 k=actual',
      '- [] c=80.2 p=2024-YTD-09 k=actual',
    ]);
    expect(readings('Kim ngạch nhập khẩu quý II/2025 đạt 12,8 tỷ USD (quý I/2025 đạt 11,9 tỷ USD).', 'vi')).toEqual([
      '12800000000 USD [] p=2025-Q2 k=actual',
      '11900000000 USD [] p=2025-Q1 k=actual',
    ]);
    // the statement after such a bracket keeps the sentence's period, not the bracket's
    expect(
      readings(
        'Xuất khẩu cà phê quý II/2025 đạt 410 nghìn tấn (quý I/2025 đạt 385 nghìn tấn), trị giá 2,1 tỷ USD.',
        'vi',
      ),
    ).toContain('2100000000 USD [] p=2025-Q2 k=actual');
    expect(readings('Tốc độ tăng trưởng kinh tế giảm từ 8,1% năm 2023 xuống 7,2% năm 2024.', 'vi')).toEqual([
      '- [rate 8.1 -] p=2023 k=actual',
      '- [rate 7.2 -] p=2024 k=actual',
    ]);
    // a share in the bracket is no completion of that period (negative)
    expect(readings('Thu ngân sách 9 tháng năm 2025 đạt 88,4% dự toán (chiếm 30,1% tổng thu).', 'vi')).not.toContain(
      '- [] c=30.1 k=actual',
    );
  });

  it('reads both ends of a move of a rate, each with the period written with it', () => {
    expect(readings('Credit growth climbed from 8.4% in 2023 to 9.1% in 2024.', 'en')).toEqual([
      '- [rate 8.4 -] p=2023 k=actual',
      '- [rate 9.1 -] p=2024 k=actual',
    ]);
    // a level of a rate indicator moves as a level, not as a change
    expect(readings('The unemployment rate fell from 2.4% in 2022 to 2.1% in 2023.', 'en')).toEqual([
      '2.4 percent [] p=2022 k=actual',
      '2.1 percent [] p=2023 k=actual',
    ]);
  });

  it('gives a figure after `up from`, `versus`, `after` its own period, never the statement’s', () => {
    expect(readings('Export growth accelerated to 12.5% in 2024, up from 3.3% in 2023.', 'en')).toEqual([
      '- [rate 12.5 -] p=2024 k=actual',
      '- [rate 3.3 -] p=2023 k=actual',
    ]);
    expect(readings('Coffee exports hit US$5.4 billion in 2024, versus US$4.2 billion in 2023.', 'en')).toEqual([
      '5400000000 USD [] p=2024 k=actual',
      '4200000000 USD [] p=2023 k=actual',
    ]);
  });

  it('reads the measure’s noun between the compare word and the figure (`from the rate of 3.6% in June 2025`)', () => {
    expect(readings('Headline inflation eased to 3.1% in July 2025 from the rate of 3.6% in June 2025.', 'en')).toEqual(
      ['- [rate 3.1 -] p=2025-07 k=actual', '- [rate 3.6 -] p=2025-06 k=actual'],
    );
  });

  it('reads a written-out year-on-year after a low percentage as the rate, not a ratio', () => {
    expect(readings('Core inflation was 2.9% year-on-year in March 2025.', 'en')).toEqual([
      '- [rate 2.9 same-period-last-year] p=2025-03 k=actual',
    ]);
    // a ratio verb keeps its ratio (negative)
    expect(readings('Imports were equal to 45% year-on-year in March 2025.', 'en')).not.toContain(
      '- [rate 45 same-period-last-year] p=2025-03 k=actual',
    );
  });

  it('keeps two coordinated earlier figures apart (`vs … in October 2024 and a … average in 9M 2025`)', () => {
    expect(
      readings(
        'Retail sales rose 8.1% YoY in October (vs +7.4% YoY in October 2024 and a 9.2% YoY average in 9M 2025).',
        'en',
      ).filter((r) => !r.includes('8.1')),
    ).toEqual([
      '- [rate 7.4 same-period-last-year] p=2024-10 k=actual',
      '- [rate 9.2 same-period-last-year] p=2025-YTD-09 k=actual',
    ]);
  });
});
