import { describe, expect, it } from 'vitest';
import { changes, read } from '../sentence/statements.test-util';

/** Every change of every statement of `text`, as `form amount base` (certainty ignored). */
const all = (text: string): string[] => read(text).flatMap((s) => changes(s));

describe('a manner adverb between a change verb and its amount (rules/en-change-adverb.ts)', () => {
  it('reads the amount as the verb’s rate, with its base (own paraphrases)', () => {
    expect(all('Retail prices in June increased slightly by 0.12% from May.')).toEqual(['rate 0.12 previous-period']);
    expect(all('Rice exports rose sharply 18 per cent year-on-year.')).toEqual(['rate 18 same-period-last-year']);
    expect(
      all('The trade deficit narrowed, as imports fell further by 4.6 percent against the same period last year.'),
    ).toEqual(['rate -4.6 same-period-last-year']);
    expect(all('Industrial output grew markedly, by 9.3 percent compared with the previous quarter.')).toEqual([
      'rate 9.3 previous-period',
    ]);
    expect(all('Tax revenue climbed steadily by about 7 percentage points over the same period last year.')).toEqual([
      'points 7 same-period-last-year',
    ]);
  });

  it('carries a rate list after the adverb, a base per item (own paraphrase)', () => {
    expect(
      all('The CPI in March rose moderately by 0.2% from February, 1.4% against December 2023, and 3.1% year on year.'),
    ).toEqual(['rate 0.2 previous-period', 'rate 1.4 2023-12', 'rate 3.1 same-period-last-year']);
  });

  it('reads real press sentences of the shape (outside every corpus)', () => {
    // https://english.vov.vn/en/... (VOV, Google searches for Vietnam travel, 2022)
    expect(
      all(
        'Searches for airlines to Vietnam increased drastically, by 800 percent as of mid-April over the same period last year.',
      ),
    ).toEqual(['rate 800 same-period-last-year']);
    // http://www.vietnameconomy.org/statistics/hanoi-and-hcm-city-cpi-down-in-april/
    expect(
      all(
        'Ho Chi Minh City’s CPI also declined by 0.33 percent in April from a month earlier, while outdoor activities fell slightly by 0.02 percent.',
      ),
    ).toEqual(['rate -0.33 previous-period', 'rate -0.02 -']);
    // https://sbv.gov.vn/w/sbvwebapp01sbv080586 (the adverb before the verb, read before too)
    expect(all('The price of US dollar remains stable, just slightly increases by 0.05% against VND.')).toEqual([
      'rate 0.05 -',
    ]);
  });

  it('never reads the adverb’s neighbours as a change when no amount follows (negatives)', () => {
    // a year after the adverb is no amount
    expect(all('Exports rose again in 2023 to 12 billion USD.')).toEqual([]);
    // a period after the adverb: the later percentage is no change of the verb
    expect(all('Prices increased slightly in 2023, while 40% of households saw no change.')).toEqual([]);
    // a count after the adverb, not a rate: nothing is read as a change
    expect(all('Exports increased significantly 2 years in a row.')).toEqual([]);
    // an adverb not listed and no `by`: nothing is skipped
    expect(all('Sales rose unexpectedly 2023 units.')).toEqual([]);
  });
});

