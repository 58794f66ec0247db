import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { changes, one, read } from './statements.test-util';

/** A statement's value as `base unit` (`8060000000 USD`), or undefined. */
const value = (s: Statement | undefined): string | undefined =>
  s?.value ? `${s.value.value.base} ${s.value.value.unitCode ?? s.value.value.unit ?? ''}`.trim() : undefined;

/** The reasons of a statement's unread parts. */
const unread = (s: Statement | undefined): string[] => (s?.unread ?? []).map((u) => u.reason);

describe('EN-VALUES: an absolute change, then the level it reached after `to`', () => {
  // Own paraphrases: any verb of change, with or without `by`, any unit.
  it('reads the level after `to` as the value and leaves the absolute change unread', () => {
    for (const [text, level] of [
      ['Coffee exports climbed by 120 million USD to 2.3 billion USD in the first half.', '2300000000 USD'],
      ['Tourism revenue went up VND 3 trillion to VND 45 trillion.', '45000000000000 VND'],
      ['The rice harvest dropped by 200,000 tonnes to 4.1 million tonnes.', '4100000 tonne'],
    ] as const) {
      const s = one(text);
      expect(value(s), text).toBe(level);
      // the change itself is no rate: it is listed as unread, never dropped
      expect(changes(s), text).toEqual([]);
      expect(unread(s), text).toContain('unrecognised-figure');
    }
  });
  // Real sentences from outside every corpus.
  it('reads real press sentences of the shape', () => {
    // https://vietnamnet.vn/en/business/11-localities-top-1-billion-usd-in-exports-in-q1-636742.html
    expect(value(one('The latter’s dropped by over 400 million USD to 6.95 billion USD.'))).toBe('6950000000 USD');
    // https://www.usitc.gov/research_and_analysis/trade_shifts_2017/us.htm
    const us = one(
      'In 2017, U.S. total exports rose by $95.7 billion to $1.5 trillion (6.6 percent), a turnaround from the previous year.',
    );
    expect(value(us)).toBe('1500000000000 USD');
    expect(us.period?.value).toBe('2017');
    // (same source: the rate in brackets after the absolute change is the change)
    const energy = one(
      'Energy exports, in value terms, increased $44.8 billion (45.5 percent) to $143.2 billion in 2017.',
    );
    expect(value(energy)).toBe('143200000000 USD');
    expect(changes(energy)).toEqual(['rate 45.5 -']);
    // https://e.vnexpress.net/news/business/economy/vietnam-trade-to-climb-to-record-high-despite-global-woes-4026828.html
    const share = one(
      'The share of exports by domestic firms rose by 1.79 percentage points year-on-year to 30.95 percent.',
    );
    expect(value(share)).toBe('30.95 percent');
    expect(changes(share)).toEqual(['points 1.79 same-period-last-year']);
    // https://hkbav.org/garment%20sector%20expecting%20big%20fourth%20quarter_news14004 (a change noun, then the level)
    const hk = read(
      'During the first 10 months, the total export value gained a year-on-year surge of 8.5 per cent to $134.6 billion, while the total import value had a year-on-year increase of 14.3 per cent to 138.7 billion.',
    );
    // (round 37: the currency written once is lent to the second amount, doubted `lent-unit`)
    expect(hk.map(value)).toEqual(['134600000000 USD', '138700000000 USD']);
    expect(hk[1]?.value?.doubt?.reason).toBe('lent-unit');
    expect(hk.map((x) => changes(x))).toEqual([
      ['rate 8.5 same-period-last-year'],
      ['rate 14.3 same-period-last-year'],
    ]);
    // https://www.observerbd.com/details.php?id=254093 (a rate, then the level)
    const bd = one('Exports fell by 18.29 per cent to US$2.73 billion in March compared to the same month last year.');
    expect(value(bd)).toBe('2730000000 USD');
    expect(changes(bd)).toEqual(['rate -18.29 same-period-last-year']);
  });
  it('negative: an absolute change with no level after it gives no value', () => {
    const s = one('Exports rose by 450 million USD.');
    expect(s.value).toBeUndefined();
    expect(unread(s)).toContain('unrecognised-figure');
    // `to` before a place, not a quantity: no value either
    const t = read('Shipments rose by 450 million USD to Japan.');
    expect(t.some((x) => x.value !== undefined)).toBe(false);
  });
});

