import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

/**
 * Round 21 (silent wrong numbers of the released sets, test11's first): each shape a reader took as
 * certain and read wrong, made a doubt or a stricter rule in general. Paraphrases of our own (never
 * a corpus sentence: other sectors, numbers and word order), each with near sentences that must
 * keep their certain reading.
 */

function read(text: string, locale: 'vi' | 'en'): readonly Statement[] {
  return extractReport(text, { locale }).statements;
}
const mark = (f: { confidence?: string | undefined } | undefined): string =>
  f?.confidence === 'uncertain' ? '?' : '!';
/** `value@!` (certain) or `value@?` (uncertain) of every statement with a value. */
function values(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).flatMap((s) => (s.value ? [`${s.value.value.base}@${mark(s.value)}`] : []));
}
function completions(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).flatMap((s) =>
    s.completion ? [`${s.completion.value.percent.value}@${mark(s.completion)}`] : [],
  );
}
/** `value: change@mark …` of every statement, to see which statement a change was read onto. */
function owners(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).map(
    (s) =>
      `${s.value?.value.base ?? '-'}:${s.changes.map((c) => ` ${c.value.form} ${c.value.amount.value}@${mark(c)}`).join('')}`,
  );
}
/** `period@mark` of the statement whose value or first change is `n`. */
function periodOf(text: string, locale: 'vi' | 'en', n: string): string | undefined {
  const s = read(text, locale).find((x) => x.value?.value.base === n || x.changes[0]?.value.amount.value === n);
  return s?.period ? `${s.period.value}@${mark(s.period)}` : undefined;
}

describe('a period right after a figure that `from` opens dates that earlier level, not the statement', () => {
  it('doubts the base’s year lent to the statement (the statement’s own year is fronted)', () => {
    const cases: [string, 'vi' | 'en', string, string][] = [
      [
        'In 2024, rice exports of the province reached 1.2 million tonnes, a 15% increase from 1.04 million tonnes in 2023.',
        'en',
        '1200000',
        '2023',
      ],
      [
        'In 2023, steel output hit 9.5 million tons, up 8 percent from 8.8 million tons in 2022.',
        'en',
        '9500000',
        '2022',
      ],
      [
        'For 2025, the port handled 41.3 million tonnes of cargo, a rise of 6% from nearly 39 million tonnes in 2024.',
        'en',
        '41300000',
        '2024',
      ],
    ];
    for (const [text, locale, n, base] of cases) expect(periodOf(text, locale, n), text).not.toBe(`${base}@!`);
  });
  it('keeps the period of a move’s end, of a span and of a source that is no level certain', () => {
    // the end of a move is opened by `to`, not `from`
    expect(
      periodOf(
        'Cement output rose 12% from 2.1 million tonnes in 2022 to 2.35 million tonnes in 2023.',
        'en',
        '2350000',
      ),
    ).toBe('2023@!');
    // `from exporting …`: a source, no level started from
    expect(
      periodOf(
        'The country earned 1.4 billion USD from exporting 2.5 million tonnes of rice in the first five months of 2024.',
        'en',
        '1400000000',
      ),
    ).toBe('2024-YTD-05@!');
    // the level started from keeps its own year
    expect(
      periodOf(
        'Cement output rose 12% from 2.1 million tonnes in 2022 to 2.35 million tonnes in 2023.',
        'en',
        '2100000',
      ),
    ).toBe('2022@!');
  });
});

describe('a statement valued by the level after `from` owns no certain change', () => {
  it('doubts the next appositive change read onto the earlier level', () => {
    for (const text of [
      'Coal imports were 4.5 million tonnes in May, an increase of 12% from 4.0 million tonnes a year earlier, and a decrease of 2% from 4.6 million tonnes in April.',
      'Crude oil exports stood at 310,000 tonnes, up 9.4% from 283,400 tonnes in the same month last year and down 5.1% from 326,700 tonnes in June.',
      'Fertiliser imports were 420,000 tons, a rise of 30% from 323,000 tons a year ago, and a fall of 7% from 451,000 tons in the previous month.',
    ]) {
      const earlier = owners(text, 'en').filter(
        (o) => !o.startsWith('4500000:') && !o.startsWith('310000:') && !o.startsWith('420000:'),
      );
      expect(earlier.join(' | '), text).not.toMatch(/@!/u);
    }
  });
  it('keeps the change of the statement’s own level certain', () => {
    expect(
      owners('Coal imports reached 4.5 million tonnes in May, up 12% from 4.0 million tonnes a year earlier.', 'en')[0],
    ).toBe('4500000: rate 12@!');
    expect(owners('Exports rose from $5 billion to $6 billion, up 20% year-on-year.', 'en')).toContain(
      '6000000000: rate 20@!',
    );
  });
});