describe('a noun phrase standing for the compared figure before the base (rules/en-change-standin.ts)', () => {
  it('reads the base past `the number recorded during`, `the level posted` (own paraphrases)', () => {
    expect(
      all(
        'Arrivals reached 1.2 million in May 2024, 3.1 times higher than the number recorded during the same period last year.',
      ),
    ).toEqual(['times 3.1 same-period-last-year']);
    expect(
      all('Exports reached 12 billion USD in 2023, an increase of 7 percent over the level posted a year earlier.'),
    ).toEqual(['rate 7 same-period-last-year']);
    expect(all('FDI inflows hit 9 billion USD in 2023, down 4% from the figures registered in 2022.')).toEqual([
      'rate -4 2022',
    ]);
    expect(all('Revenue was 5 trillion VND in 2023, up 12 percent against those reported in 2021.')).toEqual([
      'rate 12 2021',
    ]);
  });

  it('reads real press sentences of the shape (outside every corpus)', () => {
    // https://en.vietnamplus.vn/hanois-january-cpi-moderately-increases/247566.vnp
    expect(
      all(
        'According to the office, the capital city welcomed some 374,000 tourists in January, up 3% from the previous month and 3.5 times higher than the figure recorded in the corresponding time last year.',
      ),
    ).toEqual(['rate 3 previous-period', 'times 3.5 same-period-last-year']);
    // https://en.vietnamplus.vn/foreign-arrivals-jump-45fold-in-five-months/229396.vnp
    expect(
      all(
        'According to the General Statistics Office, the May figure was nearly 13 times higher than that of the same month last year.',
      ),
    ).toEqual(['times 13 same-period-last-year']);
    // https://www.ttrweekly.com/site/2022/06/vietnam-has-something-to-count-about/ (a plain base, unchanged)
    expect(
      all(
        'For the period January-May, GSO counted 365,300 international arrivals, 4.5 times higher than the same period last year.',
      ),
    ).toEqual(['times 4.5 same-period-last-year']);
  });

  it('reads no base from a noun phrase that names no period, nor after `of` (negatives)', () => {
    expect(all('Registered capital rose 5% over the number of projects licensed.')).toEqual(['rate 5 -']);
    // `26 percent of the total in 2022` is a share of a total, never a change against 2022
    expect(all('Exports to the US made up 26 percent of the total in 2022.').some((r) => r.includes('2022'))).toBe(
      false,
    );
  });
});