describe('EN-VALUES: a transitive verb of change, its object, then `by` and the amount', () => {
  // Own paraphrases: other verbs, objects, bases, with and without a level after `to`.
  it('reads the amount after `by` as a rate (never a ratio), with its base and the level after `to`', () => {
    const a = one('The province increased its rice exports by 6.5 percent year-on-year to 2.1 million tonnes.');
    expect(changes(a)).toEqual(['rate 6.5 same-period-last-year']);
    expect(value(a)).toBe('2100000 tonne');
    const b = one('Hai Duong cut its imports by 4 percent against 2022 to 3.2 billion USD.');
    expect(changes(b)).toEqual(['rate -4 2022']);
    expect(value(b)).toBe('3200000000 USD');
    const c = one('The company managed to raise its annual revenue by 12% to VND 8 trillion.');
    expect(changes(c)).toEqual(['rate 12 -']);
    expect(value(c)).toBe('8000000000000 VND');
    const d = one('Local firms boosted garment shipments by 9.1 per cent compared with the same period last year.');
    expect(changes(d)).toEqual(['rate 9.1 same-period-last-year']);
  });
  it('reads real press sentences of the shape', () => {
    // http://bizhub.vn/news/dong-nai-leads-in-trade-surplus_291453.html
    const s = one(
      'This increased the province’s index of industrial production (IIP) by 8.6 per cent last year, he said.',
    );
    expect(changes(s)).toEqual(['rate 8.6 -']);
    expect(s.value).toBeUndefined();
    // http://en.vietnamplus.vn/soes-directed-to-cut-management-costs-by-10-percent/34490.vnp (an absolute amount
    // after the object: listed as unread, never shown as the statement's value)
    const t = one(
      'Chairman of Bao Viet Group Le Quang Binh said that his group plans to slash his group’s management costs by 145 billion VND.',
    );
    expect(t.value).toBeUndefined();
    expect(changes(t)).toEqual([]);
    expect(unread(t)).toContain('unrecognised-figure');
    // (same source: a range after `by` is no certain change)
    const r = read(
      'All State owned businesses will now aim to reduce their management costs by 5-10 percent from the start of this year’s second quarter.',
    );
    for (const x of r) for (const c of x.changes) expect(c.confidence).toBe('uncertain');
  });
  // Own paraphrase with an absolute amount after the object and a level after `to`.
  it('reads the level after `to` when the amount after the object is absolute', () => {
    const t = one('Bac Giang saw exporters lift shipments by 300 million USD to 2.5 billion USD.');
    expect(value(t)).toBe('2500000000 USD');
    expect(changes(t)).toEqual([]);
  });
  it('reads a rate against a plan after the object as the completion, as after an intransitive verb', () => {
    const s = one('The province increased its budget revenue by 15 percent compared to the estimate.');
    expect(s.completion?.value.percent.value).toBe('115');
    expect(changes(s)).toEqual([]);
    expect(s.completion?.value.percent.value).toBe(
      one('Budget revenue rose 15 percent compared to the estimate.').completion?.value.percent.value,
    );
  });
  it('negative: `by` and a year after the object is a date, not a change', () => {
    const s = read('The province plans to increase exports by 2030 to reach 10 billion USD.');
    expect(s.flatMap((x) => changes(x))).toEqual([]);
    expect(s.flatMap((x) => (x.value ? [value(x)] : []))).toEqual(['10000000000 USD']);
  });
  it('negative: an intransitive verb with `by` right after it stays the ordinary change', () => {
    const s = one('Exports increased by 5 percent to 3 billion USD.');
    expect(changes(s)).toEqual(['rate 5 -']);
    expect(s.changes[0]?.rule.includes('after-object')).toBe(false);
  });
});

