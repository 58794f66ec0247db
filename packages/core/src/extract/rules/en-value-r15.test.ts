import { describe, expect, it } from 'vitest';
import { glueOf } from '../glue';
import { en } from '../grammar-en';
import { changes, one, read } from '../sentence/statements.test-util';
import { tokenize } from '../tokenize';
import type { Statement } from '../types';

/** A statement's value as `base unit` (`8060000000 USD`), or undefined. */
const value = (s: Statement | undefined): string | undefined =>
  s?.value ? `${s.value.value.base} ${s.value.value.unitCode ?? s.value.value.unit ?? ''}`.trim() : undefined;

/** The doubt of a statement's value, or `certain`. */
const valueDoubt = (s: Statement | undefined): string | undefined =>
  s?.value ? (s.value.doubt?.reason ?? s.value.confidence) : undefined;

describe('EN-VALUES-2: a point before exactly three digits with no scale word (point-thousands)', () => {
  // Own paraphrases: a count, a count with its noun, a price — each may be thousands written the Vietnamese way.
  it('doubts the value: it may be 43,900 as well as 43.9', () => {
    for (const text of [
      'Enterprises leaving the market numbered 12.300, a year-on-year rise of 8.1 percent.',
      'The province welcomed 64.500 visitors in May, up 12 percent year on year.',
      'The average price of pepper climbed to VND 83.500 per kilogram.',
    ]) {
      const s = read(text)[0];
      expect(valueDoubt(s), text).toBe('point-thousands');
    }
  });
  // Negatives: a scale word or a percentage after the number makes the point a decimal point;
  // two decimals or a comma group are no such shape.
  it('keeps decimals certain after a scale word, as a percentage, or with other digit groups', () => {
    for (const [text, v] of [
      ['Exports reached US$7.362 billion in March.', '7362000000 USD'],
      ['The unemployment rate was 12.345 percent.', '12.345 percent'],
      ['Rice productivity was 6.08 tonnes.', '6.08 tonne'],
      ['The province welcomed 64,500 visitors in May.', '64500 person'],
    ] as const) {
      const s = read(text)[0];
      expect(value(s), text).toBe(v);
      expect(valueDoubt(s), text).toBe('certain');
    }
  });
});

describe('EN-VALUES-2: a content word that lost the space after it (glue heads)', () => {
  const glued = (text: string) =>
    tokenize(text, glueOf(en))
      .filter((t) => t.kind === 'word')
      .map((t) => t.text);
  // Own paraphrases: a scale word glued to its unit or currency, a percent word glued to its
  // compare word or preposition, a verb glued to `by`, a reporting word glued to a bound word.
  it('reads the figures around the glued words', () => {
    const coffee = one('Coffee exports reached 2.1 billionUSD, up 12 percentfrom a year earlier.');
    expect(value(coffee)).toBe('2100000000 USD');
    expect(changes(coffee)).toEqual(['rate 12 same-period-last-year']);
    const rice = one('Rice output increasedby 3.5 percent year on year to 21 million tonnes.');
    expect(value(rice)).toBe('21000000 tonne');
    expect(changes(rice)).toEqual(['rate 3.5 same-period-last-year']);
    const budget = one('Total disbursement was 1.2 trillionVND, equal to 40 percentof the plan.');
    expect(value(budget)).toBe('1200000000000 VND');
    expect(budget.completion?.value.percent.value).toBe('40');
    const power = one('Power output reached 25.4 billionkWh, up 9 percentover the same period last year.');
    expect(value(power)).toBe('25400000000 kWh');
    expect(changes(power)).toEqual(['rate 9 same-period-last-year']);
    const said = one('The ministry saidnearly 3,000 projects were approved.');
    expect(said.value?.value.approximate).toBe('under');
  });
  it('splits only a head and a word that may follow it', () => {
    expect(glued('up 41 percentover the same period')).toEqual(['up', 'percent', 'over', 'the', 'same', 'period']);
    expect(glued('15 trillionVND and 13.5 billionkWh')).toEqual(['trillion', 'VND', 'and', 'billion', 'kWh']);
    expect(glued('it grewby 5 percent; Binh said thatin April')).toEqual([
      'it',
      'grew',
      'by',
      'percent',
      'Binh',
      'said',
      'that',
      'in',
      'April',
    ]);
  });
  // Negatives: real words that start with a head and end with a word that may follow one stay whole.
  it('keeps real words whole', () => {
    const words = [
      'surgeon',
      'upon',
      'into',
      'percentage',
      'thousandth',
      'billionaire',
      'overall',
      'thatch',
      'fallout',
    ];
    expect(glued(words.join(' '))).toEqual(words);
  });
});

