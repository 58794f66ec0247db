import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { kindsOf, markedChanges, markedPeriods, markedValues, statementLines } from './readings';

/**
 * Round 47: classes found on the released `test31` (Nepali, Pakistani, Indian, Bangladeshi, Nigerian
 * and Ghanaian revenue, telecom and tea pages), each written again with other numbers, names and words,
 * with the near-misses that must keep their old reading.
 */

/** Each statement's completion, `percent?` (`?` when uncertain), or `-` with none. */
const completions = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.value || s.changes.length > 0 || s.completion)
    .map((s) =>
      s.completion ? `${s.completion.value.percent.value}${s.completion.confidence === 'uncertain' ? '?' : ''}` : '-',
    );

describe('a plan missed by a margin: `failed to achieve the target … by 8.57 per cent`, `fell short by 3.5%`', () => {
  it('reads 100 − X after `failed to achieve/meet`, past a focus adverb, and for a shortfall that elides the plan of the one before', () => {
    expect(completions('The authority failed to achieve the target set for the quarter by 3.1 percent.')).toEqual([
      '96.9',
    ]);
    expect(completions('Port dues failed to meet the annual target by 4.25 per cent.')).toEqual(['95.75']);
    expect(completions('Import duty missed its target by just 1.4%.')).toEqual(['98.6']);
    expect(
      completions(
        'Import duty missed its target by only 1.4%, while sales tax fell short by 2.5%, owing to weaker imports.',
      ),
    ).toEqual(['98.6', '97.5']);
  });

  it('near-miss: a shortfall with no plan before it in its sentence, or a deadline missed, is no completion', () => {
    expect(completions('Sales tax fell short by 2.5% in March.')).toEqual(['-']);
    expect(completions('The company failed to meet the deadline by 3 days.')).toEqual(['-']);
    expect(statementLines('Exports fell short of the target. Sales tax fell short by 2.5% in March.', 'en')).toEqual([
      '2.5 percent? [] k=actual',
    ]);
  });
});

describe('the size of a gap: `a revenue shortfall of N1.76 trillion`, `a difference of GHS 3.2 billion`', () => {
  it('doubts a figure right after a shortfall or a difference, past its currency and a bound', () => {
    expect(
      markedValues('The ministry reported a revenue shortfall of N2.4 trillion in the first nine months.'),
    ).toEqual(['2400000000000 (N)?']);
    expect(markedValues('Collections rose to Rs 512 billion, a difference of Rs 44 billion over last year.')).toEqual([
      '512000000000 (Rs)',
      '44000000000 (Rs)?',
    ]);
    expect(markedValues('The board reported a shortfall of about Rs 96 billion against its target.')).toEqual([
      '96000000000 (Rs)?',
    ]);
  });

  it('near-miss: a deficit or a trade gap is a level of its own', () => {
    expect(markedValues('The fiscal deficit of N4.3 trillion was recorded in 2021.')).toEqual(['4300000000000 (N)']);
    expect(markedValues('The trade gap of 2.1 billion dollars in May narrowed.')).toEqual(['2100000000 USD']);
  });
});

describe('a result measured against a plan the sentence opens with: `Out of the target of Rs X, Rs Y or Z percent has been received`', () => {
  it('reads the opening plan as a target, the result after it as an actual, and `or Z percent` as its completion', () => {
    expect(
      statementLines('Out of the target of Rs. 845.2 billion, Rs. 611.7 billion has been collected so far.', 'en'),
    ).toEqual(['845200000000 (Rs.) [] k=target', '611700000000 (Rs.) [] k=actual']);
    expect(
      statementLines(
        'Against the annual target of Rs 300 billion, the office collected Rs 120 billion, or 40 percent.',
        'en',
      ),
    ).toEqual(['300000000000 (Rs) [] k=target', '120000000000 (Rs) [] c=40 k=actual']);
    expect(
      completions(
        'Out of the target of Rs. 42.1 billion for internal loans, Rs. 9.4 billion or 22.33 percent has been mobilised so far.',
      ),
    ).toEqual(['22.33', '-']);
  });

  it('near-miss: a percentage that is not the result over the plan, or of another unit, or of a whole, stays unread', () => {
    expect(
      completions('Against the annual target of Rs 300 billion, the office collected Rs 120 billion, or 14 percent.'),
    ).toEqual(['-', '-']);
    expect(
      completions('Against the target of Rs 300 billion, 120 million tonnes were produced, or 40 percent.'),
    ).toEqual(['-', '-']);
    expect(completions('The office collected Rs 120 billion, or 40 percent of the total.')).toEqual(['-']);
    expect(statementLines('Out of the 120 projects, 45 were completed.', 'en')).toEqual(['45? [] k=actual']);
  });
});