describe('EN-VALUES: a participle clause after a change that states the level it came to', () => {
  // Own paraphrases: other participles (earning, fetching, raking in, bringing home), a focus adverb.
  it('gives the value of the participle clause to the statement of the change before it', () => {
    for (const [text, level, change] of [
      ['Cashew faced a 12% fall in export value, earning only 310 million USD.', '310000000 USD', 'rate -12 -'],
      [
        'Shrimp posted a 9 percent rise in value year-on-year, fetching US$2.1 billion.',
        '2100000000 USD',
        'rate 9 same-period-last-year',
      ],
      [
        'Tea shipments grew 8 percent year-on-year, raking in 90 million USD.',
        '90000000 USD',
        'rate 8 same-period-last-year',
      ],
      ['Pepper saw a drop of 20 percent in value, bringing home just US$150 million.', '150000000 USD', 'rate -20 -'],
      ['Budget collection grew 12 percent, amounting to VND 120 trillion.', '120000000000000 VND', 'rate 12 -'],
      ['Coffee shipments rose 6 percent, pocketing 3 billion USD.', '3000000000 USD', 'rate 6 -'],
      ['Cashew revenue fell 3 percent, generating only 900 million USD.', '900000000 USD', 'rate -3 -'],
    ] as const) {
      const s = one(text);
      expect(value(s), text).toBe(level);
      expect(changes(s), text).toEqual([change]);
    }
  });
  it('reads real press sentences around the shape', () => {
    // https://en.vietnamplus.vn/vietnams-coffee-exports-plummet-as-robusta-prices-fall/156158.vnp
    // (a participle after an amount of goods: its worth stays a statement of its own)
    const coffee = read(
      'In June alone, the country shipped abroad 165,000 tonnes of coffee, raking in 274 million USD, reported the Ministry of Agriculture and Rural Development.',
    );
    expect(coffee.map(value)).toEqual(['165000 tonne', '274000000 USD']);
    // https://en.vietnamplus.vn/agroforestry-fisheries-exports-hit-36-billion-usd/34715.vnp
    const tea = read(
      'Meanwhile, tea export reached 19,000 tonnes, earning 28 million USD, up 14.8 percent in volume and 19.2 percent in value.',
    );
    expect(tea.map(value)).toEqual(['19000 tonne', '28000000 USD']);
    // https://www.thedailystar.net/business/news/export-falls-august-1632682 (the participle first)
    const home = one('Home textile shipment brought home $134.35 million, falling 4.53 percent.');
    expect(value(home)).toBe('134350000 USD');
    expect(changes(home)).toEqual(['rate -4.53 -']);
    // https://bangladeshchronicle.net/bangladesh-exports-fall-by-1-70-in-january/
    const knit = one('As per the latest data, knitwear products earned $9.62 billion, registering a 5.13% drop.');
    expect(value(knit)).toBe('9620000000 USD');
  });
  it('negative: a participle value after a statement that has its value opens a statement of its own', () => {
    const s = read(
      'Rice exports reached 2.2 billion USD, up 5 percent, earning the sector a record 300 million USD in profit.',
    );
    expect(s[0] && value(s[0])).toBe('2200000000 USD');
    expect(s.some((x) => value(x) === '300000000 USD' && x !== s[0])).toBe(true);
  });
});

