import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/extract/types';
import { figured, markedChanges, markedChangeText, statementLines, valueText } from './readings';

/** A statement's value and changes, `value [changes]`. */
const statementLinesOf = (s: Statement): string => `${valueText(s)} [${s.changes.map(markedChangeText).join(', ')}]`;

/**
 * Round 35 (test21 and test22 released): shapes of English press whose base or level was lost, each
 * with the near-misses that must keep their old reading. Sentences paraphrase the released sets with
 * other numbers and names.
 */

describe('a same-period base names its year without a compare word', () => {
  it('`23 percent above the same period in 2019` is against that part of 2019, not last year', () => {
    expect(
      markedChanges(
        'Air Asia generated a total revenue of P12.1 billion for the second quarter of 2023, 31 percent higher year-on-year and 14 percent above the same period in 2019.',
      ),
    ).toEqual(['rate 31 same-period-last-year', 'rate 14 2019-Q2']);
  });

  it('near-miss: `above the same period last year` stays the same period last year', () => {
    expect(
      markedChanges(
        'Revenue reached P12.1 billion in the second quarter of 2023, 14 percent above the same period last year.',
      ),
    ).toEqual(['rate 14 same-period-last-year']);
  });
});

describe("`last year's numbers` is last year's level", () => {
  it('dates the rise of a running total against the same period last year', () => {
    expect(
      markedChanges(
        "Consolidated revenues reached P41 billion from January to June, up 18 percent from last year's numbers.",
      ),
    ).toEqual(['rate 18 same-period-last-year']);
    expect(markedChanges("Net income rose 7 percent from the previous year's number to P2 billion.")).toEqual([
      'rate 7 same-period-last-year',
    ]);
  });
});

describe('a participle clause states the level a change came to', () => {
  it('`clocked at`, `coming in at`, `settling at` give the change its value', () => {
    for (const verb of ['clocked at', 'clocking in at', 'coming in at', 'settling at', 'landing at']) {
      const lines = statementLines(`9M EBT increased by 27% YoY, ${verb} VND210 billion (about USD8 million).`, 'en');
      expect(lines[0], verb).toBe('210000000000 VND [rate 27 same-period-last-year] k=actual');
    }
  });

  it('near-miss: a time `clocked at` after no change is a plain value, no change', () => {
    expect(statementLines('The runner clocked at 10 seconds in the final.', 'en')).toEqual(['10? [] k=actual']);
  });
});

describe('the earlier level after a fiscal period or a noun phrase dates the change (from-level base)', () => {
  it('`to RM173.22 million in 1QFY2023, from RM161.77 million a year earlier` is year on year', () => {
    expect(
      markedChanges(
        'Quarterly revenue increased by 5.5% to RM120.4 million in 2QFY2024, from RM114.1 million a year earlier.',
      ),
    ).toEqual(['rate 5.5 same-period-last-year']);
    expect(markedChanges('Revenue rose 12% to RM80 million in FY2023, from RM71.4 million a year before.')).toEqual([
      'rate 12 same-period-last-year',
    ]);
  });

  it('`a 19% decline in finance costs to RM147.78 million …, from … a year before`: the value opened by `to`', () => {
    expect(
      markedChanges(
        'The better margin was also due to a 14% decline in finance costs to RM90.2 million in 1QFY2023, from RM104.9 million a year before.',
      ),
    ).toEqual(['rate -14 same-period-last-year']);
  });

  it('near-misses: no earlier level dated by a base lends no base', () => {
    expect(
      markedChanges('Quarterly revenue increased by 5.5% to RM120.4 million in 2QFY2024, from RM114.1 million.'),
    ).toEqual(['rate 5.5 -']);
    // (round 37: the earlier level's own base dates the change whatever period the level reached
    // writes, even one the reader cannot date — `sentence/reached-from-level.ts`)
    expect(
      markedChanges(
        'Quarterly revenue increased by 5.5% to RM120.4 million in 2QFY2024x, from RM114.1 million a year earlier.',
      ),
    ).toEqual(['rate 5.5 same-period-last-year']);
  });
});

