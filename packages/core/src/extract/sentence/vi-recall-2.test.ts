import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import type { Statement } from '../types';

const read = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });
/** The statement whose change has the printed amount `n`. */
const withChange = (all: Statement[], n: string): Statement | undefined =>
  all.find((s) => s.changes.some((c) => c.value.amount.value === n));
const changeOf = (all: Statement[], n: string) =>
  withChange(all, n)?.changes.find((c) => c.value.amount.value === n)?.value;

describe('a rate OF the same period of an earlier year (`mức tăng X% của cùng kỳ năm Y`)', () => {
  it.each([
    [
      'Kim ngạch xuất khẩu 6 tháng đầu năm 2024 tăng 12,5% so với cùng kỳ năm trước, thấp hơn mức tăng 15,1% của cùng kỳ năm 2022.',
      '15.1',
      '2022-H1',
    ],
    [
      'Chỉ số sản xuất công nghiệp quý II năm 2023 ước tăng 4,2% so với cùng kỳ, chỉ cao hơn tốc độ tăng 3,1% của cùng kỳ năm 2020.',
      '3.1',
      '2020-Q2',
    ],
    [
      'Tổng mức bán lẻ hàng hóa 10 tháng năm 2025 tăng 9%, cao hơn mức tăng 7,4% của cùng kỳ năm 2023 trong giai đoạn 2020-2025.',
      '7.4',
      '2023-YTD-10',
    ],
    ['Vốn đầu tư toàn xã hội 9 tháng ước tăng 11,3%, vượt mức tăng 6,8% của cùng kỳ năm 2021.', '6.8', '2021-YTD-09'],
  ])('%s', (text, n, period) => {
    const all = read(text);
    const s = withChange(all, n);
    expect(s?.period?.value).toBe(period);
    // The earlier year is the rate's period, never its base: no base, or the compared rate's kind.
    expect([undefined, 'same-period-last-year']).toContain(changeOf(all, n)?.base?.kind);
  });

  it('keeps `so với (mức của) cùng kỳ năm Y` as the base of the rate, not its period', () => {
    const all = read('Kim ngạch xuất khẩu 6 tháng đầu năm 2023 tăng 5% so với mức của cùng kỳ năm 2021.');
    expect(withChange(all, '5')?.period?.value).toBe('2023-H1');
    expect(changeOf(all, '5')?.base).toEqual({ kind: 'period', period: '2021-H1' });
  });

  it('keeps a rate against `cùng kỳ năm Y` without `của` as a change against that year', () => {
    const all = read('Doanh thu du lịch quý III năm 2024 tăng 18% so với cùng kỳ năm 2019.');
    expect(withChange(all, '18')?.period?.value).toBe('2024-Q3');
    expect(changeOf(all, '18')?.base).toEqual({ kind: 'period', period: '2019-Q3' });
  });
});

describe('a bare count of months before an estimate is a period (`9 tháng ước tăng`)', () => {
  it.each([
    ['Năm 2024, sản lượng điện 9 tháng ước tăng 10,2% so với cùng kỳ năm trước.', '10.2', '2024-YTD-09'],
    ['Năm 2023, tổng thu ngân sách 11 tháng ước đạt 14.300 tỷ đồng.', undefined, '2023-YTD-11'],
    ['Năm 2025, chỉ số giá tiêu dùng 4 tháng ước tính tăng 3,1% so với cùng kỳ.', '3.1', '2025-YTD-04'],
  ])('%s', (text, n, period) => {
    const all = read(text);
    const s = n ? withChange(all, n) : all.find((x) => x.value);
    expect(s?.period?.value).toBe(period);
  });

  it('keeps a count of months with no stage word after it a duration', () => {
    const all = read('Năm 2024, sau 3 tháng triển khai, doanh thu tăng 10% so với cùng kỳ năm trước.');
    expect(withChange(all, '10')?.period?.value).toBe('2024');
  });
});

describe('the same day of the previous month or quarter is the previous period', () => {
  it.each([
    [
      'Số lao động trong doanh nghiệp công nghiệp tại ngày 1/6/2023 tăng 0,8% so với cùng thời điểm tháng trước.',
      '0.8',
    ],
    ['Dư nợ tín dụng đến cuối tháng 9/2024 tăng 1,2% so với cùng thời điểm quý trước.', '1.2'],
    ['Giá xăng dầu tháng 5/2022 tăng 2,5% so với cùng kỳ tháng trước.', '2.5'],
  ])('%s', (text, n) => {
    expect(changeOf(read(text), n)?.base).toEqual({ kind: 'previous-period' });
  });

  it('keeps `cùng thời điểm năm trước` the same period of last year', () => {
    const all = read('Số lao động tại ngày 1/6/2023 tăng 3,4% so với cùng thời điểm năm trước.');
    expect(changeOf(all, '3.4')?.base).toEqual({ kind: 'same-period-last-year' });
  });
});

