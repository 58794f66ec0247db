import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { completion, read } from './statements.test-util';

const vi = (text: string): Statement[] => read(text, 'vi');
const targets = (all: Statement[]): string[] =>
  all.filter((s) => s.kind.value === 'target').map((s) => `${s.name?.value ?? '∅'}=${s.value?.value.base ?? ''}`);
const actuals = (all: Statement[]): Statement[] => all.filter((s) => s.kind.value === 'actual');

describe('a plan value in brackets after a completion is a target statement of its own', () => {
  it.each([
    // own paraphrases: a plan noun then the bracket, a plan word inside the bracket, a verb inside it
    ['Doanh thu du lịch đạt 92% kế hoạch năm (12.000 tỷ đồng).', 'Doanh thu du lịch=12000000000000', '92'],
    ['Thu nội địa ước đạt 48,5% dự toán (kế hoạch 6.250 tỷ đồng).', 'Thu nội địa=6250000000000', '48.5'],
    [
      'Sản lượng điện thương phẩm đã hoàn thành 76,4% so với chỉ tiêu được giao (đạt 2.400 triệu kWh).',
      'Sản lượng điện thương phẩm=2400000000',
      '76.4',
    ],
    [
      'Kim ngạch nhập khẩu giảm 4,1% so với cùng kỳ và bằng 70,3% so với kế hoạch (850 triệu USD).',
      'Kim ngạch nhập khẩu=850000000',
      '70.3',
    ],
  ])('%s', (text, target, pct) => {
    const all = vi(text);
    expect(targets(all)).toEqual([target]);
    const [actual] = actuals(all);
    expect(completion(actual)).toBe(pct);
    // the plan's value stays the actual statement's target, never its value
    expect(actual?.value).toBeUndefined();
    expect(actual?.target?.value.base).toBe(target.split('=')[1]);
  });

  it('a plan value in brackets after an actual value is a target, the actual keeps its value', () => {
    const all = vi('Tổng thu ngân sách đạt 5.000 tỷ đồng (kế hoạch 6.000 tỷ đồng).');
    expect(targets(all)).toEqual(['Tổng thu ngân sách=6000000000000']);
    expect(actuals(all)[0]?.value?.value.base).toBe('5000000000000');
  });

  it('a bracket that is no plan value makes no target (negative)', () => {
    // a base-period value, a conversion and a completion in brackets are not the plan's value
    expect(targets(vi('Kim ngạch xuất khẩu tăng 12% so với cùng kỳ năm 2023 (37,37 triệu USD).'))).toEqual([]);
    expect(targets(vi('Doanh thu đạt 1.200 tỷ đồng (tương đương 50 triệu USD).'))).toEqual([]);
    expect(targets(vi('Doanh thu đạt 1.200 tỷ đồng (đạt 92% kế hoạch).'))).toEqual([]);
    // a plan word not opening the bracket: `(theo kế hoạch …)` after words is left as read
    expect(targets(vi('Tổng vốn đầu tư đạt 3.200 tỷ đồng, kế hoạch 4.000 tỷ đồng.'))).toEqual([]);
  });
});

