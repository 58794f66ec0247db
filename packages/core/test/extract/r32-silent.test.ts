import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';

/** Each statement's value as `value confidence bound` (`-` for no bound). */
const values = (text: string, locale: 'en' | 'vi' = 'en'): string[] =>
  extractStatements(text, { locale }).flatMap((s) =>
    s.value ? [`${s.value.value.base} ${s.value.confidence} ${s.value.value.approximate ?? '-'}`] : [],
  );

/** The values read as certain. */
const certain = (text: string, locale: 'en' | 'vi' = 'en'): string[] =>
  values(text, locale).filter((v) => v.includes(' certain '));

describe('the whole after a part-of link (round 32: test21)', () => {
  it('doubts the number after `out of`, `of the`, `among the` that follows a count', () => {
    expect(
      values(
        '52 out of 148 listed companies, which already announced Q3 financials, outperformed their annual profit targets in 9 months.',
      ),
      // (round 33: the part is the figure, out of its total, doubted `fraction`; the 148 is no figure)
    ).toEqual(['52 uncertain -']);
    expect(certain('12 of the 40 provinces met the disbursement plan in 2023.')).toEqual([]);
    expect(certain('7 among the 63 localities exceeded their plans.')).toEqual([]);
  });

  it('doubts the Vietnamese `trong số` / `trên tổng số` after a count', () => {
    expect(certain('Có 52 trong số 148 doanh nghiệp niêm yết đã vượt kế hoạch lợi nhuận năm.', 'vi')).toEqual([]);
    expect(certain('Có 12 trên tổng số 40 tỉnh đã hoàn thành kế hoạch giải ngân.', 'vi')).toEqual([]);
  });

  it('near-misses: a link after no count keeps its figure', () => {
    expect(values('The group reported revenue of 148 billion dong in 2023.')).toEqual(['148000000000 certain -']);
    expect(values('Năm 2023, kim ngạch xuất khẩu trong số các mặt hàng chủ lực đạt 148 triệu USD.', 'vi')).toEqual([
      '148000000 certain -',
    ]);
  });
});

describe('the verb of an approximation (round 32: test21)', () => {
  it('reads `approximated 17 billion kWh` as about', () => {
    expect(
      values(
        'Meanwhile, thermal power output approximated 17 billion kWh, equivalent to 70 percent of the target, the firm said.',
      ),
    ).toEqual(['17000000000 certain about']);
    expect(values('Rice exports approximates US$3.2 billion in 2017.')).toEqual(['3200000000 certain about']);
  });

  it('near-miss: `reached` keeps the figure exact', () => {
    expect(values('Thermal power output reached 17 billion kWh in 2017.')).toEqual(['17000000000 certain -']);
  });
});

describe('the size of a ranking list before a superlative (round 32: round 31 made-up text)', () => {
  it('doubts `The 5 largest firms`, `the 10 biggest exporters`', () => {
    expect(values('The 5 largest firms reported revenue of 20 billion USD.')).toEqual([
      '5 uncertain -',
      '20000000000 certain -',
    ]);
  });

  it('near-misses: a figure with its unit before a superlative after a comma keeps it', () => {
    expect(values('Rice exports reached US$3.1 billion in 2023, the highest ever.')).toEqual(['3100000000 certain -']);
  });
});
