import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 21, Vietnamese reports of tax offices, customs, banks in a province, aviation and social
 * insurance (shapes of the released `test11`, written as paraphrases of our own with their
 * near-misses; never a corpus sentence).
 */

/** Each statement with a figure as `value unit [changes] c=completion k=kind st=stage p=period`. */
const readings = (text: string): string[] =>
  figured(text, 'vi').map((s) => {
    const v = s.value?.value;
    const value = `${valueText(s)}${v?.approximate ? ` ~${v.approximate}` : ''}`;
    const ch = s.changes.map(markedChangeText);
    const c = s.completion ? ` c=${s.completion.value.percent.value}${mark(s.completion)}` : '';
    const st = s.stage ? ` st=${s.stage.value}` : '';
    const p = s.period ? ` p=${s.period.value}` : '';
    return `${value} [${ch.join(', ')}]${c} k=${s.kind.value}${st}${p}`;
  });

describe('a cut-off date after an estimate or a running total: `Ước đến 31/12/2021, …`', () => {
  it('dates the figures after `ước đến`, `tính tới`, `lũy kế đến`, `cộng dồn đến` a month’s last day', () => {
    expect(
      readings('Ước đến 31/12/2023, tổng nguồn vốn huy động đạt 91.200 tỷ đồng, tăng 12,4% so với đầu năm.'),
    ).toEqual(['91200000000000 VND [rate 12.4 december-last-year] k=actual st=estimate p=2023']);
    expect(readings('Tính tới 30/6/2024, dư nợ cho vay nông nghiệp đạt 5.320 tỷ đồng.')).toEqual([
      '5320000000000 VND [] k=actual p=2024-YTD-06',
    ]);
    expect(readings('Lũy kế đến ngày 30/9/2022, số thu nội địa đạt 8.150 tỷ đồng.')).toEqual([
      '8150000000000 VND [] k=actual p=2022-YTD-09',
    ]);
    expect(readings('Cộng dồn đến 31/10/2025, số người tham gia BHXH tự nguyện đạt 41.500 người.')).toEqual([
      '41500 person [] k=actual p=2025-YTD-10',
    ]);
  });

  it('reads the older spelling `quí` as a quarter', () => {
    expect(readings('Tại thời điểm kết thúc quí II/2022, công ty có khoản phải thu 310,5 tỷ đồng.')).toEqual([
      '310500000000 VND [] k=actual p=2022-Q2',
    ]);
  });

  it('dates nothing by a cut-off inside a month or a deadline (near-misses)', () => {
    // a day inside the month: the year to that month (December: the year), doubted (`mid-month`, round 37)
    expect(readings('Ước đến 15/12/2023, dư nợ tín dụng đạt 70.000 tỷ đồng.')).toEqual([
      '70000000000000 VND [] k=actual st=estimate p=2023',
    ]);
    expect(figured('Ước đến 15/12/2023, dư nợ tín dụng đạt 70.000 tỷ đồng.', 'vi')[0]?.period?.doubt?.reason).toBe(
      'mid-month',
    );
    // `đến` of a deadline inside a clause, no estimate or running total before it
    expect(readings('Dự án kéo dài đến 31/12/2024 với tổng vốn 500 tỷ đồng.')).toEqual([
      '500000000000 VND [] k=actual',
    ]);
    // `kế đến` (next) is no running total
    expect(readings('Kế đến 30/6/2024 là hạn chót nộp hồ sơ, đã có 120 hồ sơ.')).toEqual(['120 dossier [] k=actual']);
  });
});