describe('a comparison with the plan that opens the sentence makes the percentage after đạt/bằng a completion', () => {
  it.each([
    // own paraphrases
    ['So với dự toán, thu nội địa đạt 85,2%.', 'thu nội địa', '85.2', 'budget'],
    ['Nếu so với dự toán thì thu nội địa đạt 85,2%.', 'thu nội địa', '85.2', 'budget'],
    ['So với kế hoạch năm, doanh thu du lịch bằng 76%, tăng 12% so với cùng kỳ.', 'doanh thu du lịch', '76', 'plan'],
    ['So với chỉ tiêu được giao, sản lượng lúa đạt 61,4%.', 'sản lượng lúa', '61.4', 'target'],
    // https://vietnamnet.vn/giai-ngan-dau-tu-cong-trong-5-thang-uoc-dat-21-ke-hoach-nam-pre2286523.html
    ['Nếu so với kế hoạch Thủ tướng Chính phủ giao, tỷ lệ giải ngân đạt 22%.', 'tỷ lệ giải ngân', '22', 'plan'],
    // https://thoibaotaichinhvietnam.vn/phan-dau-dat-ty-le-giai-ngan-von-dau-tu-cong-o-muc-cao-nhat-119282.html
    [
      'Nếu so với kế hoạch Thủ tướng Chính phủ giao, tỷ lệ giải ngân đạt 58,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%).',
      'tỷ lệ giải ngân',
      '58.33',
      'plan',
    ],
    // `thì` closes the fronted topic: the name starts after it
    [
      'So với kế hoạch Thủ tướng giao thì tỷ lệ giải ngân đạt 40,1%, tăng 2,5% so với cùng kỳ.',
      'tỷ lệ giải ngân',
      '40.1',
      'plan',
    ],
  ])('%s', (text, name, pct, of) => {
    const [s] = vi(text);
    expect(s?.name?.value).toBe(name);
    expect(completion(s)).toBe(pct);
    expect(s?.completion?.value.of).toBe(of);
    expect(s?.value).toBeUndefined();
  });

  it('a share, a rate name, or a comparison that does not open the sentence stays as read (negative)', () => {
    expect(vi('So với dự toán, thu nội địa chiếm 45%.')[0]?.completion).toBeUndefined();
    expect(vi('So với kế hoạch, tỷ lệ hộ nghèo đạt 3%.')[0]?.completion).toBeUndefined();
    const late = vi('Doanh thu đạt 1.000 tỷ đồng, so với kế hoạch, thu nội địa đạt 85,2%.');
    expect(late.every((s) => s.completion === undefined)).toBe(true);
    // a base that is no plan makes no completion
    expect(vi('So với cùng kỳ, thu nội địa đạt 85,2%.')[0]?.completion).toBeUndefined();
  });
});

describe('`thì` closes a fronted topic: the name starts after it', () => {
  it.each([
    ['Riêng tháng 9 thì doanh thu bán lẻ đạt 1.200 tỷ đồng.', 'doanh thu bán lẻ'],
    ['Tính chung cả năm thì sản lượng thủy sản đạt 48.300 tấn.', 'sản lượng thủy sản'],
    ['Còn xét theo khu vực thì vốn đầu tư nước ngoài đạt 2.150 tỷ đồng.', 'vốn đầu tư nước ngoài'],
  ])('%s', (text, name) => {
    expect(vi(text)[0]?.name?.value).toBe(name);
  });
  it('a name with no `thì` is kept whole (negative)', () => {
    expect(vi('Doanh thu bán lẻ hàng hóa tháng 9 đạt 1.200 tỷ đồng.')[0]?.name?.value).toBe(
      'Doanh thu bán lẻ hàng hóa',
    );
  });
});