describe('a list of places whose bare percentages repeat the first item’s change (`A tăng X%; B Y%; Sơn La Z%`)', () => {
  it.each([
    ['Năm 2023, doanh thu du lịch của Lào Cai tăng 15,2% so với năm trước; Sơn La 12,4%; Điện Biên 9%.', ['12.4', '9']],
    ['Năm 2024, Lai Châu tăng trưởng 7,1% so với năm 2023; Sơn La 6,5%; Hòa Bình 5,9%.', ['6.5', '5.9']],
    ['Năm 2025, xuất khẩu của Bắc Ninh tăng 8% so với cùng kỳ; Thái Nguyên 6%; Sơn La 4,5%; Phú Thọ 3%.', ['4.5', '3']],
  ])('%s', (text, rates) => {
    const all = read(text);
    for (const n of rates) {
      const s = withChange(all, n);
      expect(s?.changes[0]?.value.form).toBe('rate');
      expect(s?.value).toBeUndefined();
    }
    // `La` of `Sơn La` is the province's, not the copula `là`: the name keeps it.
    expect(all.map((s) => s.name?.value)).toContain('Sơn La');
  });

  it('keeps a lower-case `là` after a name a verb: the figure is a level, not a repeated change', () => {
    const all = read('Năm 2023, doanh thu tăng 10% so với năm trước; tỷ suất lợi nhuận là 12%.');
    const s = all.find((x) => x.value?.value.number.value === '12');
    expect(s?.changes).toEqual([]);
    expect(withChange(all, '12')).toBeUndefined();
  });
});

describe('a bound between a change verb and its multiple (`tăng gần 3 lần`)', () => {
  it.each([
    ['Doanh thu du lịch quý I năm 2024 tăng gần 2,5 lần so với cùng kỳ.', '2.5', 'under'],
    ['Lượng khách quốc tế năm 2023 tăng hơn 4 lần so với năm 2022.', '4', 'over'],
    ['Vốn FDI đăng ký mới 6 tháng đầu năm 2025 gấp khoảng 1,8 lần cùng kỳ.', '1.8', 'about'],
  ])('%s', (text, n, bound) => {
    const c = changeOf(read(text), n);
    expect(c?.form).toBe('times');
    expect(c?.approximate).toBe(bound);
    expect(c?.base).toBeDefined();
  });

  it('keeps a bound before a percentage a bounded rate, not a multiple', () => {
    const c = changeOf(read('Doanh thu năm 2024 tăng gần 3% so với năm 2023.'), '3');
    expect(c?.form).toBe('rate');
    expect(c?.approximate).toBe('under');
  });
});

describe('a percentage alone in brackets after a growth noun and its degree (`có mức tăng cao nhất (71,2%)`)', () => {
  it.each([
    ['Năm 2024, ngành chế biến có tốc độ tăng thấp nhất (2,3%).', '2.3'],
    ['Năm 2022, vùng Đồng bằng sông Hồng có tốc độ tăng trưởng cao nhất cả nước (9,1%).', '9.1'],
    [
      'Năm 2023, dịch vụ vận tải có mức tăng cao nhất (24,5%); bán lẻ hàng hóa có mức tăng trưởng cao thứ hai (11,8%).',
      '11.8',
    ],
  ])('%s', (text, n) => {
    const all = read(text);
    const s = withChange(all, n);
    expect(changeOf(all, n)?.form).toBe('rate');
    expect(s?.value).toBeUndefined();
    // the base is not said: read, but listed as unread
    expect(s?.unread.map((u) => u.reason)).toContain('change-without-base');
  });

  it('keeps a bracketed percentage after a share noun a level', () => {
    const all = read('Năm 2024, ngành khai khoáng chiếm tỷ trọng cao nhất (45%).');
    expect(withChange(all, '45')).toBeUndefined();
    expect(all.some((s) => s.value?.value.number.value === '45')).toBe(true);
  });
});

