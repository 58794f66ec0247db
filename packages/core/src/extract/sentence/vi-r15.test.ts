import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { changes, read } from './statements.test-util';

const vi = (text: string): Statement[] => read(text, 'vi');
/** Every change of `text` as `amount:certain|reason`. */
const changeCertainty = (text: string): string[] =>
  vi(text).flatMap((s) =>
    s.changes.map((c) => `${c.value.amount.value}:${c.confidence === 'uncertain' ? c.doubt?.reason : 'certain'}`),
  );

describe('a change after a cause word is a contribution to another measure, never certain', () => {
  it.each([
    // own paraphrases: `làm giảm/làm tăng`, `góp phần`, `kéo`, a cause word opening the clause with its object
    ['Ngành xây dựng giảm 1,2%, làm giảm 0,35% mức tăng chung.', ['-1.2:certain', '-0.35:contribution']],
    ['Khu vực dịch vụ tăng 7,1%, làm tăng 3,05%.', ['7.1:certain', '3.05:contribution']],
    ['Ngành khai khoáng giảm 1,5%, góp phần giảm 0,2% mức tăng trưởng chung.', ['-1.5:certain', '-0.2:contribution']],
    ['Ngành thủy sản tăng 3,1%, kéo tăng 0,2% giá trị sản xuất toàn ngành.', ['3.1:certain', '0.2:contribution']],
    ['Giá xăng dầu tăng 3,2%, làm CPI chung tăng 0,12%.', ['3.2:certain', '0.12:contribution']],
    ['Giá thịt lợn giảm 2,3%, khiến chỉ số giá nhóm thực phẩm giảm 0,5%.', ['-2.3:certain', '-0.5:contribution']],
    // https://thanhnien.vn/dong-luc-nao-vuc-day-tang-truong-kinh-te-185230402223837337.htm
    [
      'Trong khu vực công nghiệp và xây dựng, giá trị tăng thêm ngành công nghiệp giảm 0,82% so với cùng kỳ năm trước, làm giảm 0,28 điểm phần trăm trong mức tăng GDP của toàn nền kinh tế.',
      ['-0.82:certain', '-0.28:contribution'],
    ],
    // https://cafef.vn/nam-2016-gdp-tang-621-20161228091113656.chn
    [
      'Ngành khai khoáng năm nay giảm tới 4% đã làm giảm 0,33 điểm phần trăm mức tăng trưởng chung.',
      ['-4:certain', '-0.33:contribution'],
    ],
    // http://vinanet.vn/kinh-te-tai-chinh/gdp-6-thang-tang-573-673782.html
    [
      'Ngành công nghiệp tăng 5,33%, chủ yếu do ngành khai khoáng giảm 8,2%, làm giảm 0,61 điểm phần trăm mức tăng trưởng chung.',
      ['5.33:certain', '-8.2:certain', '-0.61:contribution'],
    ],
  ])('%s', (text, expected) => {
    expect(changeCertainty(text)).toEqual(expected);
  });

  it('the real sentence (test6): `làm giảm 4,76%` is never a certain rate', () => {
    const all = changeCertainty(
      'Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 2,52%, đóng góp 8,85% vào mức tăng trưởng chung; khu vực công nghiệp và xây dựng giảm 0,4%, làm giảm 4,76%; khu vực dịch vụ tăng 6,79%, đóng góp 95,91%.',
    );
    expect(all).toContain('-4.76:contribution');
    expect(all).toContain('-0.4:certain');
    expect(all).toContain('6.79:certain');
  });

  it('a cause word inside a name, or a verb of making with a noun before the change, is no cause (negative)', () => {
    expect(changeCertainty('Số người làm việc tăng 2,1% so với cùng kỳ.')).toEqual(['2.1:certain']);
    expect(changeCertainty('Sản lượng làm muối giảm 4,5% so với cùng kỳ năm trước.')).toEqual(['-4.5:certain']);
    // the cause word after the figure does not doubt it
    expect(
      changeCertainty('Doanh thu du lịch tăng 12,4% so với cùng kỳ, làm cho đời sống người dân được cải thiện.'),
    ).toEqual(['12.4:certain']);
  });
});

/** Every value of `text` as `base:certain|reason`. */
const valueCertainty = (text: string): string[] =>
  vi(text).flatMap((s) =>
    s.value ? [`${s.value.value.base}:${s.value.confidence === 'uncertain' ? s.value.doubt?.reason : 'certain'}`] : [],
  );

