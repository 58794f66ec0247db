import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

/**
 * Round 23 (silent wrong numbers of `test12`): each shape is written as its class — paraphrases of
 * our own (other sectors, numbers, orders, both languages where the shape exists) that must no
 * longer be read wrong as certain, and near sentences that must keep their reading.
 */

function read(text: string, locale: 'vi' | 'en' = 'en'): readonly Statement[] {
  return extractReport(text, { locale }).statements;
}
const mark = (f: { confidence?: string | undefined } | undefined): string =>
  f?.confidence === 'uncertain' ? '?' : '!';
/** `form amount@mark` of every change of every statement. */
function changes(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  return read(text, locale).flatMap((s) => s.changes.map((c) => `${c.value.form} ${c.value.amount.value}@${mark(c)}`));
}
/** `value@mark` of every statement with a value. */
function values(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  return read(text, locale).flatMap((s) => (s.value ? [`${s.value.value.base}@${mark(s.value)}`] : []));
}
/** `percent@mark` of every statement with a completion. */
function completions(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  return read(text, locale).flatMap((s) =>
    s.completion ? [`${s.completion.value.percent.value}@${mark(s.completion)}`] : [],
  );
}

describe('a bare percentage after a statement with a share AND a rate repeats neither for sure', () => {
  it('does not read the gapped item’s percentage as the rate when the statement before had a percentage of its own', () => {
    // (`and coffee 18.2 percent, down 4.4 percent`: the item parallels the share, and has its own change)
    const rice =
      'Rice accounted for 42.5 percent, up 3.1 percent year-on-year, and coffee 18.2 percent, down 4.4 percent.';
    expect(changes(rice)).toEqual(['rate 3.1@!', 'rate -4.4@!']);
    expect(values(rice)).toEqual(['42.5@?', '18.2@?']);
    const health =
      'Health insurance made up 12.4 percent, down 2.2 percent from last year, and pension products 3.1 percent.';
    expect(changes(health)).toEqual(['rate -2.2@!']);
    expect(values(health)).toEqual(['12.4@?', '3.1@?']);
    const vi = 'Xuất khẩu sang Mỹ chiếm 28,4%, tăng 5,2% so với cùng kỳ; sang EU 14,1%, giảm 1,3%.';
    expect(changes(vi, 'vi')).toEqual(['rate 5.2@!', 'rate -1.3@!']);
    expect(values(vi, 'vi')).toEqual(['28.4@?', '14.1@?']);
  });
  it('keeps the gapped rate after a statement whose only percentage is its rate, or whose value is an amount', () => {
    expect(changes('Xuất khẩu tăng 5,2% so với cùng kỳ, nhập khẩu 3,1%.', 'vi')).toEqual(['rate 5.2@!', 'rate 3.1@!']);
    expect(changes('Exports rose 5 percent year-on-year, imports 3 percent.')).toContain('rate 3@?');
    expect(changes('Exports reached 5 billion USD, up 5 percent year-on-year, imports 3 percent.')).toEqual([
      'rate 5@!',
      'rate 3@?',
    ]);
  });
});

describe('a bracketed list whose head says a share is a list of shares, whatever change word the head holds', () => {
  it('leaves the bracketed percentages bare after `accounted for the highest proportion`, even after a noun like `contracts`', () => {
    for (const text of [
      'If classifying contracts by product, universal life products accounted for the highest proportion (51.8 percent) and endowment products (23.2 percent).',
      'Among new contracts, life policies accounted for the highest proportion (41.5 percent) and health policies (13.2 percent).',
      'By product line, unit-linked policies accounted for the largest share (38.5 percent) and term policies (12.1 percent).',
    ]) {
      expect(changes(text)).toEqual([]);
      expect(values(text).every((v) => v.endsWith('@?'))).toBe(true);
    }
  });
  it('keeps a bracketed list after a change verb as the rates of that change', () => {
    expect(changes('Imports fell for coal (15 percent), steel (12 percent) and cotton (4.2 percent).')).toEqual([
      'rate -15@!',
      'rate -12@!',
      'rate -4.2@!',
    ]);
    expect(
      changes(
        'Garment exports rose in key markets: the US (9.5 percent), the EU (6.2 percent) and Japan (3.1 percent).',
      ),
    ).toEqual(['rate 9.5@!', 'rate 6.2@!', 'rate 3.1@!']);
  });
});