describe('a head with a change verb and a base before a list lead gives the base to the items (`có 3 nhóm hàng giảm … so với cùng kỳ năm trước như: …`)', () => {
  it.each([
    [
      'Năm 2023, có 4 nhóm hàng giảm doanh thu so với cùng kỳ năm trước như: dệt may giảm 5,2%; da giày giảm 3,1%.',
      ['-5.2', '-3.1'],
    ],
    ['Quý I năm 2024, nhiều ngành tăng trưởng khá so với cùng kỳ như: chế biến tăng 9,4%, điện tăng 7%.', ['9.4', '7']],
    [
      'Năm 2025, 5 mặt hàng xuất khẩu chủ lực sụt giảm kim ngạch so với năm trước gồm: thủy sản giảm 4%; gạo giảm 2,5%.',
      ['-4', '-2.5'],
    ],
  ])('%s', (text, rates) => {
    const all = read(text);
    for (const n of rates) expect(changeOf(all, n)?.base).toBeDefined();
  });

  it('keeps an item’s own base, and gives none when the head has no change verb', () => {
    const own = read(
      'Năm 2023, có 3 nhóm hàng giảm so với cùng kỳ năm trước như: dệt may giảm 5% so với tháng trước; da giày giảm 2%.',
    );
    expect(changeOf(own, '-5')?.base).toEqual({ kind: 'previous-period' });
    expect(changeOf(own, '-2')?.base).toEqual({ kind: 'same-period-last-year' });
    const none = read(
      'Năm 2023, có 3 nhóm hàng đạt doanh thu so với cùng kỳ năm trước như: dệt may giảm 5%; da giày giảm 2%.',
    );
    expect(changeOf(none, '-5')?.base).toBeUndefined();
  });
});

describe('a bare percentage of a disbursement or completion noun is a completion of the plan (`giải ngân đạt 62%`)', () => {
  it.each([
    ['Năm 2024, tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 71,5%.', '71.5'],
    ['Đến hết tháng 9/2025, vốn đầu tư công đã giải ngân được 48%.', '48'],
    ['Về vốn ngân sách trung ương, giải ngân của thành phố năm 2023 đạt khoảng 55,3%.', '55.3'],
  ])('%s', (text, n) => {
    const s = read(text).find((x) => x.completion?.value.percent.value === n);
    expect(s?.completion?.value).toMatchObject({ form: 'of-plan', of: 'plan' });
    expect(s?.value).toBeUndefined();
  });

  it('keeps a share of disbursed capital a share, and a change of the rate a change', () => {
    const share = read('Năm 2024, vốn giải ngân từ ODA chiếm 12% tổng vốn.');
    expect(share.some((s) => s.completion)).toBe(false);
    const change = read('Năm 2024, tỷ lệ giải ngân tăng 5% so với năm 2023.');
    expect(change.some((s) => s.completion)).toBe(false);
    // (round 28: a named rate's change by a bare `%` is read in points, doubted)
    expect(changeOf(change, '5')?.form).toBe('points');
  });
});

describe('a change in brackets that opens with `cùng kỳ năm Y` is the change of that period (`(cùng kỳ năm 2023 giảm 0,2%)`)', () => {
  it.each([
    [
      'Tính chung 8 tháng năm 2024, IIP ước tăng 8,6% so với cùng kỳ năm trước (cùng kỳ năm 2023 giảm 0,2%).',
      '-0.2',
      '2023-YTD-08',
    ],
    ['Quý II năm 2025, GRDP tăng 7,4% so với cùng kỳ (cùng kỳ năm 2024 tăng 6,1%).', '6.1', '2024-Q2'],
    [
      '6 tháng đầu năm 2023, tổng mức bán lẻ tăng 10,9% so với cùng kỳ năm trước (cùng kỳ năm trước tăng 20,1%).',
      '20.1',
      '2022-H1',
    ],
  ])('%s', (text, n, period) => {
    const all = read(text);
    const s = withChange(all, n);
    expect(s?.period?.value).toBe(period);
    expect(s?.changes).toHaveLength(1);
    // the statement before keeps only its own change
    expect(all.filter((x) => x !== s).every((x) => x.changes.every((c) => c.value.amount.value !== n))).toBe(true);
  });

  it('keeps a bracketed base value (no change verb) as it was read', () => {
    const all = read('Năm 2024, IIP tăng 8,6% so với năm 2023 (năm 2023 giảm 0,2%).');
    expect(withChange(all, '8.6')?.period?.value).toBe('2024');
  });
});
