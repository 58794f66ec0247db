import { describe, expect, it } from 'vitest';
import { doubtReasons, markedPeriods, markedValues } from './readings';

/**
 * Round 29, the latent silent wrong readings of the Vietnamese noise sweep (`bench/noise-sweep.ts
 * --vi`) as classes of the language, each beside near-misses.
 */

const vi = (text: string): string[] => markedValues(text, 'vi');
const en = (text: string): string[] => markedValues(text, 'en');

describe('a later figure of a list whose first is bounded is doubted, past an aside and down the list', () => {
  it('doubts the figures after an aside in brackets behind the bounded figure', () => {
    // (the aside hid the bound: `2,1 tỷ USD` was a certain exact value, silent wrong)
    expect(
      vi(
        'Năm 2024, kim ngạch xuất khẩu sang Hoa Kỳ và Trung Quốc lần lượt đạt khoảng 3,2 tỷ USD (chưa kể dầu thô) và 2,1 tỷ USD.',
      ),
      // (the bounded first figure is an approximation, not a doubt: round 51 stopped `khoảng` alone
      // doubting every `khoảng … USD` as a conversion)
    ).toEqual(['3200000000 USD', '2100000000 USD?']);
    expect(
      vi(
        'Năm 2024, kim ngạch xuất khẩu sang Hoa Kỳ, Trung Quốc và Nhật Bản lần lượt đạt khoảng 3,2 tỷ USD (cùng kỳ năm trước đạt 980 triệu USD), 2,1 tỷ USD và 980 triệu USD.',
      ).slice(2),
    ).toEqual(['2100000000 USD?', '980000000 USD?']); // (the third, two figures after the bound)
    expect(
      doubtReasons('Doanh thu của hai công ty lần lượt đạt hơn 120 tỷ đồng (tăng 5%) và 95 tỷ đồng.', 'vi'),
    ).toContain('unread-bound');
    expect(
      doubtReasons('Shipments reached over 5 million tonnes (a record), 3 million tonnes and 2 million tonnes.'),
    ).toEqual(expect.arrayContaining(['unread-bound']));
  });

  it('near-misses: no bound in the list, or a bound after the aside, keep the figures exact', () => {
    expect(
      vi(
        'Năm 2024, kim ngạch xuất khẩu sang Hoa Kỳ và Trung Quốc lần lượt đạt 3,2 tỷ USD (chưa kể dầu thô) và 2,1 tỷ USD.',
      ),
    ).toEqual(['3200000000 USD', '2100000000 USD']);
    expect(
      doubtReasons('Năm 2024, doanh thu đạt 3,2 tỷ USD (khoảng 10% kế hoạch) và lợi nhuận đạt 2,1 tỷ USD.', 'vi'),
    ).not.toContain('unread-bound');
    expect(
      doubtReasons('Exports reached $3.2 billion (excluding crude oil) and about $2.1 billion in 2023 and 2024.'),
    ).not.toContain('unread-bound');
    // (a list of other things: another unit after the aside, or down the list)
    expect(
      doubtReasons(
        'Trong đó có 30 dự án cấp mới với tổng vốn đăng ký đạt trên 120 triệu USD (bằng 60% so với cùng kỳ năm trước) và 12 lượt dự án điều chỉnh vốn.',
        'vi',
      ),
    ).not.toContain('unread-bound');
    expect(
      doubtReasons('More than 120 kilometers of dykes, 640 kilometers of canals and four bridges were washed away.'),
    ).toEqual(['unread-bound']);
  });
});

describe("a yearless period in a `;` part takes the year that part states, not the sentence's first", () => {
  it("dates `tháng 10` by the part's own `10 tháng năm 2023`", () => {
    // (was 2024-10, the year of the first part: silent wrong)
    expect(
      markedPeriods(
        'Kết quả cụ thể như sau: - kim ngạch xuất khẩu 9 tháng năm 2024 tăng 9,56% so với cùng kỳ năm trước; - chỉ số giá tiêu dùng 10 tháng năm 2023 tăng 3,2% so với cùng kỳ năm trước, trong đó tháng 10 tăng 4,1% so với cùng kỳ năm trước.',
        'vi',
      ),
    ).toEqual(['2024-YTD-09', '2023-YTD-10', '2023-10']);
    expect(
      markedPeriods(
        'Năm 2024, thu ngân sách tăng 5% so với năm trước; quý III/2023, xuất khẩu tăng 8% so với cùng kỳ, riêng tháng 9 tăng 2% so với tháng trước.',
        'vi',
      ),
    ).toEqual(['2024', '2023-Q3', '2023-09']);
  });

  it("near-misses: a part with no year of its own, or a year after `so với`, keeps the sentence's year", () => {
    expect(markedPeriods('Năm 2024, xuất khẩu tăng 5%; riêng tháng 10 tăng 3% so với tháng trước.', 'vi')).toEqual([
      '2024',
      '2024-10',
    ]);
    expect(markedPeriods('Năm 2024, xuất khẩu tăng 5%; so với năm 2023, tháng 10 tăng 3%.', 'vi').slice(1)).toEqual([
      '2024-10',
    ]);
  });
});

