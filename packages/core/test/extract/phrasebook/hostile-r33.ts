import type { RealFact } from '../real-corpus/types';
import { cross, type PhraseCase } from './harness';

/**
 * Round 33's English lists, wholes and units (the misses and the silent wrong number of `test22`,
 * written out as the language says them, never a corpus sentence), each beside its near-misses.
 */

const SPLY = 'same-period-last-year';

/**
 * `eyed $141.7 million in revenue and $20 million in profit, equal 46 per cent and 79 per cent jumps
 * on-year respectively`, `…, representing 201% and 169% increase compared to those of 1Q2019
 * respectively`: a list of percentages before one change noun (singular or plural) and its base —
 * every percentage is a change, paired by order with the values before. Near-misses: a range
 * (`between 6% and 6.5% growth`: one change at most, never two), a plural noun after one share
 * (`a tax of 10% increases prices`: a verb).
 */
export function enPercentListChanges(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [link, [pct, noun], [base, b]] of cross(
    ['equal', 'equal to', 'representing', 'marking'],
    [
      ['per cent', 'jumps'],
      ['percent', 'increases'],
      ['%', 'increase'],
      ['%', 'rises'],
    ] as const,
    [
      ['on-year', SPLY],
      ['year-on-year', SPLY],
      ['compared to the same period last year', SPLY],
    ] as const,
  )) {
    const gap = pct === '%' ? '' : ' ';
    out.push({
      text: `In 2023, the company earned $141.7 million in revenue and $20 million in post-tax profit, ${link} 46${gap}${pct} and 79${gap}${pct} ${noun} ${base} respectively.`,
      facts: [
        { v: '141700000', u: 'USD', ch: [`rate 46 ${b}`], p: '2023' },
        { v: '20000000', u: 'USD', ch: [`rate 79 ${b}`], p: '2023' },
      ],
    });
  }
  for (const [noun, sign] of [
    ['decreases', -1],
    ['declines', -1],
    ['drops', -1],
  ] as const)
    out.push({
      text: `In 2023, exports reached 3.2 billion USD and imports 2.1 billion USD, representing 12% and 8% ${noun} year-on-year respectively.`,
      facts: [
        { v: '3200000000', u: 'USD', ch: [`rate ${12 * sign} ${SPLY}`], p: '2023' },
        { v: '2100000000', u: 'USD', ch: [`rate ${8 * sign} ${SPLY}`], p: '2023' },
      ],
    });
  // near-misses: one change and its base after a single amount; a plural noun as a verb after one share
  for (const link of ['equal', 'equal to an', 'marking a']) {
    out.push({
      text: `In the third quarter, Nam Viet raked in $53.8 million in consolidated revenue, ${link} 89 per cent jump on-year.`,
      facts: [{ v: '53800000', u: 'USD', ch: [`rate 89 ${SPLY}`] }],
    });
  }
  for (const [what, pct] of cross(['the import tax', 'a levy', 'the new fee'], ['10%', '10 per cent']))
    out.push({ text: `In 2023, ${what} of ${pct} increases prices of steel.`, facts: [] });
  // a range before one change noun is no list of two changes (at most the upper end is read, doubted)
  for (const noun of ['growth', 'increase'])
    out.push({ text: `GDP is forecast to post between 6% and 6.5% ${noun} in 2024.`, facts: [] });
  return out;
}

/**
 * `812 of 829 listed companies, representing 97.9% of those required to report, have submitted …`:
 * the count right after a bare `of` that follows a count is the whole, never the indicator's value
 * (`share`); the count before it is the figure, out of that total (doubted `fraction`). Near-misses: a year before `of` (`output in 2020 of 500,000 tonnes`), a bare `of` after
 * no number (`revenue of 829 billion dong`).
 */
export function enCountOfWholes(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [part, [whole, noun], verb] of cross(
    ['812', '45', '1,200'],
    [
      ['829', 'listed companies'],
      ['1,500', 'enterprises'],
      ['2,000', 'projects'],
    ] as const,
    ['have submitted their first-quarter financial statements', 'met their annual plans'],
  )) {
    // (a `part` larger than its `whole` is no count out of a total: nothing is read)
    const p = part.replace(',', '');
    const facts = +p < +whole.replace(',', '') ? [{ v: p }] : [];
    out.push({ text: `${part} of ${whole} ${noun} ${verb}.`, facts });
  }
  // near-misses: a year before the link; no count before the link
  for (const [year, [amount, v]] of cross(['2019', '2020', '2021'], [
    ['500,000', '500000'],
    ['829,000', '829000'],
  ] as const)) {
    out.push({ text: `Rice output in ${year} of ${amount} tonnes was a record.`, facts: [{ v, u: 'tonne', p: year }] });
    out.push({
      text: `In ${year}, the province harvested a crop of ${amount} tonnes.`,
      facts: [{ v, u: 'tonne', p: year }],
    });
  }
  return out;
}