describe('a clause comparing a result with the plan states the plan figure: a target of the same indicator', () => {
  const kinds = (all: Statement[]): string[] =>
    all.map(
      (s) =>
        `${s.kind.value} ${s.value?.value.base ?? ''}${s.changes.map((c) => ` ${c.value.form} ${c.value.amount.value}`).join('')}`,
    );
  it.each([
    // own paraphrases: other leads (cao hơn, thấp hơn, tương đương, vượt xa), plan nouns, with and without `là`
    [
      'Doanh thu đạt 1.250 tỷ đồng, cao hơn so với kế hoạch năm là 1.100 tỷ đồng.',
      ['actual 1250000000000', 'target 1100000000000'],
    ],
    ['Tăng trưởng GRDP đạt 6,2%, thấp hơn mục tiêu 7%.', ['actual  rate 6.2', 'target  rate 7']],
    [
      'Sản lượng lúa đạt 520.000 tấn, tương đương với chỉ tiêu nghị quyết đề ra là 520.000 tấn.',
      ['actual 520000', 'target 520000'],
    ],
    [
      'Tổng thu ngân sách ước đạt 9.800 tỷ đồng, vượt xa dự toán Trung ương giao là 7.650 tỷ đồng.',
      ['actual 9800000000000', 'target 7650000000000'],
    ],
    [
      'Kim ngạch nhập khẩu 9 tháng đạt 2,1 tỷ USD, tăng 8,3%, vượt tốc độ tăng trưởng theo kế hoạch là 6%.',
      ['actual 2100000000 rate 8.3', 'target  rate 6'],
    ],
  ])('%s', (text, expected) => {
    const all = vi(text);
    expect(kinds(all)).toEqual(expected);
    // the target is the indicator of the result before it
    expect(all[1]?.name?.value).toBe(all[0]?.name?.value);
  });

  it('a comparison with no plan noun, or with a forecast, stays as read (negative)', () => {
    // https://vnfinance.vn/tag/gdp-6-thang-dau-nam-2021 — a forecast is no plan: no target
    const forecast = vi(
      'Với mức tăng này, tốc độ tăng trưởng GDP 6 tháng đầu năm chỉ đạt 5,64%, thấp hơn so với mức dự báo 5,8% được Bộ Kế hoạch và Đầu tư đưa ra trước đó.',
    );
    expect(forecast.some((s) => s.kind.value === 'target')).toBe(false);
    expect(
      vi('Doanh thu đạt 1.250 tỷ đồng, cao hơn năm trước là 1.100 tỷ đồng.').some((s) => s.kind.value === 'target'),
    ).toBe(false);
    // `vượt 5% kế hoạch` is the result's completion, not a plan figure
    const [s] = vi('Doanh thu đạt 1.250 tỷ đồng, vượt 5% kế hoạch.');
    expect(completion(s)).toBe('105');
  });
});

describe('a base that opens a bracket, then a value: the value of the base period', () => {
  const facts = (all: Statement[]): string[] =>
    all.map((s) => `${s.kind.value} ${s.name?.value ?? '∅'} ${s.value?.value.base ?? ''} ${s.period?.value ?? ''}`);
  it.each([
    [
      'Doanh thu du lịch năm 2023 đạt 2.150 tỷ đồng (cùng kỳ năm trước đạt 1.870 tỷ đồng).',
      ['actual Doanh thu du lịch 2150000000000 2023', 'actual Doanh thu du lịch 1870000000000 2022'],
    ],
    [
      'Thu ngân sách quý I/2024 đạt 3.200 tỷ đồng (cùng kỳ năm 2023: 2.900 tỷ đồng).',
      ['actual Thu ngân sách 3200000000000 2024-Q1', 'actual Thu ngân sách 2900000000000 2023-Q1'],
    ],
    [
      'Kim ngạch xuất khẩu tháng 6/2024 đạt 120 triệu USD (cùng kỳ là 98 triệu USD).',
      ['actual Kim ngạch xuất khẩu 120000000 2024-06', 'actual Kim ngạch xuất khẩu 98000000 2023-06'],
    ],
    [
      'Doanh thu năm 2023 đạt 2.150 tỷ đồng (năm trước 1.870 tỷ đồng).',
      ['actual Doanh thu 2150000000000 2023', 'actual Doanh thu 1870000000000 2022'],
    ],
  ])('%s', (text, expected) => {
    expect(facts(vi(text))).toEqual(expected);
  });

  it('another unit, a rate, or words before the base stay as read (negative)', () => {
    // a value in another unit is not the indicator's: unread
    const other = vi('Doanh thu năm 2023 đạt 2.150 tỷ đồng (cùng kỳ năm trước đạt 1.870 tấn).');
    expect(other).toHaveLength(1);
    expect(other[0]?.unread.some((u) => u.what === 'value')).toBe(true);
    // a rate in the bracket is no base-period value
    expect(vi('Doanh thu năm 2023 đạt 2.150 tỷ đồng (cùng kỳ năm trước tăng 7,3%).')).toHaveLength(1);
    // a plan in the bracket is a target, not a base-period value
    expect(vi('Doanh thu đạt 2.150 tỷ đồng (kế hoạch 2.400 tỷ đồng).').map((s) => s.kind.value)).toEqual([
      'actual',
      'target',
    ]);
  });

  it('`thì` after a fronted exclusion with its own bracketed figure (real sentence)', () => {
    // https://e.baonghean.vn/xay-dung-kich-ban-tao-nguon-thu-ngan-sach-bai-1-mot-nam-vuot-kho/
    const all = vi(
      'Không tính số thu từ tiền sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104 tỷ đồng, đạt 100,7% dự toán và tăng 4,8% so với cùng kỳ.',
    );
    const main = all.find((s) => s.value?.value.base === '11104000000000');
    expect(main?.name?.value.startsWith('thu nội địa')).toBe(true);
    expect(completion(main)).toBe('100.7');
  });
});