describe('a comma before exactly three digits where the sentence groups thousands by points is doubted', () => {
  it.each([
    // own paraphrases: a money value, a count, the grouped number before or after it
    [
      'Trong năm có 312 dự án được cấp phép với tổng vốn 2,415 tỷ đồng, nâng tổng vốn đăng ký lên 48.270 tỷ đồng.',
      '2415000000',
    ],
    ['Tổng vốn đầu tư đạt 12.350 tỷ đồng, trong đó vốn ngoài nhà nước 7,480 tỷ đồng.', '7480000000'],
    ['Toàn tỉnh giải quyết việc làm cho 1,250 lao động; lũy kế 5 năm là 21.600 lao động.', '1.25'],
  ])('%s', (text, base) => {
    expect(valueCertainty(text)).toContain(`${base}:comma-thousands`);
  });

  it('the real sentence (test6): 5,142 tỷ đồng beside 139.135 tỷ đồng is never a certain 5.142 billion', () => {
    const all = valueCertainty(
      'Từ đầu năm đến nay, đã có 490 doanh nghiệp thành lập mới (tăng 9,4% so với cùng kỳ năm 2022) với tổng vốn đăng ký 5,142 tỷ đồng (tăng 10,2%), nâng tổng số doanh nghiệp đăng ký hoạt động trên địa bàn tỉnh lên 8.921 doanh nghiệp với tổng vốn đăng ký hoạt động 139.135 tỷ đồng.',
    );
    expect(all).toContain('5142000000:comma-thousands');
    expect(all).toContain('139135000000000:certain');
  });

  it('a decimal comma with no number grouped by points, or with one or two digits, stays certain (negative)', () => {
    expect(valueCertainty('Vốn đăng ký đạt 5,142 tỷ đồng, tăng 10,2% so với cùng kỳ.')).toEqual(['5142000000:certain']);
    // the next sentence's grouped number does not count
    expect(valueCertainty('Vốn đăng ký đạt 5,142 tỷ đồng. Tổng vốn là 139.135 tỷ đồng.')).toEqual([
      '5142000000:certain',
      '139135000000000:certain',
    ]);
    // https://baocantho.com.vn/cac-vung-kinh-te-ca-nuoc-deu-co-so-doanh-nghiep-thanh-lap-moi-tang-a114693.html
    expect(
      valueCertainty(
        'Trong 10 tháng năm 2019, cả nước có 114.400 doanh nghiệp (DN) đăng ký thành lập mới, với tổng số vốn đăng ký là 1.434,4 nghìn tỉ đồng.',
      ).every((v) => v.endsWith(':certain') || !v.includes('comma-thousands')),
    ).toBe(true);
    // https://baomoi.com/ca-nuoc-co-hon-81-400-doanh-nghiep-thanh-lap-moi/c/20471784.epi
    expect(
      valueCertainty(
        'Theo Tổng cục Thống kê, 9 tháng qua, cả nước có 81.451 doanh nghiệp (DN) đăng ký thành lập mới với tổng vốn là 629,1 nghìn tỷ đồng.',
      ),
    ).not.toContainEqual(expect.stringContaining('comma-thousands'));
  });
});

/** Every statement of `text` as `name|period|changes`. */
const rows = (text: string): string[] =>
  vi(text).map((s) => `${s.name?.value ?? '∅'}|${s.period?.value ?? ''}|${changes(s).join(', ')}`);