describe('EN-VALUES-2: a whole count opening its clause as the subject of a passive (rules/en-value-passive-count.ts)', () => {
  // Own paraphrases: no noun after the number, an adverb in `-ly` before the participle or none.
  it('reads the count and keeps the change after it', () => {
    for (const [text, base, change] of [
      [
        'Among those firms, 12,480 were newly registered, an increase of 6.2 per cent over the same period last year.',
        '12480',
        'rate 6.2 same-period-last-year',
      ],
      [
        'In the first quarter, 1,250 were officially licensed, up 8 percent year on year.',
        '1250',
        'rate 8 same-period-last-year',
      ],
      ['Of the total, 320 were rebuilt, down 5 percent from 2022.', '320', 'rate -5 2022'],
    ] as const) {
      const s = one(text);
      expect(s.value?.value.base, text).toBe(base);
      expect(changes(s), text).toEqual([change]);
    }
  });
  // Negatives: a decimal is no count; a present auxiliary states no result; a year is a period.
  it('reads no count from a decimal, a present auxiliary or a year', () => {
    for (const text of [
      'Of the indices, 6.5 were estimated.',
      'In the next phase, 2,000 are expected to be built.',
      'As planned, 2024 was designated a year of digital transformation.',
    ])
      expect(
        read(text).filter((s) => s.value),
        text,
      ).toEqual([]);
  });
});

describe('EN-VALUES-2: the amount of added capital (rules/en-value-added-capital.ts)', () => {
  // Own paraphrases: `increase/raise … capital/investment by`, `add … to their capital`, any currency, with a bound.
  it('reads the amount added to capital as a value of its own', () => {
    const firms = read('As many as 3,100 firms increased their capital by 152 trillion VND in the first half.');
    expect(firms.map(value)).toEqual(['3100 enterprise', '152000000000000 VND']);
    const investors = read('Meanwhile, 910 projects registered to raise their investment by more than US$2.4 billion.');
    expect(investors.map(value)).toContain('2400000000 USD');
    expect(investors.find((s) => value(s) === '2400000000 USD')?.value?.value.approximate).toBe('over');
    const added = read(
      'Operating businesses also registered to add nearly VND 640 trillion to their capital this year.',
    );
    expect(added.map(value)).toContain('640000000000000 VND');
    expect(added.find((s) => value(s) === '640000000000000 VND')?.value?.value.approximate).toBe('under');
  });
  it('reads real press sentences of the shape', () => {
    // https://english.nna.jp/articles/1541 (VNA)
    const nna = read(
      'Already-operational firms also registered to add about 1.73 quadrillion VND to their capital, bring total capital injected to the economy over the period to more than 3.02 quadrillion VND.',
    );
    expect(nna.map(value)).toEqual(['1730000000000000 VND', '3020000000000000 VND']);
    // https://en.qdnd.vn/economy/news/new-firms-registered-capital-up-34-percent-in-nine-months-509991
    const qdnd = read('Already-operational firms also registered to add about VND 1.73 quadrillion to their capital.');
    expect(qdnd.map(value)).toEqual(['1730000000000000 VND']);
    expect(qdnd[0]?.value?.value.approximate).toBe('about');
  });
  // Negatives: a percentage is a rate; an amount followed by the level after `to` is a change; an
  // object that is no capital, or a verb of decrease, reads no added capital.
  it('leaves rates, changes to a level, other objects and decreases to the other rules', () => {
    expect(changes(one('The bank raised its capital by 20 percent year on year.'))).toEqual([
      'rate 20 same-period-last-year',
    ]);
    expect(read('The firm increased its charter capital by VND 500 billion to VND 2 trillion.').map(value)).toEqual([
      '2000000000000 VND',
    ]);
    expect(read('Exporters increased shipments by 200 million USD.').map(value)).not.toContain('200000000 USD');
    expect(read('The group reduced its capital by 90 billion VND.').map(value)).not.toContain('90000000000 VND');
  });
});

describe('EN-VALUES-2: a stray article between a partial period and its year (period-phrase.ts)', () => {
  // Own paraphrases: months, a quarter, a half — `of the 2022` is `of 2022`.
  it('reads the year after `of the`', () => {
    for (const [text, period] of [
      [
        'Rice exports reached 4.1 million tonnes in the first nine months of the 2022, up 15 percent year on year.',
        '2022-YTD-09',
      ],
      ['Coffee exports reached 1.2 billion USD in the second quarter of the 2021.', '2021-Q2'],
      ['Seafood exports hit 4.4 billion USD in the first half of the 2023, down 27 percent year on year.', '2023-H1'],
    ] as const)
      expect(one(text).period?.value, text).toBe(period);
  });
  // Negative: a decade is no year.
  it('reads no year from a decade', () => {
    expect(one('FDI reached 10 billion USD in the first half of the 2010s.').period).toBeUndefined();
  });
});

