import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import { describeFailure, type Phrasebook, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { HOSTILE_MARKET_EN, HOSTILE_MARKET_VI } from './hostile-market';
import { nothingCertain, readings } from './hostile-readings';

/** Whole-fact share each book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = { 'hostile-market-vi': 0.95, 'hostile-market-en': 0.99 } as const;

/** The reasons of the doubted fields of `text`'s statements. */
const reasons = (text: string, locale: 'vi' | 'en'): string[] =>
  extractStatements(text, { locale }).flatMap((s) =>
    [s.value, s.completion, ...s.changes].flatMap((f) =>
      f?.confidence === 'uncertain' && f.doubt ? [f.doubt.reason] : [],
    ),
  );

function bookTests(book: Phrasebook, minCases: number): void {
  const score = scorePhrasebook(book);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR[book.area as keyof typeof FLOOR] * 100} % of the facts it holds whole`, () => {
    expect(book.cases.length).toBeGreaterThan(minCases);
    // at least a fifth of the cases are near-misses or hosts: sentences with a fact to keep
    expect(book.cases.filter((c) => c.facts.length > 0).length * 5).toBeGreaterThan(book.cases.length);
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(
      FLOOR[book.area as keyof typeof FLOOR],
    );
  });
}

describe('phrasebook hostile-market-vi — numbers of company and market prose that are no figure', () => {
  bookTests(HOSTILE_MARKET_VI, 500);

  it('doubts a figure named by a security (cổ phiếu, cổ tức, vốn điều lệ, EPS, ROE), not a revenue from it', () => {
    for (const text of [
      'Giá cổ phiếu MSN chốt phiên ở mức 72.400 đồng/cp.',
      'Công ty cổ phần dược phẩm này có vốn điều lệ 620 tỷ đồng.',
      'Thu nhập trên mỗi cổ phiếu (EPS) năm 2023 đạt 4.150 đồng.',
      'Ngân hàng nâng vốn điều lệ lên 18.700 tỷ đồng.',
      'Doanh nghiệp chia cổ tức với tỷ lệ 12%.',
    ])
      expect(nothingCertain(text, 'vi'), text).toBe(true);
    expect(reasons('Tập đoàn sẽ phát hành thêm 250 triệu cổ phiếu.', 'vi')).toEqual(['security']);
    expect(readings('Quỹ đầu tư nâng tỷ lệ sở hữu tại ngân hàng lên 6,15%.', 'vi')).toEqual([
      'actual 6.15 percent?security []',
    ]);
    // negatives: what the State collects from dividends, foreign investors' share purchases, new firms' capital
    expect(readings('Thu từ cổ tức, lợi nhuận được chia đạt 38.200 tỷ đồng.', 'vi')).toEqual([
      'actual 38200000000000 VND []',
    ]);
    expect(readings('Nhà đầu tư nước ngoài góp vốn, mua cổ phần đạt 2,4 tỷ USD.', 'vi')).toEqual([
      'actual 2400000000 USD []',
    ]);
    expect(readings('Các hợp tác xã thành lập mới có tổng vốn điều lệ 980 tỷ đồng.', 'vi')).toEqual([
      'actual 980000000000 VND []',
    ]);
  });

  it('doubts an index moving in its own points, not percentage points of a rate', () => {
    expect(readings('Chốt phiên chiều, HNX-Index giảm 1,35 điểm.', 'vi')).toEqual([
      'actual - [points -1.35 -?index-points]',
    ]);
    expect(nothingCertain('Chỉ số VN30 tăng 9,6 điểm trong phiên sáng.', 'vi')).toBe(true);
    // negative: a rate falls by percentage points
    expect(readings('Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm.', 'vi')).toEqual(['actual - [points -1.2 -]']);
  });

  it('doubts a statement valued in đồng with no scale word (one share’s price), not an exchange rate or an amount in tỷ', () => {
    for (const text of [
      'Mã PNJ tăng 1,8% lên 96.100 đồng.',
      'VPB giảm 0,7% xuống 19.850 đồng.',
      'Cổ phiếu của tập đoàn đóng cửa ở mức 27.650 đồng.',
    ])
      expect(nothingCertain(text, 'vi'), text).toBe(true);
    expect(readings('Tỷ giá trung tâm tăng 0,1% lên 24.250 đồng.', 'vi')).toEqual(['actual 24250 VND [rate 0.1 -]']);
    expect(readings('Doanh thu tăng 4,5% lên 3.200 tỷ đồng.', 'vi')).toEqual(['actual 3200000000000 VND [rate 4.5 -]']);
  });

  it('doubts the size of a ranked group (`thuộc nhóm 10`), not a count of enterprises', () => {
    expect(nothingCertain('Ngân hàng thuộc nhóm 5 doanh nghiệp nộp thuế lớn nhất.', 'vi')).toBe(true);
    expect(readings('Toàn tỉnh có 1.420 doanh nghiệp thành lập mới.', 'vi')).toEqual(['actual 1420 enterprise []']);
  });

  it('keeps the host figure whole beside a ticker, a dividend or an AGM date', () => {
    expect(
      readings(
        'Tập đoàn Hòa Phát (HoSE: HPG) cho biết doanh thu thuần đạt 12.500 tỷ đồng, tăng 15% so với cùng kỳ năm trước.',
        'vi',
      ),
    ).toEqual(['actual 12500000000000 VND [rate 15 same-period-last-year]']);
    expect(
      readings('Lợi nhuận sau thuế đạt 1.230 tỷ đồng, hoàn thành 82% kế hoạch năm, EPS đạt 3.200 đồng.', 'vi'),
    ).toEqual(['actual 1230000000000 VND c=82 []', 'actual 3200 VND?security []']);
  });
  it('doubts a percentage restating the change before it (`tương đương`), not a level after `tương đương` alone', () => {
    expect(nothingCertain('HNX-Index giảm 0,9 điểm, tương đương 0,4%.', 'vi')).toBe(true);
    // the points change itself stays certain; only the restating percentage is doubted
    expect(readings('Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm, tương đương 30%.', 'vi')).toEqual([
      'actual 30 percent?restated-change [points -1.5 -]',
    ]);
    expect(nothingCertain('Chỉ số VN30 tăng 6,1 điểm, tương ứng 0,45%.', 'vi')).toBe(true);
    // negative: no change before it
    expect(readings('Tỷ lệ che phủ rừng đạt 42,1%.', 'vi')).toEqual(['actual 42.1 percent []']);
  });
});

describe('phrasebook hostile-market-en — numbers of company and market prose that are no figure', () => {
  bookTests(HOSTILE_MARKET_EN, 490);

  it('doubts a figure named by a security (shares, dividend, charter capital, EPS), not a revenue from it', () => {
    for (const text of [
      'Masan shares closed at VND72,400 apiece.',
      'The pharmaceutical firm has a charter capital of VND620 billion.',
      'Earnings per share rose to VND4,150 in 2023.',
      'The lender lifted its charter capital to VND18.7 trillion.',
      'The stock gained VND1,200 to VND31,500.',
    ])
      expect(nothingCertain(text, 'en'), text).toBe(true);
    expect(reasons('The group will issue another 250 million shares.', 'en')).toContain('security');
    // negatives: revenue from dividends, capital contributions and share purchases, new cooperatives' capital
    expect(readings('Revenue from dividends and profits reached VND38.2 trillion.', 'en')).toEqual([
      'actual 38200000000000 VND []',
    ]);
    expect(readings('Capital contributions and share purchases rose 6 percent to US$2.4 billion.', 'en')).toEqual([
      'actual 2400000000 USD [rate 6 -]',
    ]);
    expect(readings('Rice stocks fell to 1.3 million tonnes.', 'en')).toEqual(['actual 1300000 tonne []']);
  });

  it('doubts an index moving in its own points, not percentage points of a rate', () => {
    expect(nothingCertain('The HNX-Index lost 1.35 points in the afternoon session.', 'en')).toBe(true);
    expect(nothingCertain('The VN30 basket gained 9.6 points.', 'en')).toBe(true);
    // negative: a rate falls by percentage points
    expect(readings('The poverty rate fell 1.2 percentage points.', 'en')).toEqual(['actual - [points -1.2 -]']);
  });

  it('doubts a statement valued in đồng with no scale word (one share’s price), not an exchange rate', () => {
    for (const text of [
      'PNJ climbed 1.8 percent to VND96,100.',
      'VPB dropped 0.7 percent to VND19,850.',
      'The lender’s stock ended at VND27,650.',
    ])
      expect(nothingCertain(text, 'en'), text).toBe(true);
    expect(readings('The USD/VND central rate rose 0.1 percent to VND24,250.', 'en')).toEqual([
      'actual 24250 VND [rate 0.1 -]',
    ]);
  });

  it('doubts a percentage restating the change before it (`or`), not a rate after an absolute change', () => {
    expect(readings('The UPCoM-Index lost 0.9 points, or 0.4 percent.', 'en')).toEqual([
      'actual 0.4 percent?restated-change [points -0.9 -?index-points]',
    ]);
    expect(nothingCertain('The VN30 basket climbed 6.1 points, or 0.45%, to 1,352.8.', 'en')).toBe(true);
    // negatives: an absolute change restated as a rate is read as the rate; a level alone stays
    expect(readings('Exports rose US$1.2 billion, or 4.1 percent, to US$30.5 billion.', 'en')).toEqual([
      'actual 30500000000 USD [rate 4.1 -]',
    ]);
    expect(readings('The forest cover rate stood at 42.1 percent.', 'en')).toEqual(['actual 42.1 percent []']);
  });

  it('doubts the size of a ranked group (`one of the 10 largest`), not a count of enterprises', () => {
    expect(nothingCertain('The bank is among the 5 largest taxpayers in the country.', 'en')).toBe(true);
    expect(nothingCertain('The firm is one of the 20 biggest exporters.', 'en')).toBe(true);
  });
});