describe('a percentage and its direction with no compare phrase of their own (open comparison)', () => {
  it('`It is 25% higher than IDR 457.88 billion reported in the same period last year`: the level names the base', () => {
    expect(markedChanges('It is 18% higher than IDR 312.5 billion reported in the same period last year.')).toEqual([
      'rate 18 same-period-last-year',
    ]);
  });

  it('`this year’s volume was 13% higher.`: a rate with no base, never a level of 13 %', () => {
    const lines = statementLines('This year’s volume was 11% higher.', 'en');
    expect(lines).toEqual(['- [rate 11 -] k=actual']);
  });

  it('`33% lower than for the same period in 2019`: `than for` opens the base', () => {
    expect(
      markedChanges('Cumulative sales after 5 months of 140,210 units are 21% lower than for the same period in 2019.'),
    ).toEqual(['rate -21 2019?']);
    expect(markedChanges('Sales in May 2021 of 40,210 units were 21% lower than for the same period in 2019.')).toEqual(
      ['rate -21 2019-05'],
    );
  });

  it('near-misses: a percentage on the other side is a comparison of two rates, never this change', () => {
    expect(markedChanges('The rate was 5% higher than the 3% of 2022.')).not.toContain('rate 5 -');
    // (round 37: an earlier amount with its scale that no base dates leaves the rate with no base)
    expect(markedChanges('Profit was 5% higher than 2.1 billion in the first quarter.')).toEqual(['rate 5 -']);
  });
});

describe('a second completion written as the excess over another plan', () => {
  it('`83 per cent of the revenue target and exceeded its profit target by over 13 per cent`: two completions', () => {
    const lines = statementLines(
      'The company has reached 76 per cent of the full-year revenue target and exceeded its full-year profit target by over 9 per cent.',
      'en',
    );
    expect(lines.map((l) => l.replace(/^.*\] /u, ''))).toEqual(['c=76 k=actual', 'c=109 k=actual']);
  });
});

describe('Vietnamese `năm trước`, `năm ngoái` after a part of a year are last year', () => {
  it('`so với quý II năm trước` of a second quarter is that quarter a year before, not the statement’s own', () => {
    for (const w of ['năm trước', 'năm ngoái'])
      expect(
        markedChanges(`Lãi sau thuế quý II năm 2022 của công ty đạt 8,1 tỷ đồng, tăng 19% so với quý II ${w}.`, 'vi'),
        w,
      ).toEqual(['rate 19 2021-Q2']);
    expect(
      markedChanges(
        'Trong 6 tháng đầu năm 2022, doanh thu đạt 8,1 tỷ đồng, tăng 7% so với 6 tháng đầu năm trước.',
        'vi',
      ),
    ).toEqual(['rate 7 2021-H1']);
  });

  it('near-miss: `so với cùng kỳ năm trước` stays the same period last year', () => {
    expect(
      markedChanges('Lãi sau thuế quý II năm 2022 đạt 8,1 tỷ đồng, tăng 19% so với cùng kỳ năm trước.', 'vi'),
    ).toEqual(['rate 19 same-period-last-year']);
  });
});