describe("a bulleted part dates its own figures: its topic clause's period, its own list after `;`", () => {
  it('dates the figures after `- <topic> năm 2024,` by that year', () => {
    // (they took the previous bullet's `9 tháng năm 2024`: silent wrong)
    expect(
      markedPeriods(
        'Kết quả như sau: - vốn đầu tư 9 tháng năm 2024 đạt 39.792 tỷ đồng, tăng 5% so với cùng kỳ; - trong mức tăng trưởng chung của nền kinh tế năm 2024, khu vực dịch vụ tăng 6,9%; khu vực công nghiệp tăng 8,1%.',
        'vi',
      ),
    ).toEqual(['2024-YTD-09', '2024', '2024']);
    expect(
      markedPeriods(
        'Doanh thu quý I/2024 đạt 500 tỷ đồng, tăng 5%; - về xuất khẩu năm 2023, kim ngạch đạt 3 tỷ USD.',
        'vi',
      ),
    ).toEqual(['2024-Q1', '2023']);
  });

  it("dates the items of a bullet's own list after `gồm:` by the bullet's period, not the first bullet's", () => {
    // (`vốn địa phương` and `vốn ngân sách cấp huyện` took `tháng 3/2024`: silent wrong)
    expect(
      markedPeriods(
        'Kết quả như sau: - trong tháng 3/2024, có 149 doanh nghiệp thành lập mới, giảm 9,56% so với tháng trước; - vốn đầu tư 9 tháng năm 2024 đạt 39.792 tỷ đồng, gồm: vốn Trung ương đạt 6.112 tỷ đồng, tăng 0,7% so với cùng kỳ; vốn địa phương đạt 33.680 tỷ đồng, tăng 15,55%; vốn cấp huyện đạt 12.455 tỷ đồng, tăng 44,37%.',
        'vi',
      ),
    ).toEqual(['2024-03', '2024-YTD-09', '2024-YTD-09', '2024-YTD-09', '2024-YTD-09']);
  });

  it('near-misses: no bullet, a base after the bullet, or parts without bullets keep the readings before', () => {
    expect(
      markedPeriods(
        'Doanh thu quý I/2024 đạt 500 tỷ đồng, tăng 5%; - so với cùng kỳ năm 2023, lợi nhuận tăng 8%.',
        'vi',
      )[1],
    ).not.toBe('2023');
    expect(
      markedPeriods(
        'Doanh thu quý I/2024 đạt 500 tỷ đồng; đối với ngành nông nghiệp năm 2023, sản lượng đạt 3 triệu tấn.',
        'vi',
      )[1],
    ).toMatch(/\?$/u);
    expect(
      markedPeriods(
        'Năm 2024, thu ngân sách đạt 100 tỷ đồng; xuất khẩu gạo 9 tháng năm 2024 đạt 7,8 triệu tấn; cà phê đạt 1,2 triệu tấn.',
        'vi',
      ),
    ).toEqual(['2024', '2024-YTD-09', '2024']);
  });
});

describe('English counts after a present tense of holding or running things', () => {
  it('reads the count of the plural noun after `operates`, `employs`, `owns`, `runs`, `serves`', () => {
    // (read nothing before; the count stays doubted as after `has`)
    expect(en("The world's largest container liner, Switzerland-based MSC, operates around 860 cargo ships.")).toEqual([
      '860?',
    ]);
    expect(en('The group owns 12 hotels and runs 40 restaurants.')).toEqual(['12?', '40?']);
    expect(en('The state-owned firm currently manages more than 45 factories in Vietnam.')).toEqual(['45?']);
    expect(en('Today the hospital serves 500,000 patients a year.')).toEqual(['500000?']);
  });

  it("near-misses: time, a percentage, a year, a goal's base form keep their readings", () => {
    expect(en('The shuttle runs 24 hours a day.')).toEqual(['24 hour?']);
    expect(en('The mayor serves 2 terms.')).toEqual(['2?']); // (a count, never certain)
    expect(en('Tourism operates 2024 plans for the region.')).toEqual([]);
    expect(en('The city aims to serve 30 million tourists.')).toEqual(['30000000 person']);
  });
});
