import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

/**
 * Round 20 (silent wrong numbers of the released sets): each shape a reader took as certain and
 * read wrong, made a doubt in general. Paraphrases of our own (never a corpus sentence), each with
 * near sentences that must keep their certain reading.
 */

function read(text: string, locale: 'vi' | 'en') {
  return extractReport(text, { locale }).statements as readonly Statement[];
}
/** `value@confidence` of every statement that has a value. */
function values(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).flatMap((s) => (s.value ? [`${s.value.value.base}@${s.value.confidence}`] : []));
}
function completions(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).flatMap((s) =>
    s.completion ? [`${s.completion.value.percent.value}@${s.completion.confidence}`] : [],
  );
}
function changes(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).flatMap((s) =>
    s.changes.map((c) => `${c.value.form} ${c.value.amount.value}@${c.confidence}`),
  );
}

describe('the second of two figures joined by a slash (`2.458/7.758 tỉ đồng`) is not certain to be the statement’s', () => {
  it('doubts the value, completion and change of a statement valued by the second figure of a pair', () => {
    // (a completion that is the pair's own ratio, 1.320 / 4.150 = 31,8 %, tells them apart: r23-vi.test.ts)
    const a = 'Giải ngân vốn đầu tư công đạt 1.320/4.150 tỷ đồng, đạt 35% kế hoạch.';
    expect(values(a, 'vi')).toContain('4150000000000@uncertain');
    expect(completions(a, 'vi')).not.toContain('35@certain');
    const b = 'Tổng thu ngân sách tăng gấp 1,9 lần so với năm 2018 (5.640/2.968 tỷ đồng).';
    expect(values(b, 'vi')).not.toContain('2968000000000@certain');
    // (the pair's own ratio, 5.640 / 2.968 = 1,90, is the multiple: this year's and 2018's figures, r23-vi.test.ts)
    expect(changes(b, 'vi')).toContain('times 1.9@certain');
    const b2 = 'Tổng thu ngân sách tăng gấp 1,9 lần so với năm 2018 (5.640/3.968 tỷ đồng).';
    expect(values(b2, 'vi')).not.toContain('3968000000000@certain');
    expect(changes(b2, 'vi')).not.toContain('times 1.9@certain');
    const c = 'Thu nhập bình quân đầu người tăng gấp 1,4 lần (72,5/51,8 triệu đồng).';
    expect(values(c, 'vi')).not.toContain('51800000@certain');
    // (72,5 / 51,8 = 1,40: the multiple of the pair's own figures)
    expect(changes(c, 'vi')).toContain('times 1.4@certain');
    const c2 = 'Thu nhập bình quân đầu người tăng gấp 1,4 lần (72,5/41,8 triệu đồng).';
    expect(values(c2, 'vi')).not.toContain('41800000@certain');
    expect(changes(c2, 'vi')).not.toContain('times 1.4@certain');
    // (at 33.5% of the plan, the pair's own ratio, the second is the plan: r23-vi.test.ts)
    const d = 'Disbursed public investment reached 2,310/6,900 billion VND, 37.5% of the plan.';
    expect(values(d, 'en').some((v) => v.endsWith('@certain') && v.startsWith('69'))).toBe(false);
  });
  it('keeps a figure with a unit per unit (`tạ/ha`, `đồng/kg`) and a date (`29/9`) certain', () => {
    expect(values('Giá lúa bình quân đạt 7.200 đồng/kg trong năm 2023.', 'vi')).toContain('7200@certain');
    expect(values('Tính đến ngày 29/9/2023, kim ngạch xuất khẩu đạt 1.250 tỷ đồng.', 'vi')).toContain(
      '1250000000000@certain',
    );
    expect(completions('Tổng thu ngân sách năm 2023 đạt 5.640 tỷ đồng, bằng 112% dự toán.', 'vi')).toContain(
      '112@certain',
    );
  });
});