describe("a compared figure of another period is that period's rate, a statement of its own", () => {
  it.each([
    // own paraphrases: a comparative, a ranking word, `so với` between, months and quarters
    ['GRDP quý II/2024 tăng 7,1%, thấp hơn quý I (8,3%).', ['GRDP|2024-Q2|rate 7.1 -', 'GRDP|2024-Q1|rate 8.3 -']],
    [
      'Kim ngạch xuất khẩu tháng 10/2024 tăng 12,5% so với cùng kỳ, cao hơn so với tháng 9/2024 (10,2%).',
      [
        'Kim ngạch xuất khẩu|2024-10|rate 12.5 same-period-last-year',
        'Kim ngạch xuất khẩu|2024-09|rate 10.2 same-period-last-year',
      ],
    ],
    [
      'Chỉ số sản xuất công nghiệp 6 tháng năm 2024 tăng 9,4%, chỉ đứng sau 6 tháng năm 2022 (10,1%).',
      ['Chỉ số sản xuất công nghiệp|2024-YTD-06|rate 9.4 -', 'Chỉ số sản xuất công nghiệp|2022-YTD-06|rate 10.1 -'],
    ],
    // the real sentence (test3)
    [
      'Tổng sản phẩm trong nước (GDP) quý III/2025 ước tăng 8,23% so với cùng kỳ, mức cao thứ hai kể từ năm 2011, chỉ sau quý III/2022 (14,38%).',
      [
        'Tổng sản phẩm trong nước (GDP)|2025-Q3|rate 8.23 same-period-last-year',
        'Tổng sản phẩm trong nước (GDP)|2022-Q3|rate 14.38 same-period-last-year',
      ],
    ],
    // a rate after a comparative and its growth noun, then `của` and the period, with no comma before
    [
      'Doanh thu du lịch năm 2024 tăng 15,2% so với năm trước chỉ thấp hơn mức tăng 18,4% của năm 2019.',
      [
        'Doanh thu du lịch|2024|rate 15.2 same-period-last-year',
        'Doanh thu du lịch|2019|rate 18.4 same-period-last-year',
      ],
    ],
    [
      'Tổng sản phẩm trong nước (GDP) quý I/2023 ước tính tăng 3,32% so với cùng kỳ năm trước chỉ cao hơn tốc độ tăng 3,21% của quý I/2020 trong giai đoạn 2011-2023.',
      [
        'Tổng sản phẩm trong nước (GDP)|2023-Q1|rate 3.32 same-period-last-year',
        'Tổng sản phẩm trong nước (GDP)|2020-Q1|rate 3.21 same-period-last-year',
      ],
    ],
    // https://viettimes.vn/gdp-quy-22023-tang-414-post167919.html (with a comma: the comparison step, `chỉ` now a lead)
    [
      'Theo đó, tổng sản phẩm trong nước (GDP) quý 2/2023 ước tính tăng 4,14% so với cùng kỳ năm trước, chỉ cao hơn tốc độ tăng 0,34% của quý 2/2020 trong giai đoạn từ năm 2011 – 2023.',
      [
        'tổng sản phẩm trong nước (GDP)|2023-Q2|rate 4.14 same-period-last-year',
        'tổng sản phẩm trong nước (GDP)|2020-Q2|rate 0.34 same-period-last-year',
      ],
    ],
    // https://vtc.vn/gdp-quy-ii-tang-4-14-gan-thap-nhat-13-nam-ar802778.html
    [
      'Như vậy, 6 tháng đầu năm 2023, GDP tăng 3,72%, cũng chỉ cao hơn tốc độ tăng 1,74% của 6 tháng đầu năm 2020 trong giai đoạn 2011 - 2023.',
      ['GDP|2023-H1|rate 3.72 -', 'GDP|2020-H1|rate 1.74 -'],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
    // the compared figure is shown, never certain
    const [, other] = vi(text);
    expect(other?.changes[0]?.confidence).toBe('uncertain');
  });

  it('a bracket that is no compared period, or a period that cannot be dated, is left as read (negative)', () => {
    // a bracket that opens on a dated period with no comparative is no compared period of this
    // step; since round 17 it is that period's own statement (`vi-bracket-period-rate.ts`, the
    // corpus convention: a comparison figure of another period is its own fact with its period)
    expect(rows('Kim ngạch xuất khẩu tháng 10/2024 tăng 12,5% (tháng 9/2024 tăng 10,2%).')).toContain(
      'Kim ngạch xuất khẩu|2024-09|rate 10.2 -',
    );
    // `quý I` with no year and no dated statement: no statement is made up for it
    const undated = vi('Tăng trưởng của tỉnh ước tăng 9,2%, mặc dù mức tăng thấp hơn quý I (14,8%).');
    expect(undated).toHaveLength(1);
    // a comparative with a growth noun but no period after the rate stays the statement's doubted change
    expect(rows('GDP quý I/2023 tăng 3,32% so với cùng kỳ chỉ cao hơn mục tiêu 3%.')).toHaveLength(1);
  });
});

describe('a percentage per year after a growth name holding an average word is an average rate', () => {
  it.each([
    ['Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2016-2020 đạt 6,8%/năm.', '6.8'],
    ['Giai đoạn 2015 - 2019 tăng trưởng bình quân của tỉnh đạt 9,1%/năm.', '9.1'],
    ['Tăng trưởng GRDP bình quân 5 năm 2021-2025 ước đạt 7,25%/năm.', '7.25'],
  ])('%s', (text, rate) => {
    const [s] = vi(text);
    expect(s?.value).toBeUndefined();
    expect(changes(s)).toEqual([`rate ${rate} -`]);
    expect(s?.changes[0]?.doubt?.reason).toBe('average-rate');
  });

  it('a level per year with an average word but no growth name stays a level (negative)', () => {
    const [s] = vi('Lãi suất cho vay bình quân giai đoạn 2020-2023 là 8,2%/năm.');
    expect(s?.changes).toEqual([]);
    expect(s?.value?.value.base).toBe('8.2');
  });
});

describe('the year of a price basis (theo giá so sánh năm 2010) names the prices, never a period, and keeps the name whole', () => {
  it.each([
    // own paraphrases: in brackets between the stage word and the verb, before the stage word, bare
    [
      'Tổng sản phẩm trên địa bàn tỉnh năm 2023 ước (theo giá so sánh năm 2010) đạt 58.214,6 tỷ đồng, tăng 6,4% so với cùng kỳ.',
      'Tổng sản phẩm trên địa bàn tỉnh năm 2023 ước (theo giá so sánh năm 2010)',
      '2023',
      '58214600000000',
    ],
    [
      'Giá trị sản xuất công nghiệp năm 2022 (giá so sánh 2010) ước đạt 12.500 tỷ đồng, tăng 8,1%.',
      'Giá trị sản xuất công nghiệp năm 2022 (giá so sánh 2010)',
      '2022',
      '12500000000000',
    ],
    [
      'GRDP 6 tháng đầu năm 2024 theo giá cố định năm 2010 ước đạt 25.400 tỷ đồng.',
      'GRDP 6 tháng đầu năm 2024 theo giá cố định năm 2010',
      '2024-H1',
      '25400000000000',
    ],
    // the real sentence (test3)
    [
      'Tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí trên địa bàn tỉnh năm 2021 ước (theo giá so sánh năm 2010) đạt 111.033,3 tỷ đồng, tăng 1,02% so với cùng kỳ năm 2020.',
      'Tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí trên địa bàn tỉnh năm 2021 ước (theo giá so sánh năm 2010)',
      '2021',
      '111033300000000',
    ],
  ])('%s', (text, name, period, value) => {
    const all = vi(text);
    expect(all).toHaveLength(1);
    const [s] = all;
    expect(s?.name?.value).toBe(name);
    expect(s?.period?.value).toBe(period);
    expect(s?.value?.value.base).toBe(value);
    expect(s?.unread.map((u) => u.what)).not.toContain('name');
  });

  it('the stage word before the bracket still makes the figure an estimate', () => {
    const [s] = vi('GRDP năm 2021 ước (theo giá so sánh năm 2010) đạt 111.033,3 tỷ đồng.');
    expect(s?.stage?.value).toBe('estimate');
  });

  it('a year after a comparison (so sánh với năm 2010, so với năm 2010) is still a base, not a price basis (negative)', () => {
    const [s] = vi('Doanh thu năm 2024 đạt 5.000 tỷ đồng, tăng 25% so với năm 2010.');
    expect(s?.period?.value).toBe('2024');
    expect(changes(s)).toEqual(['rate 25 2010']);
    const [t] = vi('Doanh thu năm 2024 đạt 5.000 tỷ đồng, gấp 2 lần so sánh với năm 2010.');
    expect(t?.period?.value).toBe('2024');
  });
});

describe('the scenario a government sets (kịch bản) is its plan: a change against it is a completion', () => {
  it.each([
    // own paraphrases: `tăng N% so với kịch bản`, `bằng N% kịch bản`, `so với kịch bản tăng trưởng`
    ['Quảng Ninh ước tính đón được 5,5 triệu lượt khách, gấp 2,2 lần cùng kỳ, tăng 19,57% so với kịch bản.', '119.57'],
    ['Doanh thu du lịch đạt 4.500 tỷ đồng, bằng 96% kịch bản.', '96'],
    ['Sản lượng lúa cả năm đạt 1,2 triệu tấn, tăng 3,5% so với kịch bản tăng trưởng.', '103.5'],
    ['Kim ngạch xuất khẩu quý I đạt 2,1 tỷ USD, giảm 4% so với kịch bản.', '96'],
  ])('%s', (text, pct) => {
    const [s] = vi(text);
    expect(s?.kind.value).toBe('actual');
    expect(s?.completion?.value.percent.value).toBe(pct);
    expect(s?.completion?.value.of).toBe('target');
  });

  it('a scenario word in a name, with no comparison, makes no completion (negative)', () => {
    const [s] = vi('Số phim có kịch bản gốc tăng 12% so với cùng kỳ năm trước.');
    expect(s?.completion).toBeUndefined();
    expect(changes(s)).toEqual(['rate 12 same-period-last-year']);
  });
});

describe('a change after a reason word and its measure is that measure’s, a statement of its own', () => {
  it.each([
    // own paraphrases: after points, after a value, after a completion, with a base
    [
      'Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm nhờ thu nhập bình quân đầu người tăng 9,5% so với năm trước.',
      ['Tỷ lệ hộ nghèo|points -1.2 -', 'thu nhập bình quân đầu người|rate 9.5 same-period-last-year'],
    ],
    ['Doanh thu đạt 500 tỷ đồng nhờ giá bán bình quân tăng 12%.', ['Doanh thu|', 'giá bán bình quân|rate 12 -']],
    ['Thu ngân sách đạt 105% dự toán, chủ yếu do thu từ đất tăng 30%.', ['Thu ngân sách|', 'thu từ đất|rate 30 -']],
    ['Doanh thu giảm 5% do sản lượng tiêu thụ giảm 6%.', ['Doanh thu|rate -5 -', 'sản lượng tiêu thụ|rate -6 -']],
    // https://thoibaotaichinhvietnam.vn/be-do-cho-tang-truong-san-xuat-mua-dich-92685.html
    [
      'Ngành khai khoáng giảm 7,17%, làm giảm 0,27 điểm phần trăm do sản lượng dầu thô khai thác giảm 6% và khí đốt tự nhiên giảm 17,6%.',
      [
        'Ngành khai khoáng|rate -7.17 -',
        'làm|points -0.27 -',
        'khí đốt tự nhiên|rate -17.6 -',
        'sản lượng dầu thô khai thác|rate -6 -',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(vi(text).map((s) => `${s.name?.value}|${changes(s).join(', ')}`)).toEqual(expected);
  });

  it('a reason with no measure of its own, or a change verb right after the reason word, is left as read (negative)', () => {
    // `do giảm diện tích …`: the verb-first reason (vi-reason-change.ts) renames the statement itself
    expect(vi('Sản lượng sắn giảm 3% (do giảm diện tích trồng mì 10,4%).').map((s) => s.name?.value)).toContain(
      'diện tích trồng mì',
    );
    // a reason clause after a comma opens no measure of its own
    expect(vi('Do ảnh hưởng của dịch bệnh, doanh thu du lịch giảm 25%.')).toHaveLength(1);
  });
});

describe('a level right after a verb of exceeding is a lower bound (over), the verb no part of the name', () => {
  it.each([
    // own paraphrases: `vượt`, `vượt mốc`, `vượt ngưỡng`, with a change after
    [
      'Kim ngạch xuất khẩu năm 2024 vượt mốc 40 tỷ USD, tăng 12% so với năm trước.',
      'Kim ngạch xuất khẩu',
      '40000000000',
    ],
    ['Lượng khách quốc tế đến tỉnh vượt ngưỡng 1 triệu lượt.', 'Lượng khách quốc tế đến tỉnh', '1000000'],
    ['Tổng vốn đăng ký mới vượt 2.300 tỷ đồng.', 'Tổng vốn đăng ký mới', '2300000000000'],
    // the real sentence (test3)
    [
      'Thu hút đầu tư vượt 107.500 tỷ đồng , trong đó riêng quý III đạt trên 80.000 tỷ.',
      'Thu hút đầu tư',
      '107500000000000',
    ],
  ])('%s', (text, name, base) => {
    const [s] = vi(text);
    expect(s?.name?.value).toBe(name);
    expect(s?.value?.value.base).toBe(base);
    expect(s?.value?.value.approximate).toBe('over');
  });

  it('a percentage after vượt stays a completion, an excess over a plan is no value (negative)', () => {
    // https://e.baonghean.vn/tan-dung-thoi-co-dua-nghe-an-phat-trien-nhanh-ben-vung/
    const [s] = vi('Dự kiến đến cuối năm thu ngân sách đạt hơn 18.000 tỷ đồng, vượt 28,6% dự toán.');
    expect(s?.completion?.value.percent.value).toBe('128.6');
    expect(s?.value?.value.base).toBe('18000000000000');
    // (round 35: the excess is read as an absolute change over the plan, listed unread)
    const [t] = vi('Thu ngân sách vượt 100 tỷ đồng so với kế hoạch.');
    expect(t?.value).toBeUndefined();
    expect(t?.unread.map((u) => u.reason)).toContain('unrecognised-figure');
  });
});

describe('a percentage after bằng in the first part of a trong đó list is its ratio to the head’s one base', () => {
  it.each([
    // own paraphrases: a ratio after bằng, a rate with no base, `Dự ước` heading the head
    [
      'Chỉ số sản xuất công nghiệp tháng 10/2023 tăng 1,53% so với tháng trước, trong đó: ngành khai khoáng bằng 98,5%; ngành chế biến, chế tạo tăng 1,2%.',
      'ngành khai khoáng',
      'ratio 98.5 previous-period',
    ],
    [
      'Tổng vốn đầu tư quý I giảm 2,4% so với quý trước, trong đó vốn khu vực nhà nước bằng 91,3%.',
      'vốn khu vực nhà nước',
      'ratio 91.3 previous-period',
    ],
    // the real sentence (test6)
    [
      'Dự ước chỉ số sản xuất công nghiệp tháng 10/2023 tăng 1,53% so tháng trước, Trong đó: Khai khoáng bằng 100%; Công nghiệp chế biến, chế tạo tăng 1,2%; Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước tăng 13,62%; Cung cấp nước, hoạt động quản lý và xử lý rác thải, nước giảm 0,03%.',
      'Khai khoáng',
      'ratio 100 previous-period',
    ],
  ])('%s', (text, name, change) => {
    const s = vi(text).find((x) => x.name?.value === name);
    expect(changes(s)).toEqual([change]);
    expect(s?.value).toBeUndefined();
  });

  it('a rate of the list keeps no base; a head with two bases gives none; an item with its own base keeps it (negative)', () => {
    const rate = vi('Doanh thu dịch vụ tháng 6 tăng 5,2% so với cùng kỳ, trong đó doanh thu lưu trú tăng 7,1%.');
    expect(changes(rate.find((x) => x.name?.value === 'doanh thu lưu trú'))).toEqual(['rate 7.1 -']);
    const twoRatio = vi(
      'CPI tháng 6 tăng 0,27% so với tháng trước và tăng 2% so với cùng kỳ, trong đó nhóm giáo dục bằng 100%.',
    );
    expect(twoRatio.find((x) => x.name?.value === 'nhóm giáo dục')?.changes).toEqual([]);
    const two = vi(
      'CPI tháng 6 tăng 0,27% so với tháng trước và tăng 2% so với cùng kỳ, trong đó nhóm giao thông tăng 1,1%.',
    );
    expect(changes(two.find((x) => x.name?.value === 'nhóm giao thông'))).toEqual(['rate 1.1 -']);
    const own = vi(
      'Doanh thu dịch vụ tăng 5,2% so với cùng kỳ, trong đó doanh thu lưu trú tăng 2,1% so với tháng trước.',
    );
    expect(changes(own.find((x) => x.name?.value === 'doanh thu lưu trú'))).toEqual(['rate 2.1 previous-period']);
  });
});

describe('a second value in another currency after only a joiner is the same indicator counted in that currency', () => {
  it.each([
    // own paraphrases: USD then VND, VND then USD, a change after the pair
    [
      'Tổng vốn đầu tư đăng ký đạt 1,9 tỷ USD và 34.750 tỷ đồng.',
      ['Tổng vốn đầu tư đăng ký|1900000000 USD', 'Tổng vốn đầu tư đăng ký|34750000000000 VND'],
    ],
    ['Doanh thu đạt 500 tỷ đồng và 20 triệu USD.', ['Doanh thu|500000000000 VND', 'Doanh thu|20000000 USD']],
    [
      'Thu hút đầu tư năm 2024 đạt 250 triệu USD và 12.500 tỷ đồng, tăng 15% so với năm trước.',
      ['Thu hút đầu tư|250000000 USD', 'Thu hút đầu tư|12500000000000 VND'],
    ],
  ])('%s', (text, expected) => {
    const all = vi(text);
    expect(all.map((s) => `${s.name?.value}|${s.value?.value.base} ${s.value?.value.unitCode}`)).toEqual(expected);
    // nothing is left unread as an unrecognised figure
    expect(all.flatMap((s) => s.unread.filter((u) => u.reason === 'unrecognised-figure'))).toEqual([]);
  });

  it('two values in the same currency after a joiner are not made one indicator (negative)', () => {
    const all = vi('Xuất khẩu đạt 1,2 tỷ USD và nhập khẩu đạt 900 triệu USD.');
    expect(all.map((s) => s.name?.value)).toEqual(['Xuất khẩu', 'nhập khẩu']);
  });
});
