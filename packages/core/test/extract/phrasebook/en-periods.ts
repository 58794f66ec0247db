import type { RealFact } from '../real-corpus/types';
import { cross, EN_MONTHS, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `en-periods` (round 28): how English press says a period the reader missed
 * across the released sets, each class written out whole and crossed with the shapes of a figure.
 *
 * (a) TO A MONTH'S END: `by the end of September 2022`, `until the end of May, 2020`, `to the end
 *     of Feb 2024`, `through the end of June 2023`, `as of the end of October 2024`, `as at end of
 *     March 2024` and the month's last day `as of June 30, 2023`, `accumulated to September 30,
 *     2024` — the months of the year to that month (`2022-YTD-09`); after `at` (`at the end of
 *     December 2020`) the month a stock is measured at. Before or after the figure, the month
 *     written in full or as the press abbreviation. Read, and doubted (`month-end`): the corpus
 *     writes a stock at a month's end either way.
 * (b) A DEADLINE BEFORE A WORD: `by 2035 with a combined capacity of 22.4 GW`, `by 2020 thanks to`,
 *     `by 2050 along with`, `by 2030 as`, `by 2025 will` — the year the goal is for.
 * (d) A COUNT OF MONTHS OPENING THE SENTENCE (round 30): `6 months of 2023, FPT recorded revenue of …`,
 *     `9 months of 2023, FPT's revenue and profit up by …`, `Six months of 2024, …`, `09 months of 2019,
 *     …` — the press's calque of `6 tháng năm 2023, …` without its `In`: the months of that year from
 *     January (six the first half), as after `in`; only as the sentence's frame, its year closed by a
 *     comma.
 * (c) A YEAR MODIFYING A NOUN: `exceeded the 2023 plan by 18%`, `In the 2019 edition of the
 *     Games`, `its 2025 business plan`, `according to the new 2018 report`, `The 2024 index` — the
 *     year of the statements nothing else dates, doubted (`year-of-noun`).
 *
 * (d) A QUARTER BY ITS NUMBER AFTER THE WORD (round 30): `in quarter 1/2023`, `Quarter IV/2022`, `in
 *     quarter 3 of 2021`, `during quarter 2, 2024`, `for quarter 4 2020` — the order of Vietnamese
 *     `quý 1/2023` kept in English from Vietnam (test19's PV Drilling releases), digits or a Roman
 *     numeral, before or after the figure: that quarter of that year (`2023-Q1`). Near-misses: no
 *     year and no preposition, a fifth quarter, a count after `the quarter`, the number of a
 *     quarter with no year (`in quarter 2` stays yearless: none without the report's year).
 *
 * Near-misses (a fifth of the book or more): a day inside a month (`as of September 28, 2022`), a
 * day after `at`, a lowercase `may`, a comparison's month end (`up 5% compared to the end of
 * September 2021`), `fell by 2000 with …` (an amount after a verb of change), a sentence dated by
 * its own period (`In 2024, … the 2023 plan`), two different noun years, a noun with a figure of
 * its own (`the 2023 policy rate of 4.5 percent`), a yearless period of the statement's own (`in
 * October, below the 2023 average`).
 *
 * Annotated with the conventions of the real corpus: a period when the text names it with its
 * year; a goal `k: 'target'`; no period where the sentence gives none.
 */

const cases: PhraseCase[] = [];
const add = (text: string, ...facts: RealFact[]): void => {
  cases.push({ text, facts });
};
const pad = (m: number): string => String(m).padStart(2, '0');
const ytd = (year: string, m: number): string => (m === 12 ? year : `${year}-YTD-${pad(m)}`);
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const LAST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// (a) to a month's end: the lead × the month (full name, abbreviation) × where the period stands
const LEADS = [
  'by the end of',
  'until the end of',
  'to the end of',
  'through the end of',
  'as of the end of',
  'as at end of',
];
const MONTHS = [2, 5, 9, 10];
const YEARS = ['2022', '2024'];
for (const [lead, m, year, form] of cross(LEADS, MONTHS, YEARS, [0, 1, 2] as const)) {
  const name = form === 1 ? (SHORT[m - 1] as string) : (EN_MONTHS[m - 1] as string);
  const when = `${lead} ${name}${form === 2 ? ',' : ''} ${year}`;
  const p = ytd(year, m);
  if (form === 0) add(`Export turnover reached US$25.6 billion ${when}.`, { v: '25600000000', u: 'USD', p });
  else if (form === 1) add(`Total revenue ${when} was VND 455.3 billion.`, { v: '455300000000', u: 'VND', p });
  else
    add(
      `${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${name} ${year}, disbursed capital stood at 35,200 billion VND.`,
      { v: '35200000000000', u: 'VND', p },
    );
}
// the month's last day
for (const [lead, m, year] of cross(['as of', 'as at', 'accumulated to', 'until'], [3, 6, 9, 12], YEARS)) {
  const day = LAST[m - 1] as number;
  add(
    `${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${EN_MONTHS[m - 1]} ${day}, ${year}, pre-tax profit was VND 2,446 billion.`,
    {
      v: '2446000000000',
      u: 'VND',
      p: ytd(year, m),
    },
  );
}
// after `at`: the month itself
for (const [m, year] of cross([3, 6, 12], YEARS)) {
  add(`The total herd stood at 26.2 million pigs at the end of ${EN_MONTHS[m - 1]} ${year}.`, {
    v: '26200000',
    p: `${year}-${pad(m)}`,
  });
  add(`At the end of ${EN_MONTHS[m - 1]} ${year}, outstanding loans reached VND 13,500 trillion.`, {
    v: '13500000000000000',
    u: 'VND',
    p: `${year}-${pad(m)}`,
  });
}

// (b) a deadline before a word
const FOLLOWERS = [
  'with a combined capacity of about 1,000 MW',
  'thanks to new investment',
  'along with new grid lines',
  'as demand keeps rising',
];
for (const [year, tail] of cross(['2030', '2035'], FOLLOWERS)) {
  add(`The country plans to raise wind capacity to 22.4 GW by ${year} ${tail}.`, {
    v: '22.4',
    p: year,
    k: 'target',
  });
}
for (const modal of ['will', 'would'])
  add(`Officials said the goal of 95 percent coverage by 2025 ${modal} be hard to reach.`, {
    v: '95',
    u: 'percent',
    p: '2025',
    k: 'target',
  });
add('The firm aims to lift revenue by 2030 5 times higher than 2020.', {
  ch: ['times 5 2020'],
  p: '2030',
  k: 'target',
});

// (c) a year modifying a noun
for (const year of ['2019', '2023']) {
  add(
    `With 3.64 billion USD of exports, the industry exceeded the ${year} plan by 18%.`,
    {
      v: '3640000000',
      u: 'USD',
      p: year,
    },
    { c: '118', p: year },
  );
  add(`In the ${year} edition of the Games, the team won 98 gold medals.`, { v: '98', p: year });
  add(`Internet penetration reached 67%, according to the new ${year} digital report.`, {
    v: '67',
    u: 'percent',
    p: year,
  });
  add(`The ${year} provincial index recorded a rate of only 7.6 percent.`, { v: '7.6', u: 'percent', p: year });
  add(`Shareholders approved the group's ${year} business plan, targeting revenue of VND 170 trillion.`, {
    v: '170000000000000',
    u: 'VND',
    p: year,
    k: 'target',
  });
}

