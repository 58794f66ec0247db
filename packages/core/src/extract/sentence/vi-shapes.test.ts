import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import { matchPeriod } from '../period-phrase';
import { tokenize } from '../tokenize';
import type { Statement } from '../types';

const read = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });
const rates = (s: Statement | undefined): string[] =>
  (s?.changes ?? []).map((c) => `${c.value.form} ${c.value.amount.value} ${JSON.stringify(c.value.base ?? null)}`);

describe('a stage word in a clause of its own before the first figure', () => {
  it.each([
    ['Dự ước ba tháng đầu năm, doanh thu dịch vụ lưu trú đạt 2.150 tỷ đồng, tăng 12,4% so với cùng kỳ.', 'estimate'],
    ['Ước tính 9 tháng, sản lượng thủy sản đạt 48.300 tấn, tăng 3,1% so với cùng kỳ năm trước.', 'estimate'],
    ['Ước tính sáu tháng, tổng vốn đầu tư toàn xã hội đạt 15.420 tỷ đồng.', 'estimate'],
    ['Sơ bộ quý I năm 2024, giá trị sản xuất công nghiệp đạt 9.870 tỷ đồng.', 'preliminary'],
  ])('is the stage of the statements after it: %s', (text, stage) => {
    const all = read(text);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.stage?.value).toBe(stage);
    // The month count is the period, never a figure (`Ước tính 9` read as a value of 9).
    expect(all.every((s) => s.value?.value.base !== '9' && s.value?.value.base !== '6')).toBe(true);
  });
  it('a month count written as a word before a verb is a period, not part of the name', () => {
    const [s] = read('Doanh thu bán lẻ sáu tháng năm 2023 đạt 120 tỷ đồng.');
    expect(s?.name?.value).toBe('Doanh thu bán lẻ');
    expect(s?.period?.value).toBe('2023-YTD-06');
    const [t] = read('Sản lượng điện thương phẩm chín tháng năm 2022 đạt 1.250 triệu kWh.');
    expect(t?.period?.value).toBe('2022-YTD-09');
  });
  it('a stage word after the first figure stages nothing before it (negative)', () => {
    const [first, second] = read('Doanh thu năm 2023 đạt 120 tỷ đồng, ước tính năm 2024 đạt 150 tỷ đồng.');
    expect(first?.stage).toBeUndefined();
    expect(second?.value?.value.base).toBe('150000000000');
  });
  it('a lead clause without a stage word gives no stage (negative)', () => {
    const all = read('Trong chín tháng, doanh thu dịch vụ đạt 120 tỷ đồng.');
    expect(all[0]?.stage).toBeUndefined();
  });
});

describe('a month base without a year, and the end of a month as a base', () => {
  it.each([
    ['Tháng 6, chỉ số giá tiêu dùng tăng 0,46% so với tháng 5.', 'rate 0.46 {"kind":"previous-period"}'],
    [
      'Cục Thống kê cho biết, tháng 9, giá lương thực giảm 1,3% so với tháng 8.',
      'rate -1.3 {"kind":"previous-period"}',
    ],
    ['Tháng 1, lượng khách quốc tế tăng 12% so với tháng 12.', 'rate 12 {"kind":"previous-period"}'],
  ])('a lead month finds the month before it: %s', (text, change) => {
    expect(rates(read(text)[0])).toEqual([change]);
  });
  it('a month that is not the one before is no previous period (negative)', () => {
    const [s] = read('Tháng 6, chỉ số giá tiêu dùng tăng 0,46% so với tháng 3.');
    expect(s?.changes[0]?.value.base).toBeUndefined();
  });
  it.each([
    ['CPI tháng 6/2007 tăng 7,32% so với cuối tháng 12.2006.', 'rate 7.32 {"kind":"period","period":"2006-12"}'],
    [
      'Dư nợ tín dụng đến hết quý II/2023 tăng 4,1% so với cuối tháng 12/2022.',
      'rate 4.1 {"kind":"period","period":"2022-12"}',
    ],
    ['Giá vàng tháng 3/2024 tăng tới 9,5% so với cuối tháng 1/2024.', 'rate 9.5 {"kind":"period","period":"2024-01"}'],
  ])('the end of a named month is that month: %s', (text, change) => {
    const all = read(text);
    expect(rates(all[0])).toEqual([change]);
    // `cuối tháng 12.2006 và` is no name of a statement of its own.
    expect(all).toHaveLength(1);
  });
  it.each([
    [
      'Chỉ số giá tiêu dùng tháng 6/2016 tăng 2,35% so với tháng 12 năm ngoái.',
      'rate 2.35 {"kind":"december-last-year"}',
    ],
    ['Tổng phương tiện thanh toán năm 2023 tăng 6,2% so với cuối năm ngoái.', 'rate 6.2 {"kind":"december-last-year"}'],
  ])('December of last year: %s', (text, change) => {
    expect(rates(read(text)[0])).toEqual([change]);
  });
});