describe('periods of one indicator joined by `và`: `quý I tăng X% và quý II tăng Y%`', () => {
  it('reads each period’s figure as its own statement, as after a comma', () => {
    expect(
      readings('Tăng trưởng 6 tháng năm 2024 đạt 6,42%, trong đó quý I tăng 5,87% và quý II ước tăng 6,93%.'),
    ).toEqual([
      '- [rate 6.42 -] k=actual p=2024-YTD-06',
      '- [rate 5.87 -] k=actual p=2024-Q1',
      '- [rate 6.93 -] k=actual st=estimate p=2024-Q2',
    ]);
    expect(readings('Doanh thu năm 2023 đạt 400 tỷ đồng và năm 2024 đạt 520 tỷ đồng.')).toEqual([
      '400000000000 VND [] k=actual p=2023',
      '520000000000 VND [] k=actual p=2024',
    ]);
    expect(
      readings(
        'Sản lượng hàng hóa qua cảng quý III/2023 đạt 2,1 triệu tấn (cao hơn mức 1,9 triệu tấn của quý II) và quý IV/2023 đạt 2,4 triệu tấn.',
      ).filter((r) => r.startsWith('2400000 ')),
    ).toEqual(['2400000 tonne [] k=actual p=2023-Q4']);
  });

  it('keeps `và` inside a clause when words stand between the period and the figure or no figure came before (near-misses)', () => {
    // another indicator named after the period: its own statement by its name, not a period item
    expect(readings('Doanh thu năm 2023 đạt 400 tỷ đồng và năm 2024 lợi nhuận đạt 52 tỷ đồng.')).toEqual([
      '400000000000 VND [] k=actual p=2023',
      '52000000000 VND [] k=actual p=2024',
    ]);
    // two periods joined as a base, no figure after the second
    expect(readings('Kim ngạch xuất khẩu tăng 5% so với quý I và quý II năm trước.')).toHaveLength(1);
  });
});

describe('ratios of one verb listed to one base: `lần lượt bằng X% và Y% so với năm 2020`', () => {
  it('reads every percentage of the list as a ratio to the base written once at its end', () => {
    expect(readings('Doanh thu và lợi nhuận lần lượt bằng 134% và 81% so với năm 2020.')).toEqual([
      '- [ratio 134 2020] k=actual',
      '- [ratio 81 2020] k=actual',
    ]);
    expect(
      readings('Xuất khẩu, nhập khẩu và cán cân thương mại lần lượt bằng 105%, 98% và 112% so với cùng kỳ.'),
    ).toEqual([
      '- [ratio 105 same-period-last-year] k=actual',
      '- [ratio 98 same-period-last-year] k=actual',
      '- [ratio 112 same-period-last-year] k=actual',
    ]);
    expect(
      readings(
        'Năm 2025, tổng công ty đặt kế hoạch doanh thu là 4.200 tỷ đồng, lợi nhuận là 350 tỷ đồng, lần lượt bằng 108% và 95% so với thực hiện năm 2024.',
      ),
    ).toEqual([
      '4200000000000 VND [ratio 108 2024] k=target p=2025',
      '350000000000 VND [ratio 95 2024] k=target p=2025',
    ]);
  });

  it('reads `so với thực hiện trong năm 2023` as the year’s result', () => {
    expect(readings('Doanh thu năm 2024 đạt 500 tỷ đồng, tăng 12% so với thực hiện trong năm 2023.')).toEqual([
      '500000000000 VND [rate 12 2023] k=actual p=2024',
    ]);
  });

  it('leaves a list with no base, or after a share, unread as ratios (near-misses)', () => {
    // `bằng 134% và 81%` of what? no base: no ratio is made up
    expect(readings('Doanh thu và lợi nhuận bằng 134% và 81%.').join(' ')).not.toContain('ratio');
    // a share before the list is no ratio verb
    expect(readings('Hai nhóm hàng chiếm 34% và 21% so với tổng kim ngạch.').join(' ')).not.toContain('ratio 34');
  });
});