// (d) a count of months opening the sentence: the count (digits, padded, words) × the figure's shape
const OPENING_COUNTS: [string, number][] = [
  ['6', 6],
  ['9', 9],
  ['3', 3],
  ['09', 9],
  ['Six', 6],
  ['Nine', 9],
  ['Ten', 10],
  ['8', 8],
];
for (const [[count, n], year, shape] of cross(OPENING_COUNTS, YEARS, [0, 1, 2, 3] as const)) {
  const when = `${count} months of ${year},`;
  const p = n === 6 ? `${year}-H1` : ytd(year, n);
  if (shape === 0)
    add(`${when} FPT recorded revenue of VND 24,166 billion, up by 21.9% over the same period last year.`, {
      v: '24166000000000',
      u: 'VND',
      ch: ['rate 21.9 same-period-last-year'],
      p,
    });
  else if (shape === 1)
    add(
      `${when} the company's revenue and profit up by 22.4% and 19.5% respectively`,
      { ch: ['rate 22.4 *'], p },
      {
        ch: ['rate 19.5 *'],
        p,
      },
    );
  else if (shape === 2) add(`${when} exports reached US$25.6 billion.`, { v: '25600000000', u: 'USD', p });
  else add(`${when} the group sold 5,143 cars.`, { v: '5143', p });
}

