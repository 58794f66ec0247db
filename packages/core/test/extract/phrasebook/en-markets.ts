import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `en-markets` (round 29): the language of market and company reports the
 * released sets share (stock exchanges, listed codes, liquidity; waste plants, cases of a disease,
 * visitors; test2, test7, test12, test13, test16, test18).
 *
 * Classes crossed:
 * (a) A PART RIGHT AFTER ITS WHOLE: an of-which word (`including`, `of which`, `among them`, `among
 *     which`) with no comma between the whole's figure and the part's (`545 listed securities codes
 *     including 393 stocks, 13 ETF certificates and 136 covered warrants`, `1,322 waste treatment
 *     facilities including 381 incinerators, 37 composting plants and 904 landfills`) — the part is a
 *     statement of its own (it was the whole's unread second value), crossed with the whole's verb
 *     (`There were`, `The province has`, `The ministry reported`, `The exchange listed`), the count
 *     and its noun, and the list after the first part (none, one more, two more).
 * (b) A CHANGE IN VOLUME OF A NUMBER OF THINGS: a number the grammar has no unit for (`875.52
 *     million shares`, `1.8 million containers`) beside its worth in money, with the changes measured
 *     `in (average) volume` and `in (average) value` — each change goes to its own measure, as it did
 *     for an amount with a unit (`tonnes`). Crossed with the modifiers (`average`, `trading`, none),
 *     the order of the two changes and the base.
 *
 * (c) A BOUND BEFORE A CURRENCY WRITTEN BEFORE ITS NUMBER at either end of `from … to …` (`has
 *     grown from VND 32,000 to more than VND 90,000`, `rose from $3 billion to nearly $5 billion`,
 *     `fell from over US$3.2 billion to about US$2.9 billion`): the level moved to with its bound and
 *     the level moved from (the bound was only read right before a number: `to more than 90,000 VND`).
 * (d) `GAINED` AND AN AMOUNT (money or a count, no base, no level after `to`), then its change:
 *     the amount is the level the press means (`Tourism revenue gained 18.4 trillion VND, 12.4
 *     percent higher than …`, `Vietnam gained 19.9 billion US dollars from exporting phones, up 3
 *     percent`; fresh4, test5, test8, test12, test16), read as the value and doubted (`difference`:
 *     native English writes it for the size of a rise).
 *
 * NEAR-MISSES (a fifth or more): an of-which word inside a name with no figure before it
 * (`Services including tourism grew 8%`), a part named by words after the marker (read already),
 * changes with no measure word after them (not moved), and a range of sizes with no verb of change
 * (`Each project is worth from about $3 million to $5 million`: no level moved to), and `gained`
 * with a base, a percentage or a level after `to` (a change, no level from the gain).
 */

const SPLY = 'same-period-last-year';

/** The whole: its opening words and the noun of its count. */
const WHOLES: readonly (readonly [string, string])[] = [
  ['There were', 'listed securities codes'],
  ['The province has', 'cooperatives'],
  ['The ministry reported', 'cases of dengue fever'],
  ['Vietnam has', 'waste treatment facilities'],
  ['The exchange listed', 'securities'],
];

const MARKERS: readonly string[] = ['including', 'of which', 'among them', 'among which'];

/** The parts after the marker: their text and their counts. */
const PARTS: readonly (readonly [string, readonly string[]])[] = [
  ['393 stocks', ['393']],
  ['381 incinerators and 37 landfills', ['381', '37']],
  ['110 new ones, 37 suspended ones and 12 others', ['110', '37', '12']],
];

const WHOLE_COUNTS = ['1,322', '545', '2,870'] as const;

const plain = (n: string): string => n.replace(/,/g, '');

const PART_CASES: PhraseCase[] = cross(WHOLES, MARKERS, PARTS, WHOLE_COUNTS).map(
  ([[lead, noun], marker, [parts, counts], whole]) => ({
    text: `${lead} ${whole} ${noun} ${marker} ${parts}.`,
    facts: [{ v: plain(whole) }, ...counts.map((v): RealFact => ({ v }))],
  }),
);

/** (b) A number of things and its worth, with the changes measured after them. */
const THINGS: readonly (readonly [string, string, string])[] = [
  ['The stock market recorded an average trading volume of', '875.52 million shares', '875520000'],
  ['Average liquidity reached', '736.7 million shares', '736700000'],
  ['Rice exports reached', '2.4 million tonnes', '2400000'],
  ['The port handled', '1.8 million containers', '1800000'],
];

const WORTHS: readonly (readonly [string, string, string])[] = [
  ['and an average trading value of', 'VND18.269 trillion', '18269000000000'],
  ['worth', 'US$1.2 billion', '1200000000'],
  ['with a value of', 'VND 15.12 trillion', '15120000000000'],
];

/** The two changes: text, volume change, value change. */
const MEASURED: readonly (readonly [string, string, string])[] = [
  ['down 0.23 per cent in average volume and up 8.17 per cent in average value', '-0.23', '8.17'],
  ['up 6 percent in volume and 9 percent in value', '6', '9'],
  ['up 12.62% in trading volume and down 11.07% in trading value', '12.62', '-11.07'],
  ['up 9% in value and 6% in volume', '6', '9'],
];

const BASES: readonly (readonly [string, string])[] = [
  [' compared to June 2023', '2023-06'],
  [' year-on-year', SPLY],
];

const MEASURED_CASES: PhraseCase[] = cross(THINGS, WORTHS, MEASURED, BASES).map(
  ([[lead, thing, tv], [link, worth, wv], [changes, vc, mc], [base, b]]) => ({
    text: `${lead} ${thing} ${link} ${worth}, ${changes}${base}.`,
    facts: [
      { v: tv, ...(thing.endsWith('tonnes') ? { u: 'tonne' } : {}), ch: [`rate ${vc} ${b}`] },
      { v: wv, u: wv === '1200000000' ? 'USD' : 'VND', ch: [`rate ${mc} ${b}`] },
    ],
  }),
);

/** (c) A bound before a currency written before its number, at either end of `from … to …`. */
const MOVERS: readonly string[] = [
  'Our stock value has grown',
  'Net revenue rose',
  'The company’s pre-tax profit increased',
  'Export turnover fell',
];

/** The two ends: text, value, bound of each (`over`, `under`, `about` or none). */
const ENDS: readonly (readonly [string, string, RealFact['a'], string, string, RealFact['a']])[] = [
  ['VND 32,000', '32000', undefined, 'more than VND 90,000', '90000', 'over'],
  ['$3 billion', '3000000000', undefined, 'nearly $5 billion', '5000000000', 'under'],
  ['over US$3.2 billion', '3200000000', 'over', 'about US$2.9 billion', '2900000000', 'about'],
  ['about VND 3 trillion', '3000000000000', 'about', 'over VND 5 trillion', '5000000000000', 'over'],
  ['US$1.2 billion', '1200000000', undefined, 'approximately US$1.5 billion', '1500000000', 'about'],
];

const FROM_TO_PERIODS: readonly (readonly [string, string | undefined])[] = [
  [' in 2023', '2023'],
  ['', undefined],
  [' in the first half of 2024', '2024-H1'],
];

const unitOf = (text: string): string => (text.includes('VND') ? 'VND' : 'USD');

const FROM_TO_CASES: PhraseCase[] = cross(MOVERS, ENDS, FROM_TO_PERIODS).map(
  ([mover, [fromText, fromV, fromA, toText, toV, toA], [period, p]]) => ({
    text: `${mover} from ${fromText} to ${toText}${period}.`,
    facts: [
      { v: toV, u: unitOf(toText), ...(toA ? { a: toA } : {}), ...(p ? { p } : {}) },
      { v: fromV, u: unitOf(fromText), ...(fromA ? { a: fromA } : {}) },
    ],
  }),
);

/** (d) `gained` and an amount, then its change: the amount is the level (doubted). */
const GAINERS: readonly string[] = [
  'Tourism revenue',
  'Vietnam',
  'The Southeast Asian country',
  'First half revenue',
  'International arrivals to the country',
];

const GAINED_AMOUNTS: readonly (readonly [string, string, string | undefined])[] = [
  ['18.4 trillion VND', '18400000000000', 'VND'],
  ['US$4.2 billion', '4200000000', 'USD'],
  ['19.9 billion US dollars', '19900000000', 'USD'],
  ['VND 2,641 billion', '2641000000000', 'VND'],
];

const GAINED_TAILS: readonly (readonly [string, string])[] = [
  [', 12.4 percent higher than the same period last year', `rate 12.4 ${SPLY}`],
  [' from exporting fruits, up 3 percent', 'rate 3 *'],
  [', representing a year-on-year increase of 71.8 percent', `rate 71.8 ${SPLY}`],
  [', an increase of 18.8 times over the same period last year', `times 18.8 ${SPLY}`],
];

const GAINED_CASES: PhraseCase[] = cross(GAINERS, GAINED_AMOUNTS, GAINED_TAILS).map(
  ([subject, [amount, v, u], [tail, ch]]) => ({
    text: `${subject} gained ${amount}${tail}.`,
    facts: [{ v, ...(u ? { u } : {}), ch: [ch] }],
  }),
);

/** Near-misses: an of-which word with no figure before it; a part named by words; unmeasured changes. */
const NEAR_CASES: PhraseCase[] = [
  ...cross(MARKERS.slice(0, 1), ['Services', 'Exports of farm products', 'Manufacturing']).map(([m, s]) => ({
    text: `${s} ${m} tourism grew 8% year-on-year.`,
    facts: [{ ch: [`rate 8 ${SPLY}`] }],
  })),
  ...cross(['including', 'of which'], ['state-owned firms', 'foreign-invested firms', 'private firms']).map(
    ([m, n]) => ({
      text: `The province has 1,250 enterprises ${m} ${n} 320 enterprises.`,
      facts: [{ v: '1250' }, { v: '320' }],
    }),
  ),
  ...cross(THINGS.slice(0, 2), ['compared to June 2023', 'year-on-year']).map(([[lead, thing, tv], base]) => ({
    text: `${lead} ${thing}, up 5 per cent ${base}.`,
    facts: [{ v: tv, ch: [`rate 5 ${base === 'year-on-year' ? SPLY : '2023-06'}`] }],
  })),
  // (a range of sizes with no verb of change: no level moved to)
  ...cross(
    ['Each project is worth', 'Loans range', 'Ticket prices vary'],
    ['about $3 million', 'nearly US$3 million'],
  ).map(([lead, from]) => ({ text: `${lead} from ${from} to $5 million.`, facts: [] })),
  // (a gain against a base, or with the level after `to`, or in percent: a change, no level from `gained`)
  ...cross(['Exports', 'Tourism revenue'], ['US$2 billion', 'VND 5 trillion']).map(([subject, amount]) => ({
    text: `${subject} gained ${amount} compared to 2022.`,
    facts: [],
  })),
  ...cross(['Exports', 'Tourism revenue'], ['12', '4.5']).map(([subject, r]) => ({
    text: `${subject} gained ${r} percent in 2023.`,
    facts: [{ ch: [`rate ${r} *`], p: '2023' }],
  })),
  ...cross(['Exports', 'Tourism revenue'], [['US$2 billion', 'US$20 billion', '20000000000', 'USD']] as const).map(
    ([subject, [gain, level, v, u]]) => ({
      text: `${subject} gained ${gain} to ${level} in 2023.`,
      facts: [{ v, u, p: '2023' }],
    }),
  ),
  ...cross(['There were', 'The province has'], ['1,322', '545']).map(([lead, n]) => ({
    text: `${lead} ${n} cooperatives, up 12 per cent year-on-year.`,
    facts: [{ v: plain(n), ch: [`rate 12 ${SPLY}`] }],
  })),
];

/** Fronts of real reports before a near-miss (the noise changes no fact). */
const FRONTS: readonly string[] = ['', 'Meanwhile, ', 'According to the report, ', 'In the meantime, ', 'Notably, '];

/** The near-misses, each behind every front. */
export const EN_MARKETS_NEAR: readonly PhraseCase[] = cross(NEAR_CASES, FRONTS).map(([c, front]) => ({
  ...c,
  text: front ? `${front}${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}` : c.text,
}));

export const EN_MARKETS: Phrasebook = {
  area: 'en-markets',
  locale: 'en',
  cases: [...PART_CASES, ...MEASURED_CASES, ...FROM_TO_CASES, ...GAINED_CASES, ...EN_MARKETS_NEAR],
};