describe('tăng tới / giảm đến: the verb with a stressing word is still the change verb', () => {
  it.each([
    ['Kim ngạch xuất khẩu gạo năm 2023 tăng tới 35,3% so với năm trước.', 'rate 35.3 {"kind":"same-period-last-year"}'],
    ['Số ca mắc sốt xuất huyết năm 2024 giảm đến 42% so với cùng kỳ.', 'rate -42 {"kind":"same-period-last-year"}'],
    [
      'Lượng khách quốc tế quý I/2024 tăng đến 72,1% so với cùng kỳ năm 2023.',
      'rate 72.1 {"kind":"same-period-last-year"}',
    ],
  ])('%s', (text, change) => {
    const [s] = read(text);
    expect(rates(s)).toEqual([change]);
    expect(s?.value).toBeUndefined();
  });
  it('an amount of money after tăng đến is an absolute change, never the value (negative)', () => {
    const [s] = read('Doanh thu năm 2017 đạt 500.000 tỉ đồng, tăng đến 100.000 tỉ so với năm ngoái.');
    expect(s?.value?.value.base).toBe('500000000000000');
    expect(s?.changes).toHaveLength(0);
    expect(s?.unread.some((u) => u.reason === 'unrecognised-figure')).toBe(true);
  });
  it('tăng lên stays a level (negative)', () => {
    const [s] = read('Tỷ lệ bao phủ bảo hiểm y tế năm 2023 tăng lên 93,35%.');
    expect(s?.value?.value.base).toBe('93.35');
    expect(s?.changes).toHaveLength(0);
  });
});

describe('trong đó parts with their own value and a bare completion after a parent with a completion', () => {
  const completions = (all: Statement[]): (string | undefined)[] => all.map((s) => s.completion?.value.percent.value);
  it.each([
    [
      'Tổng thu ngân sách 6 tháng năm 2024 là 12.221 tỷ đồng, đạt 51,8% dự toán; trong đó, thu nội địa 10.152 tỷ đồng, đạt 50,51% và thu xuất nhập khẩu là 3.224 tỷ đồng, đạt 59%.',
      ['51.8', '50.51', '59'],
    ],
    [
      'Tổng vốn đầu tư công năm 2023 giải ngân 4.870 tỷ đồng, đạt 88,2% kế hoạch; trong đó, vốn ngân sách tỉnh 3.120 tỷ đồng, đạt 91,4%, vốn ngân sách trung ương 1.750 tỷ đồng, đạt 83%.',
      ['88.2', '91.4', '83'],
    ],
    [
      'Chi ngân sách quý I/2024 ước 2.300 tỷ đồng, bằng 21% dự toán; trong đó chi đầu tư phát triển 610 tỷ đồng, bằng 15,2% và chi thường xuyên 1.690 tỷ đồng, bằng 24,6%.',
      ['21', '15.2', '24.6'],
    ],
  ])('each part completes its share of the plan: %s', (text, expected) => {
    const all = read(text);
    expect(completions(all)).toEqual(expected);
    expect(all.slice(1).every((s) => s.completion?.value.of === all[0]?.completion?.value.of)).toBe(true);
  });
  it('a part after a parent without a completion leaves its percentage unread (negative)', () => {
    const all = read(
      'Tổng thu ngân sách 6 tháng năm 2024 là 12.221 tỷ đồng, tăng 5% so với cùng kỳ; trong đó, thu nội địa 10.152 tỷ đồng, đạt 50,51%.',
    );
    expect(all[1]?.completion).toBeUndefined();
    expect(all[1]?.unread.some((u) => u.what === 'completion')).toBe(true);
  });
  it('a percentage joined to a number is no completion of a part (negative)', () => {
    const all = read(
      'Tổng thu ngân sách năm 2024 là 12.221 tỷ đồng, đạt 51,8% dự toán; trong đó, thu nội địa chiếm 83%.',
    );
    expect(all.every((s, k) => k === 0 || s.completion === undefined)).toBe(true);
  });
});