describe('a rise written as an excess over a base, a completion written as a shortfall', () => {
  it('`exceeding the figure for the same period by 3.84%` is a rise against the same period', () => {
    expect(
      markedChanges(
        'Output reached 120,500 tons in 2023, achieving 91.2% of the target and exceeding the figure for the same period by 2.75%.',
      ),
    ).toEqual(['rate 2.75 same-period-last-year']);
  });

  it('`falling short of the annual target by 8 percent` is a completion of 92 %, `missed the plan by 3.5%` of 96.5 %', () => {
    expect(
      statementLines('Revenue reached VND 900 billion in 2023, falling short of the annual target by 6 percent.', 'en'),
    ).toEqual(['900000000000 VND [] c=94 k=actual p=2023']);
    expect(statementLines('In 2023, exports missed the target by 3.5 percent.', 'en')).toEqual([
      '- [] c=96.5 k=actual p=2023',
    ]);
  });

  it('near-misses: a shortfall in money is no level, a missed deadline no completion', () => {
    expect(
      statementLines('Exports reached 20 billion USD in 2023, missing the target by 3.5 billion USD.', 'en'),
    ).toEqual(['20000000000 USD [] k=actual p=2023']);
    expect(statementLines('The company missed its deadline by 3 percent.', 'en').join()).not.toContain('c=97');
  });
});

describe('Singapore and Hong Kong dollars before the number', () => {
  it('`S$1.2 billion`, `HK$1.2 billion`, `SGD 1.2 billion` are sums of money', () => {
    for (const [text, unit] of [
      ['S$', '(S$)'],
      ['HK$', '(HK$)'],
      ['SGD ', '(SGD)'],
    ] as const)
      expect(statementLines(`Revenue in 2023 reached ${text}1.4 billion.`, 'en'), text).toEqual([
        `1400000000 ${unit} [] k=actual p=2023`,
      ]);
  });
});

describe('Vietnamese `vượt X` before a plan or a base is an excess, never a level', () => {
  it('`vượt 1.500 tỷ đồng (13,6%) so với kế hoạch` states the completion 113.6 %', () => {
    expect(
      statementLines('Năm 2023, tổng thu ngân sách đạt 9.800 tỷ đồng, vượt 800 tỷ đồng (8,9%) so với kế hoạch.', 'vi'),
    ).toEqual(['9800000000000 VND [] c=108.9 k=actual p=2023']);
  });

  it('without the share, or against an earlier period, the excess is listed unread and shown nowhere', () => {
    for (const tail of ['so với kế hoạch', 'so với dự toán', 'so với cùng kỳ', 'so với năm 2022']) {
      const lines = statementLines(`Năm 2023, tổng thu ngân sách đạt 9.800 tỷ đồng, vượt 800 tỷ đồng ${tail}.`, 'vi');
      expect(lines, tail).toEqual(['9800000000000 VND [] k=actual p=2023']);
    }
  });

  it('near-miss: `vượt 107.500 tỷ đồng` alone is still a lower bound of the level', () => {
    expect(statementLines('Năm 2023, thu hút đầu tư vượt 107.500 tỷ đồng.', 'vi')).toEqual([
      '107500000000000 VND ~over [] k=actual p=2023',
    ]);
  });
});

describe('a goal at a second horizon after a joiner and a deadline', () => {
  it('`… đạt 1,3 tỷ USD và đến năm 2030 là 1,7 tỷ USD` after `phấn đấu` is the same goal for 2030', () => {
    expect(
      statementLines(
        'Tỉnh phấn đấu đến năm 2025, xuất khẩu của tỉnh đạt 2,1 tỷ USD và đến năm 2030 là 3,4 tỷ USD.',
        'vi',
      ),
    ).toEqual(['2100000000 USD [] k=target p=2025', '3400000000 USD [] k=target p=2030']);
  });

  it('near-miss: a second value of a target after a joiner with no deadline keeps its old reading', () => {
    expect(
      statementLines('Tỉnh phấn đấu năm 2025, xuất khẩu của tỉnh đạt 2,1 tỷ USD và nhập khẩu 1,2 tỷ USD.', 'vi').map(
        (l) => l.replace(/ p=\S+$/u, ''),
      ),
    ).toEqual(['2100000000 USD [] k=target', '1200000000 USD [] k=target']);
  });
});

