import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `en-region-money`: THE REGION'S CURRENCIES WRITTEN BEFORE THE NUMBER, A CONCESSIVE
 * CLAUSE'S CHANGE, A CONVERSION IN BRACKETS WITH THE VALUE'S CHANGE, SIGNS THAT REPEAT THE VERB (round 32). The English business press of the Philippines, Indonesia,
 * Malaysia and Thailand writes its sums with the currency's sign glued to the number — `P90.6 billion`,
 * `Php2.5 billion`, `Rp12.5 trillion`, `RM1.25 billion`, `Bt5 billion` — or before it with a space
 * (`PHP 3.4 billion`, `Bt 92.3 billion`), or as a symbol (`₱1.2 billion`). None of them is a built-in
 * unit: the annotators of `test21` (the Philippine rows) take them as values without a unit code.
 * Before round 32 the glued one- or two-letter sign ate the integer part (`P8` + `.6 billion`: 6
 * billion, doubted); it is now split from the number when a scale word follows.
 *
 * Classes, crossed in templates:
 * (a) SIGN × AMOUNT × FRAME: result verbs with their period and change (`generated P90.6 billion in
 *     revenue in 2023, up 12 percent year on year`, `rose 41 percent to Php11.4 billion in the first
 *     half of 2023`, `posted a net profit of Rp12.5 trillion for the third quarter of 2023`).
 * (b) A CONCESSIVE CLAUSE'S CHANGE: `Despite a 3.2 percent drop in cargo volumes, port revenue
 *     climbed to P5.8 billion in 2023`, `…, although cargo volumes fell 3.2 percent`: the change is the
 *     other noun's; never shown as the value's certain change.
 *
 * (c) A VALUE, THEN A BRACKET THAT CONVERTS IT AND GOES ON WITH ITS CHANGE OR COMPLETION (securities
 *     firms' notes): `9M revenue was VND5.4 trillion (about USD205 million, up +7% YoY)`, `(US$34.4
 *     million, up 68% YoY, equivalent to 94% of target profit)`, `(about USD104 million, completing 60%
 *     target)` (a verb of fulfilling needs no `of` before the plan): the change and completion are the value's; the conversion is no fact.
 * (d) A SIGN PRINTED ON THE NUMBER THAT REPEATS THE VERB: `up +3.1% YoY`, `down -3.1% YoY`, `fell
 *     -2.4%`: a fall stays a fall (`down -3.1%` was read as a rise of 3.1 before round 32).
 * (e) THE EARLIER LEVEL A CHANGE CAME FROM, DATED BY A POSSESSIVE OR AFTER A COMMA: `compared with
 *     last year’s 2.52 million TEUs`, `from the previous year's P37.5 billion`, `, compared to P6.50
 *     billion in the same period last year`, `from 4.03 million TEUs the year prior`: the change's base
 *     is the same period a year before.
 *
 * NEAR-MISSES (at least a fifth; the reading must not change): a sign glued to a number with no scale
 * word, which is a model's, a lot's or a line's name (`the RM2 model`, `Lot P1`, `the Bt3 line`), and a
 * concessive clause with no figure before the result's own change (`Despite the pandemic, revenue rose
 * 5% to P8.6 billion in 2023`: the change is the revenue's).
 */

const SIGNS: readonly string[] = ['P', 'Php', 'PHP ', '₱', 'Rp', 'RM', 'Bt', 'Bt '];

const AMOUNTS: readonly (readonly [text: string, v: string])[] = [
  ['8.6 billion', '8600000000'],
  ['90.6 billion', '90600000000'],
  ['339 million', '339000000'],
  ['1.25 trillion', '1250000000000'],
];

const SUBJECTS: readonly string[] = ['Cebu Pacific', 'Ayala Land', 'Bank Mandiri', 'Maybank', 'The insurer'];

/** A frame: the sentence around the sum, and the fact it states besides the value. */
type Frame = readonly [make: (subject: string, sum: string) => string, fact: Omit<RealFact, 'v'>];
const FRAMES: readonly Frame[] = [
  [
    (s, m) => `${s} generated ${m} in revenue in 2023, up 12 percent year on year.`,
    { p: '2023', ch: ['rate 12 same-period-last-year'] },
  ],
  [
    (s, m) => `${s}'s net income rose 41 percent to ${m} in the first half of 2023.`,
    { p: '2023-H1', ch: ['rate 41 *'] },
  ],
  [(s, m) => `${s} posted a net profit of ${m} for the third quarter of 2023.`, { p: '2023-Q3' }],
  [(s, m) => `${s}'s total premiums reached ${m} in 2023.`, { p: '2023' }],
  [(s, m) => `Revenue of ${s} fell 4.8 percent to ${m} in 2023.`, { p: '2023', ch: ['rate -4.8 *'] }],
];

