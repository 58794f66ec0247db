import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { LEVELS_EN, LEVELS_VI } from './levels';

/** Whole-fact share each book reached (rounded down to a whole percent); they may only go up. */
const FLOOR = { vi: 0.93, en: 0.98 } as const;

const read = (text: string, locale: 'vi' | 'en'): Statement[] => extractStatements(text, { locale });

/**
 * Each statement with a figure as `kind value unit c=… [changes] p=…`, `?reason` after a doubted
 * field.
 */
const readings = (text: string, locale: 'vi' | 'en'): string[] =>
  read(text, locale)
    .filter((s) => s.value || s.changes.length > 0 || s.completion)
    .map((s) => {
      const doubt = (f: { confidence?: string | undefined; doubt?: { reason: string } | undefined } | undefined) =>
        f?.confidence === 'uncertain' ? `?${f.doubt?.reason ?? ''}` : '';
      const v = s.value?.value;
      const value = v
        ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}${v.approximate ? ` ~${v.approximate}` : ''}${doubt(s.value)}`
        : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${doubt(c)}`;
      });
      const c = s.completion ? ` c=${s.completion.value.percent.value}${doubt(s.completion)}` : '';
      const p = s.period ? ` p=${s.period.value}` : '';
      return `${s.kind.value} ${value}${c} [${ch.join(', ')}]${p}`;
    });