/**
 * `produced some 58,000 tones of rubber`: the common misspelling of `tonnes`, read as the tonne only
 * after a quantity of at least a thousand (a scale word or four digits). Near-misses: `12 tones` of a
 * paint, a word with no number before it.
 */
export function enTonesUnits(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [subject, [amount, v], [bound, a]] of cross(
    ['The corporation produced', 'Rubber exports reached', 'The province harvested'],
    [
      ['58,000 tones', '58000'],
      ['180,000 tones', '180000'],
      ['2.5 million tones', '2500000'],
    ] as const,
    [
      ['some ', 'about'],
      ['', undefined],
    ] as const,
  )) {
    const f: RealFact = { v, u: 'tonne', p: '2023', ...(a ? { a } : {}) };
    out.push({ text: `In 2023, ${subject.toLowerCase()} ${bound}${amount} of rubber.`, facts: [f] });
  }
  // near-misses: a small number of tones is no quantity of goods; no number at all
  for (const n of ['12', '3', '24'])
    out.push({
      text: `The new paint comes in ${n} tones and sold 5,000 units in 2023.`,
      facts: [{ v: '5000', p: '2023' }],
    });
  out.push({
    text: 'The report struck positive tones, with revenue of VND 5 trillion in 2023.',
    facts: [{ v: '5000000000000', u: 'VND', p: '2023' }],
  });
  return out;
}

/**
 * `white rice taking the largest share (55.5% or 3.56 million tons)`, `accounting for 24%, or 1.5
 * million tonnes`: a share said again as its amount — the amount is the figure, the share none.
 * Near-misses: a change before `or` (`rose 5% or 3 million tonnes`: the rise restated, no value; round
 * 40), a percentage after `or`, a bare number after `or`, `or more`.
 */
export function enShareAmounts(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [subject, [share, amount, v, u]] of cross(
    [
      'white rice taking the largest share',
      'white rice accounting for the largest share',
      'fragrant rice ranking second',
    ],
    [
      ['55.5%', '3.56 million tons', '3560000', 'tonne'],
      ['24 percent', '1.5 million tonnes', '1500000', 'tonne'],
      ['8.5%', '545,000 tons', '545000', 'tonne'],
      ['31%', 'US$1.2 billion', '1200000000', 'USD'],
    ] as const,
  )) {
    out.push({
      text: `In 2023, rice exports rose, with ${subject} (${share} or ${amount}).`,
      facts: [{ v, u, p: '2023' }],
    });
    out.push({
      text: `In 2023, ${subject.replace('taking', 'took').replace('accounting', 'accounted').replace('ranking', 'ranked')} with ${share}, or ${amount}.`,
      facts: [{ v, u, p: '2023' }],
    });
  }
  // near-misses: a change before `or` (round 40: the amount after it restates the rise — no level
  // of exports, so no value); a percentage, a bare number or `more` after it
  for (const amount of ['3 million tonnes', '545,000 tons'] as const)
    out.push({
      text: `In 2023, rice exports rose 5% or ${amount} year-on-year.`,
      facts: [{ ch: [`rate 5 ${SPLY}`], p: '2023' }],
    });
  for (const tail of ['6%', '56 percent', 'more', 'less', 'so'])
    out.push({ text: `In 2023, white rice accounted for 55.5% or ${tail} of rice exports.`, facts: [] });
  return out;
}

/**
 * `The Total Industry Volume (TIV) of 57,552 units comprised 52,119 passenger vehicles, and 5,433
 * commercial vehicles`: the parts after `comprised`, `comprising`, `consisting of`, `made up of` are
 * figures of their own, as after `including`. Near-misses: `comprised` before a share
 * (`Rice comprised 30% of total exports`), `including`.
 */
export function enComprisedParts(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const link of ['comprised', 'comprising', 'consisting of', 'made up of', 'including'])
    out.push({
      text: `In 2023, exports reached 5 billion USD, ${link} 3 billion USD of rice and 2 billion USD of coffee.`,
      facts: [
        { v: '5000000000', u: 'USD', p: '2023' },
        { v: '3000000000', u: 'USD', p: '2023' },
        { v: '2000000000', u: 'USD', p: '2023' },
      ],
    });
  for (const link of ['comprised', 'consisted of', 'was made up of'])
    out.push({
      text: `In 2023, the fleet's cargo of 5 million tonnes ${link} 3.2 million tonnes of coal and 1.8 million tonnes of rice.`,
      facts: [
        { v: '5000000', u: 'tonne', p: '2023' },
        { v: '3200000', u: 'tonne', p: '2023' },
        { v: '1800000', u: 'tonne', p: '2023' },
      ],
    });
  // near-misses: a share after `comprised`
  for (const verb of ['comprised', 'accounted for'])
    out.push({ text: `In 2023, rice ${verb} 30% of total exports.`, facts: [] });
  return out;
}