describe('a percentage far below 100 on an index of change is its rise, not its level', () => {
  const rates = (s: Statement | undefined): string[] =>
    (s?.changes ?? []).map((c) => `${c.value.form} ${c.value.amount.value}`);
  it.each([
    ['Chỉ số giá tiêu dùng bình quân năm 2023 được giữ ổn định ở mức 3,25%.', 'rate 3.25'],
    ['Chỉ số sản xuất toàn ngành công nghiệp quý III ước đạt 8,7%.', 'rate 8.7'],
    ['Bình quân 9 tháng, CPI ở mức 2,9%, trong tầm kiểm soát.', 'rate 2.9'],
  ])('%s', (text, rate) => {
    const [s] = vi(text);
    expect(rates(s)).toEqual([rate]);
    expect(s?.value).toBeUndefined();
  });

  it('a level near 100, or an index without a percentage, stays a level (negative)', () => {
    expect(vi('Chỉ số giá vàng tháng 5 ở mức 120,5%.')[0]?.value?.value.base).toBe('120.5');
    // (a real market report: the level of an index with no % is no rate)
    const [usd] = vi('Chỉ số Đô la Mỹ ICE kết thúc tuần giảm 0,3% ở mức 101,38.');
    expect(usd?.value?.value.base).toBe('101.38');
    // a share of a total on another name is no index
    expect(vi('Tỷ trọng công nghiệp chế biến ở mức 3,25%.')[0]?.changes).toEqual([]);
  });
});

describe('a change verb, an average word and a percentage per year: an average annual rate, doubted', () => {
  const rateOf = (text: string): string[] =>
    vi(text).flatMap((s) =>
      s.changes.map((c) => `${c.value.form} ${c.value.amount.value}@${c.confidence}:${c.doubt?.reason ?? ''}`),
    );
  it.each([
    ['Giai đoạn 2021-2025, kim ngạch xuất khẩu tăng bình quân 12,5%/năm.', 'rate 12.5@uncertain:average-rate'],
    ['Tổng vốn đầu tư toàn xã hội giảm bình quân 9,2% mỗi năm.', 'rate -9.2@uncertain:average-rate'],
    ['Thu ngân sách giai đoạn 2016-2020 ước tăng bình quân 15%/năm.', 'rate 15@uncertain:average-rate'],
    ['Tốc độ tăng trưởng kinh tế bình quân 6,8%/năm.', 'rate 6.8@uncertain:average-rate'],
    // https://www.thuvienbinhthuan.com.vn/toc-do-tang-truong-gdp.html
    [
      'Đến năm 2025, tốc độ tăng năng suất lao động xã hội bình quân trên 6,5%/năm; tỷ lệ đô thị hoá khoảng 45%.',
      'rate 6.5@uncertain:average-rate',
    ],
  ])('%s', (text, rate) => {
    expect(rateOf(text)).toEqual([rate]);
    expect(vi(text)[0]?.value).toBeUndefined();
  });

  it('an average level with no change verb or growth name stays a level (negative)', () => {
    expect(rateOf('Lãi suất cho vay bình quân 7,6%/năm.')).toEqual([]);
    expect(vi('Thu nhập bình quân đầu người đạt 5.000 USD/năm.')[0]?.value?.value.base).toBe('5000');
  });
});

