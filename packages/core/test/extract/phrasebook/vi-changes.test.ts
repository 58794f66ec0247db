import { describe, expect, it } from 'vitest';
import { extractReport, type Statement } from '../../../src/extract';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { VI_CHANGES } from './vi-changes';

/** The reading of one sentence, compactly: value, bound, completion, changes, period, stage, kind. */
function read(text: string): string[] {
  const u = (f: { confidence?: string | undefined } | undefined): string => (f?.confidence === 'uncertain' ? '?' : '');
  return extractReport(text, { locale: 'vi' }).statements.map((s: Statement) => {
    const v = s.value?.value;
    const ch = s.changes.map(
      (c) =>
        `${c.value.form} ${c.value.amount.value}${u(c)} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}`,
    );
    return [
      s.kind.value,
      v
        ? `v=${v.base}${u(s.value)}${v.unitCode ? ` ${v.unitCode}` : ''}${v.approximate ? ` ~${v.approximate}` : ''}`
        : 'v=',
      `c=${s.completion ? `${s.completion.value.percent.value}${u(s.completion)}` : ''}`,
      `ch=[${ch.join(', ')}]`,
      `p=${s.period?.value ?? ''}`,
      `st=${s.stage?.value ?? ''}`,
    ].join(' ');
  });
}