describe('`rise to X%` names the level reached, not a growth named by the statement', () => {
  it('does not make the percentage a rate when the name’s only growth word is the verb before `to`/`lên`', () => {
    for (const text of [
      'According to the association, the figure is set to rise to 15 percent by 2025.',
      'The share of insured workers is expected to increase to 45 percent by 2030.',
      'This ratio will rise to 60 percent next year.',
    ])
      expect(changes(text)).toEqual([]);
    expect(changes('Tỷ lệ này dự kiến sẽ tăng lên 15% vào năm 2025.', 'vi')).toEqual([]);
    expect(values('Tỷ lệ này dự kiến sẽ tăng lên 15% vào năm 2025.', 'vi')).toEqual(['15@?']);
  });
  it('keeps a growth named in the statement as its rate', () => {
    expect(changes('Tăng trưởng tín dụng dự kiến tăng lên 15% trong năm 2025.', 'vi')).toEqual(['rate 15@!']);
    expect(changes("The economy's growth rate rose to 7.1 percent in 2024.")).toEqual(['rate 7.1@!']);
  });
});

describe('an English rate of the plan reached by a level verb is a completion', () => {
  it('reads `the disbursement rate fell to 20.14%`, `stood at`, `the completion rate reached` as completions', () => {
    expect(completions('The disbursement rate of foreign capital fell to only 20.14%.')).toEqual(['20.14@!']);
    expect(
      completions('The disbursement rate of public investment stood at 45.3 percent by the end of September.'),
    ).toEqual(['45.3@!']);
    expect(completions("The completion rate of the province's key projects reached 96 percent.")).toEqual(['96@!']);
    expect(values('The disbursement rate of foreign capital fell to only 20.14%.')).toEqual([]);
  });
  it('keeps a share, the plan’s own figure, a sentence naming its plan and a bare `disbursement` out of it', () => {
    // (a plan named in the sentence: the fronted-plan and difference-from-plan readings decide)
    expect(completions('Compared with the plan, the disbursement rate reached 38.4 percent.')).toEqual([]);
    expect(completions('The disbursement rate reached 45 percent in 2023, 12 percent above the target.')).toEqual([]);
    expect(completions('Disbursement of ODA accounted for 12 percent of total public investment.')).toEqual([]);
    expect(completions('The disbursement rate of ODA projects was 12 percent of the total.')).toEqual([]);
    expect(
      completions('While the disbursement rate had not reached the planned 35%, it still marked an improvement.'),
    ).toEqual([]);
    expect(changes('The disbursement rate rose 5 percent from a year earlier.').every((c) => !c.endsWith('@!'))).toBe(
      true,
    );
  });
});