describe('a figure measured against the estimated result of a year is the next year’s plan (a target)', () => {
  it.each([
    ['Kim ngạch xuất khẩu 2.350 triệu USD, tăng 8,2% so với ước thực hiện năm 2023.'],
    ['Tổng vốn đầu tư toàn xã hội 52.000 tỷ đồng, tăng 10% so với ước thực hiện năm nay.'],
    ['Sản lượng lương thực 1,2 triệu tấn, giảm 1,5% so ước tính thực hiện năm 2024.'],
  ])('%s', (text) => {
    const all = vi(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.kind.value).toBe('target');
  });
  it('a result compared with a result, or a completion, stays an actual (negative)', () => {
    expect(vi('Doanh thu năm 2023 đạt 1.000 tỷ đồng, tăng 5% so với thực hiện năm 2022.')[0]?.kind.value).toBe(
      'actual',
    );
    expect(vi('Doanh thu đạt 98% kế hoạch, tăng 5% so với ước thực hiện năm 2022.')[0]?.kind.value).toBe('actual');
    // an estimate of the year as the sentence's second statement is no base
    const later = vi(
      'Doanh thu 9 tháng đạt 1.000 tỷ đồng, tăng 5% so với cùng kỳ, ước thực hiện cả năm đạt 1.500 tỷ đồng.',
    );
    expect(later.every((s) => s.kind.value === 'actual')).toBe(true);
  });
});

describe('`kỳ vọng` (an expectation) frames a goal, not a result', () => {
  it.each([
    ['Ngành du lịch kỳ vọng doanh thu cả năm 2025 đạt 950.000 tỷ đồng.', '950000000000000'],
    ['Thành phố kỳ vọng năm 2026 đón 8 triệu lượt khách quốc tế.', '8000000'],
    ['Doanh nghiệp kì vọng lợi nhuận năm nay đạt 1.200 tỷ đồng.', '1200000000000'],
  ])('%s', (text, value) => {
    const [s] = vi(text);
    expect(s?.kind.value).toBe('target');
    expect(s?.value?.value.base).toBe(value);
  });
  it('a result that beats expectations stays an actual (negative)', () => {
    const all = vi('Doanh thu quý I đạt 1.200 tỷ đồng, vượt kỳ vọng của thị trường.');
    expect(all.map((s) => s.kind.value)).toEqual(['actual']);
  });
});

describe('a name headed by a plan noun, or ending on one and its assigning verb, is the plan: a target', () => {
  it.each([
    ['Kế hoạch vốn đầu tư công năm 2024 là 5.120 tỷ đồng.', '5120000000000'],
    ['Dự toán thu ngân sách năm nay là 12.000 tỷ đồng.', '12000000000000'],
    ['Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%.', '3580000000000'],
    ['Chỉ tiêu thu ngân sách năm 2025 được giao 15.000 tỷ đồng.', '15000000000000'],
    ['Tổng thu ngân sách theo dự toán HĐND tỉnh giao là 9.500 tỷ đồng.', '9500000000000'],
    // https://kinhtemoitruong.vn/tong-so-von-122611.tag
    [
      'Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng nguồn kế hoạch đầu tư công do tỉnh Thanh Hóa quản lý năm 2024 đã được phê duyệt là 12.836,445 tỉ đồng.',
      '12836445000000',
    ],
  ])('%s', (text, value) => {
    const [s] = vi(text);
    expect(s?.kind.value).toBe('target');
    expect(s?.value?.value.base).toBe(value);
  });

  it('a result of the plan, a result verb, or a department named after plans stays an actual (negative)', () => {
    expect(vi('Kế hoạch vốn đã giải ngân đạt 3.000 tỷ đồng.')[0]?.kind.value).toBe('actual');
    expect(vi('Thu ngân sách theo dự toán đạt 9.500 tỷ đồng.')[0]?.kind.value).toBe('actual');
    expect(vi('Theo Sở Kế hoạch và Đầu tư, doanh thu năm 2024 là 1.200 tỷ đồng.')[0]?.kind.value).toBe('actual');
    // https://tracuuquyhoach.com/tin-tuc/nha-dat/trang-50720631
    const spent = vi(
      'Vì vậy, tính đến hết tháng 10/2024, tổng số vốn đầu tư công đã giải ngân đạt gần 3.950 tỷ đồng, bằng 54,3% kế hoạch vốn Thủ tướng Chính phủ giao và 48,7% kế hoạch tỉnh giao.',
    );
    expect(spent.every((s) => s.kind.value === 'actual')).toBe(true);
  });
});

