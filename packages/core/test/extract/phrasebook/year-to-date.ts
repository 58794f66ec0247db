import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `year-to-date-en` (round 31): a change marked as reckoned from the start of the
 * year (`year-to-date`, `year to date`, `ytd`) in a sentence dated by one month is the change of the
 * year to that month (`surged 14.6% year-to-date as of June 2024`: `2024-YTD-06`, test18; `in May
 * 2019 with year to date figures down 3.7%`: `2019-YTD-05`, test20), crossed with the verbs of a
 * change (up and down), the mark's spelling and place (right after the change, before the noun of
 * the figures) and the month's preposition (`as of`, `in`, a month opening the sentence).
 *
 * Near-misses (a fifth of the book or more), dated by the month alone: the month's closing level
 * with the year-to-date change bracketed after it (`ended June 2024 at 1,250 points (+10.2% ytd)`,
 * test9), a change with no mark, and a mark past a comma (`…, the best month year-to-date`).
 */

const en: PhraseCase[] = [];
const add = (text: string, ...facts: RealFact[]): void => {
  en.push({ text, facts });
};
const MONTHS = [
  ['March', '03'],
  ['June', '06'],
  ['October', '10'],
] as const;
const MARKS = ['year-to-date', 'year to date', 'ytd', 'YTD'];
const MOVES = [
  ['climbed', '9.2'],
  ['rose', '9.2'],
  ['fell', '-4.7'],
  ['was down', '-4.7'],
] as const;

for (const [[month, mm], mark, [verb, amount]] of cross(MONTHS, MARKS, MOVES)) {
  const abs = amount.replace('-', '');
  const p = `2024-YTD-${mm}`;
  const ch = [`rate ${amount} *`];
  add(`The HNX-Index ${verb} ${abs}% ${mark} as of ${month} 2024.`, { ch, p });
  add(`In ${month} 2024, the index ${verb} ${abs}% ${mark}.`, { ch, p });
  // `… with year to date figures down 3.7%`: the mark before the noun of the figures
  const dir = amount.startsWith('-') ? 'down' : 'up';
  add(`Motorbike sales were steady in ${month} 2024 with ${mark} figures ${dir} ${abs}%.`, { ch, p });
}
// near-misses: the month's level with its bracketed year-to-date change, no mark, a mark past a comma
for (const [[month, mm], mark] of cross(MONTHS, MARKS)) {
  add(`The VN-Index ended ${month} 2024 at 1,250 points (+10.2% ${mark}).`, {
    v: '1250',
    ch: ['rate 10.2 *'],
    p: `2024-${mm}`,
  });
  add(`The HNX-Index climbed 9.2% in ${month} 2024.`, { ch: ['rate 9.2 *'], p: `2024-${mm}` });
  add(`The HNX-Index climbed 9.2% in ${month} 2024, its best month ${mark}.`, { ch: ['rate 9.2 *'], p: `2024-${mm}` });
}

export const YEAR_TO_DATE_EN: Phrasebook = { area: 'year-to-date-en', locale: 'en', cases: en };
