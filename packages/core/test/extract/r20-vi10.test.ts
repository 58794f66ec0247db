import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { changeText, figured, valueText } from './readings';

/**
 * Round 20, Vietnamese district and company reports (shapes of the released `test10`, written as
 * paraphrases of our own with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as `value unit|(unit) [changes] c=completion k=kind st=stage`. */
const readings = (text: string): string[] =>
  figured(text, 'vi').map((s) => {
    const value = valueText(s);
    const ch = s.changes.map(changeText);
    const c = s.completion ? ` c=${s.completion.value.percent.value}` : '';
    const st = s.stage ? ` st=${s.stage.value}` : '';
    return `${value} [${ch.join(', ')}]${c} k=${s.kind.value}${st}`;
  });

describe('a result and its plan side by side: `X tỷ đồng/KH Y tỷ đồng`', () => {
  it('keeps the money unit of the result (the slash before the plan word is no price `đồng/kg`)', () => {
    expect(readings('Doanh thu du lịch ước đạt 412 tỷ đồng/KH 400 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual st=estimate',
    ]);
    expect(readings('Thu ngân sách đạt 1.250,5 tỷ đồng/kế hoạch 1.100 tỷ đồng, tăng 12% so với năm 2023.')).toEqual([
      '1250500000000 VND [rate 12 2023] k=actual',
    ]);
    expect(readings('Chi ngân sách địa phương đạt 800 tỷ đồng/dự toán 900 tỷ đồng.')).toEqual([
      '800000000000 VND [] k=actual',
    ]);
    // a plan range after the slash is no figure of its own (one end would be a guess)
    expect(readings('Thu nhập bình quân đầu người ước đạt 61,2 triệu đồng/KH 60-62 triệu đồng.')).toEqual([
      '61200000 VND [] k=actual st=estimate',
    ]);
  });

  it('still reads money per a unit of goods, per person and per year as a price or rate unit (near-misses)', () => {
    expect(readings('Giá lúa tăng lên 7.500 đồng/kg.')).toEqual(['7500 (đồng/kg) [] k=actual']);
    expect(readings('Giá vé tham quan là 50.000 đồng/khách.')).toEqual(['50000 (đồng/khách) [] k=actual']);
    expect(readings('Thu nhập bình quân đạt 4,5 triệu đồng/người/tháng.')).toEqual([
      '4500000 (đồng/người/tháng) [] k=actual',
    ]);
  });
});

describe('`lần lượt` between a change verb and its rates: `tăng trưởng lần lượt X% và Y%`', () => {
  it('reads the rates as the verb’s and pairs them with the values or names before, in order', () => {
    expect(
      readings(
        'Trong 9 tháng, doanh thu đạt 3.150 tỷ đồng, lợi nhuận sau thuế đạt 412 tỷ đồng, tăng lần lượt 9,8% và 14,5% so với cùng kỳ năm trước.',
      ),
    ).toEqual([
      '3150000000000 VND [rate 9.8 same-period-last-year] k=actual',
      '412000000000 VND [rate 14.5 same-period-last-year] k=actual',
    ]);
    expect(readings('Doanh thu và lợi nhuận tăng lần lượt 12% và 15% so với cùng kỳ.')).toEqual([
      '- [rate 12 same-period-last-year] k=actual',
      '- [rate 15 same-period-last-year] k=actual',
    ]);
    const names = extractStatements(
      'Nhập khẩu từ Hàn Quốc và Nhật Bản giảm lần lượt là 4,1% và 2,7% so với năm 2023.',
      {
        locale: 'vi',
      },
    ).map((s) => `${s.name?.value}: ${s.changes.map((c) => c.value.amount.value).join()}`);
    expect(names).toEqual(['Nhập khẩu từ Hàn Quốc: -4.1', 'Nhật Bản: -2.7']);
    expect(
      readings(
        'Năm 2024, doanh thu của công ty đạt 880 tỷ đồng và lợi nhuận đạt 95 tỷ đồng, tăng trưởng lần lượt 6,5% và 11% so với năm 2023.',
      ),
    ).toEqual(['880000000000 VND [rate 6.5 2023] k=actual', '95000000000 VND [rate 11 2023] k=actual']);
    // (before, the verb read only the first rate and `11% so với năm 2023` was left a ratio)
  });

  it('pairs nothing by guess when the names and rates differ in count, and reads no change where no verb stands (near-misses)', () => {
    const [list] = extractStatements('Doanh thu, lợi nhuận và nộp ngân sách tăng lần lượt 12% và 15% so với cùng kỳ.', {
      locale: 'vi',
    });
    expect(list?.changes.map((c) => c.confidence)).toEqual(['uncertain', 'uncertain']);
    expect(readings('Doanh thu và lợi nhuận lần lượt đạt 1.200 tỷ đồng và 150 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=actual',
      '150000000000 VND [] k=actual',
    ]);
    expect(readings('Các dự án lần lượt được khởi công, tổng vốn đầu tư tăng 8% so với năm 2022.')).toEqual([
      '- [rate 8 2022] k=actual',
    ]);
  });
});