describe('EN-VALUES: an absolute excess over a plan after the level (`exceeding the target by 1.1 billion kWh`)', () => {
  // Own paraphrases: other heads (exceeding, surpassing, beating), plan nouns, units, a bound.
  it('keeps one statement: the excess is unread, and the change after it stays the level’s', () => {
    for (const [text, level, change] of [
      [
        'Power output hit 180 billion kWh in 2017, exceeding the yearly target by 1.5 billion kWh and up 9.2 percent from 2016.',
        '180000000000 kWh',
        'rate 9.2 2016',
      ],
      [
        'State budget revenue reached VND 120 trillion, surpassing the annual estimate by VND 5 trillion and up 8 percent year-on-year.',
        '120000000000000 VND',
        'rate 8 same-period-last-year',
      ],
      [
        'Rice output hit 43 million tonnes, beating the plan by 500,000 tonnes, up 2 percent from 2022.',
        '43000000 tonne',
        'rate 2 2022',
      ],
      [
        'Coal output reached 40 million tonnes, exceeding the target set early in the year by over 2 million tonnes.',
        '40000000 tonne',
        undefined,
      ],
    ] as const) {
      const s = one(text);
      expect(value(s), text).toBe(level);
      expect(changes(s), text).toEqual(change ? [change] : []);
      expect(unread(s), text).toContain('unrecognised-figure');
      // the excess is never a value nor a completion
      expect(s.completion, text).toBeUndefined();
    }
  });
  it('leaves a percentage excess to the completion rule (real sentences)', () => {
    // https://www.talkvietnam.org/2021/12/petrovietnams-oil-and-gas-output-hit-9-97-million-tons-in-11-months/
    const a = one(
      'In the 11-month period, the company contributed 84.7 trillion VND (3.67 billion USD) to the State budget, surpassing the yearly plan by 36 percent and increasing by 27 percent on-year.',
    );
    expect(a.completion?.value.percent.value).toBe('136');
    // https://www.sggpnews.org.vn/business/self_intro/total-revenue-of-groups-corporations-hits-nearly-vnd900-trillion-100644.html
    const b = read(
      'Except for the Vietnam Rubber Group (VFG), SCIC and VEC, the remaining 16 firms contributed some VND125.82 trillion to the State budget, surpassing the yearly target by 1 percent, and up 21 percent year-on-year.',
    ).find((x) => value(x) === '125820000000000 VND');
    expect(b?.completion?.value.percent.value).toBe('101');
    expect(changes(b)).toEqual(['rate 21 same-period-last-year']);
    // https://thoibaotaichinhvietnam.vn/ten-month-state-budget-collection-meets-over-90-percent-of-estimate-94795.html
    const c = read(
      'Revenue from crude oil and import-export activities went up 12.5 percent and 27.7 percent on-year and exceeded the estimates by 43.6 percent and 6.6 percent, respectively.',
    );
    expect(c.some((x) => x.completion?.value.percent.value === '143.6')).toBe(true);
    expect(c.every((x) => x.unread.every((u) => u.reason !== 'unrecognised-figure'))).toBe(true);
  });
  it('negative: a year after `by` is a deadline, not an excess', () => {
    const s = one('The province collected VND 20 trillion, beating the plan by 2025.');
    expect(value(s)).toBe('20000000000000 VND');
    expect(unread(s)).not.toContain('unrecognised-figure');
  });
});