describe('a bound before a multiple with no verb (rules/change-times.ts)', () => {
  it('reads `nearly 13 times higher than …` as an approximate multiple (own paraphrases)', () => {
    const s = read('Arrivals in May 2023 reached 4.6 million, nearly 13 times higher than the same period in 2022.');
    expect(s.flatMap((x) => changes(x))).toEqual(['times 13 same-period-last-year']);
    expect(s[0]?.changes[0]?.value.approximate).toBe('under');
    expect(all('Tourism revenue hit 3 billion USD in 2022, about 2.5 times the 2019 level.')).toEqual([
      'times 2.5 2019',
    ]);
    expect(all('Output reached 900 tonnes in 2023, over 3 times higher than in 2022.')).toEqual(['times 3 2022']);
  });

  it('keeps the value the multiple follows in the same statement', () => {
    const s = read(
      'In the first five months of 2023, visitors reached nearly 4.6 million, nearly 13 times higher than the same period in 2022.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]?.value?.value.base).toBe('4600000');
  });

  it('reads no multiple after a bound without a times word (negative)', () => {
    expect(all('Exports reached nearly 13 billion USD in 2023.')).toEqual([]);
  });
});

describe('a plural change noun with `of` and no article (rules/en-change-plural.ts)', () => {
  it('reads the amounts after it as rates, not as percentage levels (own paraphrases)', () => {
    expect(all('Coffee and rubber exports posted declines of 3.1 percent and 12 percent, respectively.')).toEqual([
      'rate -3.1 -',
      'rate -12 -',
    ]);
    expect(
      all('Exports reached 5 billion USD in 2023, recording increases of 12% over the same period last year.'),
    ).toEqual(['rate 12 same-period-last-year']);
    expect(all('Tax and fee collections saw annual rises of 7.5 per cent in 2024.')).toEqual([
      'rate 7.5 same-period-last-year',
    ]);
    expect(
      all('Arrivals from Japan and Korea posted jumps of 2.5 times and 3 times over the same period last year.'),
    ).toEqual(['times 2.5 -', 'times 3 same-period-last-year']);
  });

  it('reads real press sentences of the shape (outside every corpus)', () => {
    // https://www.sggpnews.org.vn/travel/international-arrivals-to-vietnam-on-rise-in-october-102976.html
    expect(
      all(
        'Accordingly, the services in the cities of Can Tho and Ho Chi Minh City recorded surges of 126.1 percent and 110.8 percent, respectively.',
      ),
    ).toEqual(['rate 126.1 -', 'rate 110.8 -']);
    // http://agritrade.mard.gov.vn/ViewArticle.aspx?ID=2611
    expect(
      all(
        'Despite year-on-year increases of 13.3% and 3.9% in rice export volume and value, the whole year’s rice export volume is unlikely to increase.',
      )[0],
    ).toBe('rate 13.3 same-period-last-year');
    // https://www.urdupoint.com/en/world/intl-arrivals-to-vietnam-hike-in-five-months-1518540.html
    expect(
      all(
        'The number of tourists from Europe, America and Oceania also saw hikes of about 11 times, 23 times and 30 times respectively from the same period last year.',
      ).map((r) => r.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['times 11', 'times 23', 'times 30']);
  });

  it('never reads a percentage after a plural noun as a level (no percent value is left)', () => {
    const s = read(
      'Accordingly, the services in Can Tho and Da Nang recorded surges of 126.1 percent and 78 percent, respectively.',
    );
    expect(s.every((x) => x.value === undefined)).toBe(true);
  });

  it('keeps the name before the noun out of the change, and a listed base unassigned (negatives)', () => {
    // a plain adjective before the plural noun is not swallowed: the noun is read alone
    const s = read('Exports recorded strong increases of 12% in 2023.');
    expect(s.flatMap((x) => changes(x))).toEqual(['rate 12 -']);
    // the last of several listed bases is never given to the first amount
    const r = read(
      'The city exported goods worth 1.2 million USD in the month, recording respective month-on-month and year-on-year increases of 8.3% and 7.2%.',
    );
    const first = r.flatMap((x) => x.changes).find((c) => c.value.amount.value === '8.3');
    expect(first?.value.base?.kind === 'same-period-last-year' && first.confidence === 'certain').toBe(false);
    // a plural noun without `of` and an amount is no change
    expect(all('Price increases were seen in 8 of the 11 groups.')).toEqual([]);
  });
});

describe('a percentage of an earlier level no base can hold (rules/en-change-earlier-level.ts)', () => {
  it('reads a ratio with no base, doubted — never the indicator’s own percentage (own paraphrases)', () => {
    for (const text of [
      'International arrivals reached 12.6 million in 2023, equal to 70 percent of the pre-pandemic level.',
      'The figure is, however, 64.5 per cent of that before the Covid-19 pandemic.',
      'Hotel occupancy in Hanoi reached 60 percent in 2023, about 80 percent of the level before the pandemic.',
      'Air passengers in 2022 were only 55% of pre-COVID levels.',
    ]) {
      const s = read(text);
      const ratio = s.flatMap((x) => x.changes).find((c) => c.value.form === 'ratio');
      expect(ratio?.value.base, text).toBeUndefined();
      // (a change with no base is reported: doubted, or listed in `unread` as change-without-base)
      expect(
        ratio?.confidence === 'uncertain' || s.some((x) => x.unread.some((u) => u.reason === 'change-without-base')),
        text,
      ).toBe(true);
      expect(
        s.some((x) => x.value?.value.unitCode === 'percent' && x.value.value.base === ratio?.value.amount.value),
        text,
      ).toBe(false);
    }
  });

  it('reads a ratio of a named year’s level, with `number` as its noun (own paraphrases)', () => {
    expect(all('The 2023 figure represented about 70 percent of the 2019 number.')).toEqual(['ratio 70 2019']);
    expect(all('Foreign arrivals in 2023 were 12.6 million, about 70 percent of the 2019 number.')).toEqual([
      'ratio 70 2019',
    ]);
    expect(all('Arrivals in 2023 reached 68 percent of 2019 numbers.')).toEqual(['ratio 68 2019']);
  });

  it('reads real press sentences of the neighbouring shapes (outside every corpus)', () => {
    // https://en.sggp.org.vn/koreans-chinese-top-foreign-arrivals-in-vietnam-post107379.html
    expect(
      all(
        'The VNAT said that the number of foreign visitors to Vietnam accounted for 70 percent of the figure recorded in 2019 – the time before the Covid-19 outbreak.',
      ),
    ).toEqual(['ratio 70 2019']);
    // same page: a crisis word with no percentage before it is nothing to read
    expect(
      read(
        'The UNWTO forecast that global tourism is on track for full recovery in 2024, reaching the pre-Covid level.',
      ),
    ).toEqual([]);
  });

  it('keeps `before` a deadline, and a plan, out of the shape (negatives)', () => {
    expect(
      read('Disbursement reached 45 percent of the plan before the deadline.')[0]?.completion?.value.percent.value,
    ).toBe('45');
    expect(all('Revenue hit 5 trillion VND in 2023, about 95 percent of the plan.')).toEqual([]);
  });
});

describe('a forecast in the present tense with any forecast participle (grammar-en FORECASTS)', () => {
  const kinds = (text: string): string[] =>
    read(text).map((s) => `${s.kind.value}${s.stage ? `/${s.stage.value}` : ''}`);

  it('reads a forecast of a later period as a target, never a stated result (own paraphrases)', () => {
    expect(kinds('Exports are likely to reach 400 billion USD in 2025.')).toEqual(['target']);
    expect(kinds('Rice exports are predicted to reach 8 million tonnes in 2026.')).toEqual(['target']);
    expect(kinds('GDP is anticipated to grow 6.5 percent in 2025.')).toEqual(['target']);
    expect(kinds('Tourism revenue is on track to hit VND 840 trillion in 2025.')).toEqual(['target']);
  });

  it('reads a forecast of the current year as a target, like `is expected to` (own paraphrase; round 41)', () => {
    expect(kinds('Exports are poised to top 400 billion USD this year.')).toEqual(['target']);
  });

  it('reads real press sentences of the shape (outside every corpus)', () => {
    // https://baoninhbinh.org.vn/import-export-turnover-likely-to-hit-us-500-billion-in-2019/d20190215095314923.htm
    const r = read(
      "The department said if imports and exports increased by 5 per cent, the country's import-export turnover is likely to hit US$500 billion by the fourth quarter of 2019.",
    );
    expect(r.find((s) => s.value?.value.base === '500000000000')?.kind.value).toBe('target');
    // https://en.vietnamplus.vn/vietnam-eyes-600-billion-usd-in-export-turnover-in-2021/200760.vnp
    const v = read(
      'Vietnam posted solid export performance in the first quarter of 2021, and at such a growth speed, its export turnover is likely to hit 600 billion USD for the whole year, experts have said.',
    );
    expect(v.find((s) => s.value?.value.base === '600000000000')?.kind.value).toBe('target');
    // https://baobinhduong.vn/en/export-turnover-likely-to-hit-us-85-5-bln-in-2011-a23991.html
    const g = read(
      'Despite impressive gains, the MoIT will do its utmost to narrow the trade gap which is predicted to expand to around US $14.5 billion.',
    );
    expect(g.every((s) => s.kind.value !== 'actual' || s.stage?.value === 'estimate')).toBe(true);
  });

  it('keeps the past tense, `would` and `estimated to` as they were (negatives)', () => {
    // the report's estimate of a result, not a forecast
    expect(kinds('In the three-month period, cashews were estimated to earn US$739 million.')).toEqual([
      'actual/estimate',
    ]);
    // a counterfactual after `would be` is not made a target
    expect(kinds('Excluding inflation, the increase would be 7 percent in 2023.')).not.toContain('target');
    // a plain past result stays an actual
    expect(kinds('Exports reached 400 billion USD in 2024, likely to be a record.')).toEqual(['actual']);
  });
});

describe('a list of bases paired by order with a list of changes (sentence/en-change-respective-bases.ts)', () => {
  const based = (text: string): string[] =>
    read(text).flatMap((s) => s.changes.map((c, i) => `${changes(s)[i]}@${c.confidence}`));

  it('gives each change its own base after the list, closed by `respectively` (own paraphrases)', () => {
    expect(based('The CPI in May 2024 rose 0.3% and 3.2% month-on-month and year-on-year, respectively.')).toEqual([
      'rate 0.3 previous-period@certain',
      'rate 3.2 same-period-last-year@certain',
    ]);
    expect(
      based(
        'The CPI in May 2024 was up 0.3 percent and 3.2 percent from the previous month and the same period last year, respectively.',
      ),
    ).toEqual(['rate 0.3 previous-period@certain', 'rate 3.2 same-period-last-year@certain']);
    expect(
      based('Retail sales in June 2024 fell 1.1 per cent and 2 per cent on-month and on-year respectively.'),
    ).toEqual(['rate -1.1 previous-period@certain', 'rate -2 same-period-last-year@certain']);
  });

  it('gives the bases between `respective` and the change noun by order (own paraphrase)', () => {
    expect(
      all('The CPI in May 2024 recorded respective month-on-month and year-on-year increases of 0.3% and 3.2%.'),
    ).toEqual(['rate 0.3 previous-period', 'rate 3.2 same-period-last-year']);
  });

  it('leaves real press sentences with a base per amount, or one shared base, as they were (outside every corpus)', () => {
    // https://english.thesaigontimes.vn/industrial-production-bounces-back-quickly-2/
    expect(
      all(
        'Vietnam’s industrial production is roaring back as the country saw the industrial production index (IPI) in August rise by 2.9% month-on-month and 15.6% year-on-year, according to the General Statistics Office.',
      ),
    ).toEqual(['rate 2.9 previous-period', 'rate 15.6 same-period-last-year']);
    // https://en.vietnamplus.vn/industrial-production-index-up-79-percent-post205816.vnp (`growth rates of`, plural)
    expect(
      all(
        'Industrial activities have continued bearing the brunt of the COVID-19 pandemic, resulting in mere growth rates of 1.8 percent month on month and 2.2 percent year on year in the July index of industrial production (IIP).',
      ),
    ).toEqual(['rate 1.8 previous-period', 'rate 2.2 same-period-last-year']);
    // https://thoibaotaichinhvietnam.vn/hcm-citys-cpi-down-011-in-april-126886.html (names paired, no base list)
    expect(
      read(
        'Gold and USD prices in the last four months moved up 2.69% and 2.62%, respectively, compared to the same period last year.',
      )
        .flatMap((s) => s.changes)
        .every((c) => !c.rule.includes('respective-bases')),
    ).toBe(true);
  });

  it('pairs nothing when the counts differ or a base is not read (negatives)', () => {
    // three amounts, two bases: every change keeps its doubt
    const r = based('The CPI in May 2024 rose 0.3%, 1.1% and 3.2% month-on-month and year-on-year, respectively.');
    expect(r.filter((x) => x.endsWith('@certain') && x.includes('same-period-last-year'))).toEqual([]);
    // one base after two amounts, no `respectively`: not a paired list
    expect(
      read('Exports rose 5% and imports 7% year-on-year.')
        .flatMap((s) => s.changes)
        .some((c) => c.rule.includes('respective-bases')),
    ).toBe(false);
  });
});

describe('a multiple followed by a whole compare phrase (`times as high as in …`) and `nosedived`', () => {
  it('reads the base of `N times as high/much as in …` (own paraphrases)', () => {
    expect(all('Revenue reached 5 trillion VND in 2023, twice as much as in 2022.')).toEqual(['times 2 2022']);
    expect(all('Arrivals hit 2 million in 2023, 3.1 times as many as in the same period last year.')).toEqual([
      'times 3.1 same-period-last-year',
    ]);
    expect(all('Exports reached 12 billion USD in 2023, 1.5 times as high as the 2019 level.')).toEqual([
      'times 1.5 2019',
    ]);
  });

  it('reads real press sentences of the shape (outside every corpus)', () => {
    // https://en.vietnamplus.vn/vietnam-records-over-144-million-intl-arrivals-in-eight-months/236449.vnp
    expect(
      all(
        'The eight-month tourism revenue is estimated at 15.4 trillion VND (657.4 million USD), 3.4 times as high as in the same period last year, as a result of strong tourism recovery.',
      ),
    ).toEqual(['times 3.4 same-period-last-year']);
    // same page: `nosedived` is a fall, not a ratio
    expect(
      all(
        'However, the figure still nosedived 87.3% compared to the same period of 2019, before the COVID-19 pandemic broke out, the General Statistics Office (GSO) said on August 29.',
      )[0]?.startsWith('rate -87.3'),
    ).toBe(true);
    // same page: a fold after the number, unchanged
    expect(
      all(
        'The GSO noted in August alone, international arrivals have numbered 486,400, increasing 38% from July and 52.3-fold year on year.',
      ),
    ).toEqual(['rate 38 previous-period', 'times 52.3 same-period-last-year']);
  });

  it('keeps `as high as` before a bare number a bound, not a base (negative)', () => {
    expect(
      all('Prices rose 2 times in 2023, with some as high as 40 percent.').some((r) => r.includes('times 2 40')),
    ).toBe(false);
  });
});

describe('a change noun as the subject of a copula (rules/en-change-noun-subject.ts)', () => {
  it('reads the percentage as the change, signed by the noun — never a ratio or a level (own paraphrases)', () => {
    expect(all('The decline was 3.2 percent compared with the previous month.')).toEqual(['rate -3.2 previous-period']);
    expect(all('In 2023, the drop was 4.5% year-on-year.')).toEqual(['rate -4.5 same-period-last-year']);
    expect(all('The fall in rice exports was 3 percent in 2023.')).toEqual(['rate -3 -']);
    expect(all('In 2023, the increase was 7 percent over 2022.')).toEqual(['rate 7 2022']);
    expect(all('The reduction stood at 1.5 percentage points against the same period last year.')).toEqual([
      'points -1.5 same-period-last-year',
    ]);
  });

  it('reads real press sentences of the shape (outside every corpus)', () => {
    // https://e.vnexpress.net/news/business/economy/trade-slips-to-three-year-low-4685498.html
    const s = read(
      'Imports tumbled 11% to $297 billion, with foreign investors posting a decline of 11.7% in their imports of materials, machines, and goods. The decrease was 9% for domestic firms.',
    );
    expect(s.flatMap((x) => changes(x))).toEqual(['rate -11 -', 'rate -11.7 -', 'rate -9 -']);
    expect(s.some((x) => x.value?.value.base === '9')).toBe(false);
  });

  it('lists an absolute change after the copula as unread, never as the level (own paraphrases)', () => {
    for (const text of [
      'The increase was VND 5 trillion in 2023.',
      'Exports reached 12 billion USD in 2023; the increase was 1.5 billion USD over 2022.',
    ]) {
      const s = read(text);
      expect(
        s.some((x) => x.value?.value.base === '5000000000000' || x.value?.value.base === '1500000000'),
        text,
      ).toBe(false);
      expect(
        s.some((x) => x.unread.some((u) => u.what === 'change' && u.reason === 'unrecognised-figure')),
        text,
      ).toBe(true);
    }
  });

  it('reads nothing when no percentage follows the copula (negatives)', () => {
    expect(read('The decline was due to lower demand in 2023.')).toEqual([]);
    expect(all('The drop was the sharpest since 2019.')).toEqual([]);
    // a level of an indicator named with no change noun stays a level
    expect(all('The unemployment rate was 2.3 percent in 2023.')).toEqual([]);
  });
});
