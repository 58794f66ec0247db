import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { kindsOf, statementLines } from './readings';

/**
 * Round 69: classes found on the released `test53` (provincial accounts, tourism and car-sales press,
 * casino and college reports, council budgets) and by the round's probes of public text (Vietnamese
 * banks' and insurers' results; tourism boards, airports and airlines; South Asian state firms, power
 * and coal utilities; Vietnamese health departments and district reports), each written again with
 * other numbers, names and words, with the near-misses that must keep their old reading. Every positive
 * reads differently on the round's start code; the near-misses read the same on both.
 */

/** Each statement's name and subject (`-` when none). */
const names = (text: string, locale: 'vi' | 'en'): string[] =>
  extractStatements(text, { locale }).map((s) => `${s.name?.value ?? '-'} | ${s.subject?.value ?? '-'}`);

describe('round 69', () => {
  it('a Vietnamese amount of two scales keeps a grouped first part (`48.305 tỷ 412 triệu đồng`)', () => {
    // (it had been 48,305 billion with no unit: the millions and the currency were lost)
    expect(
      statementLines(
        'Giá trị tăng thêm của khu vực dịch vụ theo giá hiện hành là 48.305 tỷ 412 triệu đồng, theo giá so sánh là 29.176 tỷ 58 triệu đồng.',
        'vi',
      ),
    ).toEqual(['48305412000000 VND [] k=actual', '29176058000000 VND [] k=actual']);
    // (a small first part reads as before)
    expect(statementLines('Doanh thu năm 2024 đạt 3 tỷ 250 triệu đồng.', 'vi')).toEqual([
      '3250000000 VND [] k=actual p=2024',
    ]);
  });

  it('a change noun’s comparative after its amount signs the change (`the rise was 1.5 points lower than …`)', () => {
    // (it had been a certain rise of 1.5 points)
    expect(
      statementLines(
        'The agency said the rise was 1.5 percentage points lower than that of the same period in the previous year.',
        'en',
      ),
    ).toEqual(['- [points -1.5 same-period-last-year] k=actual']);
    expect(
      statementLines('The agency said the decline was 3.2 percent compared with the previous month.', 'en'),
    ).toEqual(['- [rate -3.2 previous-period] k=actual']);
  });

  it('an age glued to its noun (`16-year-olds`) is part of the name, no level', () => {
    // (it had been a certain level of 16)
    expect(statementLines('The number of 16-year-olds sitting the exam rose 3.1 percent.', 'en')).toEqual([
      '- [rate 3.1 -] k=actual',
    ]);
    expect(statementLines('The number of people aged 16 sitting the exam rose 3.1 percent.', 'en')).toEqual([
      '- [rate 3.1 -] k=actual',
    ]);
  });

  it('the press’s `dove` and intransitive `lifted` move the measure by the amount after them', () => {
    expect(statementLines('Aluminium output dove 14.5% to 2.1 million tonnes in March.', 'en')).toEqual([
      '2100000 tonne [rate -14.5 -] k=actual',
    ]);
    expect(
      statementLines('Port revenue in the March quarter lifted 38 per cent from a year earlier to $210 million.', 'en'),
    ).toEqual(['210000000 USD [rate 38 same-period-last-year] k=actual']);
  });

  it('the head of a number a stray space broke (`$54, 321,908`) is doubted', () => {
    expect(statementLines('Casino revenue amounted to $54, 321,908 in August 2017.', 'en')).toEqual([
      '54 USD? [] k=actual p=2017-08',
    ]);
    // (a list of small numbers before a shared scale reads as before)
    expect(statementLines('Sales were 4, 6 and 9 million tonnes.', 'en')).toEqual([
      '4? [] k=actual',
      '6000000 tonne [] k=actual',
      '9000000 tonne [] k=actual',
    ]);
  });

  it('a plan, a wish, an objective and a passive forecast are goals', () => {
    expect(kindsOf('The board is planning to attract 4.2 million visitors next year.', 'en')).toEqual([
      'target 4200000',
    ]);
    expect(kindsOf('We hope that exports can reach 12 million tonnes this year.', 'en')).toEqual(['target 12000000']);
    expect(kindsOf('The objective for iron ore shipment in the second quarter was 52 lakh tonnes.', 'en')).toEqual([
      'target 5200000',
    ]);
    expect(kindsOf('Total spending of about 2.4 trillion rupiah is expected in 2025.', 'en')).toEqual([
      'target 2400000000000',
    ]);
    // (a level expected to move is the level now)
    expect(kindsOf('Revenue of $8 million is expected to rise 10% next year.', 'en')).toEqual(['actual 8000000']);
  });

  it('a year relative to the text’s (`next year`) after a value makes the period read elsewhere doubtful', () => {
    expect(
      statementLines('The ministry set the target at 40 million for 2024, and at 46 million next year.', 'en'),
    ).toEqual(['40000000 [] k=target p=2024', '46000000 [] k=target p=2024?']);
    expect(
      statementLines(
        'The council aims to welcome 3.1 million visitors next year after beating its goals for 2024.',
        'en',
      ),
    ).toEqual(['3100000 person [] k=target p=2024?']);
  });

  it('a report’s title in a source clause dates nothing and frames no goals', () => {
    // (the title's month had dated the figures, certain)
    expect(
      statementLines(
        'Theo báo cáo về tình hình thực hiện kế hoạch tháng 8 năm 2021 và phương hướng, nhiệm vụ tháng 9/2021 của Sở Công Thương, trong 8 tháng đầu năm 2021, toàn tỉnh đã thu hút được 35 dự án với tổng vốn đăng ký 1.250 tỷ đồng.',
        'vi',
      ),
    ).toEqual(['35 project [] k=actual p=2021-YTD-08', '1250000000000 VND [] k=actual p=2021-YTD-08']);
    expect(
      statementLines('Theo báo cáo về tình hình kinh tế, trong 6 tháng đầu năm 2023, doanh thu đạt 5 tỷ đồng.', 'vi'),
    ).toEqual(['5000000000 VND [] k=actual p=2023-H1']);
  });

  it('`NQ` is the resolution’s target, as `KH` is the plan’s', () => {
    expect(kindsOf('Tốc độ tăng trưởng giá trị sản xuất nông nghiệp tăng 4,2% (NQ 4%).', 'vi')).toEqual(['target 4']);
    expect(statementLines('Thu ngân sách đạt 104% NQ.', 'vi')).toEqual(['- [] c=104 k=actual']);
  });

  it('`%o` glued to a number is the per mille sign, no percentage', () => {
    // (it had been a certain 6.1 %)
    expect(statementLines('Tỷ suất chết thô 6,1%o.', 'vi')).toEqual([]);
    expect(statementLines('Tỷ suất chết thô đạt 6,1%o.', 'vi')).toEqual(['6.1? [] k=actual']);
    expect(statementLines('Tỷ suất chết thô đạt 6,1%.', 'vi')).toEqual(['6.1 percent [] k=actual']);
  });

  it('a heading of goals may end on `là` before its colon', () => {
    expect(
      kindsOf(
        'Các chỉ tiêu chủ yếu năm 2026 là: tổng thu ngân sách đạt 1.200 tỷ đồng, thu nhập bình quân đầu người đạt 72 triệu đồng.',
        'vi',
      ),
    ).toEqual(['target 1200000000000', 'target 72000000']);
    expect(kindsOf('Kết quả các chỉ tiêu chủ yếu năm 2025 là: tổng thu ngân sách đạt 1.150 tỷ đồng.', 'vi')).toEqual([
      'actual 1150000000000',
    ]);
  });

  it('a percentage a count of goals reached is no completion', () => {
    expect(statementLines('Đến nay đã có 14 chỉ tiêu đạt 60% kế hoạch năm.', 'vi')).toEqual(['14? [] c=60? k=actual']);
    expect(statementLines('Đến nay đã giải ngân 14 dự án, đạt 60% kế hoạch năm.', 'vi')).toEqual([
      '14 project [] c=60 k=actual',
    ]);
  });

  it('a noun of money after a verb’s amount names it; the company before the verb is its subject', () => {
    expect(names('Lũy kế 9 tháng, BIC đạt 412 tỷ đồng lợi nhuận trước thuế, tăng 12% so với cùng kỳ.', 'vi')).toEqual([
      'lợi nhuận trước thuế | BIC',
    ]);
    expect(
      names(
        'Năm 2024, Vietcombank đạt 42.000 tỷ đồng lợi nhuận trước thuế và 33.800 tỷ đồng lợi nhuận sau thuế.',
        'vi',
      ),
    ).toEqual(['lợi nhuận trước thuế | Vietcombank', 'lợi nhuận sau thuế | -']);
    expect(names('Năm 2024, lợi nhuận trước thuế của Vietcombank đạt 42.000 tỷ đồng.', 'vi')).toEqual([
      'lợi nhuận trước thuế của Vietcombank | -',
    ]);
    // (a plan's amounts listed before `lần lượt` keep their reading)
    expect(
      names(
        'So với kế hoạch 3.500 tỷ đồng doanh thu và 640 tỷ đồng lợi nhuận, công ty hoàn thành lần lượt 92% và 97% kế hoạch.',
        'vi',
      ),
    ).toEqual(['doanh thu | -', 'doanh thu và | -']);
  });

  it('the base’s level after `, which stood at` is the base period’s', () => {
    // (it had been May 2024's level, certain)
    expect(
      statementLines(
        'Iron ore output for May 2024 reached 24.5 million tonnes, a growth of 6.2 per cent compared to the corresponding period in the previous year, which stood at 23.07 million tonnes.',
        'en',
      ),
    ).toEqual([
      '24500000 tonne [rate 6.2 same-period-last-year] k=actual p=2024-05',
      '23070000 tonne? [] k=actual p=2023-05',
    ]);
  });

  it('a target raised by a rate over another target is no completion', () => {
    expect(
      statementLines(
        'The state utility has set Rs 80 billion as a target of revenue for 2023-24 which is 12 percent higher than the target set in the current fiscal year.',
        'en',
      ),
    ).toEqual(['80000000000 (Rs) [] c=112? k=target p=2023?']);
    expect(statementLines('Revenue was Rs 40 billion, which is 11 percent higher than the target.', 'en')).toEqual([
      '40000000000 (Rs) [] c=111 k=actual',
    ]);
  });

  it('a result after `after <verb>ing` in a goal’s clause is no second goal', () => {
    expect(
      kindsOf(
        'Thailand looks set to miss its target of 40 million arrivals this year after attracting only 28.2 million visitors between January and November.',
        'en',
      ),
    ).toEqual(['target 40000000', 'actual 28200000']);
    expect(
      kindsOf('The province aims to receive 17 million tourists and serve 82 million domestic visitors.', 'en'),
    ).toEqual(['target 17000000', 'target 82000000']);
  });

  it('the period of what a restated percentage is of is not the figure’s', () => {
    expect(
      statementLines(
        'Of the 9 million passengers, 2.1 million passed through the terminal in May, or about 70 per cent of its traffic in May 2019.',
        'en',
      ),
    ).toEqual(['9000000 [] k=actual p=2019-05?', '2100000 [] k=actual p=2019-05?']);
    // (a share of a whole, and a percentage after a verb of a share, are of the figure's own period)
    expect(statementLines('Exports reached $5 billion in June 2019, 10 per cent of the total.', 'en')).toEqual([
      '5000000000 USD [] k=actual p=2019-06',
      '10 percent? [] k=actual p=2019-06',
    ]);
    expect(
      statementLines('FDI exports of USD 90 billion accounted for 70 percent of total exports in 2017.', 'en'),
    ).toEqual(['90000000000 USD [] k=actual p=2017']);
  });

  it('what a budget sets out (`presents`, `shows`, `is recommended to be`) is planned', () => {
    expect(kindsOf('The budget presents operating revenue of $38.2 million for the coming year.', 'en')).toEqual([
      'target 38200000',
    ]);
    expect(kindsOf('The total capital budget for FY 2025 is recommended to be $12,450,000.', 'en')).toEqual([
      'target 12450000',
    ]);
    expect(kindsOf('The final accounts show the council spent $4.2 million on roads.', 'en')).toEqual([
      'actual 4200000',
    ]);
  });

  it('four digits in `MT` are doubted: thousands of tonnes or of million tonnes', () => {
    expect(statementLines('The railways loaded 1,465 MT during 2021-22.', 'en')).toEqual([
      '1465 tonne? [] k=actual p=2021?',
    ]);
    expect(statementLines('The port handled 16,500 MT of cargo.', 'en')).toEqual(['16500 tonne [] k=actual']);
  });

  it('an amount `higher compared to` another is their difference', () => {
    expect(
      statementLines(
        'Output was 64.1 million tonnes, which is 2.4 million tonnes higher compared to 61.7 million tonnes last year.',
        'en',
      ),
    ).toEqual(['64100000 tonne [] k=actual', '2400000 tonne? [] k=actual', '61700000 tonne? [] k=actual']);
  });

  it('a currency’s code after the amount is its unit (`2.1 trillion THB`)', () => {
    expect(statementLines('The sector can earn 2.1 trillion THB in 2025.', 'en')).toEqual([
      '2100000000000 (THB) [] k=actual p=2025',
    ]);
  });

  it('a whole year beside `so far` is doubted: the year to a day not named', () => {
    expect(statementLines('Arrivals reached 1.4 million so far in 2025.', 'en')).toEqual([
      '1400000 [] k=actual p=2025?',
    ]);
    expect(statementLines('Arrivals reached 1.4 million in 2025.', 'en')).toEqual(['1400000 [] k=actual p=2025']);
  });

  it('a Vietnamese name with its own count of months doubts the whole year lent to it', () => {
    expect(
      statementLines(
        'Năm 2024, vốn đầu tư công được giao 180 tỷ đồng; giải ngân 9 tháng gần 120 tỷ đồng, bằng 66,7% kế hoạch.',
        'vi',
      ),
    ).toEqual(['180000000000 VND [] k=actual p=2024', '120000000000 VND ~under [] c=66.7 k=actual p=2024?']);
    expect(statementLines('Năm 2024, giải ngân vốn đầu tư công đạt 120 tỷ đồng.', 'vi')).toEqual([
      '120000000000 VND [] k=actual p=2024',
    ]);
  });

  it('`kể từ năm` opens the year a rise is counted from, no period', () => {
    expect(statementLines('Kể từ năm 2019, doanh thu đã tăng gấp 3 lần.', 'vi')).toEqual(['- [times 3 2019] k=actual']);
    // (an effective date is no base)
    expect(statementLines('Kể từ ngày 1/7/2024, lương cơ sở tăng 30%.', 'vi')).toEqual(['- [rate 30 -] k=actual']);
  });

  it('a part after `;` of a year before the goal’s reports that year', () => {
    expect(
      kindsOf('Năm 2026, công ty đặt mục tiêu doanh thu 9.000 tỷ đồng; năm 2025 công ty đạt 7.800 tỷ đồng.', 'vi'),
    ).toEqual(['target 9000000000000', 'actual 7800000000000']);
    expect(
      kindsOf('Năm 2026, công ty đặt mục tiêu doanh thu 9.000 tỷ đồng; năm 2027 doanh thu 10.500 tỷ đồng.', 'vi'),
    ).toEqual(['target 9000000000000', 'target 10500000000000']);
  });
});