describe('EN-VALUES: a level, then a comparison with another period’s figure, then a change (`…, a slight increase compared to the 1.3 million in September and a 27.6 per cent increase …`)', () => {
  // Own paraphrases: other nouns, compare words (compared to / compared with / up from / against),
  // the article before the figure, a month or quarter with no year, changes after the figure's period.
  it('gives the change after the compared figure’s period to the level, and the figure its own period', () => {
    for (const [text, first, change, other] of [
      [
        'In March 2022, rice exports reached 600,000 tonnes, a sharp increase compared to the 450,000 tonnes in February and a 12 percent rise compared to the same month last year.',
        ['600000 tonne', '2022-03'],
        'rate 12 same-period-last-year',
        ['450000 tonne', '2022-02'],
      ],
      [
        'In January 2024, passenger traffic reached 9.1 million, a slight drop compared with the 9.4 million in December and up 15 percent year-on-year.',
        ['9100000', '2024-01'],
        'rate 15 same-period-last-year',
        ['9400000', '2023-12'],
      ],
      [
        'In May 2023, retail sales hit 500 trillion VND, up from the 480 trillion VND in April and 9 percent higher than the same period last year.',
        ['500000000000000 VND', '2023-05'],
        'rate 9 same-period-last-year',
        ['480000000000000 VND', '2023-04'],
      ],
      [
        'In the third quarter of 2024, FDI inflows hit 6 billion USD, a rise against the 5.2 billion USD in the second quarter, and 8 percent higher than a year earlier.',
        ['6000000000 USD', '2024-Q3'],
        'rate 8 same-period-last-year',
        ['5200000000 USD', '2024-Q2'],
      ],
    ] as const) {
      const all = read(text);
      expect(all, text).toHaveLength(2);
      const [a, b] = all;
      expect([value(a), a?.period?.value], text).toEqual(first);
      expect(changes(a), text).toEqual([change]);
      expect([value(b), b?.period?.value], text).toEqual(other);
      expect(changes(b), text).toEqual([]);
      // the other period's figure is shown after `compared`, never audited
      if (text.includes('compared')) expect(b?.value?.confidence, text).toBe('uncertain');
    }
  });
  it('reads real press sentences of the comparison with the article', () => {
    // https://www.thevillagroup.co.uk/posts/tourist-arrivals-rise-7-5-in-september (no stated figure is taken
    // for the level: the compared figure stays doubted)
    const v = read(
      'According to the latest Passenger Survey, tourist arrivals jumped an annual 7.5% in September to total 520,138 compared to 483,716 in September the previous year, setting a new record for the month.',
    );
    for (const s of v) if (s.value) expect(s.value.confidence).toBe('uncertain');
    // https://www.statsfiji.gov.fj/provisional-visitor-arrivals-february-2024/
    // (round 55: `which recorded a total 70,324`, `of` dropped, is the compared month's own level)
    const [f, january] = read(
      'However, this is a decrease of 22.2% compared to January 2024, which recorded a total 70,324.',
    );
    expect(changes(f)).toEqual(['rate -22.2 2024-01']);
    expect(value(january)).toBe('70324');
    expect(changes(january)).toEqual([]);
  });
  it('negative: with a change of its own before the comparison, a change after the compared figure is not moved', () => {
    const all = read(
      'In May 2023, retail sales hit 500 trillion VND, up 3 percent month-on-month, compared with the 480 trillion VND in April and up 2 percent from the same month last year.',
    );
    expect(changes(all[0])).toEqual(['rate 3 previous-period']);
    // the later change stays with the compared figure, doubted
    const later = all.find((s) => changes(s).includes('rate 2 same-period-last-year'));
    expect(later?.changes[0]?.confidence).toBe('uncertain');
  });
});

describe('EN-VALUES: a count or amount of goods and its worth written with a currency sign, then changes by measure', () => {
  // Own paraphrases: `US$`/`$` before the worth (the unit's code decides the side), measures named
  // `in number`, `in terms of the number of projects`, `in terms of capital`.
  it('gives each change to the statement of its own measure', () => {
    for (const [text, count, worth] of [
      [
        'In the first half, 1,200 new projects were licensed with registered capital of $9 billion, up 5 percent in number and 12 percent in value.',
        'rate 5 -',
        'rate 12 -',
      ],
      [
        'The province licensed 320 projects with registered capital of US$2.1 billion, up 14.2 percent in terms of the number of projects and down 23.7 percent in terms of capital.',
        'rate 14.2 -',
        'rate -23.7 -',
      ],
      [
        'Vietnam exported 1.2 million tonnes of coffee worth US$2.5 billion in the first half, up 10% and 25% in volume and value, respectively.',
        'rate 10 -',
        'rate 25 -',
      ],
    ] as const) {
      const all = read(text);
      expect(all, text).toHaveLength(2);
      expect(changes(all[0]), text).toEqual([count]);
      expect(changes(all[1]), text).toEqual([worth]);
      expect(all[1]?.value?.value.unitCode, text).toBe('USD');
    }
  });
  it('reads real press sentences with `US$` before the worth', () => {
    // https://english.vtv.vn/news/coffee-exports-enjoy-major-surge-to-eu-market-20201014153640859.htm
    const a = read(
      'According to preliminary statistics compiled by the General Department of Vietnam Customs, the nation shipped 100,188 tonnes of coffee abroad with a value of US$184.35 million in August, representing a decline of 8.9% in volume and 6.3% in turnover compared to July’s figures.',
    );
    expect(a.map((x) => [value(x), changes(x)])).toEqual([
      ['100188 tonne', ['rate -8.9 -']],
      // (round 55: `July's figures` with no month of the worth's own statement: the month before, doubted)
      ['184350000 USD', ['rate -6.3 previous-period']],
    ]);
    expect(a[1]?.changes[0]?.doubt?.reason).toBe('assumed-month-before');
    // (same source)
    const b = read(
      'During the opening nine months of the year, coffee exports reached 1.25 million tonnes worth US$2.16 billion, an annual decrease of 1.4% in volume and 1% in turnover.',
    );
    expect(b.map((x) => [value(x), changes(x)])).toEqual([
      ['1250000 tonne', ['rate -1.4 same-period-last-year']],
      ['2160000000 USD', ['rate -1 same-period-last-year']],
    ]);
  });
  it('negative: a measure phrase after the only statement moves nothing', () => {
    const s = one('Tourist arrivals reached 2 million, up 5 percent in the number of visitors.');
    expect(changes(s)).toEqual(['rate 5 -']);
  });
});