describe('the plan value in a bracket after a resolution (nghị quyết)', () => {
  it.each([
    [
      'Tổng thu ngân sách năm 2024 là 12.221 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng).',
      '23600000000000',
    ],
    [
      'Vốn đầu tư giải ngân năm 2023 đạt 3.050 tỷ đồng, bằng 97% nghị quyết Hội đồng nhân dân tỉnh (3.144 tỷ đồng).',
      '3144000000000',
    ],
    [
      'Kim ngạch xuất khẩu năm 2022 đạt 1,2 tỷ USD, đạt 104% so với nghị quyết (1,15 tỷ USD) và tăng 9% so với năm trước.',
      '1150000000',
    ],
  ])('%s', (text, plan) => {
    const [s] = read(text);
    expect(s?.target?.value.base).toBe(plan);
    expect(s?.value?.value.base).not.toBe(plan);
    expect(s?.unread.filter((u) => u.reason === 'unrecognised-figure')).toEqual([]);
  });
  it('a bracket after a resolution number is no plan value (negative)', () => {
    const [s] = read('Theo Nghị quyết số 12 (2023), thu ngân sách năm 2023 đạt 8.400 tỷ đồng.');
    expect(s?.target).toBeUndefined();
    expect(s?.value?.value.base).toBe('8400000000000');
  });
});

describe('a ratio to another period: bằng / tương đương N% (the same indicator) of a period', () => {
  it.each([
    [
      'Kim ngạch xuất khẩu 5 tháng năm 2024 đạt 4,79 tỷ USD, bằng 85% cả năm 2023.',
      'ratio 85 {"kind":"period","period":"2023"}',
    ],
    [
      'Lượng khách quốc tế 6 tháng năm 2024 đạt 1,2 triệu lượt, tương đương 55% lượng khách cả năm 2019.',
      'ratio 55 {"kind":"period","period":"2019"}',
    ],
    [
      'Sản lượng cà phê niên vụ 2023 đạt 1,6 triệu tấn, tăng 4% so với năm trước và bằng 92% sản lượng cà phê năm 2021.',
      'ratio 92 {"kind":"period","period":"2021"}',
    ],
  ])('%s', (text, ratio) => {
    const all = read(text);
    expect(all).toHaveLength(1);
    expect(rates(all[0])).toContain(ratio);
    // The other period is the base's, never the statement's.
    expect(all[0]?.period?.value).not.toBe(ratio.match(/"period":"(\d+)"/u)?.[1]);
  });
  it('a relative year (cả năm ngoái) gives a ratio without a base, never a rate', () => {
    const [s] = read(
      'Trong 5 tháng đầu năm, kim ngạch xuất khẩu đạt 4,79 tỷ USD, tăng 65,1% so với cùng kỳ năm ngoái và bằng 85% tổng kim ngạch đạt được trong cả năm ngoái.',
    );
    expect(rates(s)).toEqual(['rate 65.1 {"kind":"same-period-last-year"}', 'ratio 85 null']);
    expect(s?.unread.some((u) => u.reason === 'change-without-base')).toBe(true);
  });
  it('a share of another indicator (bằng 37% GDP năm 2023) or of a plan is no ratio to a period (negative)', () => {
    const [debt] = read('Nợ công năm 2023 là 3.800 nghìn tỷ đồng, bằng 37% GDP năm 2023.');
    expect(debt?.changes).toHaveLength(0);
    expect(debt?.period?.value).toBe('2023');
    const [plan] = read('Vốn giải ngân 9 tháng năm 2024 đạt 2.100 tỷ đồng, bằng 70% kế hoạch năm 2024.');
    expect(plan?.changes).toHaveLength(0);
    expect(plan?.completion?.value.percent.value).toBe('70');
  });
});

describe('the whole of a relative year', () => {
  it.each([
    ['cả năm ngoái', -1],
    ['cả năm trước', -1],
    ['cả năm nay', 0],
  ])('%s', (phrase, relative) => {
    const tokens = tokenize(`bằng 80% ${phrase}.`, undefined);
    const m = matchPeriod(tokens, 3, 'vi');
    expect(m?.relative).toBe(relative);
    expect(m?.to).toBe(6);
  });
  it('cả năm alone is this year and stops there (negative)', () => {
    const tokens = tokenize('bằng 80% cả năm.', undefined);
    expect(matchPeriod(tokens, 3, 'vi')?.to).toBe(5);
  });
});