describe('EN-VALUES-2: two counts joined in the object of `included` / `comprised` (grammar-en countVerbs)', () => {
  // Own paraphrases: two counts joined by `and`, any counted noun; a count with its change.
  it('reads each count as a value of its own', () => {
    expect(
      read('The figure included 240,000 international arrivals and 1.9 million domestic tourists.').map(value),
    ).toEqual(['240000 arrivals', '1900000 person']);
    expect(read('The workforce comprised 12,500 skilled workers and 30,000 seasonal workers.').map(value)).toEqual([
      '12500 person',
      '30000 person',
    ]);
    const may = one('Arrivals in May included 410,000 foreign visitors, up 12 percent year on year.');
    expect(value(may)).toBe('410000 person');
    expect(changes(may)).toEqual(['rate 12 same-period-last-year']);
  });
  // Negative: a year after the verb is no certain count.
  it('never reads a year after the verb as a certain count', () => {
    for (const s of read('The agenda included 2025 targets for exports.')) expect(valueDoubt(s)).not.toBe('certain');
  });
});

describe('EN-VALUES-2: a verb of recording alone after `and` continues the statement before (sentence/clause-name.ts)', () => {
  // Own paraphrases: a relative or appositive clause with the completion, then `and` + a verb of
  // recording + a change noun phrase; any verb of the class, any base.
  it('gives the change to the statement before', () => {
    for (const [text, base, c, change] of [
      [
        'Budget revenue reached 420 trillion VND, which represented 76.2 percent of the yearly estimate, and showed a rise of 9.4 percent year on year.',
        '420000000000000',
        '76.2',
        'rate 9.4 same-period-last-year',
      ],
      [
        'Exports reached 10 billion USD, equal to 81.6 percent of the plan, and posted a rise of 15.8 percent year on year.',
        '10000000000',
        '81.6',
        'rate 15.8 same-period-last-year',
      ],
      [
        'Rice exports hit 2.1 million tonnes, and recorded a 9 percent increase from 2022.',
        '2100000',
        undefined,
        'rate 9 2022',
      ],
    ] as const) {
      const s = one(text);
      expect(s.value?.value.base, text).toBe(base);
      expect(s.completion?.value.percent.value, text).toBe(c);
      expect(changes(s), text).toEqual([change]);
    }
  });
  // Negative: a clause with its own subject before the verb is a statement of its own.
  it('keeps a clause with its own subject apart', () => {
    const [exports, imports] = read('Exports reached 10 billion USD, and imports posted a rise of 12 percent.');
    expect(changes(exports)).toEqual([]);
    expect(changes(imports)).toEqual(['rate 12 -']);
  });
});

describe('EN-VALUES-2: a hyphenated compound modifier before a counted noun (quantity.ts)', () => {
  // Own paraphrases: `newly-established`, `export-oriented`, `adjusted-capital` before a noun of counted things.
  it('reads the count with its unit', () => {
    expect(value(one('There were 13,100 newly-established enterprises in November.'))).toBe('13100 enterprise');
    expect(value(one('The city has 2,400 export-oriented firms.'))).toBe('2400 enterprise');
    expect(read('Meanwhile, 425 adjusted-capital projects brought in US$2.59 billion.').map(value)).toEqual([
      '425 project',
      '2590000000 USD',
    ]);
  });
  it('reads a real press sentence of the shape', () => {
    // https://en.vietnamplus.vn/number-of-newlyestablished-firms-up-22-in-october/270696.vnp
    const s = one(
      'From January to October, 1,427 newly-established enterprises operated in the agriculture, forestry and fishery sectors, down 15% over the same period last year.',
    );
    expect(value(s)).toBe('1427 enterprise');
    expect(changes(s)).toEqual(['rate -15 same-period-last-year']);
  });
  // Negative: a hyphenated compound before a noun that counts nothing gives no unit.
  it('gives no unit when the noun after the compound is no counted thing', () => {
    expect(value(read('The index stood at 104 year-on-year points.')[0])).not.toContain('project');
    expect(read('Some 2,300 well-known brands took part.').map(value)).not.toContain('2300 enterprise');
  });
});

describe('EN-VALUES-2: a decimal comma in English text (read-number.ts, certainty/doubts/decimal-comma.ts)', () => {
  // Own paraphrases: a count with a scale word, a percentage change, a money amount.
  it('reads the number with the comma as the decimal point, and doubts every field it gives', () => {
    const arrivals = one('The city welcomed more than 2,7 million foreign arrivals in the first half.');
    expect(arrivals.value?.value.base).toBe('2700000');
    expect(valueDoubt(arrivals)).toBe('decimal-comma');
    const exports = one('Exports rose 7,5% year on year to 12 billion USD.');
    expect(changes(exports)).toEqual(['rate 7.5 same-period-last-year']);
    expect(exports.changes[0]?.doubt?.reason).toBe('decimal-comma');
    const revenue = one('Tourism revenue reached 3,63 billion USD.');
    expect(value(revenue)).toBe('3630000000 USD');
    expect(valueDoubt(revenue)).toBe('decimal-comma');
  });
  // Negatives: a comma before three digits groups thousands (certain); Vietnamese text is not concerned.
  it('keeps thousands commas and Vietnamese decimals certain', () => {
    expect(valueDoubt(one('The province has 12,500 enterprises.'))).toBe('certain');
    expect(valueDoubt(one('Doanh thu đạt 3,63 tỷ đồng.', 'vi'))).toBe('certain');
  });
});