describe('a completion named by its plan’s measure: `hoàn thành 101% kế hoạch doanh thu và 98% kế hoạch lợi nhuận`', () => {
  it('gives each completion to the statement that names its measure, not to the clause it fell to', () => {
    expect(
      readings(
        'Năm 2023, công ty đạt doanh thu 12.500 tỷ đồng, lợi nhuận 1.820 tỷ đồng, hoàn thành 101% kế hoạch doanh thu và 98% kế hoạch lợi nhuận.',
      ),
    ).toEqual(['12500000000000 VND [] c=101 k=actual p=2023', '1820000000000 VND [] c=98 k=actual p=2023']);
    // with changes paired by `lần lượt` between the values and the completions
    expect(
      readings(
        'Năm 2024, ngân hàng ghi nhận tổng thu nhập 8.400 tỷ đồng, lợi nhuận trước thuế 2.150 tỷ đồng, lần lượt tăng 9,5% và 14,2% so với cùng kỳ năm trước, đạt 103% kế hoạch thu nhập và 96% kế hoạch lợi nhuận.',
      ),
    ).toEqual([
      '8400000000000 VND [rate 9.5 same-period-last-year] c=103 k=actual p=2024',
      '2150000000000 VND [rate 14.2 same-period-last-year] c=96 k=actual p=2024',
    ]);
    // three measures, the plan word abbreviated after the first
    expect(
      readings(
        'Sản lượng điện đạt 21,3 tỷ kWh, doanh thu đạt 24.600 tỷ đồng, lợi nhuận đạt 1.050 tỷ đồng, lần lượt bằng 102% kế hoạch sản lượng, 99% kế hoạch doanh thu và 110% kế hoạch lợi nhuận.',
      ).map((r) => r.replace(/ k=actual$/u, '')),
    ).toEqual(['21300000000 (kWh) [] c=102', '24600000000000 VND [] c=99', '1050000000000 VND [] c=110']);
  });

  it('ends the measure at the plan’s assignment (`kế hoạch lợi nhuận đã đề ra tại …`)', () => {
    expect(
      readings(
        'Năm 2024, công ty đạt doanh thu 8.100 tỷ đồng, lợi nhuận 610 tỷ đồng, hoàn thành 104% kế hoạch doanh thu và 97% kế hoạch lợi nhuận đã được Đại hội đồng cổ đông giao.',
      ),
    ).toEqual(['8100000000000 VND [] c=104 k=actual p=2024', '610000000000 VND [] c=97 k=actual p=2024']);
  });

  it('moves nothing when the plan names no measure or one no statement names (near-misses)', () => {
    // `kế hoạch năm`: no measure — the completion stays where the clause put it
    expect(readings('Doanh thu đạt 500 tỷ đồng, lợi nhuận 40 tỷ đồng, bằng 95% kế hoạch năm.')).toEqual([
      '500000000000 VND [] k=actual',
      '40000000000 VND [] c=95 k=actual',
    ]);
    // the statement's own name holds the measure (`vốn`): it keeps its completion
    expect(readings('Giải ngân vốn đầu tư công đạt 2.458 tỷ đồng, đạt 31,6% kế hoạch vốn được phân bổ.')).toEqual([
      '2458000000000 VND [] c=31.6 k=actual',
    ]);
    // a measure no statement before names (`nộp ngân sách`) moves nothing
    expect(
      readings('Doanh thu đạt 500 tỷ đồng, lợi nhuận 40 tỷ đồng, hoàn thành 120% kế hoạch nộp ngân sách.'),
    ).toEqual(['500000000000 VND [] k=actual', '40000000000 VND [] c=120 k=actual']);
  });
});