describe('tea in million kilograms: `rose to 473.68 mkg`', () => {
  it('reads `mkg` as a million kilograms, a value with no unit code as `million kg` is', () => {
    expect(markedValues('Tea output reached 612.4 mkg in 2019.')).toEqual(['612400000 (mkg)']);
    expect(markedValues('Planters expect the crop to reach a record 1,402 mkg by the end of the year.')).toEqual([
      '1402000000 (mkg)',
    ]);
    expect(markedValues('Production rose to 210.5 million kg (mkg) from 198.7 mkg in 2018.')).toEqual([
      '210500000',
      '198700000 (mkg)?',
    ]);
  });

  it('near-miss: milligrams stay no figure the reader counts, and `MKG` in capitals is no symbol', () => {
    expect(markedValues('The tablet contains 500 mg of paracetamol.')).toEqual([]);
    expect(markedValues('The firm shipped 40 MKG units in 2019.')).not.toContain('40000000 (MKG)');
  });
});

describe('percent as `pc`: `increased by 17pc`', () => {
  it('reads `pc` after a number, glued or apart, as percent', () => {
    expect(
      markedChanges(
        'Sales in the first four months of FY21 increased by 12pc as compared to the corresponding months of last year.',
      ),
    ).toEqual(['rate 12 same-period-last-year']);
    expect(markedChanges('Remittances rose 9.4 pc to $2.1 billion in March.')).toEqual(['rate 9.4 -']);
  });

  it('near-miss: `pc` as a word of its own is no percent', () => {
    expect(markedValues('The school bought 40 PCs for its lab in 2019.')).not.toContain('40 percent');
  });
});

describe('a plan revised: `scaled down the tax collection target from Rs. 4.9 trillion to Rs. 4.7 trillion`', () => {
  it('reads the level the plan was moved to as the target, the one it left as a doubted earlier target', () => {
    expect(
      kindsOf(
        'The finance ministry revised the revenue target from Rs. 5.2 trillion to Rs. 4.9 trillion for 2021-2022.',
        'en',
      ),
    ).toEqual(['target 4900000000000', 'target 5200000000000']);
    expect(
      markedValues(
        'The Ministry of Finance has also scaled down the FBR’s tax collection target from Rs. 6.1 trillion to Rs. 5.8 trillion for 2022-2023.',
      ),
    ).toEqual(['5800000000000 (Rs.)', '6100000000000 (Rs.)?']);
  });

  it('near-miss: a range after a plan noun with no verb of revising stays a range', () => {
    expect(markedValues('The target ranges from 5 to 7 percent.')).toEqual(['7 percent?']);
    expect(markedValues('The target from Rs 20 billion to Rs 25 billion was discussed.')).toEqual([
      '20000000000 (Rs)?',
    ]);
  });
});

describe('a month its noun names: `for the month of February 2021`', () => {
  it('dates the figure by the month after `the month of`, never reading `of` as a base', () => {
    expect(markedPeriods('Exports stood at $2.3 billion during the month of March 2022.')).toEqual(['2022-03']);
    // (the month had been the rate's base, certain)
    expect(markedChanges('In the month of January 2020, sales rose 4%.')).toEqual(['rate 4 -']);
    expect(markedPeriods('In the month of January 2020, sales rose 4%.')).toEqual(['2020-01']);
  });

  it('near-miss: `on the month in October` stays a base and its month', () => {
    expect(markedChanges('Rice exports posted a 3.59 per cent rise on the month in October 2024.')).toEqual([
      'rate 3.59 previous-period',
    ]);
    expect(markedPeriods('Rice exports posted a 3.59 per cent rise on the month in October 2024.')).toEqual([
      '2024-10',
    ]);
  });
});