describe('a multiple of another’s level (`gấp 1,3 lần của tỉnh`) is a comparison, not a growth', () => {
  it('doubts a multiple with no base followed by `của`, `bình quân`, `mức`, `cả`', () => {
    for (const text of [
      'GRDP bình quân đầu người của huyện gấp 1,3 lần của tỉnh.',
      'Năng suất lao động của thành phố gấp 2,1 lần bình quân cả nước.',
      'Thu nhập của người lao động trong khu công nghiệp gấp 1,6 lần mức chung của tỉnh.',
      'Tỷ lệ đô thị hóa của thị xã gấp 1,8 lần cả tỉnh.',
    ])
      expect(
        changes(text, 'vi').some((c) => c.startsWith('times') && c.endsWith('@certain')),
        text,
      ).toBe(false);
  });
  it('keeps a multiple against a period certain', () => {
    expect(changes('Kim ngạch xuất khẩu năm 2023 tăng gấp 2,5 lần so với năm 2015.', 'vi')).toContain(
      'times 2.5@certain',
    );
    expect(changes('Doanh thu du lịch năm 2024 gấp 1,7 lần cùng kỳ năm trước.', 'vi')).toContain('times 1.7@certain');
  });
});

describe('a rate whose name is only a rate noun and generic words (`a total rate of 29%`) names no indicator', () => {
  it('doubts the percentage of a bare rate', () => {
    for (const [text, v] of [
      ['The company paid two dividends to shareholders, with a total rate of 18%.', '18'],
      ['The overall rate reached 42 percent in 2023.', '42'],
      ['Its average rate was 7.5 per cent last year.', '7.5'],
      ['Cổ tức năm 2023 được chi trả bằng tiền mặt, tỷ lệ chung đạt 25%.', '25'],
    ] as const)
      expect(values(text, text.includes('Cổ') ? 'vi' : 'en'), text).not.toContain(`${v}@certain`);
  });
  it('keeps a named rate indicator’s level certain', () => {
    expect(values('The unemployment rate stood at 2.2 percent in the third quarter of 2024.', 'en')).toContain(
      '2.2@certain',
    );
    expect(values('The hotel occupancy rate reached 68 percent in 2024.', 'en')).toContain('68@certain');
    expect(values('Tỷ lệ che phủ rừng của tỉnh đạt 42% năm 2024.', 'vi')).toContain('42@certain');
  });
});

describe('`2,592 billion kWh` in English with no currency: thousands or a Vietnamese decimal comma', () => {
  it('doubts a comma before three digits and billions when no currency is read', () => {
    for (const text of [
      'Power output of the plant in June 2023 was 1,845 billion kWh.',
      'Electricity consumption in the first half reached 3,126 billion kWh.',
      'The group expects to produce 2,050 billion kWh in 2025.',
    ])
      expect(
        values(text, 'en').some((v) => v.endsWith('@certain')),
        text,
      ).toBe(false);
  });
  it('keeps billions of đồng or dollars and a decimal point certain', () => {
    expect(values('The company paid VND 6,430 billion in dividends in 2023.', 'en')).toContain('6430000000000@certain');
    expect(values('Power output reached 1.845 billion kWh in June 2023.', 'en')).toContain('1845000000@certain');
    expect(values('Exports reached US$1,250 billion in 2024.', 'en')).toContain('1250000000000@certain');
  });
});

describe('a level named after `from … of` (`from the margin of 22.1 per cent`, `from a loss of`) is the level started from', () => {
  it('doubts a percentage read as a change after `from the N of`', () => {
    for (const [text, n] of [
      [
        'Gross margin rose to 26.3 per cent in Q2, a 150 basis point increase from the margin of 24.8 per cent in Q1.',
        '24.8',
      ],
      [
        'Occupancy improved to 71.5 per cent in 2024, a 4 point rise from the average level of 67.5 per cent in 2023.',
        '67.5',
      ],
      ['Tỷ suất lợi nhuận gộp tăng 2,7 điểm phần trăm từ mức 22,1% của quý I.', '22.1'],
    ] as const)
      expect(changes(text, text.includes('Tỷ') ? 'vi' : 'en'), text).not.toContain(`rate ${n}@certain`);
  });
  it('doubts a change whose statement is valued by a level after `from a … of`', () => {
    for (const [text, n] of [
      ['Its Q2 profit grew 41% from Q1 and marked a recovery from a loss of nearly VND 950 billion in Q2/2023.', '41'],
      ['Net profit rose 25% year-on-year and recovered from a loss of VND 300 billion in 2023.', '25'],
      ['Operating income jumped 12% from Q3 after a turnaround from a deficit of about $40 million.', '12'],
    ] as const)
      expect(changes(text, 'en'), text).not.toContain(`rate ${n}@certain`);
  });
  it('keeps a change from a period and a change to a value certain', () => {
    expect(changes('Net profit jumped 45% from a year earlier to VND 2.1 trillion.', 'en')).toContain(
      'rate 45@certain',
    );
    expect(changes('Revenue grew 15% from the first quarter of 2024.', 'en')).toContain('rate 15@certain');
    expect(changes('Exports in May 2024 rose 12% from the same period of 2023 to 5.2 billion USD.', 'en')).toContain(
      'rate 12@certain',
    );
  });
});

