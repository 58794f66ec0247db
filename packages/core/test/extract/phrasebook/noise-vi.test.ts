import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NOISE_VI } from './noise-vi';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 0.98;

const read = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });

/** Each statement with a figure as `value unit [changes] c=completion p=period st=stage`, uncertain fields marked `?`. */
const readings = (text: string): string[] =>
  read(text)
    .filter((s) => s.value || s.changes.length > 0 || s.completion)
    .map((s) => {
      const v = s.value?.value;
      const value = v
        ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}${s.value?.confidence === 'uncertain' ? '?' : ''}`
        : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}`;
      });
      const c = s.completion ? ` c=${s.completion.value.percent.value}` : '';
      const p = s.period ? ` p=${s.period.value}` : '';
      const st = s.stage ? ` st=${s.stage.value}` : '';
      return `${value} [${ch.join(', ')}]${c}${p}${st}`;
    });

describe('phrasebook noise-vi — the Vietnamese books wrapped in the noise of real reports', () => {
  const score = scorePhrasebook(NOISE_VI);

  it('gives no silent wrong number over the whole area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of the area's facts whole`, () => {
    expect(NOISE_VI.cases.length).toBeGreaterThan(2000);
    expect(NOISE_VI.cases.length).toBeLessThanOrEqual(3000);
    // at least a fifth are near-misses: noise alone, or noise whose numbers are no figure
    const nearMiss = NOISE_VI.cases.filter(
      (c) =>
        c.facts.length === 0 ||
        /\((theo|giai đoạn|kỳ họp|chưa kể|Nghị quyết|số liệu)|thứ 3 cả nước|thứ 12\/63|5 năm qua|1234\/QĐ|từ năm 2015|đứng đầu|^(Tại|Riêng|Trên tuyến|Theo Báo cáo số|Ở|Đối với|Trong lĩnh vực|Theo Nghị quyết)/.test(
          c.text,
        ),
    );
    expect(nearMiss.length / NOISE_VI.cases.length).toBeGreaterThanOrEqual(0.2);
    expect(wholeShare(score.tally)).toBeGreaterThanOrEqual(FLOOR);
  });

  it('gives a change or completion written after a bracket of parts back to the figure before the bracket', () => {
    expect(
      readings(
        'Kim ngạch xuất khẩu quý II/2024 đạt 12,4 tỷ USD (trong đó: khu vực FDI đạt 9,1 tỷ USD, khu vực trong nước đạt 3,3 tỷ USD), tăng 7,5% so với cùng kỳ.',
      ),
    ).toEqual([
      '12400000000 USD [rate 7.5 same-period-last-year] p=2024-Q2',
      '9100000000 USD [] p=2024-Q2',
      '3300000000 USD [] p=2024-Q2',
    ]);
    expect(
      readings(
        'Năm 2024, diện tích trồng rừng mới đạt 3.150 ha (1.020 ha rừng phòng hộ và 2.130 ha rừng sản xuất), đạt 105% kế hoạch năm.',
      ),
    ).toEqual(['3150 ha [] c=105 p=2024', '1020 ha? [] p=2024', '2130 ha [] p=2024']);
    expect(
      readings(
        'Thu ngân sách 9 tháng năm 2024 ước đạt 8.200 tỷ đồng (cùng kỳ năm trước đạt 7.600 tỷ đồng), ước tăng 7,9% so với cùng kỳ.',
      ),
    ).toEqual([
      '8200000000000 VND [rate 7.9 same-period-last-year] p=2024-YTD-09 st=estimate',
      '7600000000000 VND? [] p=2023-YTD-09',
    ]);
    // negative: a statement named after the bracket keeps its own change
    expect(
      readings('Xuất khẩu tháng 5/2024 đạt 3 tỷ USD (riêng gạo đạt 0,4 tỷ USD), nhập khẩu tăng 6% so với cùng kỳ.'),
    ).toEqual([
      '3000000000 USD [] p=2024-05',
      '400000000 USD [] p=2024-05',
      '- [rate 6 same-period-last-year] p=2024-05',
    ]);
  });

  it('passes a bracket after a tonnage over to the tonnage when changes are measured in volume and value', () => {
    expect(
      readings(
        'Xuất khẩu cà phê 6 tháng đầu năm 2024 đạt 950 nghìn tấn (cùng kỳ năm trước đạt 1,02 triệu tấn), trị giá 3,2 tỷ USD, giảm 6,8% về lượng nhưng tăng 41% về giá trị so với cùng kỳ.',
      )[0],
    ).toBe('950000 tonne [rate -6.8 same-period-last-year] p=2024-H1');
  });

  it('lets a list’s closing base reach every item when a bracket, a reason or a closing quote follows it', () => {
    const all = (text: string): string[] => readings(text).map((r) => r.replace(/ p=.*$/, ''));
    expect(all('Dệt may tăng 4,2%; da giày tăng 6,1%; gỗ tăng 9% so với cùng kỳ (theo giá hiện hành).')).toEqual([
      '- [rate 4.2 same-period-last-year]',
      '- [rate 6.1 same-period-last-year]',
      '- [rate 9 same-period-last-year]',
    ]);
    expect(
      all('Ngành khai khoáng giảm 2,5%, chế biến chế tạo tăng 8,3% so với cùng kỳ nhờ đơn hàng phục hồi.'),
    ).toEqual(['- [rate -2.5 same-period-last-year]', '- [rate 8.3 same-period-last-year]']);
    expect(all('“Hoa Kỳ tăng 11%, EU tăng 3,4% và Nhật Bản giảm 1,2% so với tháng trước”, ông Bình nói.')).toEqual([
      '- [rate 11 previous-period]',
      '- [rate 3.4 previous-period]',
      '- [rate -1.2 previous-period]',
    ]);
    // negative: a contrast still ends the list, whatever follows the base
    expect(all('Xuất khẩu tăng 5%, trong khi nhập khẩu tăng 7% so với cùng kỳ (theo giá hiện hành).')).toEqual([
      '- [rate 5 -]',
      '- [rate 7 same-period-last-year]',
    ]);
  });

  it('reads a hard-wrapped line as one sentence, but not a heading, a bullet or a table row', () => {
    expect(readings('Sản lượng điện tháng 8/2024 đạt 24,5 tỷ\nkWh, tăng 9,1% so với cùng kỳ.')).toEqual([
      '24500000000 [rate 9.1 same-period-last-year] p=2024-08',
    ]);
    expect(readings('Lượng khách quốc tế 5 tháng năm 2024 đạt 7,6 triệu lượt, tăng 64,6%\nso với cùng kỳ.')).toEqual([
      '7600000 [rate 64.6 same-period-last-year] p=2024-YTD-05',
    ]);
    expect(readings('Vốn FDI giải ngân 7 tháng năm 2024 đạt 12,55 tỷ\nUSD, tăng 8,4% so với cùng kỳ.')).toEqual([
      '12550000000 USD [rate 8.4 same-period-last-year] p=2024-YTD-07',
    ]);
    // negative: a heading line and a bullet line are sentences of their own
    expect(
      read('TÌNH HÌNH XUẤT KHẨU\nKim ngạch xuất khẩu tháng 8/2024 đạt 36,4 tỷ USD.').map((s) => s.name?.value),
    ).toEqual(['Kim ngạch xuất khẩu']);
    expect(
      readings(
        'Kết quả như sau:\n- Tháng 8/2024, doanh thu đạt 120 tỷ đồng;\n- Tháng 9/2024, doanh thu đạt 131 tỷ đồng.',
      ),
    ).toEqual(['120000000000 VND [] p=2024-08', '131000000000 VND [] p=2024-09']);
  });

  it('reads each quarter of a bracket as the rate of its quarter, and a same-period bracket before the base as its own', () => {
    const firstOf = (text: string): string[] => readings(text).map((r) => r.replace(/\?/g, ''));
    expect(
      firstOf('GRDP 6 tháng đầu năm 2025 ước tăng 7,3% so với cùng kỳ năm trước (quý I tăng 6,9%; quý II tăng 7,6%).'),
    ).toEqual([
      '- [rate 7.3 same-period-last-year] p=2025-H1 st=estimate',
      '- [rate 7.6 -] p=2025-Q2',
      '- [rate 6.9 same-period-last-year] p=2025-Q1',
    ]);
    expect(
      firstOf('Năm 2024, IIP tăng 8,4% (quý I tăng 6,2%, quý II tăng 8,1%, quý III tăng 9,3%, quý IV tăng 9,8%).')[0],
    ).toBe('- [rate 8.4 -] p=2024');
    expect(firstOf('CPI tháng 8/2024 tăng 3,45% (cùng kỳ năm trước tăng 2,96%) so với cùng kỳ năm trước.')).toEqual([
      '- [rate 3.45 same-period-last-year] p=2024-08',
      '- [rate 2.96 -] p=2023-08',
    ]);
    // negative: a bracket stating the change's size still lets the base after it reach the change
    expect(firstOf('Diện tích lúa đông xuân năm 2024 đạt 41.200 ha, giảm 1,6% (-673 ha) so cùng kỳ.')).toEqual([
      '41200 ha [rate -1.6 same-period-last-year] p=2024',
    ]);
  });

  it('reads the levels of a move in a bracket after a change as figures of their own, the first dated by the base', () => {
    expect(
      readings(
        'Sản lượng lúa quý III năm 2023 đạt 2,3 triệu tấn, tăng 1,6% (từ 2,26 triệu tấn lên 2,3 triệu tấn) so với quý II/2023.',
      ),
    ).toEqual(['2300000 tonne [rate 1.6 2023-Q2] p=2023-Q3', '2260000 tonne? [] p=2023-Q2']);
    expect(
      readings(
        'Tháng 10/2023, kim ngạch xuất khẩu đạt 35,6 tỷ USD, giảm 5,9% (từ 37,8 tỷ USD xuống 35,6 tỷ USD) so với cùng kỳ năm trước.',
      ),
    ).toEqual(['35600000000 USD [rate -5.9 same-period-last-year] p=2023-10', '37800000000 USD? [] p=2022-10']);
    expect(readings('Diện tích lúa năm 2024 giảm 1,6% (từ 41.873 ha xuống 41.200 ha) so cùng kỳ.')).toEqual([
      '- [rate -1.6 same-period-last-year] p=2024',
      '41873 ha? [] p=2024',
      '41200 ha? [] p=2024',
    ]);
    // negatives: a base that names no period leaves the first level where it was; a neutral
    // `từ X đến Y` range still lets the base after the bracket reach the change
    expect(readings('Xuất khẩu năm 2024 đạt 35,6 tỷ USD, giảm 5,9% (từ 37,8 tỷ USD xuống 35,6 tỷ USD).')).toEqual([
      '35600000000 USD [rate -5.9 -] p=2024',
    ]);
    expect(
      readings('Hàng hóa qua khu vực Quảng Trị năm 2024 tăng 52,9% (từ 736.095 đến 1,12 triệu tấn) so với cùng kỳ.')[0],
    ).toBe('- [rate 52.9 same-period-last-year] p=2024');
  });

  it('keeps a fronted attribution out of the indicator’s name, and a fronted plan still frames a goal', () => {
    const names = (text: string): (string | undefined)[] => read(text).map((s) => s.name?.value);
    expect(names('Theo Cục Thống kê tỉnh, tổng mức bán lẻ hàng hóa năm 2024 đạt 86.500 tỷ đồng.')).toEqual([
      'tổng mức bán lẻ hàng hóa',
    ]);
    expect(
      names('Theo Thứ trưởng Bộ NN&PTNT Trần Quốc Bảo, kim ngạch xuất khẩu nông sản năm 2024 đạt 62 tỷ USD.'),
    ).toEqual(['kim ngạch xuất khẩu nông sản']);
    expect(names('Báo cáo tại kỳ họp, Giám đốc Sở KH&ĐT cho biết, vốn FDI năm 2024 đạt 1,2 tỷ USD.')).toEqual([
      'vốn FDI',
    ]);
    // negative: `Theo kế hoạch` is a plan, not a source — the figure stays a goal
    const plan = read('Theo kế hoạch năm 2025, GRDP của tỉnh tăng 8%.');
    expect(plan.map((s) => [s.name?.value, s.kind.value, s.period?.value])).toEqual([
      ['GRDP của tỉnh', 'target', '2025'],
    ]);
  });

  it('dates a part after `;` by the period it opens on, and the next statement of that part by it too', () => {
    expect(
      readings(
        'Cụ thể: - 6 tháng đầu năm 2024, doanh thu đạt 1.234 tỷ đồng, tăng 14,8% so với cùng kỳ; - năm 2023, doanh thu đạt 2.100 tỷ đồng, tăng 3,1% so với cùng kỳ.',
      ).map((r) => r.replace(/\?/g, '')),
    ).toEqual([
      '1234000000000 VND [rate 14.8 same-period-last-year] p=2024-H1',
      '2100000000000 VND [rate 3.1 same-period-last-year] p=2023',
    ]);
    expect(readings('Năm 2023, GRDP tăng 5,1%; 6 tháng đầu năm 2024, GRDP tăng 6,2%.')).toEqual([
      '- [rate 5.1 -] p=2023',
      '- [rate 6.2 -] p=2024-H1',
    ]);
    expect(
      readings(
        'Năm 2024, tổng thu ngân sách đạt 5.701,5 tỷ đồng; xuất khẩu gạo 9 tháng năm 2024 đạt 7,8 triệu tấn với kim ngạch 4,37 tỷ USD.',
      ),
    ).toEqual(['5701500000000 VND [] p=2024', '7800000 tonne [] p=2024-YTD-09', '4370000000 USD [] p=2024-YTD-09']);
    // negative: without `;` the opening year still dates a later statement that names no period
    expect(
      readings(
        'Năm 2024, thu ngân sách đạt 5.700 tỷ đồng, trong đó thu nội địa quý IV đạt 900 tỷ đồng, thu từ đất đạt 300 tỷ đồng.',
      ),
    ).toEqual(['5700000000000 VND [] p=2024', '900000000000 VND [] p=2024-Q4', '300000000000 VND [] p=2024']);
  });
});