describe('a rate that is a price (`room rate`, `exchange rate`) has no level in percent', () => {
  it('doubts a percentage read as the level of a price rate', () => {
    for (const text of [
      'The average room rate in Da Nang reached 65 percent in July.',
      'Hoi An had the highest average daily rate, reaching 48 percent, followed by Hue up 30 percent.',
      'Container freight rates stood at 120 percent in the third quarter.',
    ])
      expect(values(text, 'en'), text).not.toContainEqual(expect.stringMatching(/@!$/u));
  });
  it('keeps a percentage rate (occupancy) and a room rate in money certain', () => {
    expect(values('The hotel occupancy rate reached 65 percent in July.', 'en')).toEqual(['65@!']);
    expect(values('The average room rate reached VND1.9 million a night.', 'en')).toEqual(['1900000@!']);
  });
});

describe('a value and a completion across `while`/`trong khi` belong to two clauses', () => {
  it('doubts both figures of a statement that joined two clauses', () => {
    for (const [text, locale] of [
      [
        'The ministry will focus on disbursing 95 per cent of the capital planned for 2026 while raising about VND200 trillion in bonds.',
        'en',
      ],
      [
        'The city aims at spending 100 percent of its budget plan while mobilizing 3 billion USD in private capital.',
        'en',
      ],
      [
        'Hanoi targets disbursing 100% of the public investment plan for 2025 whilst attracting around US$3 billion of FDI.',
        'en',
      ],
    ] as const) {
      expect(completions(text, locale), text).not.toContainEqual(expect.stringMatching(/@!$/u));
      expect(values(text, locale), text).not.toContainEqual(expect.stringMatching(/@!$/u));
    }
  });
  it('keeps a value and completion of one subject joined by `but` or a comma certain', () => {
    expect(
      completions(
        'Passenger numbers reached 57.2 million, a 29% increase year-on-year, but only reached 48% of the annual target.',
        'en',
      ),
    ).toEqual(['48@!']);
    expect(completions('Revenue reached VND5 trillion, meeting 52% of the plan.', 'en')).toEqual(['52@!']);
    expect(completions('Doanh thu đạt 5.000 tỷ đồng, nhưng chỉ bằng 48% kế hoạch năm.', 'vi')).toEqual(['48@!']);
    // (Vietnamese opens a statement of its own after `trong khi`: both stay certain)
    const vi =
      'Tỉnh phấn đấu giải ngân 100% kế hoạch vốn năm 2025, trong khi huy động 20.000 tỷ đồng vốn ngoài ngân sách.';
    expect(completions(vi, 'vi')).toEqual(['100@!']);
    expect(values(vi, 'vi')).toEqual(['20000000000000@!']);
  });
});

describe('a figure that describes a thing (`a 1,200 MW power plant`) or counts things acted on is no value', () => {
  it('doubts a figure between an article and the thing it describes', () => {
    for (const text of [
      'Cutting losses by 1 percent would equal the output of a 2,000 MW coal power plant.',
      'The ministry licensed a US$3 billion steel project in Ha Tinh last year.',
      'Last month the group ordered a 50,000 DWT bulk vessel.',
    ])
      expect(values(text, 'en'), text).not.toContainEqual(expect.stringMatching(/@!$/u));
  });
  it('doubts a count after an action done to things', () => {
    for (const text of [
      'The shortfall stems from the delayed implementation of 30 wind power projects.',
      'Traffic jams are blamed on the slow construction of 12 bridges.',
      'Investors are waiting for the approval of 35 new projects.',
    ])
      expect(values(text, 'en'), text).not.toContainEqual(expect.stringMatching(/@!$/u));
  });
  it('keeps a measure after an article, money after an action, and a plain level certain', () => {
    expect(values('A $2 billion trade surplus in March lifted the quarter’s total to $3.74 billion.', 'en')).toContain(
      '2000000000@!',
    );
    expect(values('The trade surplus widened to $3.5 billion from a $2.8 billion surplus in July.', 'en')).toContain(
      '3500000000@!',
    );
    expect(values('The disbursement of VND5 trillion was completed in June.', 'en')).toEqual(['5000000000000@!']);
    expect(values('The plant’s capacity reached 1,200 MW in 2024.', 'en')).toEqual(['1200@!']);
  });
});