describe('a figure an agent assigns: `được Bộ Tài chính giao số thu … 63,9 ngàn tỷ đồng`', () => {
  it('reads the assigned figure, and the parts of its `trong đó` list, as targets', () => {
    expect(
      readings(
        'Năm 2025, Cục Hải quan tỉnh được Bộ Tài chính giao chỉ tiêu thu 21.500 tỷ đồng; trong đó, thu thuế xuất khẩu 1.200 tỷ đồng; thu thuế nhập khẩu 20.300 tỷ đồng.',
      ),
    ).toEqual([
      '21500000000000 VND [] k=target p=2025',
      '1200000000000 VND [] k=target p=2025',
      '20300000000000 VND [] k=target p=2025',
    ]);
    expect(readings('Năm 2024, huyện được UBND tỉnh giao kế hoạch vốn đầu tư công là 812,4 tỷ đồng.')).toEqual([
      '812400000000 VND [] k=target p=2024',
    ]);
    expect(readings('Năm 2026, Bộ Tài chính giao dự toán thu ngân sách cho thành phố là 98.000 tỷ đồng.')).toEqual([
      '98000000000000 VND [] k=target p=2026',
    ]);
    expect(readings('Năm 2023, ngành bảo hiểm xã hội tỉnh được giao kế hoạch thu 4.350 tỷ đồng.')).toEqual([
      '4350000000000 VND [] k=target p=2023',
    ]);
  });

  it('keeps results after the assignment, a plan of a completion and other passives as actuals (near-misses)', () => {
    // a verb of doing after the assignment: what was done with the assigned capital
    expect(readings('Năm 2024, vốn được UBND tỉnh giao đã giải ngân 1.200 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=actual p=2024',
    ]);
    // the part after `;` with a result lead is a result
    expect(
      readings(
        'Năm 2024, tỉnh được Trung ương giao kế hoạch vốn 5.000 tỷ đồng, trong đó vốn trong nước 4.200 tỷ đồng; đến nay đã giải ngân 2.100 tỷ đồng.',
      ),
    ).toEqual([
      '5000000000000 VND [] k=target p=2024',
      '4200000000000 VND [] k=target p=2024',
      '2100000000000 VND [] k=actual p=2024',
    ]);
    // `dự toán được giao` as the plan of a completion
    expect(readings('Thu ngân sách đạt 12.500 tỷ đồng, bằng 105% dự toán được giao.')).toEqual([
      '12500000000000 VND [] c=105 k=actual',
    ]);
    // a passive of another verb
    expect(readings('Hàng hóa được vận chuyển qua cảng đạt 1.200 tấn.')).toEqual(['1200 tonne [] k=actual']);
    // a plan passed by a meeting may be of an adjustment: not read as the plan's figure
    expect(
      readings('Hội đồng nhân dân đã thông qua kế hoạch điều chỉnh vốn và bổ sung 500 tỷ đồng cho các dự án.'),
    ).toEqual(['500000000000 VND [] k=actual']);
  });
});

describe('a plan’s level in a bracket after the plan noun: `so với chỉ tiêu … (38%)`, `chưa đạt kế hoạch (11%)`', () => {
  it('reads the bracket as a target of the same indicator: a level when the result is one, a growth when it is one', () => {
    expect(
      readings(
        'Năm 2024, tỷ lệ hộ nghèo đa chiều giảm còn 2,15%, thấp hơn chỉ tiêu đề ra tại Nghị quyết số 12-NQ/TU ngày 05/12/2023 của Tỉnh ủy (2,5%).',
      ),
    ).toEqual(['2.15 percent [] k=actual p=2024', '2.5 percent [] k=target p=2024']);
    expect(readings('Tăng trưởng GRDP năm 2024 ước đạt 6,8%, chưa đạt kế hoạch (8%).')).toEqual([
      '- [rate 6.8 -] k=actual st=estimate p=2024',
      '- [rate 8 -?] k=target p=2024',
    ]);
    expect(
      readings(
        'Năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 93,1% dân số, vượt mục tiêu được giao tại Quyết định số 1024/QĐ-UBND (92,5%).',
      ),
    ).toEqual(['93.1 percent [] k=actual p=2025', '92.5 percent [] k=target p=2025']);
  });

  it('leaves a bracket after an amount, after no plan noun or holding more than a percentage unread as a plan (near-misses)', () => {
    // after an amount, `(105%)` restates the completion
    expect(readings('Thu ngân sách đạt 5.250 tỷ đồng, vượt 5% so với dự toán (105%).').join(' ')).not.toContain(
      'k=target',
    );
    // no plan noun before the bracket: the same period of last year's level
    expect(readings('Năm 2024, tỷ lệ thất nghiệp là 2,1%, thấp hơn năm trước (2,3%).').join(' ')).not.toContain(
      'k=target',
    );
    // a comma between the plan noun and the bracket
    expect(
      readings('Năm 2024, tỷ lệ đô thị hóa đạt 45%, vượt kế hoạch, cao hơn bình quân cả nước (42%).').join(' '),
    ).not.toContain('k=target');
  });
});