describe('a reason that puts its change verb before the measure states that measure’s rate, signed by the verb', () => {
  const facts = (text: string): string[] =>
    vi(text).map(
      (s) => `${s.name?.value ?? '∅'}: ${s.changes.map((c) => `${c.value.form} ${c.value.amount.value}`).join(',')}`,
    );
  it.each([
    [
      'Diện tích cây chất bột có củ giảm 9,71% (do giảm diện tích trồng mì 10,4%).',
      ['Diện tích cây chất bột có củ: rate -9.71', 'diện tích trồng mì: rate -10.4'],
    ],
    ['Lợi nhuận tăng 12%, nhờ giảm chi phí 5%.', ['Lợi nhuận: rate 12', 'chi phí: rate -5']],
    ['Lợi nhuận tăng 12% do tăng giá bán 7%.', ['Lợi nhuận: rate 12', 'giá bán: rate 7']],
    [
      'Xuất khẩu giảm 3% (chủ yếu do giảm đơn hàng dệt may 6,5%).',
      ['Xuất khẩu: rate -3', 'đơn hàng dệt may: rate -6.5'],
    ],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a reason clause before the subject, or a value that is no percentage, stays as read (negative)', () => {
    const [s] = vi('Do giảm giá, tỷ lệ hộ dùng điện đạt 95%.');
    expect(s?.changes).toEqual([]);
    expect(s?.value?.value.base).toBe('95');
    const [t] = vi('Do tăng giá bán, lợi nhuận đạt 1.200 tỷ đồng.');
    expect(t?.value?.value.base).toBe('1200000000000');
  });
});

describe('a dated month or quarter before the first figure gives its year to a later cumulative period', () => {
  const periods = (text: string): string[] => vi(text).map((s) => s.period?.value ?? '∅');
  it.each([
    [
      'Kim ngạch xuất khẩu tháng 10/2024 ước đạt 320 triệu USD, giảm 2,1% so với tháng trước; lũy kế 10 tháng đạt 2,95 tỷ USD, tăng 11,2%.',
      ['2024-10', '2024-YTD-10'],
    ],
    [
      'Chỉ số sản xuất công nghiệp tháng 9/2024 tăng 1,2% so với tháng trước; 9 tháng tăng 7,8% so với cùng kỳ.',
      ['2024-09', '2024-YTD-09'],
    ],
    ['Quý III/2023, GRDP tăng 6,5%; 9 tháng tăng 5,9%.', ['2023-Q3', '2023-YTD-09']],
  ])('%s', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });
  it('a year after a comparison word is a base, not the sentence’s (negative)', () => {
    // the month with its year after `so với` dates nothing after it
    const all = vi('Doanh thu tăng 5% so với tháng 10/2023; 10 tháng đạt 2.950 tỷ đồng.');
    expect(all.every((s) => s.period?.value !== '2023-YTD-10')).toBe(true);
  });
});