describe('`of last year` after `the same period` dates that period; it is no base of its own', () => {
  /** `form amount base` of every change (the base's period, or its kind; `-` when none). */
  const based = (text: string): string[] =>
    read(text).flatMap((s) =>
      s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}`;
      }),
    );
  it('never reads the previous period from `in the same period of last year`, `in the same quarter of the previous year`', () => {
    for (const text of [
      'Sales fell 28% in the same period of last year.',
      'Coffee exports rose 8% in the first half, after falling 5% in the same quarter of the previous year.',
      'Cement output dropped 11 percent in the same month of last year.',
    ])
      expect(
        based(text).some((c) => c.endsWith('previous-period')),
        text,
      ).toBe(false);
  });
  it('keeps the same-period base a compare word opens, and a year named alone', () => {
    expect(based('Rice exports rose 12% compared with the same period of last year.')).toEqual([
      'rate 12 same-period-last-year',
    ]);
    expect(based('Steel output rose 4 percent against the same quarter of the previous year.')).toEqual([
      'rate 4 same-period-last-year',
    ]);
    // (`of last year` with no same-period noun before it stays the year before)
    expect(based('Rice exports rose 12% over the level of last year.')).toEqual(['rate 12 same-period-last-year']);
  });
});

describe('a list of more values than the changes after it pairs nothing', () => {
  it('leaves the changes doubted when one more value stands before the N values', () => {
    for (const text of [
      'Among them, around 30,300 passenger cars were sold, with 6,400 commercial vehicles, and 200 special-purpose vehicles, jumping by 20.5 per cent and 9 per cent on-month.',
      'In total, 12,500 trucks were sold, with 3,200 buses and 800 vans, up 14 per cent and 6 per cent year-on-year.',
      'Exports reached $4 billion, imports $3.2 billion and re-exports $0.5 billion, up 7 percent and 3 percent year on year.',
    ])
      expect(
        changes(text).every((c) => c.endsWith('@?')),
        text,
      ).toBe(true);
  });
  it('still pairs N values with N changes by order', () => {
    expect(
      changes(
        '43.69 billion USD came from the domestic sector and 113.08 billion USD from the foreign-invested one, rising 20.5% and 13.3% against the same time last year.',
      ),
    ).toEqual(['rate 20.5@!', 'rate 13.3@!']);
    expect(changes('Exports reached $5 billion and imports $4 billion, up 6% and 2% year-on-year.')).toEqual([
      'rate 6@!',
      'rate 2@!',
    ]);
  });
});

describe('`eclipsed X` passes a level, as `surpassed X`: a lower bound', () => {
  /** `value~bound` of every statement with a value (`exact` when none). */
  const bounded = (text: string): string[] =>
    read(text).flatMap((s) => (s.value ? [`${s.value.value.base}~${s.value.value.approximate ?? 'exact'}`] : []));
  it('reads the figure after `eclipse`, `eclipsed`, `eclipsing` as over it', () => {
    expect(
      bounded('Listed capitalisation value eclipsed VNĐ4.55 quadrillion, up 3.35 per cent month-on-month.'),
    ).toEqual(['4550000000000000~over']);
    expect(bounded('Seafood exports eclipsed US$9 billion last year.')).toEqual(['9000000000~over']);
    expect(bounded('Market capitalisation eclipsing VND6 quadrillion, up 20 percent year on year.')).toEqual([
      '6000000000000000~over',
    ]);
    expect(bounded('Rice exports are expected to eclipse 8 million tonnes this year.')).toEqual(['8000000~over']);
  });
  it('keeps a figure reached, not passed, exact', () => {
    expect(bounded('Seafood exports reached US$9 billion last year.')).toEqual(['9000000000~exact']);
    expect(bounded('Seafood exports totalled US$9 billion in the year of the eclipse.')).toEqual(['9000000000~exact']);
  });
});

describe('a negated bound (`không vượt quá`, `not exceed`, `no more than`) is an upper bound, never the figure itself', () => {
  /** `form amount~bound` of every change (`exact` when none). */
  const boundChanges = (text: string, locale: 'vi' | 'en'): string[] =>
    read(text, locale).flatMap((s) =>
      s.changes.map((c) => `${c.value.form} ${c.value.amount.value}~${c.value.approximate ?? 'exact'}`),
    );
  it('bounds the change or level after it from above', () => {
    expect(
      boundChanges(
        'Vasep dự báo, xuất khẩu tôm hai tháng cuối năm tiếp tục giảm, tuy nhiên không vượt quá 8% so với cùng kỳ năm trước.',
        'vi',
      ),
    ).toEqual(['ratio 8~under']);
    expect(boundChanges('Shrimp exports will fall, but not exceed 10 percent year on year.', 'en')).toEqual([
      'rate 10~under',
    ]);
    expect(values('Bội chi ngân sách không vượt 3,6% GDP.', 'vi')).toEqual(['3.6@?']);
    expect(read('Lạm phát năm nay không cao hơn 4,5%.', 'vi')[0]?.value?.value.approximate).toBe('under');
    expect(read('Inflation will be no more than 4.5 percent this year.', 'en')[0]?.changes[0]?.value.approximate).toBe(
      'under',
    );
  });
  it('keeps a change with no bound word exact', () => {
    expect(boundChanges('Xuất khẩu tôm giảm 8% so với cùng kỳ năm trước.', 'vi')).toEqual(['rate -8~exact']);
    expect(boundChanges('Shrimp exports fell 10 percent year on year.', 'en')).toEqual(['rate -10~exact']);
  });
});

describe('a period that dates another noun of the sentence (a futures contract, the plan) is not the figure’s', () => {
  /** `period@mark` of every statement with a period. */
  const periods = (text: string, locale: 'vi' | 'en'): string[] =>
    read(text, locale).flatMap((s) => (s.period ? [`${s.period.value}@${mark(s.period)}`] : []));
  it('doubts the month of a futures contract', () => {
    expect(
      periods(
        'Tháng 10/2023, giá cà phê Robusta bình quân kỳ hạn tháng 1/2024 trên sàn London đạt 2.415 USD/tấn, tăng 1,2% so với tháng trước.',
        'vi',
      ),
    ).toEqual(['2024-01@?']);
    expect(periods('Giá cà phê kỳ hạn giao tháng 3/2024 tăng 2,1%.', 'vi')).toEqual(['2024-03@?']);
    expect(periods('Robusta coffee for delivery in January 2024 rose 2% to US$2,500 per tonne.', 'en')).toEqual([
      '2024-01@?',
    ]);
    expect(periods('The May 2024 contract of arabica coffee fell 1.5% to 180 US cents per pound.', 'en')).toEqual([
      '2024-05@?',
    ]);
    // (`giao` right before the month; a commodity's word between the month and `contract`)
    expect(periods('Giá cà phê Robusta giao tháng 1/2024 trên sàn London tăng 2,1% lên 2.500 USD/tấn.', 'vi')).toEqual([
      '2024-01@?',
    ]);
    expect(periods('In October, the most-active March 2024 robusta contract fell 3%.', 'en')).toEqual(['2024-03@?']);
  });
  it('keeps a trading session’s month, a plan assigned for a year and a dated month certain', () => {
    expect(periods('Trong phiên giao dịch tháng 10/2023, VN-Index tăng 2%.', 'vi')).toEqual(['2023-10@!']);
    expect(periods('Giải ngân đạt 95% kế hoạch giao năm 2023.', 'vi')).toEqual(['2023@!']);
    expect(periods('In March 2024 coffee futures rose 10%.', 'en')).toEqual(['2024-03@!']);
  });
  it('never shows the plan’s whole year as certain when the figure is of a span of months', () => {
    // (the span itself, `2023-YTD-06`, when a reader takes it; else the plan's year, doubted)
    for (const [text, year] of [
      ['Giải ngân vốn đầu tư công 6 tháng đạt 28,6% kế hoạch của năm 2023', '2023'],
      ['Thu ngân sách nhà nước 9 tháng đạt 76,2% dự toán của năm 2022.', '2022'],
      ['Vốn đầu tư công giải ngân 5 tháng mới đạt 22,1% kế hoạch của năm 2024.', '2024'],
    ] as const) {
      const got = periods(text, 'vi');
      expect(got.length, text).toBeGreaterThan(0);
      expect(got, text).not.toContain(`${year}@!`);
    }
    expect(
      periods('Giải ngân vốn đầu tư công 6 tháng đầu năm mới đạt 28,63% kế hoạch của năm 2023.', 'vi'),
    ).not.toContain('2023@!');
  });
  it('keeps a period of the figure certain', () => {
    expect(periods('Trong tháng 12/2023, xuất khẩu cà phê đạt 200.000 tấn.', 'vi')).toEqual(['2023-12@!']);
    expect(periods('Giải ngân vốn đầu tư công năm 2023 đạt 95% kế hoạch.', 'vi')).toEqual(['2023@!']);
    expect(periods('Giải ngân vốn đầu tư công 6 tháng năm 2023 đạt 28,6% kế hoạch.', 'vi')).toEqual(['2023-YTD-06@!']);
    expect(periods('Coffee exports in January 2024 rose 2% year on year.', 'en')).toEqual(['2024-01@!']);
    expect(periods('Public investment disbursement in 2024 reached 95% of the plan.', 'en')).toEqual(['2024@!']);
  });
});

describe('a completion before a bracketed figure that its statement took as value is not sure', () => {
  it('doubts the completion when the value is the bracket after `exceeded the plan by X%`', () => {
    for (const text of [
      'Pepper exports surpassed the annual target by 12% (US$900 million).',
      'The sector exceeded its 2024 plan by 7 percent (VND 50 trillion), the ministry said.',
      'With US$2.1 billion of export value, the fruit industry exceeded the 2022 plan by 5% (US$2 billion).',
    ])
      expect(
        completions(text).every((c) => c.endsWith('@?')),
        text,
      ).toBe(true);
  });
  it('keeps a completion whose value stands outside the brackets', () => {
    expect(completions('Revenue reached VND 5 trillion (US$210 million), 105% of the plan.')).toEqual(['105@!']);
    expect(completions('Tổng thu ngân sách đạt 5.000 tỷ đồng (210 triệu USD), đạt 105% dự toán.', 'vi')).toEqual([
      '105@!',
    ]);
  });
});

describe('a change followed by `in <modifier> volume/value` is of that measure', () => {
  /** `value: change@mark` of every change, by the statement's value. */
  const owned = (text: string): string[] =>
    read(text).flatMap((s) =>
      s.changes.map((c) => `${s.value?.value.base ?? '-'}: ${c.value.amount.value}@${mark(c)}`),
    );
  it('never gives the volume’s change to the value (or the value’s to nothing) as certain', () => {
    const text =
      'The average trading volume reached 820 million shares a session, with an average trading value of VND18 trillion; up 9.5 per cent in average volume and down 4.2 per cent in average value compared to 2022.';
    // (round 29: a number of shares with no unit is the volume, so each change goes to its own measure, certain)
    expect(owned(text)).toEqual(['820000000: 9.5@!', '18000000000000: -4.2@!']);
    const trading =
      'Shares traded averaged 500 million a session, worth VND12 trillion, up 5 percent in trading volume and 3 percent in trading value.';
    // (round 29: each change to its own measure; the shares' is doubted as a security's figure)
    expect(owned(trading)).toEqual(['500000000: 5@?', '12000000000000: 3@!']);
    // (read right, volume to the tonnes and value to the dollars)
    expect(
      owned(
        'Coffee shipments hit 1.6 million tonnes worth US$4.2 billion, up 8% in export volume and 12% in export value.',
      ),
    ).toEqual(['1600000: 8@!', '4200000000: 12@!']);
  });
  it('keeps `in volume` / `in value` without a modifier read as before', () => {
    expect(
      owned('Exports reached 7.8 million tonnes, worth US$4.37 billion, up 22% in volume and 38% in value.'),
    ).toEqual(['7800000: 22@!', '4370000000: 38@!']);
  });
});

describe('a rate before the value and a second rate with no base after it contradict each other', () => {
  it('doubts both rates of `A 15 per cent jump … lifted earnings to $X, which is a 9.6 per cent rise`', () => {
    for (const text of [
      'A 15 per cent jump year-on-year lifted rice earnings to US$4.1 billion, which is a 9.6 per cent rise.',
      'The 12 percent increase year-on-year brought pepper exports to US$1.3 billion, a 7 percent rise.',
      'A 20% surge on-month pushed car sales to 30,000 units, which is a 6% increase.',
    ])
      expect(
        changes(text).every((c) => c.endsWith('@?')),
        text,
      ).toBe(true);
  });
  it('keeps the first rate when the second moves to a level of its own (another item’s change)', () => {
    expect(
      changes(
        'Seafood exports surged 24.5% to 4.2 billion USD, along with forestry products, up 13.2% to USD3.52 billion.',
      ),
    ).toContain('rate 24.5@!');
  });
  it('keeps one rate, and two rates of two bases, certain', () => {
    expect(changes('Rice exports rose to US$4.1 billion, up 15 per cent year-on-year.')).toEqual(['rate 15@!']);
    expect(changes('Rice exports rose 15 per cent year-on-year to US$4.1 billion, and 3 per cent on-month.')).toEqual([
      'rate 15@!',
      'rate 3@!',
    ]);
  });
});

describe('letters glued to a number that were not read as its scale or unit (glued-unit)', () => {
  /** `value@mark:reason` of every statement with a value. */
  const why = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
    read(text, locale).flatMap((s) =>
      s.value ? [`${s.value.value.base}@${mark(s.value)}:${s.value.doubt?.reason ?? '-'}`] : [],
    );
  it('never shows the bare number of an unknown abbreviation as the figure', () => {
    expect(why('LNG imports reached 12.4mtpa in 2024, up 8% year on year.')).toEqual(['12.4@?:glued-unit']);
    expect(why('Coal output rose 5% to 3.5Gt in 2023.')).toEqual(['3.5@?:glued-unit']);
    expect(why('Crude sales hit 12kbbl a day in May.')).toEqual(['12@?:glued-unit']);
    expect(why('Doanh thu bình quân đạt 3,5tr đồng mỗi tháng.', 'vi')).toEqual(['3.5@?:glued-unit']);
  });
  it('keeps a glued scale or unit the reader knows, and a word run in by a missing space', () => {
    expect(why('Cement exports reached 2.2Mt in September.')).toEqual(['2200000@!:-']);
    // (`bcm`, billion cubic metres, a scaled unit since round 64)
    expect(why('LNG imports reached 12.4bcm in 2024.')).toEqual(['12400000000@!:-']);
    expect(why('Exports reached US$5bn in 2023.')).toEqual(['5000000000@!:-']);
    expect(why('There were more than 61,000newly-established businesses.').join()).not.toMatch(/glued-unit/u);
  });
});

describe('other members of the classes: share nouns in a bracketed list’s head, negated lower bounds', () => {
  it('reads a bracketed list after `the largest shares`, `tỷ trọng` as shares even after a change verb', () => {
    expect(
      changes(
        'Imports from China declined, with the largest shares held by machinery (35 percent) and textiles (20 percent).',
      ),
    ).toEqual([]);
    expect(changes('Xuất khẩu giảm, trong đó tỷ trọng lớn nhất là máy móc (35%) và dệt may (20%).', 'vi')).toEqual([]);
    // (near-miss: no share word, the change verb gives the role)
    expect(changes('Xuất khẩu giảm ở các mặt hàng: máy móc (15%), dệt may (12%) và giày dép (4%).', 'vi')).toEqual([
      'rate -15@!',
      'rate -12@!',
      'rate -4@!',
    ]);
  });
  it('bounds a figure after `no less than`, `không dưới`, `không thấp hơn` from below', () => {
    const bound = (text: string, locale: 'vi' | 'en'): (string | undefined)[] =>
      read(text, locale).flatMap((s) => [
        ...(s.value ? [s.value.value.approximate] : []),
        ...s.changes.map((c) => c.value.approximate),
        ...(s.completion ? [s.completion.value.approximate] : []),
      ]);
    expect(bound('Growth must be no less than 6 percent this year.', 'en')).toEqual(['over']);
    expect(bound('Tăng trưởng tín dụng không dưới 12% trong năm 2024.', 'vi')).toEqual(['over']);
    expect(bound('Tỷ lệ giải ngân không thấp hơn 95% kế hoạch.', 'vi')).toEqual(['over']);
    // (near-miss: `dưới` alone stays an upper bound)
    expect(bound('Lạm phát dưới 4% trong năm 2024.', 'vi')).toEqual(['under']);
  });
});

describe('a rate lent to a bare percentage is not sure when the item states a rate of its own after it', () => {
  it('doubts the lent rate of `and cashew 12 percent, down 1.5 percent`, `nhập khẩu 3%, giảm 2%`', () => {
    expect(
      changes('Pepper prices rose 4 percent in March, and cashew 12 percent, down 1.5 percent from a year earlier.'),
    ).toEqual(['rate 4@!', 'rate 12@?', 'rate -1.5@!']);
    expect(changes('Xuất khẩu tăng 5% so với cùng kỳ, nhập khẩu 3%, giảm 2% so với tháng trước.', 'vi')).toEqual([
      'rate 5@!',
      'rate 3@?',
      'rate -2@!',
    ]);
    expect(
      changes('Coal output rose 6 percent, and cement 4 percent, down 3 percent from the previous month.'),
    ).toContain('rate 4@?');
  });
  it('keeps the lent rate of an item with no rate of its own', () => {
    expect(changes('Xuất khẩu tăng 5,2% so với cùng kỳ, nhập khẩu 3,1%.', 'vi')).toEqual(['rate 5.2@!', 'rate 3.1@!']);
  });
});