describe('a bare `đạt N%` after an amount: the completion of a plan the sentence does not name', () => {
  it('reads it as a completion, uncertain (the audit never checks it), its plan still listed as unread', () => {
    const [s] = extractStatements('Chi thường xuyên là 4.210,5 tỷ đồng, đạt 87,3%.', { locale: 'vi' });
    expect(s?.completion?.confidence).toBe('uncertain');
    expect(s?.unread.map((u) => u.reason)).toContain('percent-without-base');
    expect(readings('Chi thường xuyên là 4.210,5 tỷ đồng, đạt 87,3%, tăng 6,2%.')).toEqual([
      '4210500000000 VND [rate 6.2 -] c=87.3? k=actual',
    ]);
    expect(readings('Sản lượng thủy sản ước đạt 18.450 tấn, đạt 102,4%.')).toEqual([
      '18450 tonne [] c=102.4? k=actual st=estimate',
    ]);
    expect(readings('Năm 2024, tổng đàn trâu 21.300 con, đạt 96%; tổng đàn bò 45.800 con, đạt 101,2%.')).toEqual([
      '21300 (con) [] c=96? k=actual p=2024',
      '45800 (con) [] c=101.2? k=actual p=2024',
    ]);
  });

  it('reads no completion after a ratio or share verb, a rate noun, a percentage level or before a noun (near-misses)', () => {
    // `bằng 110%`: a ratio to an earlier period as often as a completion
    expect(readings('Xuất khẩu đạt 3 tỷ USD, bằng 110%.').join(' ')).not.toContain('c=');
    // `đạt 95% dân số`: a share of a whole
    expect(readings('Số hộ dùng nước sạch 12.000 hộ, đạt 95% dân số.').join(' ')).not.toContain('c=');
    // `đạt tỷ lệ 95%`: a rate's level
    expect(readings('Toàn tỉnh cấp 12.000 thẻ bảo hiểm y tế, đạt tỷ lệ 95%.').join(' ')).not.toContain('c=');
    // a percentage level is the statement's value, no completion
    expect(readings('Năm 2024, tỷ lệ che phủ rừng đạt 42,5%.')).toEqual(['42.5 percent [] k=actual p=2024']);
  });
});

describe('a shared verb’s second object of another unit: `đạt 69 triệu khách, tăng 11% và 1 triệu tấn hàng hóa, tăng 18%`', () => {
  it('reads the second value as a statement of its own, with the verb’s stage and period and its own change', () => {
    expect(
      readings(
        'Năm 2024, sản lượng qua cảng ước đạt 12,4 triệu tấn, tăng 6,5% và 1,35 triệu TEU, tăng 9,1% so với năm 2023.',
      ),
    ).toEqual([
      '12400000 tonne [rate 6.5 2023] k=actual st=estimate p=2024',
      // (TEU a unit word since round 38)
      '1350000 (TEU) [rate 9.1 2023] k=actual st=estimate p=2024',
    ]);
    expect(readings('Năm 2024, xuất khẩu gạo ước đạt 9 triệu tấn và 5,7 tỷ USD.')).toEqual([
      '9000000 tonne [] k=actual st=estimate p=2024',
      '5700000000 USD [] k=actual st=estimate p=2024',
    ]);
    // counts named by their own counted nouns
    const counts = extractStatements('Toàn tỉnh có 1.250 doanh nghiệp và 46 hợp tác xã đang hoạt động.', {
      locale: 'vi',
    });
    expect(counts.map((s) => [s.name?.value, s.value?.value.base])).toEqual([
      ['doanh nghiệp', '1250'],
      ['hợp tác xã', '46'],
    ]);
  });

  it('reads past a bracket of words after the first figure (`… so năm 2019 (thời điểm trước dịch) và 1,1 triệu tấn`)', () => {
    expect(
      readings(
        'Năm 2023, sân bay ước phục vụ 8,2 triệu lượt khách, bằng 96% so năm 2019 (trước đại dịch) và 41.000 tấn hàng hóa, bằng 88% so năm 2019.',
      ),
    ).toEqual([
      '8200000 (lượt khách) [ratio 96 2019] k=actual st=estimate p=2023',
      '41000 tonne [ratio 88 2019] k=actual st=estimate p=2023',
    ]);
    // a bracket with a figure of its own is no aside of words: it stays its own clause
    expect(
      readings('Năm 2023, doanh thu đạt 500 tỷ đồng (năm 2022 đạt 420 tỷ đồng) và lợi nhuận 40 tỷ đồng.').join(' '),
    ).toContain('40000000000 VND');
  });

  it('keeps a second value of the same unit, or with no measure of its own, unread (near-misses)', () => {
    // same unit after a joiner: which part of the indicator? left unread
    const same = extractStatements('Năm 2024, lượng khách đạt 2,1 triệu lượt và 1,8 triệu lượt.', { locale: 'vi' });
    expect(same).toHaveLength(1);
    expect(same[0]?.unread.some((u) => u.what === 'value')).toBe(true);
    // a bare second number has no measure of its own
    expect(extractStatements('Doanh thu đạt 1,2 triệu và 3 tỷ USD.', { locale: 'vi' })).toHaveLength(1);
  });
});