/** (a) A sum in the region's currencies, read whole with its period and change. */
function sumCases(): PhraseCase[] {
  return cross(SIGNS, AMOUNTS, FRAMES).map(([sign, [amount, v], [make, fact]], i) => ({
    text: make(SUBJECTS[i % SUBJECTS.length] as string, `${sign}${amount}`),
    facts: [{ v, ...fact }],
  }));
}

/** (b) A change inside a concessive clause, and the result's value outside it. */
function concessiveCases(): PhraseCase[] {
  const leads: readonly (readonly [make: (change: string, other: string, result: string) => string])[] = [
    [(c, o, r) => `Despite a ${c} drop in ${o}, ${r}.`],
    [(c, o, r) => `In spite of a ${c} decline in ${o}, ${r}.`],
    [(c, o, r) => `${cap(r)}, although ${o} fell ${c}.`],
    [(c, o, r) => `${cap(r)}, even though ${o} dropped ${c}.`],
  ];
  const others = ['cargo volumes', 'passenger numbers', 'premiums earned'];
  const results: readonly (readonly [text: string, v: string])[] = [
    ['port revenue climbed to P5.8 billion in 2023', '5800000000'],
    ['the sector posted an overall increase in gross premiums, reaching RM28.2 billion in 2023', '28200000000'],
    ['net income reached Rp3.4 trillion in 2023', '3400000000000'],
  ];
  const changes: readonly (readonly [text: string, r: string])[] = [
    ['3.2 percent', '3.2'],
    ['1.3%', '1.3'],
  ];
  return cross(leads, others, results, changes).map(([[make], other, [result, v], [change, r]]) => ({
    text: make(change, other, result),
    facts: [{ v, p: '2023' }, { ch: [`rate -${r} *`] }],
  }));
}

/** (c) A value in đồng with a bracket converting it, then its change and completion. */
function conversionCases(): PhraseCase[] {
  const heads: readonly (readonly [text: string, p?: string])[] = [
    ['9M revenue was'],
    ['Q3 EBT clocked at'],
    ['Net income in 2025 reached', '2025'],
    ['The firm posted 9M pre-tax income of'],
  ];
  const sums: readonly (readonly [text: string, conv: string, v: string])[] = [
    ['VND5.4 trillion', 'USD205 million', '5400000000000'],
    ['VND904.5 billion', 'US$34.4 million', '904500000000'],
    ['VND 713 billion', 'USD 27.1 million', '713000000000'],
  ];
  const leads = ['about ', '', 'approximately '];
  const tails: readonly (readonly [text: string, fact: Omit<RealFact, 'v'>])[] = [
    ['up +7% YoY', { ch: ['rate 7 same-period-last-year'] }],
    ['up 68% YoY, equivalent to 94% of target profit', { ch: ['rate 68 same-period-last-year'], c: '94' }],
    ['down -3.1% YoY', { ch: ['rate -3.1 same-period-last-year'] }],
    ['completing 60% target', { c: '60' }],
  ];
  return cross(heads, sums, leads, tails).map(([[head, p], [sum, conv, v], lead, [tail, fact]]) => ({
    text: `${head} ${sum} (${lead}${conv}, ${tail}).`,
    facts: [{ v, ...(p ? { p } : {}), ...fact }],
  }));
}

/** (d) A sign printed on the number that repeats the verb's direction. */
function signedCases(): PhraseCase[] {
  const verbs: readonly (readonly [text: string, sign: string, print: string])[] = [
    ['up', '', '+'],
    ['down', '-', '-'],
    ['rising', '', '+'],
    ['falling', '-', '-'],
    ['a decrease of', '-', '-'],
  ];
  const rates = ['3.1', '12', '0.4'];
  const bases: readonly (readonly [text: string, base: string])[] = [
    ['YoY', 'same-period-last-year'],
    ['year on year', 'same-period-last-year'],
    ['from the previous quarter', 'previous-period'],
  ];
  return cross(verbs, rates, bases).map(([[verb, sign, print], r, [base, kind]]) => ({
    text: `Exports reached US$4.2 billion in the third quarter of 2024, ${verb} ${print}${r}% ${base}.`,
    facts: [{ v: '4200000000', u: 'USD', p: '2024-Q3', ch: [`rate ${sign}${r} ${kind}`] }],
  }));
}

