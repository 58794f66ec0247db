import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 25, Vietnamese (the shapes of the released `test14`'s Vietnamese rows, written as
 * paraphrases of our own from other report genres — a health department, a statistics office, a
 * bank, a school — with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as `value unit [changes] c=completion k=kind st=stage p=period`. */
const readings = (text: string): string[] =>
  figured(text, 'vi').map((s) => {
    const v = s.value?.value;
    const value = `${valueText(s)}${v?.approximate ? ` ~${v.approximate}` : ''}${mark(s.value)}`;
    const ch = s.changes.map(markedChangeText);
    const c = s.completion ? ` c=${s.completion.value.percent.value}${mark(s.completion)}` : '';
    const d = s.density ? ` d=${s.density.value.value.value}/${s.density.value.per}${mark(s.density)}` : '';
    const st = s.stage ? ` st=${s.stage.value}` : '';
    const p = s.period ? ` p=${s.period.value}${mark(s.period)}` : '';
    return `${value} [${ch.join(', ')}]${c}${d} k=${s.kind.value}${st}${p}`;
  });

/** The names of the statements with a figure. */
const names = (text: string): string[] => figured(text, 'vi').map((s) => s.name?.value ?? '∅');

describe('a series by period after a head: `… có xu hướng tăng: Năm 2021: 109,5; Năm 2023: 109,7`', () => {
  it('reads each bare number after a period label as the head indicator’s value in that period', () => {
    expect(
      readings('Số bác sĩ trên vạn dân của tỉnh tăng dần qua các năm: năm 2021: 9,2; năm 2022: 9,8; năm 2023: 10,4.'),
    ).toEqual(['9.2 [] k=actual p=2021', '9.8 [] k=actual p=2022', '10.4 [] k=actual p=2023']);
    expect(names('Số bác sĩ trên vạn dân của tỉnh tăng dần qua các năm: năm 2021: 9,2; năm 2022: 9,8.')).toEqual([
      'Số bác sĩ trên vạn dân của tỉnh tăng dần qua các năm',
      'Số bác sĩ trên vạn dân của tỉnh tăng dần qua các năm',
    ]);
    // a count of a school's pupils by school year's calendar year, a capital letter on the label
    expect(readings('Quy mô học sinh toàn trường: Năm 2022: 1.245; Năm 2023: 1.310.')).toEqual([
      '1245 [] k=actual p=2022',
      '1310 [] k=actual p=2023',
    ]);
    // a quarter's label
    expect(readings('Chỉ số giá tiêu dùng bình quân: quý I/2024: 103,77; quý II/2024: 104,39.')).toEqual([
      '103.77 [] k=actual p=2024-Q1',
      '104.39 [] k=actual p=2024-Q2',
    ]);
  });

  it('reads no number after a label that is no period, nor a number that more words follow (near-misses)', () => {
    // a document's number and year before the colon: `12/2021` is no period label
    // (round 31: `5 bên` is a bare count, always doubted — `rules/bare-count.ts`; no period label)
    expect(readings('Hợp đồng số 12/2021: 5 bên ký.')).toEqual(['5? [] k=actual']);
    // a telephone number after a year label stays unread
    expect(readings('Đường dây nóng năm 2024: 0913123456.')).toEqual([]);
    // a unit after the number: the value rules read it, as ever
    expect(readings('Thu ngân sách qua các năm: năm 2021: 1.250 tỷ đồng; năm 2022: 1.420 tỷ đồng.')).toEqual([
      '1250000000000 VND [] k=actual p=2021',
      '1420000000000 VND [] k=actual p=2022',
    ]);
  });
});

describe('transport work beside the volume carried: `… ước đạt 297,1 triệu lượt khách vận chuyển, … và luân chuyển 14,3 tỷ lượt khách.km`', () => {
  it('reads tonne-km and passenger-km as a unit of their own, never tonnes, under the stage of the volume before', () => {
    expect(
      readings(
        'Vận tải hàng hóa tháng 10/2024 ước đạt 215,6 triệu tấn hàng hóa vận chuyển, tăng 2,1% so với tháng trước và luân chuyển 45,3 tỷ tấn.km, tăng 1,8%.',
      ),
    ).toEqual([
      '215600000 tonne [rate 2.1 previous-period] k=actual st=estimate p=2024-10',
      '45300000000 (tấn.km) [rate 1.8 -] k=actual st=estimate p=2024-10',
    ]);
    // a province's statistics office, the work before `và`, the volume after it
    expect(
      readings(
        'Năm 2023, vận tải hành khách trên địa bàn tỉnh ước đạt 41,2 triệu lượt khách, tăng 9,4% so với năm trước; luân chuyển 2.150 triệu lượt khách.km, tăng 8,7%.',
      ),
    ).toEqual([
      '41200000 (lượt khách) [rate 9.4 same-period-last-year] k=actual st=estimate p=2023',
      '2150000000 (lượt khách.km) [rate 8.7 -] k=actual st=estimate p=2023',
    ]);
    expect(readings('Khối lượng hàng hóa luân chuyển năm 2023 đạt 1.215 triệu tấn km.')).toEqual([
      '1215000000 (tấn km) [] k=actual p=2023',
    ]);
    expect(
      readings(
        'Tính chung 9 tháng năm 2024, vận tải hàng hóa ước đạt 1.650 triệu tấn, tăng 13,6% so với cùng kỳ năm trước và luân chuyển 379,5 tỷ tấn.km, tăng 12,4%.',
      ),
    ).toEqual([
      '1650000000 tonne [rate 13.6 same-period-last-year] k=actual st=estimate p=2024-YTD-09',
      '379500000000 (tấn.km) [rate 12.4 -] k=actual st=estimate p=2024-YTD-09',
    ]);
  });

  it('lends no stage to the work of another period nor to a figure in tonnes or đồng (near-misses)', () => {
    expect(
      readings('Năm 2024, luân chuyển hàng hóa ước đạt 420 triệu tấn; năm 2023 luân chuyển 395 tỷ tấn.km.'),
    ).toEqual(['420000000 tonne [] k=actual st=estimate p=2024', '395000000000 (tấn.km) [] k=actual p=2023']);
    expect(
      readings('Sản lượng hàng hóa vận chuyển năm 2024 ước đạt 1.650 triệu tấn; năm 2023 đạt 1.520 triệu tấn.'),
    ).toEqual(['1650000000 tonne [] k=actual st=estimate p=2024', '1520000000 tonne [] k=actual p=2023']);
    expect(readings('Doanh thu vận tải năm 2024 ước đạt 5.200 tỷ đồng, lợi nhuận đạt 310 tỷ đồng.')).toEqual([
      '5200000000000 VND [] k=actual st=estimate p=2024',
      '310000000000 VND [] k=actual p=2024',
    ]);
  });
});

describe('a stock’s cut-off between its name and its value verb: `Tổng thu ngân sách đến ngày 31/10/2023 là …`', () => {
  it('dates the figure to the year to the end of that month (a bank, a hospital, a branch’s estimate)', () => {
    expect(readings('Dư nợ cho vay đến 30/9/2024 đạt 12.500 tỷ đồng, tăng 8,2% so với đầu năm.')).toEqual([
      '12500000000000 VND [rate 8.2 december-last-year] k=actual p=2024-YTD-09',
    ]);
    // (a stock stated with `là` at the cut-off: the reading kept, doubted `month-end` since round 30)
    expect(readings('Số bệnh nhân điều trị ARV đến ngày 30/6/2024 là 1.245 người.')).toEqual([
      '1245 person [] k=actual p=2024-YTD-06?',
    ]);
    expect(readings('Tổng vốn huy động của chi nhánh đến ngày 31/3/2024 ước đạt 8.450 tỷ đồng.')).toEqual([
      '8450000000000 VND [] k=actual st=estimate p=2024-YTD-03',
    ]);
  });

  it('names no period for a day inside a month nor for a deadline (near-misses)', () => {
    expect(readings('Số hộ nghèo đến ngày 15/11/2024 là 1.230 hộ.')).toEqual(['1230 household [] k=actual']);
    expect(readings('Hạn nộp hồ sơ kéo dài đến ngày 31/12/2024, dự kiến tiếp nhận 1.500 hồ sơ.')).toEqual([
      '1500 dossier [] k=target',
    ]);
  });
});

describe('a bare percentage joined after a change against the plan or a period: `tăng 8% so với kế hoạch và 7,9% so với cùng kỳ`', () => {
  it('lends the verb of the plan exceeded or missed to the rate after it, and the rate’s verb to the plan after it', () => {
    expect(readings('Doanh thu ước đạt 9.700 tỷ đồng, tăng 8% so với kế hoạch và 7,9% so với cùng kỳ.')).toEqual([
      '9700000000000 VND [rate 7.9 same-period-last-year?] c=108 k=actual st=estimate',
    ]);
    // a power company missing its plan: the sign carries
    expect(
      readings('Sản lượng điện năm 2024 đạt 1.200 triệu kWh, giảm 3,5% so với kế hoạch và 2,1% so với cùng kỳ.'),
    ).toEqual(['1200000000 (kWh) [rate -2.1 same-period-last-year?] c=96.5 k=actual p=2024']);
    // a bank: the plan after the rate is exceeded by 2,3 %, never 2,3 % of it
    expect(readings('Huy động vốn đạt 15.200 tỷ đồng, tăng 6,5% so với cùng kỳ và 2,3% so với kế hoạch năm.')).toEqual([
      '15200000000000 VND [rate 6.5 same-period-last-year] c=102.3 k=actual',
    ]);
  });

  it('leaves a percentage with its own verb and a multiple as they were (near-misses)', () => {
    expect(readings('Doanh thu đạt 9.700 tỷ đồng, tăng 8% so với cùng kỳ và đạt 95% kế hoạch.')).toEqual([
      '9700000000000 VND [rate 8 same-period-last-year] c=95 k=actual',
    ]);
    expect(readings('Doanh thu đạt 9.700 tỷ đồng, vượt 8% kế hoạch và bằng 97% so với cùng kỳ.')).toEqual([
      '9700000000000 VND [ratio 97 same-period-last-year] c=108 k=actual',
    ]);
    const en = figured(
      'The company posted pre-tax profit of VND2,068 billion, down 45% year-on-year but seven times higher than its target.',
      'en',
    ).map((s) => s.completion?.value.percent.value);
    expect(en).toEqual(['700']);
  });
});

describe('a count restated as its density: `đạt 21,96 triệu thuê bao (tương ứng với tỷ lệ 22,1 thuê bao/100 dân), tăng 8,2%`', () => {
  it('gives the density to the count’s statement, and the change after it to the count', () => {
    expect(
      readings(
        'Số thuê bao băng rộng cố định năm 2024 đạt 23,4 triệu thuê bao (tương ứng với tỷ lệ 23,2 thuê bao/100 dân), tăng 6,1% so với năm trước.',
      ),
    ).toEqual(['23400000 subscriber [rate 6.1 same-period-last-year] d=23.2/100? k=actual p=2024']);
    // a health department: doctors per ten thousand inhabitants after a comma
    expect(readings('Năm 2024, toàn tỉnh có 3.120 bác sĩ, tương đương 9,8 bác sĩ/10.000 dân.')).toEqual([
      '3120 (bác sĩ) [] d=9.8/10000 k=actual p=2024',
    ]);
    expect(
      readings(
        'Năm 2024, toàn tỉnh có 5.420 giường bệnh, tương ứng 32,5 giường bệnh/10.000 dân, tăng 4,1% so với năm 2023.',
      ),
    ).toEqual(['5420 (giường bệnh) [rate 4.1 2023] d=32.5/10000? k=actual p=2024']);
    const en = figured(
      'Fixed broadband subscriptions reached 21.96 million in 2023, equivalent to 22.1 per 100 inhabitants, up 8.2% year-on-year.',
      'en',
    ).map((x) => `${valueText(x)} d=${x.density?.value.value.value} [${x.changes.map(markedChangeText).join(', ')}]`);
    expect(en).toEqual(['21960000 d=22.1 [rate 8.2 same-period-last-year]']);
  });

  it('keeps a second density, a conversion and a share after the restating lead as they were (near-misses)', () => {
    expect(
      readings(
        'Năm 2024, số thuê bao đạt 1,2 triệu thuê bao, đạt mật độ 95 thuê bao/100 dân, tương đương 96 thuê bao/100 dân năm trước.',
      ),
    ).toEqual(['1200000 subscriber [] d=95/100 k=actual p=2024']);
    // (the second density stays a statement of its own, named by its lead)
    const densities = extractStatements(
      'Năm 2024, số thuê bao đạt 1,2 triệu thuê bao, đạt mật độ 95 thuê bao/100 dân, tương đương 96 thuê bao/100 dân năm trước.',
      { locale: 'vi' },
    ).map((x) => `${x.name?.value ?? '∅'}: ${x.density?.value.value.value ?? '-'}`);
    expect(densities).toEqual(['số thuê bao: 95', 'tương đương: 96']);
    expect(readings('Năm 2024, doanh thu đạt 1.200 tỷ đồng, tương đương 52 triệu USD.')).toEqual([
      '1200000000000 VND [] k=actual p=2024',
    ]);
    expect(readings('Năm 2024, dân số trung bình đạt 3,7 triệu người, tương đương 1,1% dân số cả nước.')).toEqual([
      '3700000 person [] k=actual p=2024',
    ]);
  });
});

describe('a steady change’s pace after an adverb: `giảm liên tục trung bình khoảng 2%/tháng`', () => {
  it('reads the percentage after the adverbs as the verb’s rate', () => {
    expect(readings('Thuê bao điện thoại cố định giảm liên tục trung bình khoảng 2%/tháng.')).toEqual([
      '- [rate -2 -?] k=actual',
    ]);
    expect(readings('Dân số đô thị của tỉnh tăng đều 2,1%/năm.')).toEqual(['- [rate 2.1 -?] k=actual']);
    expect(readings('Năm 2024, giá vàng tăng liên tục 12% so với đầu năm.')).toEqual([
      '- [rate 12 december-last-year] k=actual p=2024',
    ]);
  });

  it('reads no rate after an adverb that a comma closes, nor a level of interest (near-misses)', () => {
    expect(readings('Năm 2024, lãi suất cho vay ở mức 0,6%/tháng.')).toEqual(['0.6 (%/tháng)? [] k=actual p=2024']);
    expect(readings('Năm 2024, số doanh nghiệp tăng liên tục, đạt 12.400 doanh nghiệp.')).toEqual([
      '12400 enterprise [] k=actual p=2024',
    ]);
  });
});

describe('a rate’s level after a count: `đã giải quyết 1.300 vụ, đạt tỉ lệ 79%`', () => {
  it('reads the bare percentage after `đạt tỷ lệ` as the level of the rate the count makes, doubted', () => {
    // a procuracy, a health centre, civil judgment enforcement
    expect(readings('Năm 2024, Viện kiểm sát đã thụ lý 420 vụ án, đã giải quyết 398 vụ án, đạt tỉ lệ 94,8%.')).toEqual([
      '420 (vụ án) [] k=actual p=2024',
      '398 (vụ án) [] k=actual p=2024',
      '94.8 percent? [] k=actual p=2024',
    ]);
    expect(readings('Năm 2024, số trẻ được tiêm chủng đầy đủ là 15.200 trẻ, đạt tỷ lệ gần 97,5%.')).toEqual([
      '15200? [] k=actual p=2024',
      '97.5 percent ~under? [] k=actual p=2024',
    ]);
    expect(readings('Năm 2024, đã thi hành xong 5.819 việc (đạt tỷ lệ 83,25% về việc và 46,78% về tiền).')).toEqual([
      '5819? [] k=actual p=2024',
      '46.78 percent? [] k=actual p=2024',
      '83.25 percent? [] k=actual p=2024',
    ]);
  });

  it('leaves a percentage after money, or of a named plan, a completion (near-misses)', () => {
    expect(readings('Năm 2024, giải ngân vốn đầu tư công đạt 850 tỷ đồng, đạt tỷ lệ 92%.')).toEqual([
      '850000000000 VND [] k=actual p=2024',
    ]);
    expect(readings('Năm 2024, thu ngân sách đạt 1.200 tỷ đồng, đạt tỷ lệ 105% dự toán.')).toEqual([
      '1200000000000 VND [] c=105 k=actual p=2024',
    ]);
  });
});