// near-misses
// (d) a count of months with no year opening the sentence is a duration, no period
for (const count of ['6', '9', 'Six', 'Three']) {
  add(`${count} months of talks later, exports reached US$25.6 billion.`, { v: '25600000000', u: 'USD' });
  add(`Exports reached US$25.6 billion after ${count.toLowerCase()} months of talks.`, {
    v: '25600000000',
    u: 'USD',
  });
  add(`${count} months of delays, the project's cost rose 12%.`, { ch: ['rate 12 *'] });
  add(`${count} months of losses, the group still sold 5,143 cars.`, { v: '5143' });
}
for (const year of YEARS) {
  add(`Exports reached 10 billion USD as of September 28, ${year}.`, { v: '10000000000', u: 'USD' });
  add(`Exports reached 10 billion USD at June 30, ${year}.`, { v: '10000000000', u: 'USD' });
  add(`Exports rose 5% compared to the end of September ${Number(year) - 1}.`, { ch: ['rate 5 *'] });
  add(`In ${year}, the industry exceeded the 2021 plan by 18%.`, { c: '118', p: year });
  add(`Core inflation was 3.4 percent, below the ${year} policy rate of 4.5 percent.`, { ch: ['rate 3.4 *'] });
  add(`Inflation registered 3.6 percent in October, below the ${year} average.`, { ch: ['rate 3.6 *'] });
  add(`The ${year} index rose 5% against the ${Number(year) - 1} index.`, { ch: ['rate 5 *'] });
}
for (const [m, day, year] of cross([3, 6, 9, 12], [15, 28], YEARS))
  add(`As of ${EN_MONTHS[m - 1]} ${day}, ${year}, deposits reached VND 5,600 trillion.`, {
    v: '5600000000000000',
    u: 'VND',
  });
for (const [lead, m, year] of cross(['compared to', 'compared with', 'against'], [2, 5, 9], YEARS))
  add(`Market capitalisation rose 18.4 percent ${lead} the end of ${EN_MONTHS[m - 1]} ${year}.`, {
    ch: ['rate 18.4 *'],
  });
for (const [verb, follower] of cross(
  ['rose', 'fell', 'increased', 'decreased', 'grew', 'climbed', 'dropped', 'declined'],
  ['with', 'as'],
))
  add(`The number of households ${verb} by 2000 ${follower} the programme went on.`, {});
add('Sales reached 10 billion USD by the end of may 2022.', { v: '10000000000', u: 'USD' });
add('The 2000 MW plant produced 5 billion kWh in 2023.', { v: '2000' }, { v: '5000000000', p: '2023' });

// (d) a quarter by its number after the word: the number × its joint to the year × where it stands
const ROMAN = ['I', 'II', 'III', 'IV'];
const JOINTS = ['/', ' of ', ', ', ' '];
for (const [q, joint, year, form] of cross([1, 2, 3, 4], JOINTS, ['2023'], [0, 1, 2, 3] as const)) {
  const n = form === 1 || form === 3 ? ROMAN[q - 1] : String(q);
  const when = `quarter ${n}${joint}${year}`;
  const p = `${year}-Q${q}`;
  if (form === 0)
    add(`PV Drilling achieved VND 52.3 billion in profit after tax in ${when}.`, { v: '52300000000', u: 'VND', p });
  else if (form === 1)
    add(`In ${when.replace('quarter', 'Quarter')}, the company recorded revenue of VND 1,017.5 billion.`, {
      v: '1017500000000',
      u: 'VND',
      p,
    });
  else if (form === 2) add(`Exports during ${when} reached US$8.2 billion.`, { v: '8200000000', u: 'USD', p });
  else add(`Revenue for ${when} was 455 billion dong.`, { v: '455000000000', u: 'VND', p });
}
// near-misses: no year (and no report's year to lend one), a fifth quarter, a count after `the quarter`
for (const q of ['1', '2', 'III', 'IV']) {
  add(`PV Drilling achieved VND 52.3 billion in profit after tax in quarter ${q}.`, { v: '52300000000', u: 'VND' });
  add(`Exports during quarter ${q} reached US$8.2 billion.`, { v: '8200000000', u: 'USD' });
}
for (const year of YEARS) {
  add(`Revenue in quarter 5/${year} was 455 billion dong.`, { v: '455000000000', u: 'VND' });
  add(`In the quarter 1,200 new jobs were created, the ministry said.`, { v: '1200' });
}

export const EN_PERIODS: Phrasebook = { area: 'en-periods', locale: 'en', cases };