describe('phrasebook levels — the level of a named rate indicator, and the percentages that are not one', () => {
  for (const book of [LEVELS_VI, LEVELS_EN]) {
    const score = scorePhrasebook(book);

    it(`${book.area}: gives no silent wrong number over the whole book`, () => {
      expect(silentWrongCases(score)).toEqual([]);
    });

    it(`${book.area}: reads at least ${FLOOR[book.locale] * 100} % of the facts whole, with a third of near-misses`, () => {
      expect(book.cases.length).toBeGreaterThan(1000);
      const near = book.cases.filter((c) => !c.facts.some((f) => f.u === 'percent')).length;
      expect(near * 3).toBeGreaterThan(book.cases.length);
      expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(
        FLOOR[book.locale],
      );
    });
  }

  it('reads a named rate level as a certain value in percent, its name the indicator, with its changes in points', () => {
    const [s] = read('Tỷ lệ che phủ rừng năm 2023 đạt 42,1%.', 'vi');
    expect(s?.name?.value).toBe('Tỷ lệ che phủ rừng');
    expect(readings('Tỷ lệ che phủ rừng năm 2023 đạt 42,1%.', 'vi')).toEqual(['actual 42.1 percent [] p=2023']);
    expect(
      readings(
        'Theo Tổng cục Thống kê, tỷ lệ thất nghiệp quý III năm 2024 là 2,24%, giảm 0,03 điểm phần trăm so với quý trước và giảm 0,08 điểm % so với cùng kỳ năm trước.',
        'vi',
      ),
    ).toEqual(['actual 2.24 percent [points -0.03 previous-period, points -0.08 same-period-last-year] p=2024-Q3']);
    expect(
      readings(
        'The urban unemployment rate stood at 2.69 per cent in 2023, down 0.1 percentage points year-on-year.',
        'en',
      ),
    ).toEqual(['actual 2.69 percent [points -0.1 same-period-last-year] p=2023']);
    // occupancy is a rate: `hotel occupancy`, `công suất phòng`
    expect(readings('Hotel occupancy averaged 65 percent in 2023.', 'en')).toEqual(['actual 65 percent [] p=2023']);
    expect(readings('Công suất phòng bình quân năm 2023 đạt 65%.', 'vi')).toEqual(['actual 65 percent [] p=2023']);
  });

  it('keeps an age inside the name (dưới 5 tuổi, aged 15 and over): no count, the level stays certain', () => {
    expect(readings('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi năm 2023 là 18,2%.', 'vi')).toEqual([
      'actual 18.2 percent [] p=2023',
    ]);
    expect(readings('Tỷ lệ lao động từ 15 tuổi trở lên đã qua đào tạo đạt 68,2%.', 'vi')).toEqual([
      'actual 68.2 percent []',
    ]);
    expect(readings('The unemployment rate among people aged 15 and over was 2.2 percent.', 'en')).toEqual([
      'actual 2.2 percent []',
    ]);
    // a value verb before the number: the level itself, in years (negative: no age)
    expect(read('Tuổi thọ bình quân đạt 74 tuổi.', 'vi')[0]?.value?.value.base).toBe('74');
  });

  it('doubts the rate of a counted group of places or bodies (a subset), not the rate of the whole', () => {
    expect(readings('Có 5 huyện có tỷ lệ che phủ rừng đạt 65,3%.', 'vi')).toContain('actual 65.3 percent?subset []');
    expect(readings('3/10 huyện có tỷ lệ hộ nghèo là 8,5%.', 'vi')).toContain('actual 8.5 percent?subset []');
    expect(readings('12 provinces had a poverty rate of 3.5 percent.', 'en')).toContain('actual 3.5 percent?subset []');
    // no count before `có`: the province's own rate (negative)
    expect(readings('Toàn tỉnh có tỷ lệ che phủ rừng đạt 42%.', 'vi')).toEqual(['actual 42 percent []']);
    // a named member's own figure in brackets after the group (negative)
    expect(
      readings(
        'Trong số 12 huyện có tốc độ tăng trưởng cao hơn bình quân của tỉnh, dẫn đầu là huyện Yên Lập (15,2%) và huyện Tân Sơn (13,4%).',
        'vi',
      ).join(),
    ).not.toMatch(/subset/);
  });

  it('doubts a rate’s change by a bare percentage (points or percent), not one in points or of an index', () => {
    // (round 28: read in points — domain.md — still doubted)
    expect(readings('Tỷ lệ hộ nghèo giảm 1,17%.', 'vi')).toEqual(['actual - [points -1.17 -?points-or-percent]']);
    expect(readings('Tỷ lệ thất nghiệp tăng 0,3% so với cùng kỳ.', 'vi')).toEqual([
      'actual - [points 0.3 same-period-last-year?points-or-percent]',
    ]);
    // points named, or an index of change: read (negatives)
    expect(readings('Tỷ lệ hộ nghèo giảm 1,17 điểm phần trăm.', 'vi')).toEqual(['actual - [points -1.17 -]']);
    expect(readings('Chỉ số sản xuất công nghiệp tăng 9,5% so với cùng kỳ.', 'vi')).toEqual([
      'actual - [rate 9.5 same-period-last-year]',
    ]);
  });

  it('doubts the completion of a rate over its plan by a percentage (points or percent), not of a value in money', () => {
    expect(
      readings('Tỷ lệ bao phủ bảo hiểm y tế năm 2024 đạt 93,5%, vượt 0,5% so với chỉ tiêu được giao.', 'vi'),
    ).toEqual(['actual 93.5 percent c=100.5?points-or-percent [] p=2024']);
    expect(readings('Tỷ lệ hộ nghèo năm 2024 còn 1,2%, vượt 0,3% so với kế hoạch.', 'vi')).toEqual([
      'actual 1.2 percent c=100.3?points-or-percent [] p=2024',
    ]);
    expect(
      readings('The coverage rate reached 93.5 percent in 2024, exceeding the target by 0.5 percent.', 'en')[0],
    ).toMatch(/^actual 93\.5 percent c=100\.5\?points-or-percent/);
    // a value in money: 105 % of the plan (negative)
    expect(readings('Thu ngân sách năm 2024 đạt 12.500 tỷ đồng, vượt 5% so với dự toán.', 'vi')).toEqual([
      'actual 12500000000000 VND c=105 [] p=2024',
    ]);
  });

  it('never reads a rate set by decision or a share of a total as a certain level', () => {
    expect(readings('The State Bank kept its refinancing rate at 4.5 percent.', 'en')).toEqual([
      'actual 4.5 percent?policy-rate []',
    ]);
    expect(readings('The deposit rate cap for terms under six months stands at 4.75%.', 'en')[0]).toMatch(/\?/);
    expect(readings('The share of the FDI sector in total exports was 73%.', 'en')[0]).toMatch(/^actual 73 percent\?/);
    // a measured market rate stays a certain level (negative)
    expect(readings('The average overnight interbank rate remained at 5.7 percent in November 2022.', 'en')).toEqual([
      'actual 5.7 percent [] p=2022-11',
    ]);
  });

  it('reads the end of a move of a rate after a verb of change as its level, a bare `from … to` as a range', () => {
    expect(readings('The poverty rate rose from 38.5 percent to 42 percent.', 'en')).toEqual(['actual 42 percent []']);
    expect(readings('The NPL ratio edged up to 1.9% in the third quarter of 2024.', 'en')).toEqual([
      'actual 1.9 percent [] p=2024-Q3',
    ]);
    // no verb of change before `from`: one end of a range (negative)
    expect(readings('The unemployment rate is forecast at from 2% to 2.5%.', 'en').join()).not.toMatch(
      /2\.5 percent \[/,
    );
  });

  it('reads no rise inside `giá trị gia tăng` (value added), and the rise of value added', () => {
    expect(read('Thuế suất thuế giá trị gia tăng ở mức 8%.', 'vi').flatMap((s) => s.changes)).toEqual([]);
    expect(readings('Giá trị gia tăng ngành công nghiệp tăng 8,2% so với cùng kỳ.', 'vi')).toEqual([
      'actual - [rate 8.2 same-period-last-year]',
    ]);
  });
});