describe('a goal’s base with its participle of a result: `a 34 percent increase over the Rs 1,039bn collected in 2023-24`', () => {
  it('reads the base figure a participle of collecting follows as an actual, the goal as a target', () => {
    expect(
      kindsOf(
        'The agency set a revenue target of Rs 980bn for this fiscal year, a 21 percent increase over the Rs 810bn collected in 2022-23.',
        'en',
      ),
    ).toEqual(['target 980000000000', 'actual 810000000000']);
  });

  it('near-miss: a second goal object with no participle after it stays a goal', () => {
    expect(
      kindsOf('The ministry aims to collect Rs 980bn in taxes and Rs 120bn in fees this fiscal year.', 'en'),
    ).toEqual(['target 980000000000', 'target 120000000000']);
  });
});

describe('a change after the level it came from: `increased to 139.8 million from 133.2 million previous year, up by 4.72%`', () => {
  it('reads the earlier level’s base as the change’s, with or without an article before `previous year`', () => {
    for (const base of ['a year earlier', 'in the previous year', 'last year', 'previous year'])
      expect(
        markedChanges(`The number of users increased to 161.2 million from 150.4 million ${base}, up by 7.18%.`),
      ).toEqual(['rate 7.18 same-period-last-year?']);
  });

  it('near-miss: the earlier level of a year that opens a range is dated by no year', () => {
    expect(
      markedPeriods(
        'In 2018-2019 the number of users increased to 161.2 million from 150.4 million previous year, up by 7.18%.',
      ),
    ).toEqual(['2018?']);
    expect(markedChanges('The number of users increased to 161.2 million, up by 7.18%.')).toEqual(['rate 7.18 -']);
  });
});

describe('the year’s take standing in for its base: `24 percent higher than the accumulation of the previous year`', () => {
  it('reads `collection` and `accumulation` of a year as that year’s figure, the base of the goal’s or result’s rate', () => {
    expect(
      markedChanges(
        'The government set a revenue target of Rs 3.1 trillion for the year, which is 18 percent higher than the collection of the previous year.',
      ),
    ).toEqual(['rate 18 same-period-last-year']);
    expect(
      markedChanges('Revenue reached Rs 3.1 trillion, 18 percent higher than the accumulation of last year.'),
    ).toEqual(['rate 18 same-period-last-year']);
  });

  it('near-miss: a collection with no period after it stands in for nothing', () => {
    expect(markedValues('Revenue reached Rs 3.1 trillion, 18 percent higher than the collection of taxes.')).toContain(
      '18 percent?',
    );
  });
});

describe('the amount a verb of change moved by: `raise its investment in the city by $1.4 billion`', () => {
  it('doubts an amount after `by` whose clause opens with a verb of change and its object', () => {
    expect(markedValues('The firm will raise its investment in the northern city by $200 million.')).toEqual([
      '200000000 USD?',
    ]);
    expect(markedValues('The company increased its charter capital by VND 500 billion.')).toEqual([
      '500000000000 VND?',
    ]);
  });

  it('near-miss: a level after `by` with no verb of change before it stays certain', () => {
    expect(markedValues('The plant is owned by a fund that manages $200 million.')).toEqual(['200000000 USD']);
    expect(markedValues('Revenue reached $200 million in 2023, boosted by strong exports.')).toEqual(['200000000 USD']);
  });
});

describe('a demographic rate named with its growth word: `Tỷ lệ tăng dân số tự nhiên hằng năm 1,05%`', () => {
  it('reads the rate of natural increase as the year’s level, doubted, never a certain change', () => {
    expect(markedValues('Tỷ lệ tăng dân số tự nhiên năm 2023 là 0,98%.', 'vi')).toEqual(['0.98 percent?']);
    expect(markedChanges('Tỷ lệ tăng dân số tự nhiên năm 2023 là 0,98%.', 'vi')).toEqual([]);
    expect(markedValues('The natural population growth rate was 0.98% in 2023.')).toEqual(['0.98 percent?']);
  });

  it('near-miss: a population that grew, or an economy’s growth rate, keeps its rate of change', () => {
    expect(markedChanges('Dân số tăng 1,05% so với năm trước.', 'vi')).toEqual(['rate 1.05 same-period-last-year']);
    expect(markedChanges('Tốc độ tăng trưởng kinh tế năm 2023 đạt 6,5%.', 'vi')).toEqual(['rate 6.5 -']);
  });
});