describe('Vietnamese parts of a year by position and counted in a named year', () => {
  it('`quý đầu năm 2023`, `quý cuối năm 2023` are the first and last quarter', () => {
    expect(statementLines('Trong quý đầu năm 2022, doanh thu đạt 410 tỷ đồng.', 'vi')).toEqual([
      '410000000000 VND [] k=actual p=2022-Q1',
    ]);
    expect(statementLines('Doanh thu quý cuối năm 2022 đạt 410 tỷ đồng.', 'vi')).toEqual([
      '410000000000 VND [] k=actual p=2022-Q4',
    ]);
  });

  it('`2 quý đầu năm`, `3 quý đầu năm` count quarters from January; `8 tháng của năm 2023` months', () => {
    expect(statementLines('Trong 2 quý đầu năm 2022, doanh thu đạt 410 tỷ đồng.', 'vi')).toEqual([
      '410000000000 VND [] k=actual p=2022-H1',
    ]);
    expect(statementLines('Trong 3 quý đầu năm 2022, doanh thu đạt 410 tỷ đồng.', 'vi')).toEqual([
      '410000000000 VND [] k=actual p=2022-YTD-09',
    ]);
    expect(statementLines('Trong 7 tháng của năm 2022, doanh thu đạt 410 tỷ đồng.', 'vi')).toEqual([
      '410000000000 VND [] k=actual p=2022-YTD-07',
    ]);
  });

  it('near-misses: `quý đầu tiên`, `đầu năm 2022` and a count of months with no year keep their readings', () => {
    expect(statementLines('Doanh thu quý đầu tiên của năm 2022 đạt 410 tỷ đồng.', 'vi')).toEqual([
      '410000000000 VND [] k=actual p=2022-Q1',
    ]);
    expect(statementLines('Đầu năm 2022, doanh thu đạt 410 tỷ đồng.', 'vi').join()).not.toContain('Q1');
  });
});

describe('`witnessing a`, `seeing a` carry the clause’s figures on, as `marking` does', () => {
  it('gives the change to the value before it', () => {
    expect(
      statementLines('Aquaculture has covered 11,240 hectares, witnessing a 12.5% decrease in farming area.', 'en'),
    ).toEqual(['11240 ha [rate -12.5 -] k=actual']);
    expect(statementLines('Exports reached 5 billion USD in 2023, seeing a 9% increase year-on-year.', 'en')).toEqual([
      '5000000000 USD [rate 9 same-period-last-year] k=actual p=2023',
    ]);
  });
});

describe('`a negative growth (rate) of X%` is a fall', () => {
  it('never reads the rise that `growth of` alone would', () => {
    for (const phrase of ['a negative growth rate of approximately', 'a negative growth of', 'negative growth of'])
      expect(markedChanges(`During the pandemic, the other segment posted ${phrase} 2.3% y/y.`), phrase).toEqual([
        'rate -2.3 same-period-last-year',
      ]);
  });

  it('near-miss: `a growth of 2.3% y/y` stays a rise', () => {
    expect(markedChanges('The segment posted a growth of 2.3% y/y.')).toEqual(['rate 2.3 same-period-last-year']);
  });
});

describe('a share in apposition gives way to the level a change reached', () => {
  it('`Sugar sales, accounting for 21.5% of the total, increased by 51.6% y/y to VND1,239bn`', () => {
    const [s] = figured(
      'Dairy sales, accounting for 18.5% of the total, increased sharply by 12.4% y/y to VND2,104bn.',
      'en',
    );
    expect(s && statementLinesOf(s)).toBe('2104000000000 VND [rate 12.4 same-period-last-year]');
    // the share is listed unread, never shown as the level
    expect(s?.unread.some((u) => u.reason === 'percent-without-base' && u.span.text.includes('18.5'))).toBe(true);
  });

  it('near-miss: with no level after the change the share stays the (doubted) value', () => {
    expect(statementLines('Dairy sales, accounting for 18.5% of the total, increased by 12.4% y/y.', 'en')).toEqual([
      '18.5 percent? [rate 12.4 same-period-last-year] k=actual',
    ]);
  });
});