describe('a target set: đặt chỉ tiêu, đặt ra chỉ tiêu, đề ra chỉ tiêu', () => {
  it.each([
    ['Vụ Đông Xuân 2023-2024, ngành nông nghiệp đặt chỉ tiêu gieo trồng 11.397,2 ha.', '11397.2'],
    ['Năm 2025, tỉnh đặt ra chỉ tiêu thu ngân sách 12.500 tỷ đồng.', '12500000000000'],
    ['Huyện đề ra chỉ tiêu trồng rừng tập trung năm 2024 là 850 ha.', '850'],
  ])('a set target value: %s', (text, value) => {
    const [s] = read(text);
    expect(s?.kind.value).toBe('target');
    expect(s?.value?.value.base).toBe(value);
  });
  it('a result reported before a fulfilled growth target stays actual (negative)', () => {
    const [s] = read('Năm 2023 GRDP của tỉnh tăng 8,1%, hoàn thành chỉ tiêu tăng trưởng đề ra.');
    expect(s?.kind.value).toBe('actual');
    expect(s?.changes[0]?.value.amount.value).toBe('8.1');
  });
  it('a target reached (đạt chỉ tiêu đề ra) frames nothing (negative)', () => {
    const [s] = read('Năm 2023 tỉnh trồng mới 900 ha rừng, vượt chỉ tiêu đề ra.');
    expect(s?.kind.value).toBe('actual');
    expect(s?.value?.value.base).toBe('900');
  });
});

describe("a value in a bracket right after a base is the base period's value", () => {
  it.each([
    [
      'Kim ngạch xuất khẩu quý I/2024 đạt 1,2 tỷ USD, tăng 12% so với cùng kỳ năm 2023 (1,07 tỷ USD).',
      '1070000000',
      '2023-Q1',
    ],
    ['Thu ngân sách năm 2024 đạt 9.800 tỷ đồng, tăng 8% so với năm 2023 (9.074 tỷ đồng).', '9074000000000', '2023'],
    [
      'Vốn FDI đăng ký 6 tháng năm 2024 đạt 420 triệu USD, tăng 35% so với cùng kỳ năm trước (311 triệu USD).',
      '311000000',
      '2023-YTD-06',
    ],
  ])('%s', (text, value, period) => {
    const all = read(text);
    expect(all).toHaveLength(2);
    const [now, then] = all;
    expect(now?.value?.value.base).not.toBe(value);
    expect(now?.unread.filter((u) => u.reason === 'unrecognised-figure')).toEqual([]);
    expect(then?.value?.value.base).toBe(value);
    expect(then?.name?.value).toBe(now?.name?.value);
    expect(then?.kind.value).toBe('actual');
    expect(then?.period?.value).toBe(period);
  });
  it('a base period the text does not date leaves the earlier value without a period, never the statement’s', () => {
    const all = read('Tổng vốn đăng ký đạt 1,45 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD).');
    const then = all.find((s) => s.value?.value.base === '35400000');
    expect(then).toBeDefined();
    expect(then?.period).toBeUndefined();
    expect(then?.unread.some((u) => u.reason === 'no-period')).toBe(true);
  });
  it('a bracket in another currency is a conversion, not a base value (negative)', () => {
    const all = read('Kim ngạch xuất khẩu năm 2024 đạt 1,2 tỷ USD, tăng 12% so với năm 2023 (27.000 tỷ đồng).');
    expect(all.some((s) => s.value?.value.base === '27000000000000' && s.period?.value === '2023')).toBe(false);
  });
  it('a bracket after a plan is the plan value, not a base value (negative)', () => {
    const [s, ...rest] = read('Thu ngân sách năm 2024 đạt 9.800 tỷ đồng, bằng 102% so với kế hoạch (9.600 tỷ đồng).');
    expect(s?.target?.value.base).toBe('9600000000000');
    expect(rest.every((r) => r.kind.value === 'target')).toBe(true);
  });
});

describe('a base that opens a clause before a list of measures', () => {
  it.each([
    [
      'Năm 2023 thu hút 77 dự án với tổng vốn đăng ký 5.000 tỷ đồng; so với cùng kỳ tăng 2,2 lần về số dự án, tăng 4,5 lần về số vốn đăng ký.',
      ['times 4.5 {"kind":"same-period-last-year"}'],
    ],
    [
      'So với cùng kỳ năm trước, doanh thu bằng 95%, lợi nhuận tăng 5%.',
      ['ratio 95 {"kind":"same-period-last-year"}', 'rate 5 {"kind":"same-period-last-year"}'],
    ],
    [
      'Quý I/2024 thu hút 12 dự án, tổng vốn 31,8 triệu USD, so với cùng kỳ, số dự án bằng 100%, vốn đầu tư tăng 49%.',
      ['ratio 100 {"kind":"same-period-last-year"}', 'rate 49 {"kind":"same-period-last-year"}'],
    ],
  ])('every change after it takes it: %s', (text, changes) => {
    const all = read(text).flatMap(rates);
    for (const c of changes) expect(all).toContain(c);
    // `bằng 100%` under a base is a ratio, never a level of 100 percent
    expect(read(text).some((s) => s.value?.value.unitCode === 'percent')).toBe(false);
  });
  it('a bare ratio verb under a plan is a completion, and without any base stays as read (negative)', () => {
    const [plan] = read('Doanh thu năm 2023 đạt 120 tỷ đồng, bằng 95% kế hoạch.');
    expect(plan?.completion?.value.percent.value).toBe('95');
    expect(plan?.changes).toHaveLength(0);
    const all = read('Năm 2023 doanh thu đạt 120 tỷ đồng, lợi nhuận bằng 12%.');
    expect(all.flatMap((s) => s.changes)).toHaveLength(0);
  });
});