describe('a reported result against an earlier one: `stated that Rs 230 billion was collected in September 2014 against Rs 202 billion in September 2013, showing an increase of 14 percent`', () => {
  it('gives the change to the result after a reporting verb, as without one', () => {
    const text =
      'The board said Rs 310 billion was collected in May 2016 against Rs 280 billion in May 2015, showing an increase of 11 percent.';
    expect(markedChanges(text)).toEqual(['rate 11 2015-05']);
    expect(markedValues(text)).toEqual(['310000000000 (Rs)', '280000000000 (Rs)?']);
    expect(
      markedChanges(
        'Rs 310 billion was collected in May 2016 against Rs 280 billion in May 2015, showing an increase of 11 percent.',
      ),
    ).toEqual(['rate 11 2015-05']);
  });

  it('near-miss: a figure with no verb of reaching and no passive result keeps its change where it stands', () => {
    expect(
      markedChanges('The board said imports of Rs 310 billion and exports of Rs 280 billion rose 11 percent.'),
    ).toEqual(['rate 11 -']);
  });
});

describe('the base’s own level beside the statement’s value: `GH¢910 million, a 24 per cent growth over the previous year’s figure of GH¢734.1 million`', () => {
  it('reads the base’s figure as a doubted earlier level of its own, the change staying with the value', () => {
    const text =
      'Revenue was GH¢910 million, a 24 per cent growth over the previous year’s figure of GH¢734.1 million.';
    expect(markedValues(text)).toEqual(['910000000 (GH¢)', '734100000 (GH¢)?']);
    expect(markedChanges(text)).toEqual(['rate 24 same-period-last-year']);
  });

  it('near-miss: a figure of another unit after the base stays unread', () => {
    expect(
      markedValues(
        'Revenue was GH¢910 million, a 24 per cent growth over the previous year’s figure of 12 million tonnes.',
      ),
    ).toEqual(['910000000 (GH¢)']);
  });
});

describe('a signed variance against the plan: `represents a positive variance of 2.6 per cent`', () => {
  it('reads a positive variance as 100 + X, a negative one as 100 − X', () => {
    expect(
      completions('Collections of GH¢910 million represent a positive variance of 3.1 per cent against the target.'),
    ).toEqual(['103.1']);
    expect(completions('Domestic revenue registered a negative variance of 4.2 percent against the target.')).toEqual([
      '95.8',
    ]);
  });

  it('near-miss: a variance over an earlier period is no completion', () => {
    expect(completions('Revenue showed a positive variance of 5% over last year.')).toEqual(['-']);
  });
});

describe('a plan modifier with its abbreviation in brackets: `of the year-to-date (ytd) guidance`', () => {
  it('reads the plan noun past a bracketed abbreviation of its modifier', () => {
    expect(
      completions('After-tax profit was VND1.20 billion, equal to 101 per cent of the year-to-date (ytd) guidance.'),
    ).toEqual(['101']);
  });

  it('near-miss: a bracket of a figure after the plan noun is no part of it, and a bracket before no plan noun names none', () => {
    expect(completions('Sales reached 40 percent of the total (all) in 2020.')).toEqual(['-']);
  });
});

describe('a sentence that opens with the year it runs to: `Đến 2030, xuất khẩu … đạt hơn 26 tỷ USD`', () => {
  const kindOf = (text: string): string[] =>
    extractStatements(text, { locale: 'vi' }).map(
      (s) =>
        `${s.kind.value}${s.kind.confidence === 'uncertain' ? `?${s.kind.doubt?.reason}` : ''} p=${s.period?.value ?? '-'}`,
    );

  it('dates the figure by a bare year after `Đến` and leaves goal or result open', () => {
    expect(kindOf('Đến 2030, xuất khẩu sản phẩm trồng trọt đạt hơn 26 tỷ USD')).toEqual(['actual?horizon-kind p=2030']);
    expect(kindOf('Đến năm 2025, GRDP bình quân đầu người đạt 100 triệu đồng.')).toEqual([
      'actual?horizon-kind p=2025',
    ]);
  });

  it('doubts the kind of an indicator whose year it runs to stands right before its value verb', () => {
    expect(kindOf('Tỷ lệ lao động qua đào tạo đến năm 2025 đạt 67%.')).toEqual(['actual?horizon-kind p=2025']);
  });

  it('near-miss: `Tính đến`, a span of years, a result word, or a goal word keeps the kind certain', () => {
    expect(kindOf('Tổng vốn tính đến năm 2022 đạt 500 tỷ đồng.')).toEqual(['actual p=2022']);
    expect(kindOf('Tổng vốn đến năm 2022 đã đạt 500 tỷ đồng.')).toEqual(['actual p=2022']);
    expect(kindOf('Tính đến năm 2022, tổng vốn đạt 500 tỷ đồng.')).toEqual(['actual p=2022']);
    expect(kindOf('Đến năm 2022, tỉnh đã thu hút 500 tỷ đồng vốn đầu tư.')).toEqual(['actual p=2022']);
    expect(kindOf('Đến năm 2030, phấn đấu tỷ lệ đô thị hóa đạt 50%.')).toEqual(['target p=2030']);
  });
});

