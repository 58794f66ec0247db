import { describe, expect, it } from 'vitest';
import { describeFailure, type Phrasebook, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { HOSTILE_EN, HOSTILE_VI } from './hostile';
import { nothingCertain, readings } from './hostile-readings';

/** Whole-fact share each book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = { 'hostile-vi': 0.94, 'hostile-en': 0.96 } as const;

function bookTests(book: Phrasebook, minCases: number): void {
  const score = scorePhrasebook(book);

  it('gives no silent wrong number over the whole book', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it(`reads at least ${FLOOR[book.area as keyof typeof FLOOR] * 100} % of the facts it holds whole`, () => {
    expect(book.cases.length).toBeGreaterThan(minCases);
    const share = wholeShare(score.tally);
    expect(share, score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(
      FLOOR[book.area as keyof typeof FLOOR],
    );
  });
}

describe('phrasebook hostile-vi — Vietnamese numbers that are no figure, or whose role is open', () => {
  bookTests(HOSTILE_VI, 340);

  it('reads no figure from an hour of the clock (9h30, 17h, 14:00)', () => {
    for (const text of [
      'Lúc 9h30 sáng nay, đoàn công tác đã kiểm tra tiến độ dự án.',
      'Từ 7h đến 11h30, các điểm giao dịch làm việc bình thường.',
      'Đúng 14:00 chiều 5/6, phiên đấu giá chính thức bắt đầu.',
      'Khoảng 21g15 tối qua, đám cháy đã được dập tắt.',
    ])
      expect(nothingCertain(text, 'vi'), text).toBe(true);
  });

  it('doubts a percentage before a charge a policy sets, not a change of a revenue', () => {
    expect(readings('Doanh nghiệp được giảm 30% tiền thuê đất phải nộp của năm 2023.', 'vi')).toEqual([
      'actual - [rate -30 -?policy-rate]',
    ]);
    expect(nothingCertain('Nhà nước hỗ trợ 50% lãi suất vay cho các hộ nghèo.', 'vi')).toBe(true);
    expect(nothingCertain('Các ngân hàng giảm 0,5% lãi suất cho vay đối với khách hàng hiện hữu.', 'vi')).toBe(true);
    // negative: the charge is the subject, its change is measured
    expect(readings('Thu thuế nội địa tăng 10% so với cùng kỳ năm trước.', 'vi')).toEqual([
      'actual - [rate 10 same-period-last-year]',
    ]);
  });

  it('doubts a multiple after an adjective of size (a comparison of two things), not a multiple against a year', () => {
    expect(readings('Tỷ lệ này cao gấp đôi mức bình quân của cả nước.', 'vi')).toEqual([
      'actual - [times 2 -?comparison]',
    ]);
    expect(nothingCertain('Năng suất lúa của huyện cao gấp 1,5 lần bình quân chung của tỉnh.', 'vi')).toBe(true);
    expect(nothingCertain('Thu nhập của lao động khu vực này lớn gấp 3 lần khu vực nông thôn.', 'vi')).toBe(true);
    // negative: a change verb and a base year
    expect(readings('Vốn đầu tư nước ngoài tăng gấp 3,2 lần năm 2023.', 'vi')).toEqual(['actual - [times 3.2 2023]']);
  });

  it('doubts a bare count of places or bodies, not a count of enterprises', () => {
    expect(nothingCertain('Toàn huyện có 12 xã, thị trấn đã hoàn thành 19/19 tiêu chí.', 'vi')).toBe(true);
    expect(nothingCertain('Sản phẩm của tỉnh đã có mặt tại 45 quốc gia và vùng lãnh thổ.', 'vi')).toBe(true);
    expect(nothingCertain('Đến nay có 8 huyện đạt chuẩn nông thôn mới.', 'vi')).toBe(true);
    // negative: counts of enterprises and visitors are values
    expect(readings('Trong 9 tháng, toàn tỉnh có 1.250 doanh nghiệp thành lập mới.', 'vi')).toEqual([
      'actual 1250 enterprise []',
    ]);
    expect(readings('Tỉnh đón 2.500 lượt khách quốc tế.', 'vi')).toEqual(['actual 2500 []']);
  });

  it('doubts a number after an ordinal word, not a value after the verb `thu`', () => {
    expect(nothingCertain('Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII đã bế mạc.', 'vi')).toBe(true);
    expect(nothingCertain('Kỳ họp thứ 7 Quốc hội khóa XV đã thông qua nhiều luật quan trọng.', 'vi')).toBe(true);
    // negative: `thu` (collect) folds like `thứ` but is a verb of a value
    expect(readings('Năm 2024, tỉnh thu 12.000 tỷ đồng từ thuế.', 'vi')).toEqual(['actual 12000000000000 VND []']);
  });

  it('doubts an amount for each one (a name opened by `mỗi`), not a per-capita indicator', () => {
    expect(nothingCertain('Mỗi hộ được hỗ trợ 2 triệu đồng.', 'vi')).toBe(true);
    expect(nothingCertain('Mỗi lao động được nhận 5 triệu đồng tiền hỗ trợ.', 'vi')).toBe(true);
    // negative: `bình quân mỗi người` inside the name is the indicator
    expect(readings('Thu nhập bình quân mỗi người đạt 5 triệu đồng/tháng.', 'vi')).toEqual(['actual 5000000 []']);
  });

  it('doubts a percentage named by a tax or tariff, not a revenue from it nor a rate indicator', () => {
    expect(nothingCertain('Thuế suất thuế thu nhập doanh nghiệp là 20%.', 'vi')).toBe(true);
    expect(nothingCertain('Hoa Kỳ áp mức thuế đối ứng 46% với hàng hóa Việt Nam.', 'vi')).toBe(true);
    // negatives: a tax collected, a rate indicator
    expect(readings('Thu thuế nội địa đạt 12.500 tỷ đồng.', 'vi')).toEqual(['actual 12500000000000 VND []']);
    expect(readings('Tỷ lệ nợ xấu ở mức 1,9%.', 'vi')).toEqual(['actual 1.9 percent []']);
  });

  it('doubts a bare number with no stated role, not the number `Số …` counts', () => {
    expect(nothingCertain('Con số này đã lên 20 vào cuối tháng 7.', 'vi')).toBe(true);
    expect(readings('Số dự án FDI mới đạt 1.250.', 'vi')).toEqual(['actual 1250 []']);
  });

  it('doubts a length of time after a word of duration, not the count it frames', () => {
    expect(readings('Trong 3 ngày, hội chợ thu hút 15.000 lượt khách tham quan.', 'vi')).toEqual([
      'actual 3?time-like []',
      'actual 15000 []',
    ]);
    expect(nothingCertain('Hồ sơ được giải quyết trong vòng 3 ngày làm việc.', 'vi')).toBe(true);
  });

  it('doubts the count a share is taken of (`trong số`)', () => {
    expect(
      nothingCertain('Khoảng 70% trong số 1.000 doanh nghiệp được khảo sát dự báo tình hình kinh doanh tốt hơn.', 'vi'),
    ).toBe(true);
    expect(nothingCertain('Có 45% trong tổng số 120 dự án bị chậm tiến độ.', 'vi')).toBe(true);
  });

  it('keeps the host figure whole beside a decree, a date or a rank', () => {
    expect(
      readings(
        'Theo Nghị quyết 98/2023/QH15, kim ngạch xuất khẩu đạt 35,2 tỷ USD, tăng 12,5% so với cùng kỳ năm trước.',
        'vi',
      ),
    ).toEqual(['actual 35200000000 USD [rate 12.5 same-period-last-year]']);
    expect(
      readings(
        'Thu ngân sách nhà nước ước đạt 12.345 tỷ đồng, bằng 105,3% dự toán, xếp thứ 14/63 tỉnh, thành phố.',
        'vi',
      ),
    ).toEqual(['actual 12345000000000 VND c=105.3 []']);
  });
});

describe('phrasebook hostile-en — English numbers that are no figure, or whose role is open', () => {
  bookTests(HOSTILE_EN, 320);

  it('reads no figure from an hour of the clock (9:30 a.m., 14:00, 7 p.m.)', () => {
    for (const text of [
      'At 9:30 a.m. on September 2, the Prime Minister chaired an online conference with localities.',
      'At 14:00 on June 5, the auction officially began.',
      'The fair runs from 8 a.m. to 7 p.m. every day.',
      'The meeting opened at 10 am on Monday.',
    ])
      expect(nothingCertain(text, 'en'), text).toBe(true);
  });

  it('doubts a percentage before a charge or after a charge and `by`, not a change of tax revenue', () => {
    expect(nothingCertain('Enterprises get a 30 percent reduction in land rent payable for 2023.', 'en')).toBe(true);
    expect(nothingCertain('The US imposed a 46% tariff on goods from Vietnam.', 'en')).toBe(true);
    expect(
      nothingCertain('The power sector cut electricity prices by 10 percent for tourist accommodation.', 'en'),
    ).toBe(true);
    // negative: the measured revenue's change
    expect(readings('Tax revenue rose 10 percent year-on-year.', 'en')).toEqual([
      'actual - [rate 10 same-period-last-year]',
    ]);
  });

  it('doubts a change verb before a percentage of a whole, not a completion read as printed', () => {
    expect(readings('Budget revenue reached VND103 trillion, gaining 21.4 percent of the quotation.', 'en')).toEqual([
      // (round 36: read as the completion it likely is, and doubted — a growth is not ruled out)
      'actual 103000000000000 VND c=21.4?percent-of []',
    ]);
    expect(nothingCertain('Disbursement rose 45 percent of the annual plan.', 'en')).toBe(true);
    // negative: `reaching X percent of` is the completion X
    expect(readings('Budget revenue reached VND103 trillion, reaching 101.5 percent of its projection.', 'en')).toEqual(
      ['actual 103000000000000 VND c=101.5 []'],
    );
  });

  it('doubts a multiple before the other thing it is of, and a yield per hectare, not a price per tonne', () => {
    expect(readings('The district’s rice yield is 1.5 times the provincial average.', 'en')).toEqual([
      'actual - [times 1.5 -?comparison]',
    ]);
    expect(nothingCertain('The average yield reached 6.7 tonnes per ha.', 'en')).toBe(true);
    expect(nothingCertain('The average yield reached 6.7 tonnes per hectare.', 'en')).toBe(true);
    // negative: a price per unit is a value
    expect(readings('Export prices averaged USD568 per tonne.', 'en')).toEqual(['actual 568 []']);
  });

  it('doubts an amount for each one, a tax rate and a rate a central bank sets, not income per person nor a market rate', () => {
    expect(nothingCertain('Each household receives 2 million VND in support.', 'en')).toBe(true);
    expect(nothingCertain('Each worker is paid VND5 million a month.', 'en')).toBe(true);
    expect(nothingCertain('The corporate income tax rate is 20 percent.', 'en')).toBe(true);
    expect(nothingCertain('Vietnam’s tariff rate decreased from 46% to 20%.', 'en')).toBe(true);
    // negatives
    expect(readings('Average income per person reached VND5 million a month.', 'en')).toEqual([
      'actual 5000000 VND []',
    ]);
    // (round 19, the lead's convention: a rate set by decision is no level — `policy-rate`; a
    // measured market rate is one)
    expect(readings('The refinancing rate stood at 4.5 percent.', 'en')).toEqual(['actual 4.5 percent?policy-rate []']);
    expect(readings('The average interbank rate stood at 4.5 percent.', 'en')).toEqual(['actual 4.5 percent []']);
    expect(readings('The tax revenue reached VND20 trillion.', 'en')).toEqual(['actual 20000000000000 VND []']);
  });

  it('doubts a figure between `the` and a milestone noun, not a level reached that year', () => {
    expect(
      readings('Budget revenue hit VND52.3 trillion, crossing the VND50 trillion threshold for the first time.', 'en'),
      // (`crossing` a verb of exceeding since round 44: the threshold passed is doubted as one, read as more than it)
    ).toEqual(['actual 52300000000000 VND []', 'actual 50000000000000 VND?exceeded-level []']);
    expect(nothingCertain('Exports are expected to pass the $400 billion milestone.', 'en')).toBe(true);
    // negative: `its first-ever $100 billion mark in 2007` is the level of 2007
    expect(
      readings(
        'Turnover hit a record $400 billion in 2017, four times its first-ever $100 billion mark in 2007.',
        'en',
      ),
    ).toContain('actual 100000000000 USD []');
  });

  it('doubts the count a share is taken of, not a count stated on its own', () => {
    expect(
      nothingCertain('Nearly 70 percent of the 1,000 firms surveyed expect better business in the next quarter.', 'en'),
    ).toBe(true);
    expect(nothingCertain('About 45 percent of the 120 projects are behind schedule.', 'en')).toBe(true);
    expect(readings('The survey covered 1,000 firms.', 'en')).toEqual(['actual 1000 enterprise []']);
  });

  it('doubts a bare number with no unit, noun, bound, change or completion, not the number a name counts', () => {
    expect(nothingCertain('The figure rose to 20 by the end of July.', 'en')).toBe(true);
    expect(nothingCertain('Of the 63 provinces and cities, 20 reported growth above the national average.', 'en')).toBe(
      true,
    );
    // negatives: a name that counts, a bound word
    expect(readings('The number of new FDI projects reached 1,250.', 'en')).toEqual(['actual 1250 []']);
    expect(readings('The total number of new firms rose to 29,200.', 'en')).toEqual(['actual 29200 []']);
  });

  it('doubts a bare count of places, not a count of visitors', () => {
    expect(readings('The province welcomed 2,500 international visitors.', 'en')).toEqual(['actual 2500 person []']);
    expect(
      nothingCertain('Of these, 3 communes met model new-style rural standards and 30 met advanced standards.', 'en'),
    ).toBe(true);
    expect(nothingCertain('The province’s products are now sold in 45 countries and territories.', 'en')).toBe(true);
  });
});