describe('`của cùng kỳ năm Y` lent to another rate does not date it', () => {
  it('doubts year Y on earlier rates that name their own period', () => {
    const a =
      'Tổng mức bán lẻ 6 tháng đầu năm 2024 tăng 8,6%, cao hơn tốc độ tăng 6,2% của 6 tháng đầu năm 2023 và tốc độ tăng 5,1% của 6 tháng đầu năm 2022 nhưng thấp hơn tốc độ tăng 11,3% và 10,9% của cùng kỳ năm 2019 và 2018.';
    expect(periodOf(a, 'vi', '6.2')).not.toBe('2019-H1@!');
    expect(periodOf(a, 'vi', '5.1')).not.toBe('2019-H1@!');
    const b =
      'Kim ngạch xuất khẩu quý III năm 2024 tăng 10,2%, cao hơn mức tăng 4,1% của quý III năm 2023 nhưng thấp hơn mức tăng 12,4% và 11,8% của cùng kỳ năm 2021 và 2022.';
    expect(periodOf(b, 'vi', '4.1')).not.toBe('2021-Q3@!');
    const c =
      'Vốn đầu tư 9 tháng năm 2024 tăng 6,8%, cao hơn tốc độ tăng 5,9% của 9 tháng năm 2023 nhưng thấp hơn tốc độ tăng 7,3% và 7,1% của cùng kỳ năm 2019 và 2018.';
    expect(periodOf(c, 'vi', '5.9')).not.toBe('2019-YTD-09@!');
  });
  it('still dates the rate right before `của cùng kỳ năm Y` by year Y', () => {
    const s = read(
      'Chỉ số sản xuất công nghiệp 9 tháng năm 2023 tăng 0,3%, thấp hơn mức tăng 8,6% của cùng kỳ năm 2022.',
      'vi',
    );
    const p = s.find((x) => x.changes[0]?.value.amount.value === '8.6')?.period;
    expect(p?.value).toBe('2022-YTD-09');
    expect(p?.rule).not.toContain('+lent');
  });
});

/** `form amount@mark` of every change of the sentence. */
function changes(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).flatMap((s) => s.changes.map((c) => `${c.value.form} ${c.value.amount.value}@${mark(c)}`));
}

describe('a change stated as an average over several periods (`a CAGR of 9.8%`, `6.5% a year on average`) has no one base', () => {
  it('doubts a compound or yearly-average rate of change', () => {
    for (const [text, locale, n] of [
      ['The market is forecast to grow at a compound annual growth rate of 8.5% through 2030.', 'en', '8.5'],
      ['Between 2011 and 2020, exports grew 14% a year on average.', 'en', '14'],
      ['Electricity demand is projected to increase 9 percent per annum until 2030.', 'en', '9'],
      ['FDI inflows expanded by an average of 10 percent annually over the decade.', 'en', '10'],
      ['Giai đoạn 2016-2020, xuất khẩu của tỉnh tăng 12% mỗi năm.', 'vi', '12'],
    ] as const)
      expect(changes(text, locale), text).not.toContain(`rate ${n}@!`);
  });
  it('keeps the press’s `annually` (year-on-year), an average in the name and an average of one period certain', () => {
    expect(changes('Hanoi’s import value hit 5.8 billion USD, up 0.1% annually.', 'en')).toContain('rate 0.1@!');
    expect(changes('Average wages rose 7% year-on-year.', 'en')).toEqual(['rate 7@!']);
    expect(changes('Exports rose 7% from a year earlier.', 'en')).toEqual(['rate 7@!']);
    expect(changes('Inflation averaged 3.6% in 2024.', 'en')).toEqual(['rate 3.6@!']);
    expect(changes('Thu nhập bình quân đầu người tăng 7% so với năm trước.', 'vi')).toEqual(['rate 7@!']);
  });
});

/** `period@mark` of every statement with a period. */
function periods(text: string, locale: 'vi' | 'en'): string[] {
  return read(text, locale).flatMap((s) => (s.period ? [`${s.period.value}@${mark(s.period)}`] : []));
}

describe('a year right before a dash and another year (`in 2016-2020`) is one end of a span of years', () => {
  it('doubts the first year of an English span of years read as the period', () => {
    for (const [text, first] of [
      ['Exports rose 50% in 2016-2020.', '2016'],
      ['In 2021-2025, the province attracted US$3 billion of FDI.', '2021'],
      ['Revenue reached VND5 trillion in 2019 - 2020.', '2019'],
      ['Rice exports reached 6.2 million tonnes in 2023-24.', '2023'],
    ] as const)
      expect(periods(text, 'en'), text).not.toContain(`${first}@!`);
  });
  it('keeps a single year, a span the reader knows and a Vietnamese span certain', () => {
    expect(periods('Exports rose 50% in 2020.', 'en')).toEqual(['2020@!']);
    expect(periods('GDP grew 6% in the 2016–2020 period.', 'en')).toEqual(['2016/2020@!']);
    expect(periods('Xuất khẩu giai đoạn 2016-2020 tăng 50%.', 'vi')).toEqual(['2016/2020@!']);
    expect(periods('Exports rose 5% in 2023, while imports rose 3% in 2022-2023.', 'en')[0]).toBe('2023@!');
  });
});