describe('a change against the average of several periods (`compared to the average of the same period`) has no one base', () => {
  it('doubts a change whose base is part of an average', () => {
    for (const [text, n, locale] of [
      [
        'The water flow increased significantly by 67% compared to the average of the same period in the past 12 years.',
        '67',
        'en',
      ],
      ['Rainfall rose 35% compared to the average of the same period in 2015-2024.', '35', 'en'],
      ['Lượng mưa tăng 25% so với trung bình nhiều năm cùng kỳ.', '25', 'vi'],
      ['Sản lượng tăng 12% so với bình quân cùng kỳ 5 năm.', '12', 'vi'],
    ] as const)
      expect(changes(text, locale), text).not.toContain(`rate ${n}@certain`);
  });
  it('keeps an average change against one period certain', () => {
    expect(changes('Exports rose 5% on average compared with the same period last year.', 'en')).toContain(
      'rate 5@certain',
    );
    expect(changes('Rainfall rose 35% compared to the same period last year.', 'en')).toContain('rate 35@certain');
    expect(changes('Sản lượng bình quân tăng 12% so với cùng kỳ năm trước.', 'vi')).toContain('rate 12@certain');
  });
});

describe('a level noun after `from` in a name (`X improved from the Q1 low level to 34.9%`) names the level moved from, not the indicator', () => {
  it('doubts the percentage of a name whose only level noun follows `from`', () => {
    for (const [text, v] of [
      ['Deposits improved from the Q2 low level to 41.2% in the third quarter.', '41.2'],
      ['Current accounts recovered slightly from the record low level to 18.6%.', '18.6'],
      ['Margin lending edged up from the previous level to 27.3% at the end of June.', '27.3'],
    ] as const)
      expect(values(text, 'en'), text).not.toContain(`${v}@certain`);
  });
  it('keeps a named rate that moved from one level to another certain', () => {
    expect(values('The NPL ratio eased from the Q1 level to 1.7%.', 'en')).toContain('1.7@certain');
    expect(values('The unemployment rate fell from 2.3 percent to 2.2 percent in 2024.', 'en')).toContain(
      '2.2@certain',
    );
  });
});

describe('a span of months between a name and its figure (`…, sales in the first 5 months were …`) is the statement’s own period', () => {
  function periods(text: string): string[] {
    return read(text, 'en').map((s) => `${s.name?.value}|${s.period?.value}@${s.period?.confidence}`);
  }
  it('doubts the period taken from the statement before', () => {
    for (const text of [
      'Exports in March 2024 reached 30 billion USD, and imports in the first three months were 85 billion USD.',
      'Output in June 2023 was 1.2 million tonnes, while sales in the first 6 months totalled 5.9 million tonnes.',
      'Revenue in May 2022 was VND 420 billion, cumulative revenue over the first five months reached VND 1.9 trillion.',
    ])
      expect(
        periods(text).filter((p) => p.endsWith('@certain')),
        text,
      ).toHaveLength(1);
  });
  it('keeps the period a clause with no span of its own takes from the statement before', () => {
    expect(periods('Exports in March 2024 reached 30 billion USD, and imports were 28 billion USD.')).toEqual([
      'Exports|2024-03@certain',
      'imports|2024-03@certain',
    ]);
  });
});