describe('EN-VALUES: a bare count, its noun and a passive verb (`17,400 new jobs were created`)', () => {
  // Own paraphrases: other nouns and participles (regular and irregular), a bound, another auxiliary.
  it('reads the count as the value of a statement named by its noun', () => {
    for (const [text, count, approximate] of [
      ['In the period, more than 17,400 new jobs were created.', '17400', 'over'],
      ['During the campaign, 2,300 violations were handled, up 12 percent year-on-year.', '2300', undefined],
      ['Over 500 houses were built for poor families in 2022.', '500', 'over'],
      ['Some 640 fishing boats have been upgraded since January.', '640', 'about'],
    ] as const) {
      const s = one(text);
      expect(s.value?.value.base, text).toBe(count);
      expect(s.value?.value.approximate, text).toBe(approximate);
      expect(s.name?.value, text).toMatch(/were|been/u);
    }
    expect(changes(one('During the campaign, 2,300 violations were handled, up 12 percent year-on-year.'))).toEqual([
      'rate 12 same-period-last-year',
    ]);
  });
  it('negative: a year or a time noun before the auxiliary is no count', () => {
    expect(read('In 2020 jobs were created in every district.')).toEqual([]);
    expect(read('In the first 12 months were recorded many changes.')).toEqual([]);
    // a present auxiliary (a forecast) is left to the other rules
    expect(
      read('Around 3,000 new jobs are expected next year.').every(
        (s) => s.value?.value.base !== '3000' || s.kind.value === 'target',
      ),
    ).toBe(true);
  });
});

describe('EN-VALUES: an amount of goods `valued at` its worth (like `worth`)', () => {
  // Own paraphrases: other goods, units, periods; with and without changes by measure.
  it('reads the worth as a statement of its own, not a second value dropped', () => {
    for (const [text, amount, worth] of [
      [
        'Rice exports in seven months reached 3.3 million tonnes valued at US$1.5 billion.',
        '3300000 tonne',
        '1500000000 USD',
      ],
      ['Cashew shipments hit 420,000 tonnes valued at 2.9 billion USD in 2023.', '420000 tonne', '2900000000 USD'],
      [
        'The province harvested 12,000 tonnes of dragon fruit valued at VND 240 billion.',
        '12000 tonne',
        '240000000000 VND',
      ],
    ] as const) {
      expect(read(text).map(value), text).toEqual([amount, worth]);
    }
    const both = read(
      'Vietnam exported 1.2 million tonnes of coffee valued at US$2.5 billion in the first half, up 10% and 25% in volume and value, respectively.',
    );
    expect(both.map((s) => changes(s))).toEqual([['rate 10 -'], ['rate 25 -']]);
  });
  it('negative: `valued at` after a statement with no value is that statement’s value', () => {
    expect(read('Seafood exports were valued at about 8.9 billion USD, up 4 percent.').map(value)).toEqual([
      '8900000000 USD',
    ]);
  });
});