describe('changes measured in their own nouns share the base after the last of them', () => {
  it.each([
    [
      'Sáu tháng đầu năm 2017 thành lập mới 420 doanh nghiệp, tổng số vốn đăng ký 3.477 tỉ đồng, tăng 15,07% về số doanh nghiệp, tăng 72,66% về số vốn đăng ký so với cùng kỳ năm 2016.',
      '15.07',
      '{"kind":"same-period-last-year"}',
    ],
    [
      'Năm 2023 cấp mới 115 dự án, tổng vốn 39.300 tỷ đồng, tăng 41,97% về số lượng dự án, giảm 5% về vốn so với năm 2022.',
      '41.97',
      '{"kind":"period","period":"2022"}',
    ],
    [
      'Quý I/2024 có 230 hợp tác xã thành lập mới với vốn điều lệ 410 tỷ đồng, tăng 8% về số hợp tác xã, tăng 12% về vốn điều lệ so với cùng kỳ.',
      '8',
      '{"kind":"same-period-last-year"}',
    ],
  ])('%s', (text, rate, base) => {
    const all = read(text).flatMap(rates);
    expect(all.find((r) => r.startsWith(`rate ${rate} `))).toBe(`rate ${rate} ${base}`);
  });
  it('a change with a base of its own keeps it, and an unmeasured change breaks the list (negative)', () => {
    const own = read(
      'Năm 2023 cấp mới 115 dự án, tổng vốn 39.300 tỷ đồng, tăng 41,97% về số lượng dự án so với năm 2021, giảm 5% về vốn so với năm 2022.',
    ).flatMap(rates);
    expect(own).toContain('rate 41.97 {"kind":"period","period":"2021"}');
    const broken = read(
      'Năm 2023 doanh thu đạt 500 tỷ đồng, tăng 9%, lợi nhuận 40 tỷ đồng, tăng 12% về số vốn so với năm 2022.',
    );
    expect(broken[0]?.changes[0]?.value.base).toBeUndefined();
  });
});

describe("the reports' abbreviated count nouns", () => {
  it.each([
    ['Sáu tháng đầu năm 2024 thành lập mới 1.250 DN, tăng 8% so với cùng kỳ.', '1250', 'enterprise'],
    ['Năm 2023 có 15 lượt dự án điều chỉnh vốn, tăng 20% so với năm trước.', '15', 'project'],
    ['Quý II/2024 thành lập mới 35 HTX, tăng 9% so với cùng kỳ.', '35', undefined],
  ])('%s', (text, value, code) => {
    const [s] = read(text);
    expect(s?.value?.value.base).toBe(value);
    expect(s?.value?.value.unitCode).toBe(code);
    expect(s?.value?.value.unit).toBeDefined();
  });
  it('a measured change in DN goes to the statement that counts DN', () => {
    const [dn, money] = read(
      'Năm 2024 thành lập mới 420 DN, tổng vốn đăng ký 3.477 tỷ đồng, tăng 15% về số DN, tăng 72% về số vốn so với năm 2023.',
    );
    expect(rates(dn)).toEqual(['rate 15 {"kind":"period","period":"2023"}']);
    expect(rates(money)).toEqual(['rate 72 {"kind":"period","period":"2023"}']);
  });
  it('a bare number before another word is no count of enterprises (negative)', () => {
    const [s] = read('Năm 2024 có 420 doanh nghiệp mới, trong đó 35 đơn vị tăng vốn.');
    expect(s?.value?.value.unitCode).toBe('enterprise');
    expect(
      read('Năm 2024 có 420 doanh nghiệp mới, trong đó 35 đơn vị tăng vốn.').some(
        (x) => x.value?.value.base === '35' && x.value.value.unitCode === 'enterprise',
      ),
    ).toBe(false);
  });
});