/** (e) The earlier level a change came from, dated by a possessive, after a comma, or `the year prior`. */
function earlierLevelCases(): PhraseCase[] {
  const heads: readonly (readonly [text: string, v: string])[] = [
    ['Net income jumped 48.5 percent to P9.65 billion', '9650000000'],
    ['Cargo throughput rose 4.6 percent to 227.12 million tonnes', '227120000'],
    ['Premiums grew 12.9% to RM64.2 billion', '64200000000'],
  ];
  const levels: readonly (readonly [make: (level: string) => string])[] = [
    [(l) => `, compared to ${l} in the same period last year`],
    [(l) => ` compared with last year’s ${l}`],
    [(l) => ` from last year's ${l}`],
    [(l) => ` from the previous year's ${l}`],
    [(l) => ` from ${l} the year prior`],
    [(l) => `, compared with ${l} a year earlier`],
  ];
  const earlier: Record<string, string> = {
    '9650000000': 'P6.50 billion',
    '227120000': '217.33 million tonnes',
    '64200000000': 'RM56.9 billion',
  };
  return cross(heads, levels).map(([[head, v], [make]]) => {
    const rate = /([\d.]+) ?(?:percent|%)/u.exec(head)?.[1] as string;
    return {
      text: `${head}${make(earlier[v] as string)}.`,
      facts: [{ v, ch: [`rate ${rate} same-period-last-year`] }],
    };
  });
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Near-misses: a glued sign with no scale word (a name), and a concessive clause with no figure. */
function nearMisses(): PhraseCase[] {
  const names: PhraseCase[] = cross(
    [
      ['The RM2 model sold 5,000 units in 2023.', '5000'],
      ['Lot P1 covers 25 hectares of farmland in 2023.', '25'],
      ['The Bt3 line carried 1,200 passengers a day in 2023.', '1200'],
      ['Block Rp4 produced 340 tonnes of rice in 2023.', '340'],
      ['The P3 programme trained 2,500 teachers in 2023.', '2500'],
      ['Gate RM7 handled 48,000 containers in 2023.', '48000'],
    ] as const,
    [
      '',
      ' The company said so.',
      ' Officials confirmed it.',
      ' The report gave no other figure.',
      ' It was a record.',
      ' Analysts expected more.',
    ],
  ).map(([[text, v], tail]) => ({ text: `${text}${tail}`, facts: [{ v, p: '2023' }] }));
  const concessive: PhraseCase[] = cross(
    [
      'Despite the pandemic',
      'Despite higher fuel costs',
      'Although demand was weak',
      'In spite of the typhoons',
      'Even though rates stayed high',
      'Despite a weaker peso',
    ],
    [
      ['revenue rose 5% to P8.6 billion in 2023', '8600000000', '5'],
      ['net income grew 12 percent to RM1.25 billion in 2023', '1250000000', '12'],
      ['premiums increased 2.4 percent to Php389.6 billion in 2023', '389600000000', '2.4'],
      ['sales climbed 7.5 percent to Bt92.3 billion in 2023', '92300000000', '7.5'],
      ['profit jumped 30 percent to Rp12.5 trillion in 2023', '12500000000000', '30'],
    ] as const,
  ).map(([lead, [result, v, r]]) => ({ text: `${lead}, ${result}.`, facts: [{ v, p: '2023', ch: [`rate ${r} *`] }] }));
  // a bracket that opens on another period's figure, not on the value converted: its change stays doubted
  const otherPeriod: PhraseCase[] = cross(
    ['2024: VND4.1 trillion', 'same period last year: VND4.1 trillion', 'Q2: VND4.1 trillion', '9M24: VND4.1 trillion'],
    ['up 5% YoY', 'up +5% YoY'],
    [
      '9M revenue was',
      'Revenue in the first nine months was',
      'The bank posted revenue of',
      'Net interest income reached',
      'The group’s EBT came in at',
      'Operating income stood at',
    ],
  ).map(([bracket, tail, head]) => ({
    text: `${head} VND5.4 trillion (${bracket}, ${tail}).`,
    facts: [{ v: '5400000000000', u: 'VND' }],
  }));
  return [...names, ...concessive, ...otherPeriod];
}

const NEAR = nearMisses();

/** How many cases are near-misses (the test checks they are at least a fifth). */
export const NEAR_MISS_COUNT_REGION_MONEY = NEAR.length;

export const REGION_MONEY_EN: Phrasebook = {
  area: 'en-region-money',
  locale: 'en',
  cases: [...sumCases(), ...concessiveCases(), ...conversionCases(), ...signedCases(), ...earlierLevelCases(), ...NEAR],
};