describe('a move between two dated levels with its rate: `climbed from GHS 5.1 billion in 2020 to GHS 6.9 billion in 2021, a 35% increase`', () => {
  it('gives the rate the start’s period as its base when the rate is the move’s own', () => {
    expect(
      markedChanges('Revenue climbed from GHS 5.1 billion in 2020 to GHS 6.9 billion in 2021, a 35% increase.'),
    ).toEqual(['rate 35 2020']);
    expect(
      markedChanges(
        'Revenue climbed from GHS 5.1 billion in the first quarter of 2021 to GHS 6.9 billion in the second quarter of 2021, a 35% increase.',
      ),
    ).toEqual(['rate 35 2021-Q1']);
  });

  it('near-miss: a rate the two levels do not make, or one with its own base, keeps its reading', () => {
    expect(markedChanges('Exports rose from 12 million tonnes in 2019 to 15 million tonnes in 2022, up 8%.')).toEqual([
      'rate 8 -',
    ]);
    expect(
      markedChanges(
        'Exports rose from 12 million tonnes in 2019 to 15 million tonnes in 2022, up 5% from the previous year.',
      ),
    ).toEqual(['rate 5 same-period-last-year']);
  });
});

describe('a source after the figures that names their stage: `…, according to preliminary figures`', () => {
  const stages = (text: string): string[] =>
    extractStatements(text, { locale: 'en' })
      .filter((s) => s.value)
      .map((s) => s.stage?.value ?? '-');

  it('gives a trailing source’s stage to the sentence’s results, as a leading one does', () => {
    expect(stages('Exports reached $2.1 billion in May 2024, according to preliminary figures.')).toEqual([
      'preliminary',
    ]);
    expect(
      stages('Imports fell to $1.8 billion in May 2024, according to the ministry’s provisional estimates.'),
    ).toEqual(['preliminary']);
  });

  it('near-miss: a source that names no stage, or a stage word before another figure, stages nothing', () => {
    expect(stages('Exports reached $2.1 billion in May 2024, according to the customs office.')).toEqual(['-']);
    expect(stages('Exports reached $2.1 billion in May 2024, according to 12 preliminary reports.')).toEqual([
      '-',
      '-',
    ]);
  });
});

describe('more currency signs and a stage in brackets: `C$2.1 billion`, `USD 2.1 billion (provisional)`', () => {
  it('reads the Canadian and Australian dollar and the real before a number, and a bracketed stage word', () => {
    expect(markedValues('Revenue reached C$2.1 billion in 2023.')).toEqual(['2100000000 (C$)']);
    expect(markedValues('Revenue reached AU$2.1 billion in 2023.')).toEqual(['2100000000 (AU$)']);
    expect(markedValues('Revenue reached R$2.1 billion in 2023.')).toEqual(['2100000000 (R$)']);
    expect(
      extractStatements('Exports reached USD 2.1 billion (provisional) in 2023.', { locale: 'en' }).map(
        (s) => s.stage?.value,
      ),
    ).toEqual(['preliminary']);
  });

  it('near-miss: `a $2 billion surplus` is the article and the dollar; a bracket of other words stages nothing', () => {
    expect(markedValues('The country had a $2 billion trade surplus in 2023.')).toEqual(['2000000000 USD']);
    expect(
      extractStatements('Exports reached USD 2.1 billion (excluding oil) in 2023.', { locale: 'en' }).map(
        (s) => s.stage?.value,
      ),
    ).toEqual([undefined]);
  });
});
