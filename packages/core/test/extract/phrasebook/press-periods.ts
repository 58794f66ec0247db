import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `press-periods-en` (round 30): the periods of Vietnam's English-language business
 * press written as calques of Vietnamese — `quý 1/2023` as `quarter 1/2023` (test19's PV Drilling
 * rows; the count of months opening a sentence, `6 months of 2023, …`, is R30-EN2's, in `en-periods`)
 * — and two periods of the same kind before one figure (`in quarter 1/2023 while its usage efficiency
 * in quarter 1/2022 only reaching 55%`, `In 2018, … reached 109,368 ha and by 2023, it reached …`):
 * the nearer one may be the figure's, so the farther one is doubted (`period-of-other`).
 *
 * Variants: the quarter's number in digits or Roman, after `/` or `of`; the verbs of the results.
 *
 * Near-misses (a fifth of the book or more): `quarter 1` with no year, the LAST months of a year
 * (`the last 5 months of 2020`), a count of months inside a clause (`lasted 5 months of 2020`).
 */

const en: PhraseCase[] = [];
const add = (text: string, ...facts: RealFact[]): void => {
  en.push({ text, facts });
};
const ROMAN = ['I', 'II', 'III', 'IV'];
const YEARS = ['2022', '2023'];

// a quarter by its number after the noun
for (const [q, year, verb] of cross([1, 2, 3, 4], YEARS, ['achieved', 'recorded', 'reached'])) {
  const p = `${year}-Q${q}`;
  add(`PV Drilling ${verb} VND 52.3 billion in profit after tax in quarter ${q}/${year}.`, {
    v: '52300000000',
    u: 'VND',
    p,
  });
  add(`In quarter ${ROMAN[q - 1]}/${year}, the company ${verb} revenue of VND 1,017.5 billion.`, {
    v: '1017500000000',
    u: 'VND',
    p,
  });
  add(`In quarter ${q} of ${year}, the company ${verb} revenue of VND 1,017.5 billion.`, {
    v: '1017500000000',
    u: 'VND',
    p,
  });
}
// two periods of the same kind before one figure: the nearer one is the figure's (doubted)
for (const [q, year] of cross([1, 2], ['2023', '2024'])) {
  const before = String(+year - 1);
  add(
    `Profit rose thanks to full operation of the rigs in quarter ${q}/${year} while their usage efficiency in quarter ${q}/${before} only reached 55%.`,
    { v: '55', u: 'percent', p: `${before}-Q${q}` },
  );
  add(
    `Output reached 109,368 tonnes in ${before} and in ${year}, output reached 186,000 tonnes.`,
    { v: '109368', u: 'tonne', p: before },
    { v: '186000', u: 'tonne', p: year },
  );
}
// near-misses: no year, the last months, a count inside a clause
for (const [q, year] of cross([1, 2, 3, 4], YEARS)) {
  add(`Revenue for quarter ${q} is not yet reported, while profit reached VND 500 billion.`, {
    v: '500000000000',
    u: 'VND',
  });
  add(`The rig was idle in quarter ${q} and the company reached revenue of VND 500 billion.`, {
    v: '500000000000',
    u: 'VND',
  });
  add(`In the last 5 months of ${year}, the company reached revenue of VND 500 billion.`, {
    v: '500000000000',
    u: 'VND',
  });
  add(`The project lasted 5 months of ${year}, costing VND 500 billion.`, { v: '500000000000', u: 'VND' });
}

export const PRESS_PERIODS_EN: Phrasebook = { area: 'press-periods-en', locale: 'en', cases: en };