describe('phrasebook vi-changes: changes, bases, completions, values, goals and periods of Vietnamese report prose', () => {
  const score = scorePhrasebook(VI_CHANGES);

  it('reads no number silently wrong in any case of the area', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it('reads whole at least the floor of its facts', () => {
    expect(VI_CHANGES.cases.length).toBeGreaterThan(2000);
    expect(VI_CHANGES.cases.length).toBeLessThanOrEqual(3000);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });

  it('`giảm đi X%` is a fall, not a ratio', () => {
    expect(read('Sản lượng lúa quý III/2023 đạt 2,3 triệu tấn, giảm đi 5,9% so với cùng kỳ năm trước.')).toEqual([
      'actual v=2300000 tonne c= ch=[rate -5.9 same-period-last-year] p=2023-Q3 st=',
    ]);
  });

  it('`ngót`, `chưa đến`, `chưa tới` bound the value from above', () => {
    expect(read('Tổng thu ngân sách năm 2024 đạt ngót 12.300 tỷ đồng.')).toEqual([
      'actual v=12300000000000 VND ~under c= ch=[] p=2024 st=',
    ]);
    expect(read('Kim ngạch xuất khẩu 6 tháng đầu năm 2024 chỉ đạt chưa tới 850 triệu USD.')[0]).toContain('~under');
    expect(read('Sản lượng lúa năm 2024 ước đạt chưa đến 2,3 triệu tấn.')[0]).toContain('v=2300000 tonne ~under');
  });

  it('`so với tháng liền kề` / `tháng liền trước` / `quý liền kề trước` is the previous period', () => {
    expect(read('Kim ngạch xuất khẩu tháng 10/2023 ước đạt 35,6 tỷ USD, tăng 5,9% so với tháng liền kề.')).toEqual([
      'actual v=35600000000 USD c= ch=[rate 5.9 previous-period] p=2023-10 st=estimate',
    ]);
    expect(read('Chỉ số giá tiêu dùng tháng 3/2024 giảm 0,23% so với tháng liền trước.')[0]).toContain(
      'rate -0.23 previous-period',
    );
    expect(read('Vốn FDI quý II/2024 đạt 620 triệu USD, tăng 12% so với quý liền kề trước.')[0]).toContain(
      'rate 12 previous-period',
    );
  });

  it('`bằng X% so với tháng (quý) cùng kỳ năm trước` is a ratio to the same period last year', () => {
    expect(
      read('Sản lượng điện quý III/2023 đạt 7.250 triệu kWh, bằng 96,3% so với quý cùng kỳ năm trước.')[0],
    ).toContain('ch=[ratio 96.3 same-period-last-year]');
    expect(read('Doanh thu tháng 5/2024 đạt 420 tỷ đồng, bằng 88% so với tháng cùng kỳ.')[0]).toContain(
      'ch=[ratio 88 same-period-last-year]',
    );
  });

  it('a noun of a rate or a focus adverb alone after a comma (`với mức tăng`, `tốc độ tăng`, `chỉ bằng`) gives its change to the value before', () => {
    expect(
      read('Kim ngạch xuất khẩu tháng 5/2024 đạt 32,8 tỷ USD, với mức tăng 15,8% so với cùng kỳ năm trước.'),
    ).toEqual(['actual v=32800000000 USD c= ch=[rate 15.8 same-period-last-year] p=2024-05 st=']);
    expect(read('Doanh thu du lịch quý I/2024 ước đạt 5.400 tỷ đồng, tốc độ tăng 21% so với cùng kỳ.')).toEqual([
      'actual v=5400000000000 VND c= ch=[rate 21 same-period-last-year] p=2024-Q1 st=estimate',
    ]);
    expect(read('Số dự án cấp mới 6 tháng đầu năm 2024 đạt 85 dự án, chỉ bằng 78,4% so với cùng kỳ.')).toEqual([
      'actual v=85 project c= ch=[ratio 78.4 same-period-last-year] p=2024-H1 st=',
    ]);
    expect(read('GRDP của tỉnh năm 2024 tăng trưởng ở mức 7,3% so với năm 2023.')).toEqual([
      'actual v= c= ch=[rate 7.3 2023] p=2024 st=',
    ]);
  });

  it('negative: a rate noun with its own words after a comma names a statement of its own', () => {
    expect(
      read('Kim ngạch xuất khẩu tháng 5/2024 đạt 32,8 tỷ USD, mức tiêu thụ trong nước tăng 5% so với cùng kỳ.'),
    ).toEqual([
      'actual v=32800000000 USD c= ch=[] p=2024-05 st=',
      'actual v= c= ch=[rate 5 same-period-last-year] p=2024-05 st=',
    ]);
  });

  it('`(tính) đến cuối tháng M/Y` and `(lũy kế) đến hết quý III/Y` are the year to date, not the month or quarter', () => {
    expect(
      read('Tính đến cuối tháng 9/2024, kim ngạch xuất khẩu đạt 35,6 tỷ USD, tăng 8,25% so với cùng kỳ năm trước.'),
    ).toEqual(['actual v=35600000000 USD c= ch=[rate 8.25 same-period-last-year] p=2024-YTD-09 st=']);
    expect(read('Lũy kế đến hết quý III/2024, vốn FDI giải ngân đạt 17,3 tỷ USD.')[0]).toContain('p=2024-YTD-09');
    expect(read('Đến hết quý I năm 2025, thu ngân sách đạt 4.120 tỷ đồng.')[0]).toContain('p=2025-YTD-03');
    expect(
      read('Đến cuối tháng 10/2024, dư nợ tín dụng đạt 152.300 tỷ đồng, tăng 5,9% so với cuối năm 2023.')[0],
    ).toContain('ch=[rate 5.9 2023-12] p=2024-YTD-10');
  });

  it('negative: `cuối tháng 9/2024` without `đến` is the month; `quý III/2024` alone the quarter', () => {
    expect(read('Cuối tháng 9/2024, dư nợ tín dụng đạt 152.300 tỷ đồng.')[0]).toContain('p=2024-09');
    expect(read('Quý III/2024, kim ngạch xuất khẩu đạt 35,6 tỷ USD.')[0]).toContain('p=2024-Q3');
  });

  it('`vượt dự toán Trung ương giao 25%`: the plan’s assigner between the plan and the amount; `kế hoạch vốn` is a plan', () => {
    expect(read('Kim ngạch xuất khẩu năm 2024 đạt 35,6 tỷ USD, vượt dự toán Trung ương giao 25%.')).toEqual([
      'actual v=35600000000 USD c=125 ch=[] p=2024 st=',
    ]);
    expect(read('Thu ngân sách năm 2024 đạt 12.300 tỷ đồng, vượt dự toán HĐND tỉnh giao 3,2%.')[0]).toContain(
      'c=103.2',
    );
    expect(
      read('Giải ngân vốn đầu tư công năm 2024 đạt 8.745 tỷ đồng, vượt kế hoạch Thủ tướng Chính phủ giao 8%.')[0],
    ).toContain('c=108');
    expect(read('Giải ngân 9 tháng năm 2024 đạt 5.120 tỷ đồng, bằng 62,5% kế hoạch vốn.')[0]).toContain('c=62.5');
  });

  it('an amount after exceeding a plan with no `là` (`vượt kế hoạch năm 1.200 tỷ đồng`) is no certain target', () => {
    const read2 = extractReport('Thu ngân sách năm 2024 đạt 12.300 tỷ đồng, vượt kế hoạch năm 1.200 tỷ đồng.', {
      locale: 'vi',
    }).statements;
    expect(read2.filter((s) => s.value?.value.base === '1200000000000' && s.value.confidence !== 'uncertain')).toEqual(
      [],
    );
    expect(read2[0]?.value?.value.base).toBe('12300000000000');
  });

  it('negative: with `là` the plan’s own figure after exceeding it stays the target', () => {
    expect(read('Thu ngân sách năm 2024 đạt 12.300 tỷ đồng, vượt dự toán HĐND tỉnh giao là 11.000 tỷ đồng.')[1]).toBe(
      'target v=11000000000000 VND c= ch=[] p=2024 st=',
    );
  });

  it('an adverb of contrast alone before the second change (`nhưng vẫn`, `, tuy nhiên`) names no statement of its own', () => {
    expect(
      read(
        'Vốn đăng ký bình quân tháng 3/2024 đạt 8 tỷ đồng, tăng 2,7% so với tháng trước nhưng vẫn giảm 21,5% so với cùng kỳ năm 2023.',
      ),
    ).toHaveLength(1);
    expect(
      read(
        'Thu xuất nhập khẩu năm 2024 đạt 13.655 tỷ đồng, hoàn thành 77% dự toán, tuy nhiên giảm 10% so với cùng kỳ.',
      ),
    ).toEqual(['actual v=13655000000000 VND c=77 ch=[rate -10 same-period-last-year] p=2024 st=']);
    expect(
      read('Kim ngạch nhập khẩu quý I/2024 đạt 9,2 tỷ USD, giảm 3% so với quý trước, song vẫn tăng 6% so với cùng kỳ.'),
    ).toHaveLength(1);
  });

  it('negative: a subject before the adverb (`nhưng lợi nhuận vẫn giảm`) names a statement of its own', () => {
    expect(read('Doanh thu năm 2024 tăng 5% nhưng lợi nhuận vẫn giảm 3%.')).toHaveLength(2);
  });

  it('negative: `tăng 5%` of a rate that follows `bằng` keeps the ratio; `liền kề` of a place is no base', () => {
    expect(read('Doanh thu tháng 5/2024 bằng 92,5% so với tháng trước.')[0]).toContain('ratio 92.5 previous-period');
    expect(read('Xuất khẩu sang các nước liền kề đạt 1,2 tỷ USD, tăng 5%.')[0]).not.toContain('previous-period');
  });
});

/** Whole-fact floor of the area: what the extractor reached, rounded down to a whole percent. */
const FLOOR = 0.99;