describe('a figure shared by a pair: `A X và B Y, cùng đạt Z% kế hoạch` / `…, đều tăng Z%`', () => {
  it('gives the completion or change after `cùng`/`đều` to each of the two values', () => {
    expect(
      readings(
        'Lợi nhuận trước thuế đạt 1.064 tỷ đồng và lợi nhuận sau thuế 849 tỷ đồng, cùng đạt 135% kế hoạch tháng.',
      ),
    ).toEqual(['1064000000000 VND [] c=135 k=actual', '849000000000 VND [] c=135 k=actual']);
    expect(readings('Doanh thu đạt 500 tỷ đồng và lợi nhuận đạt 60 tỷ đồng, đều tăng 12% so với cùng kỳ.')).toEqual([
      '500000000000 VND [rate 12 same-period-last-year] k=actual',
      '60000000000 VND [rate 12 same-period-last-year] k=actual',
    ]);
    expect(readings('Xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4,2 tỷ USD, cùng tăng 8% so với năm 2023.')).toEqual([
      '5000000000 USD [rate 8 2023] k=actual',
      '4200000000 USD [rate 8 2023] k=actual',
    ]);
    expect(
      readings('Sản lượng lúa ước đạt 61.000 tấn, sản lượng ngô ước đạt 9.400 tấn, đều vượt 4% kế hoạch năm.'),
    ).toEqual(['61000 tonne [] c=104 k=actual st=estimate', '9400 tonne [] c=104 k=actual st=estimate']);
  });

  it('gives nothing to a list of three, to a value with its own change, or after `cùng kỳ` (near-misses)', () => {
    // three values: the words may cover only the last ones — the figure stays where the clause put it
    expect(
      readings(
        'GRDP đạt 9.000 tỷ đồng, xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4,2 tỷ USD, cùng tăng 8% so với năm 2023.',
      ).slice(0, 3),
    ).toEqual(['9000000000000 VND [] k=actual', '5000000000 USD [] k=actual', '4200000000 USD [] k=actual']);
    // the first value has its own change: the shared rise is not lent to it
    expect(readings('Doanh thu đạt 500 tỷ đồng, tăng 5%, lợi nhuận đạt 60 tỷ đồng, đều tăng 9%.')[0]).toBe(
      '500000000000 VND [rate 5 -] k=actual',
    );
    // `cùng kỳ` is a base, not `cùng` of a pair
    expect(readings('Doanh thu đạt 500 tỷ đồng và lợi nhuận đạt 60 tỷ đồng, cùng kỳ tăng 12%.')[0]).toBe(
      '500000000000 VND [] k=actual',
    );
  });
});

describe('the parts of an estimated total are estimates: `X ước đạt A; trong đó: Y B`', () => {
  it('gives a part with no stage of its own the stage of its total', () => {
    expect(
      readings(
        'Tổng thu ngân sách ước thực hiện 1.500 tỷ đồng, bằng 99% dự toán; trong đó: thu nội địa 1.200 tỷ đồng, bằng 101% dự toán.',
      ),
    ).toEqual(['1500000000000 VND [] c=99 k=actual st=estimate', '1200000000000 VND [] c=101 k=actual st=estimate']);
    expect(
      readings(
        'Tổng vốn đầu tư ước đạt 12.400 tỷ đồng; trong đó vốn nhà nước 3.100 tỷ đồng, vốn ngoài nhà nước 7.800 tỷ đồng.',
      ),
    ).toEqual([
      '12400000000000 VND [] k=actual st=estimate',
      '3100000000000 VND [] k=actual st=estimate',
      '7800000000000 VND [] k=actual st=estimate',
    ]);
    expect(
      readings('Tổng sản lượng thủy sản ước đạt 21.000 tấn, trong đó sản lượng nuôi trồng 13.500 tấn.').map((r) =>
        r.endsWith('st=estimate'),
      ),
    ).toEqual([true, true]);
  });

  it('gives no stage to the parts of a total that has none, to a part with its own verb, nor to a plan’s parts (near-misses)', () => {
    expect(readings('Tổng thu ngân sách ước đạt 1.500 tỷ đồng, trong đó thu nội địa đạt 1.200 tỷ đồng.')).toEqual([
      '1500000000000 VND [] k=actual st=estimate',
      '1200000000000 VND [] k=actual',
    ]);
    expect(readings('Tổng thu ngân sách đạt 1.500 tỷ đồng, trong đó thu nội địa 1.200 tỷ đồng.')).toEqual([
      '1500000000000 VND [] k=actual',
      '1200000000000 VND [] k=actual',
    ]);
    expect(readings('Tổng thu ngân sách năm 2023 đạt 1.500 tỷ đồng; năm 2024 ước đạt 1.650 tỷ đồng.')[0]).toBe(
      '1500000000000 VND [] k=actual',
    );
    expect(
      readings('Kế hoạch thu ngân sách năm 2025 là 1.500 tỷ đồng, trong đó thu nội địa 1.200 tỷ đồng.'),
    ).not.toContain('1200000000000 VND [] k=actual st=estimate');
  });
});

describe('a manner word after `tăng trưởng`: `tăng trưởng mạnh 15%`, `đà tăng trưởng cao 43,4% so với cùng kỳ`', () => {
  it('reads the rate of the rise (before: a doubted ratio)', () => {
    expect(readings('Xuất khẩu tăng trưởng mạnh 15% so với năm 2023.')).toEqual(['- [rate 15 2023] k=actual']);
    expect(readings('Doanh thu tăng trưởng nhẹ 2,1% so với quý trước.')).toEqual([
      '- [rate 2.1 previous-period] k=actual',
    ]);
    expect(readings('Thị trường Hàn Quốc vẫn giữ được đà tăng trưởng cao 27,5% so với cùng kỳ.')).toEqual([
      '- [rate 27.5 same-period-last-year] k=actual',
    ]);
  });

  it('leaves `tăng trưởng cao hơn` the comparative’s, and a bare `tăng trưởng cao` no figure (near-misses)', () => {
    const [points] = extractStatements('GRDP tăng trưởng cao hơn 1,2 điểm phần trăm so với năm 2023.', {
      locale: 'vi',
    });
    expect(points?.changes.map((c) => [c.value.form, c.confidence])).toEqual([['points', 'uncertain']]);
    expect(readings('Ngành du lịch tăng trưởng cao, doanh thu đạt 1.200 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=actual',
    ]);
  });
});
