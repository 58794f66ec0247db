import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `en-pairs-forecasts` (round 32, test21): four English classes of the press and
 * of market research.
 *
 * - `respectively` after a list of counts whose second item is a bare count joined by `and`
 *   (`over 20 million passengers and over 140,000 flights flown in 2023, 41 percent and 30 percent
 *   higher year on year, respectively`): the changes go to the counts in order (read since
 *   `r32-lists`, doubted while a bare count is among the values); a list of changes of another
 *   count pairs nothing.
 * - completions of a plan whose noun carries joined measures (`completing 68% and 85% of the
 *   revenue and profit targets, respectively`).
 * - spelled percentages before `percentage points` (`almost nine percentage points higher year on
 *   year`), as before `percent` (`rose eight percent`).
 * - a compound annual growth rate after a forecast (`is expected to reach USD 0.71 billion by 2030,
 *   at a CAGR of 8.69% during the forecast period`, `is forecast to expand at a 9.10% CAGR`): a
 *   rate of the forecast's level, no level of its own.
 *
 * Near-misses (a fifth of the book or more): lists of another count (nothing paired), `points`
 * alone after a spelled number (a score, no percentage points), a percentage per annum (a rate
 * set), a share after a forecast (no rate), a bare count with no joiner before it.
 */

const cases: PhraseCase[] = [];
const add = (text: string, ...facts: RealFact[]): void => {
  cases.push({ text, facts });
};
const SPLY = 'same-period-last-year';

// (1) respectively: a value and a bare count joined by `and`, then as many changes
const FIRST = [
  ['20 million', '20000000', undefined],
  ['over 20 million', '20000000', 'over'],
  ['nearly 3.5 million', '3500000', 'under'],
] as const;
const SECOND = [
  ['140,000', '140000', undefined],
  ['over 140,000', '140000', 'over'],
] as const;
const NOUNS = [
  ['passengers', 'flights'],
  ['visitors', 'cruise guests'],
] as const;
const CHANGES = [
  (x: string, y: string) => `${x} percent and ${y} percent higher year on year, respectively`,
  (x: string, y: string) => `up ${x}% and ${y}% year on year, respectively`,
  (x: string, y: string) => `increasing ${x} percent and ${y} percent year-on-year respectively`,
] as const;
for (const [[a, av, aa], [b, bv, ba], [na, nb], changes] of cross(FIRST, SECOND, NOUNS, CHANGES)) {
  add(
    `The airline carried ${a} ${na} and ${b} ${nb} in 2023, ${changes('41', '30')}.`,
    { v: av, p: '2023', ch: [`rate 41 ${SPLY}`], ...(aa ? { a: aa } : {}) },
    { v: bv, p: '2023', ch: [`rate 30 ${SPLY}`], ...(ba ? { a: ba } : {}) },
  );
}
// near-misses: three changes for two counts pair nothing (each count read alone, the changes doubted)
for (const [[a, av, aa], [b, bv, ba]] of cross(FIRST, SECOND)) {
  add(
    `The airline carried ${a} passengers and ${b} flights in 2023, up 41 percent, 30 percent and 5 percent year on year, respectively.`,
    { v: av, p: '2023', ...(aa ? { a: aa } : {}) },
    { v: bv, p: '2023', ...(ba ? { a: ba } : {}) },
  );
}

// (2) completions of a plan with joined measures
const PLANS = ['the revenue and profit targets', 'the revenue and profit plans', 'revenue and net profit targets'];
for (const [plan, verb] of cross(PLANS, ['completing', 'reaching', 'fulfilling'])) {
  add(
    `In the first nine months, revenue was VND3.52 trillion and net income was VND713 billion, ${verb} 68% and 85% of ${plan}, respectively.`,
    { v: '3520000000000', u: 'VND', c: '68' },
    { v: '713000000000', u: 'VND', c: '85' },
  );
  add(`Revenue was VND3.52 trillion in 2023, ${verb} 68% of ${plan}.`, {
    v: '3520000000000',
    u: 'VND',
    c: '68',
    p: '2023',
  });
}
// near-miss: a share of a whole, then a clause opened by a plan noun
add('Exports accounted for 30% of GDP and plans to grow.', { v: '30', u: 'percent' });
add('Services made up 42% of output and targets for 2025 were raised.', { v: '42', u: 'percent' });

// (3) spelled percentages before percentage points
const SPELLED = [
  ['nine', '9'],
  ['four', '4'],
  ['twelve', '12'],
] as const;
for (const [[w, n], lead] of cross(SPELLED, ['', 'almost ', 'nearly '])) {
  add(`The seat load factor improved to 84 percent, ${lead}${w} percentage points higher year-on-year.`, {
    v: '84',
    u: 'percent',
    ch: [`points ${n} ${SPLY}`],
  });
  add(`The occupancy rate rose ${lead}${w} percentage points from a year earlier.`, {
    ch: [`points ${n} ${SPLY}`],
  });
}
// near-misses: `points` alone after a spelled number is a score
for (const [w] of SPELLED) {
  add(`The home team scored ${w} points in the final quarter.`);
  add(`Inspectors checked ${w} points along the river.`);
}

// (4) compound annual growth rates of a forecast
const LEVELS = [
  ['USD 0.71 billion', '710000000', 'USD'],
  ['USD 8.87 billion', '8870000000', 'USD'],
  ['157.83 million subscribers', '157830000', undefined],
] as const;
const CAGRS = [
  (r: string) => `at a CAGR of ${r}% during the forecast period (2025-2030)`,
  (r: string) => `growing at a CAGR of ${r}%`,
  (r: string) => `at a compound annual growth rate of ${r}% over 2025-2030`,
] as const;
for (const [[level, v, u], cagr, r] of cross(LEVELS, CAGRS, ['8.69', '4.21'])) {
  add(`The Vietnam market is expected to reach ${level} by 2030, ${cagr(r)}.`, {
    v,
    ...(u ? { u } : {}),
    p: '2030',
    k: 'target',
    ch: [`rate ${r} *`],
  });
}
for (const [verb, r] of cross(['expand', 'grow', 'advance'], ['9.10', '8.92'])) {
  add(`The international segment is forecast to ${verb} at a ${r}% CAGR through 2030.`, {
    ch: [`rate ${Number(r)} *`],
    k: 'target',
  });
}
// near-misses: a rate per annum is a rate set; a share after a forecast is no rate of it
add('The loan carries an interest rate of 8% per annum.', { v: '8', u: 'percent' });
add('The market is expected to reach USD 2 billion by 2030, with exports at 12%.', {
  v: '2000000000',
  u: 'USD',
  p: '2030',
  k: 'target',
});

export const EN_PAIRS_FORECASTS: Phrasebook = { area: 'en-pairs-forecasts', locale: 'en', cases };