describe('a goal noun opening the sentence and ending on a colon heads a list of goals', () => {
  const kinds = (text: string): string[] => vi(text).map((s) => s.kind.value);
  it.each([
    [
      'Các chỉ tiêu chủ yếu năm 2025: tốc độ tăng trưởng GRDP từ 8% trở lên; GRDP bình quân đầu người 120 triệu đồng; tổng vốn đầu tư toàn xã hội 95.000 tỷ đồng.',
      ['target', 'target', 'target'],
    ],
    ['Mục tiêu cụ thể: đến năm 2030, tỷ lệ đô thị hóa đạt 45%.', ['target']],
    ['Chỉ tiêu năm 2026: thu ngân sách 21.000 tỷ đồng; kim ngạch xuất khẩu 3,2 tỷ USD.', ['target', 'target']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
  it('a heading of results, or a goal noun that does not open the sentence, frames no goals (negative)', () => {
    expect(kinds('Các chỉ tiêu đạt được: GRDP tăng 7,5%.')).toEqual(['actual']);
    expect(kinds('Tình hình thực hiện một số chỉ tiêu: thu ngân sách 12.000 tỷ đồng.')).toEqual(['actual']);
  });
});

describe('`CK` / `CKNT` after a comparison word is the same period last year (as `KH` is the plan)', () => {
  const bases = (text: string): string[] =>
    vi(text).flatMap((s) => s.changes.map((c) => `${c.value.amount.value} ${c.value.base?.kind ?? '-'}`));
  it.each([
    ['Kim ngạch xuất khẩu đạt 2,5 tỷ USD, đạt 96,2% so KH năm, tăng 8,5% so CK.', ['8.5 same-period-last-year']],
    ['Doanh thu tháng 5/2024 đạt 1.200 tỷ đồng, tăng 4,2% so với CKNT.', ['4.2 same-period-last-year']],
    ['Sản lượng điện 9 tháng giảm 1,3% so với CK.', ['-1.3 same-period-last-year']],
  ])('%s', (text, expected) => {
    expect(bases(text)).toEqual(expected);
  });
  it('`CK` as a word of a name is no base (negative)', () => {
    const [s] = vi('Thị trường CK tăng 5% so với tháng trước.');
    expect(s?.name?.value).toBe('Thị trường CK');
    expect(bases('Thị trường CK tăng 5% so với tháng trước.')).toEqual(['5 previous-period']);
  });
});

describe('a value restated in another currency after a word or two in brackets is a conversion', () => {
  it.each([
    // https://cafef.vn/doanh-thu-ban-le-hang-hoa-thang-11-tang-132-20201204095215464.chn
    [
      'Theo số liệu của Tổng cục Thống kê, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng 11 ước đạt 464.400 tỷ đồng (tương đương 20 tỷ USD), tăng 2,3% so với tháng trước và tăng 8,5% so với cùng kỳ năm ngoái.',
      '464400000000000',
      2,
    ],
    ['Xuất khẩu đạt 5 tỷ USD (tương đương với 120.000 tỷ đồng), tăng 7% so với cùng kỳ.', '5000000000', 1],
    ['Doanh thu đạt 2.300 tỷ đồng (tương đương khoảng 95 triệu USD), tăng 4% so với cùng kỳ.', '2300000000000', 1],
  ])('%s', (text, value, changes) => {
    const all = vi(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.value?.value.base).toBe(value);
    expect(all[0]?.changes).toHaveLength(changes);
  });
  it('a second value in the same currency in brackets is no conversion (negative)', () => {
    const [s] = vi('Doanh thu đạt 2.300 tỷ đồng (tương đương 2.100 tỷ đồng năm trước).');
    expect(s?.value?.value.base).toBe('2300000000000');
  });
});

describe('a clause ending on a verb of reporting names the source, never the start of the name after it', () => {
  it.each([
    // https://danviet.vn/thi-truong-ban-le-9-thang-dat-doanh-thu-tren-35-trieu-ty-dong-20231001174753158.htm
    [
      'Tổng cục Thống kê cho biết, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng 9 ước tính tăng 2,4% so với tháng 8 và tăng 7,5% so với cùng kỳ năm trước.',
      'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
    ],
    ['Bà Lê Thị Hoa, Giám đốc Sở Tài chính, cho biết, thu nội địa quý I ước đạt 2.150 tỷ đồng.', 'thu nội địa'],
    ['Cục Hải quan thông tin, kim ngạch nhập khẩu tháng 5/2024 đạt 320 triệu USD.', 'kim ngạch nhập khẩu'],
  ])('%s', (text, name) => {
    expect(vi(text)[0]?.name?.value).toBe(name);
  });
  it('a clause of name words before a comma still joins the name (negative)', () => {
    expect(vi('Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến đạt 95%.')[0]?.name?.value).toBe(
      'Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến',
    );
  });
});

describe('a statement named only by a cumulative opener after a month or quarter is its year-to-date total', () => {
  const facts = (text: string): string[] =>
    vi(text).map((s) => `${s.name?.value ?? '∅'} ${s.value?.value.base ?? ''} ${s.period?.value ?? '∅'}`);
  it.each([
    [
      'Giá trị sản xuất công nghiệp tháng 10/2024 ước đạt 3.115 tỷ đồng, lũy kế ước đạt 29.520 tỷ đồng.',
      ['Giá trị sản xuất công nghiệp 3115000000000 2024-10', 'Giá trị sản xuất công nghiệp 29520000000000 2024-YTD-10'],
    ],
    [
      'Doanh thu tháng 9/2024 đạt 500 tỷ đồng; lũy kế đạt 4.200 tỷ đồng, tăng 8% so với cùng kỳ.',
      ['Doanh thu 500000000000 2024-09', 'Doanh thu 4200000000000 2024-YTD-09'],
    ],
    [
      'Doanh thu quý III/2024 đạt 1.500 tỷ đồng; tính chung đạt 4.200 tỷ đồng.',
      ['Doanh thu 1500000000000 2024-Q3', 'Doanh thu 4200000000000 2024-YTD-09'],
    ],
    // https://tapchitaichinh.vn/tag/vung-tau (undated: named only)
    [
      'Giá trị sản xuất ngành công nghiệp ước 3.115 tỷ đồng, lũy kế ước 29.520 tỷ đồng (đạt 91,28% kế hoạch, tăng 48,64% so với cùng kỳ).',
      ['Giá trị sản xuất ngành công nghiệp 3115000000000 ∅', 'Giá trị sản xuất ngành công nghiệp 29520000000000 ∅'],
    ],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
  it('after a year’s figure, or with a period of its own, the cumulative statement keeps its reading (negative)', () => {
    expect(facts('Doanh thu năm 2024 đạt 5.000 tỷ đồng; lũy kế đạt 20.000 tỷ đồng.')[1]).toBe(
      'lũy kế 20000000000000 2024',
    );
    expect(facts('Doanh thu tháng 9/2024 đạt 500 tỷ đồng; tính chung 9 tháng đạt 4.200 tỷ đồng.')[1]).toBe(
      'Doanh thu 4200000000000 2024-YTD-09',
    );
  });
});

describe('a change after the plan figure of a comparison clause is the result’s', () => {
  it.each([
    [
      'Doanh thu đạt 1.250 tỷ đồng, cao hơn so với kế hoạch năm là 1.100 tỷ đồng, tăng 12% so với cùng kỳ.',
      ['actual 1250000000000 rate 12', 'target 1100000000000'],
    ],
    [
      'Doanh thu năm 2020 đạt 1.250 tỷ đồng, cao hơn so với kế hoạch năm là 1.100 tỷ đồng, tăng 12% so với cùng kỳ năm 2019.',
      ['actual 1250000000000 rate 12', 'target 1100000000000'],
    ],
    [
      'Sản lượng điện đạt 2.450 triệu kWh, vượt so với kế hoạch là 2.300 triệu kWh, giảm 3% so với năm trước.',
      ['actual 2450000000 rate -3', 'target 2300000000'],
    ],
  ])('%s', (text, expected) => {
    expect(
      vi(text).map(
        (s) =>
          `${s.kind.value} ${s.value?.value.base ?? ''}${s.changes.map((c) => ` ${c.value.form} ${c.value.amount.value}`).join('')}`,
      ),
    ).toEqual(expected);
  });
  it('a result that has its own change keeps the reading of the clause (negative)', () => {
    const all = vi(
      'Doanh thu đạt 1.250 tỷ đồng, tăng 5% so với cùng kỳ, cao hơn so với kế hoạch năm là 1.100 tỷ đồng, tăng 12% so với năm 2020.',
    );
    expect(all[0]?.changes.map((c) => c.value.amount.value)).toEqual(['5']);
    expect(all.some((s) => s.kind.value === 'target')).toBe(false);
  });
});