describe('`tương ứng` between a change verb and its rate: `giảm tương ứng 9,3%`', () => {
  it('reads the rate as the verb’s, as after `lần lượt` (left uncertain: `tương ứng` also compares)', () => {
    expect(readings('Năm 2024, số chuyến bay giảm tương ứng 4,2% so với năm 2023.')).toEqual([
      '- [rate -4.2 2023?] k=actual p=2024',
    ]);
    expect(readings('Năm 2024, lượng hàng qua cảng tăng tương ứng 7,5%.')).toEqual(['- [rate 7.5 -?] k=actual p=2024']);
    expect(
      readings('Năm 2024, doanh thu vận tải tăng tương ứng 11% về hành khách và 6% về hàng hóa so với năm 2023.').join(
        ' ',
      ),
    ).toContain('rate 11');
  });

  it('leaves `tương ứng` before an amount a restatement, not a rate (near-miss)', () => {
    expect(readings('Năm 2024, doanh thu tăng 12%, tương ứng tăng 300 tỷ đồng.').join(' ')).not.toContain('rate 300');
    const [, amount] = extractStatements('Năm 2024, doanh thu tăng 12%, tương ứng 300 tỷ đồng.', { locale: 'vi' });
    expect(amount?.changes).toEqual([]);
    expect(amount?.value?.confidence).toBe('uncertain');
  });
});

describe('a base that opens a later clause before its figure: `…, nhưng so với cùng kỳ năm trước X tăng 31%`', () => {
  it('is the clause’s base, before a base an earlier figureless clause named', () => {
    expect(
      readings(
        'Năm 2024, tuy thu ngân sách đạt thấp so với dự toán, nhưng so với cùng kỳ năm trước tổng thu tăng 18%.',
      ),
    ).toEqual(['- [rate 18 same-period-last-year] k=actual p=2024']);
    expect(readings('Năm 2023, dù chưa đạt kế hoạch, song so với năm 2022 kim ngạch xuất khẩu vẫn tăng 7,4%.')).toEqual(
      ['- [rate 7.4 2022] k=actual p=2023'],
    );
    expect(
      readings('Năm 2024, tuy thấp hơn so với kế hoạch, nhưng so với tháng trước chỉ số giá tiêu dùng tăng 0,3%.'),
    ).toEqual(['- [rate 0.3 previous-period] k=actual p=2024']);
  });

  it('leaves a base after the figure, and a sentence-opening base, as they were (near-misses)', () => {
    // the base written after the figure is the figure's own
    expect(readings('Năm 2024, so với kế hoạch, doanh thu tăng 5% so với năm 2023.')).toEqual([
      '- [rate 5 2023] k=actual p=2024',
    ]);
    // a base that opens the sentence still reaches the figures of later clauses
    expect(readings('So với cùng kỳ năm trước, xuất khẩu tăng 12%, nhập khẩu tăng 9%.')).toEqual([
      '- [rate 12 same-period-last-year] k=actual',
      '- [rate 9 same-period-last-year] k=actual',
    ]);
  });
});

describe('counts after verbs of inspection, enforcement and transport: `đã phát hiện 10.931 vụ vi phạm`', () => {
  it('reads the count as the value, its change as its own', () => {
    expect(
      readings('Năm 2023, lực lượng quản lý thị trường đã phát hiện 8.412 vụ vi phạm, giảm 6% so với năm 2022.'),
    ).toEqual(['8412 (vụ) [rate -6 2022] k=actual p=2023']);
    expect(readings('Năm 2024, công an tỉnh bắt giữ 312 đối tượng.')).toEqual(['312 (đối tượng) [] k=actual p=2024']);
    expect(readings('Năm 2024, hãng vận chuyển 1,2 triệu lượt khách, tăng 8% so với năm 2023.')).toEqual([
      '1200000 (lượt khách) [rate 8 2023] k=actual p=2024',
    ]);
  });
});

