import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { VI_GENRES } from './vi-genres';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 0.99;

const read = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });

/** Each statement with a figure as `value unit [changes] c=completion p=period k=kind`. */
const readings = (text: string): string[] =>
  read(text)
    .filter((s) => s.value || s.changes.length > 0 || s.completion)
    .map((s) => {
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

describe('phrasebook vi-genres — companies’ results against their plan, district reports', () => {
  const score = scorePhrasebook(VI_GENRES);

  it('gives no silent wrong number over the whole area', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of the area's facts whole`, () => {
    expect(VI_GENRES.cases.length).toBeGreaterThan(400);
    expect(VI_GENRES.cases.length).toBeLessThanOrEqual(3000);
    expect(wholeShare(score.tally)).toBeGreaterThanOrEqual(FLOOR);
  });

  it('reads business-press periods and base abbreviations: 9T2024, 6T/2024, Q2/2024; svck, so với CK, yoy', () => {
    expect(readings('Lợi nhuận gộp 9T2024 đạt 2.150 tỷ đồng, tăng 18% svck.')).toEqual([
      '2150000000000 VND [rate 18 same-period-last-year] p=2024-YTD-09 k=actual',
    ]);
    expect(readings('Lãi ròng 6T/2025 đạt 845 tỷ đồng, giảm 3,5% yoy.')).toEqual([
      '845000000000 VND [rate -3.5 same-period-last-year] p=2025-H1 k=actual',
    ]);
    expect(readings('Doanh thu Q3/2024 đạt 7,2 nghìn tỷ đồng, tăng 6% so với quý trước.')).toEqual([
      '7200000000000 VND [rate 6 previous-period] p=2024-Q3 k=actual',
    ]);
  });

  it('keeps the plan’s own year out of the statement’s period (`48% kế hoạch lợi nhuận cả năm`)', () => {
    expect(
      readings(
        'Quý III/2024, lãi trước thuế đạt 612 tỷ đồng, tăng 9% so với CK, thực hiện được 71% kế hoạch lợi nhuận cả năm.',
      ),
    ).toEqual(['612000000000 VND [rate 9 same-period-last-year] c=71 p=2024-Q3 k=actual']);
    // a plan of a named year keeps the year to the period reader (negative: no tail is taken)
    expect(readings('Năm 2024, doanh thu đạt 980 tỷ đồng, bằng 96% kế hoạch năm 2024.')).toEqual([
      '980000000000 VND [] c=96 p=2024 k=actual',
    ]);
  });

  it('reads exceeding the plan as 100 + X and a company’s plan for its year as a target', () => {
    expect(readings('Năm 2024, LNST đạt 1.350 tỷ đồng, vượt 8% kế hoạch lợi nhuận.')).toEqual([
      '1350000000000 VND [] c=108 p=2024 k=actual',
    ]);
    expect(readings('Năm 2025, ngân hàng đặt kế hoạch lợi nhuận trước thuế 4.200 tỷ đồng.')).toEqual([
      '4200000000000 VND [] p=2025 k=target',
    ]);
  });

  it('reads a district’s result against the plan the district assigned', () => {
    expect(
      readings(
        'Năm 2024, tổng thu ngân sách trên địa bàn huyện ước đạt 512 tỷ đồng, tăng 6,4% so với cùng kỳ, đạt 118% dự toán tỉnh giao.',
      ),
    ).toEqual(['512000000000 VND [rate 6.4 same-period-last-year] c=118 p=2024 k=actual']);
  });
});