describe('an amount after `thu` (to collect), which folds like the ordinal `thứ`: `Cục Thuế đã thu 320 tỷ đồng`', () => {
  it('reads the amount; a scale word after the number makes it one', () => {
    expect(readings('Năm 2024, Cục Hải quan đã thu 320 tỷ đồng.')).toEqual(['320000000000 VND [] k=actual p=2024']);
    expect(readings('Năm 2024, đoàn kiểm tra truy thu 45 tỷ đồng tiền thuế.')).toEqual([
      '45000000000 VND [] k=actual p=2024',
    ]);
  });

  it('keeps `thứ 8`, `lần thứ 8`, `giai đoạn 2` as positions, no figure (near-misses)', () => {
    const position = extractStatements('Hội nghị lần thứ 8 Ban Chấp hành diễn ra trong hai ngày.', { locale: 'vi' });
    expect(position.every((x) => !x.value || x.value.confidence === 'uncertain')).toBe(true);
    expect(readings('Tỉnh đứng thứ 12 cả nước về thu hút đầu tư.').join(' ')).not.toContain('12 ');
  });
});

describe('the year of a date before the figures: `Lũy kế 4 tháng đầu năm (tính đến ngày 5/5/2023), …`', () => {
  it('completes a period without its year, though the day names no period of its own', () => {
    expect(readings('Lũy kế 5 tháng đầu năm (tính đến ngày 20/5/2024), thu nội địa đạt 9.120 tỷ đồng.')).toEqual([
      '9120000000000 VND [] k=actual p=2024-YTD-05',
    ]);
    expect(readings('Ngày 15/3/2024, Sở Tài chính cho biết thu ngân sách quý I đạt 5.000 tỷ đồng.')).toEqual([
      '5000000000000 VND [] k=actual p=2024-Q1',
    ]);
    expect(readings('Tính đến ngày 12/10/2025, 9 tháng đầu năm xuất khẩu đạt 3,2 tỷ USD.')).toEqual([
      '3200000000 USD [] k=actual p=2025-YTD-09',
    ]);
  });

  it('takes no year from a date after a comparison word (near-miss)', () => {
    expect(readings('So với ngày 31/12/2023, dư nợ quý I tăng 3%.').join(' ')).not.toContain('p=2023');
  });
});

describe('parts of a `trong đó` list under a parent that counts them and has a completion', () => {
  it('reads each part’s bare `đạt N%` as its completion of the same plan, with its own stage', () => {
    expect(
      readings(
        'Năm 2024, có 6 khoản thu đạt khá (trên 30% so với dự toán), trong đó thuế bảo vệ môi trường ước đạt 41%, lệ phí trước bạ ước đạt 35,2%.',
      ).slice(1),
    ).toEqual(['- [] c=41 k=actual st=estimate p=2024', '- [] c=35.2 k=actual st=estimate p=2024']);
    expect(
      readings(
        'Năm 2024, toàn tỉnh khởi công 45 công trình, đạt 90% kế hoạch, trong đó công trình giao thông đạt 95%.',
      ).slice(1),
    ).toEqual(['- [] c=95 k=actual p=2024']);
  });

  it('keeps a rate noun’s part a level, and a part after an amount parent unread (near-misses)', () => {
    expect(
      readings(
        'Năm 2024, toàn tỉnh có 120.000 hộ dùng nước sạch, đạt 98% kế hoạch, trong đó tỷ lệ hộ nông thôn đạt 95%.',
      ),
    ).toEqual(['120000 household [] c=98 k=actual p=2024', '95 percent [] k=actual p=2024']);
    // a parent with an amount of money: the part's percentage is no completion of its plan
    expect(
      readings('Năm 2024, thu ngân sách đạt 12.000 tỷ đồng, đạt 102% dự toán, trong đó thu nội địa đạt 96%.').join(' '),
    ).not.toContain('c=96');
  });
});
