import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import { changes, completion, one, read } from './statements.test-util';

/**
 * English recall shapes of issue #11 (fresh4 round). Every sentence here is a paraphrase of our
 * own — other numbers, nouns and word order than the corpus sentences the shapes were found in —
 * and each shape has a near sentence that must NOT be read that way.
 */

describe('a base counted back from the statement (12 months ago, the month earlier, the preceding quarter)', () => {
  it.each([
    ['Retail sales in June rose 3.2 percent from 12 months ago.', ['rate 3.2 same-period-last-year']],
    ['Steel output climbed 4 percent against a year before.', ['rate 4 same-period-last-year']],
    ['Cement sales fell 2.5% versus the month earlier.', ['rate -2.5 previous-period']],
    ['Exports of seafood grew 6.1 per cent compared with the preceding quarter.', ['rate 6.1 previous-period']],
    ['Fuel prices eased 1.3 percent from a month ago.', ['rate -1.3 previous-period']],
    [
      'The index was up 0.8 percent from the previous month and 2.9% from twelve months ago.',
      ['rate 0.8 previous-period', 'rate 2.9 same-period-last-year'],
    ],
    [
      'Shipments were valued at US$12.4 billion, up by 3.3% against the month earlier and up by 15% year-on-year.',
      ['rate 3.3 previous-period', 'rate 15 same-period-last-year'],
    ],
  ])('%s', (text, expected) => {
    expect(changes(one(text))).toEqual(expected);
  });

  it('any other distance back names no base the model has: the change stays without one', () => {
    const s = one('Coffee exports rose 9 percent from three months ago.');
    expect(changes(s)).toEqual(['rate 9 -']);
  });

  it('Vietnamese: so với 12 tháng trước is the same period last year', () => {
    const [s] = extractStatements('Chỉ số giá tiêu dùng tháng 6 tăng 3,1% so với 12 tháng trước.', { locale: 'vi' });
    expect(s && changes(s)).toEqual(['rate 3.1 same-period-last-year']);
  });
});

describe('a capitalised May after `in` is the month (versus April is then the month before)', () => {
  it.each([
    'Imports in May have expanded by 7.5% versus April.',
    'Tea exports in May climbed 3 percent compared to April.',
    'The CPI in May increased by 0.2 percent against April.',
  ])('%s', (text) => {
    expect(changes(one(text))).toEqual([expect.stringMatching(/ previous-period$/)]);
  });

  it('`in may` in lower case is a verb, not a month', () => {
    const s = one('Investment in may rise 5 percent versus April.');
    // (round 55: with no month of its own, `versus April` is read as the month before — assumed, doubted;
    // a month `May` would have made it certain)
    expect(changes(s)).toEqual(['rate 5 previous-period']);
    expect(s.changes[0]?.doubt?.reason).toBe('assumed-month-before');
  });
});

describe('a change noun after an article or a superlative: a hike of, the highest decrease of', () => {
  it.each([
    [
      'Visitors spent VND 41 trillion, a hike of 8.2 percent compared to the same period last year.',
      'rate 8.2 same-period-last-year',
    ],
    ['Telecom services posted the steepest decrease of 2.6 per cent.', 'rate -2.6 -'],
    ['Hotel prices recorded the highest rise of 3.05% from the previous month.', 'rate 3.05 previous-period'],
    ['Rice exports saw a sharp reduction of 11 percent year-on-year.', 'rate -11 same-period-last-year'],
  ])('%s', (text, expected) => {
    const all = read(text);
    expect(all.flatMap(changes)).toEqual([expected]);
  });

  it('after `the`, a noun phrase of several words before the change noun is the name (The city targets GRDP growth of …)', () => {
    const all = read('The province targets export growth of 9 percent in 2025.');
    expect(all).toHaveLength(1);
    expect(all[0]?.name?.value).toMatch(/export/u);
  });
});

describe('decrease verbs: reduced by, eased, slid', () => {
  it.each([
    ['The group of garments reduced by 0.35%.', 'rate -0.35 -'],
    ['Vegetable prices eased 1.1 percent from the previous month.', 'rate -1.1 previous-period'],
    ['Coal output slid by 4 percent year-on-year.', 'rate -4 same-period-last-year'],
  ])('%s', (text, expected) => {
    expect(changes(one(text))).toEqual([expected]);
  });
});

describe('the change by N percent of an indicator that is itself a percentage is points or percent: unread', () => {
  it.each([
    'The poverty rate reduced by 1.5 percent in 2023.',
    'The unemployment rate fell 0.4 percent from the previous quarter.',
    'The share of processed exports rose 3 percent in 2022.',
  ])('%s', (text) => {
    const s = one(text);
    expect(s.changes).toEqual([]);
    expect(s.unread.some((u) => u.what === 'change')).toBe(true);
  });

  it('a level in money or units keeps its change (share purchases are no share)', () => {
    const s = one('Share purchases by foreign investors fell 12.5 percent to 3.4 billion USD.');
    expect(changes(s)).toEqual(['rate -12.5 -']);
  });

  it('a growth rate keeps its figure, an index is no percentage', () => {
    expect(changes(one('The consumer price index rose 0.7 percent from the previous month.'))).toEqual([
      'rate 0.7 previous-period',
    ]);
  });
});

describe('estimation is a plan noun; a hyphenated compound may modify it', () => {
  it.each([
    ['Land revenue hit 48 percent of the annual estimation.', '48'],
    ['Corporate income tax reached 57.2 per cent of this year’s estimation.', '57.2'],
    ['The deficit was equal to 41 per cent of the whole year’s over-spending estimation.', '41'],
  ])('%s', (text, expected) => {
    expect(completion(one(text))).toBe(expected);
  });

  it('a percentage of an estimation of something else than a plan noun phrase is no completion', () => {
    expect(completion(one('Exports reached 30 per cent of the total export turnover.'))).toBeUndefined();
  });
});

describe('an elliptic item after a completion of a plan repeats its predicate (gapping)', () => {
  const completions = (text: string) => read(text).map((s) => [s.name?.value, completion(s)]);

  it.each([
    [
      'Tax collections from state firms met 58.4 per cent of the yearly plan, from private firms 61.2 per cent, from fees 70 per cent.',
      ['58.4', '61.2', '70'],
    ],
    [
      'Spending on salaries accounted for 55.5 percent of the annual plan, and spending on roads made up 49.8 percent and health care 52 percent.',
      ['55.5', '49.8', '52'],
    ],
    [
      'Domestic revenue hit 72 percent of the estimate, land levies 64.5 percent and customs duties 80.1 percent.',
      ['72', '64.5', '80.1'],
    ],
  ])('%s', (text, expected) => {
    expect(completions(text).map(([, c]) => c)).toEqual(expected);
  });

  it('each item keeps its own name', () => {
    const names = completions(
      'Collections from the state sector reached 66 per cent of the plan, from lottery 71.5 per cent.',
    ).map(([n]) => n);
    expect(names[1]).toBe('from lottery');
  });

  it('after a change, an elliptic percentage is no completion', () => {
    const all = read('Exports reached 60 percent of the plan, imports rose 5 percent, services 3 percent.');
    expect(all.map((s) => completion(s))).toEqual(['60', undefined, undefined]);
  });

  it('a share verb is a share unless the completion before was written with one', () => {
    const all = read('Exports reached 60 percent of the plan, while services made up 30 percent.');
    expect(completion(all[1])).toBeUndefined();
  });

  it('a percentage with words after it (of GDP) is no elliptic completion', () => {
    const all = read('Exports reached 60 percent of the plan, services 30 percent of GDP.');
    expect(completion(all[1])).toBeUndefined();
  });
});

describe('an elliptic item after a rate of change repeats its predicate (gapping)', () => {
  it.each([
    [
      'Coffee exports fell 12 percent from the previous month, pepper 4.5 percent and cashew 2 percent.',
      ['rate -12 previous-period', 'rate -4.5 previous-period', 'rate -2 previous-period'],
    ],
    [
      'Car sales rose 8.3 percent year-on-year, motorbike sales 2.1 percent.',
      ['rate 8.3 same-period-last-year', 'rate 2.1 same-period-last-year'],
    ],
    [
      'Prices went up by 0.5 percent against the previous month, with the north seeing a rise of 0.6 percent and the south 0.4 percent.',
      ['rate 0.5 previous-period', 'rate 0.6 -', 'rate 0.4 -'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text).flatMap(changes)).toEqual(expected);
  });

  it('a share verb after the change is no elliptic item (contributing 8.8 percent)', () => {
    const all = read(
      'The farm sector grew 3.2 percent, contributing 8.8 percent; industry grew 7.1 percent, contributing 40.3 percent.',
    );
    expect(all.flatMap(changes)).toEqual(['rate 3.2 -', 'rate 7.1 -']);
  });

  it('a percentage with its own verb, or with words after it, is no elliptic change', () => {
    expect(read('Exports rose 5 percent year-on-year, while imports were 3 percent.').flatMap(changes)).toEqual([
      'rate 5 same-period-last-year',
    ]);
    expect(read('Exports rose 5 percent year-on-year, imports 3 percent of the total.').flatMap(changes)).toEqual([
      'rate 5 same-period-last-year',
    ]);
  });

  it('after a value, a bare value is no change', () => {
    const all = read('Exports reached 5 billion USD, up 5 percent year-on-year, imports 4 billion USD.');
    expect(all.flatMap(changes)).toEqual(['rate 5 same-period-last-year']);
  });
});

describe('a demonstrative between the compare word and the base period (over that in June)', () => {
  it.each([
    ['Exports in July rose 4.6% over that in June.', 'rate 4.6 previous-period'],
    ['Sales in 2023 rose 8 percent over that of 2022.', 'rate 8 2022'],
    ['Rice output in the second quarter rose 3 percent against that in the first quarter.', 'rate 3 previous-period'],
    ['Visitor numbers in May climbed 6 percent compared with those in April.', 'rate 6 previous-period'],
  ])('%s', (text, expected) => {
    expect(changes(one(text))).toEqual([expected]);
  });

  it('a demonstrative after a reporting verb opens no base', () => {
    const s = one('The ministry said that in 2022, exports rose 5 percent.');
    expect(changes(s)).toEqual(['rate 5 -']);
    expect(s.period?.value).toBe('2022');
  });
});

describe('a bare number joined to a percentage shares its unit (0.29 … and 1.61 percent)', () => {
  it('each number keeps its own base', () => {
    const s = one(
      'Core inflation rose by 0.31 compared to the previous month and 1.7 percent over the same period last year.',
    );
    expect(changes(s)).toEqual(['rate 0.31 previous-period', 'rate 1.7 same-period-last-year']);
  });

  it.each([
    ['Vegetable prices fell by 0.4 and 0.9 per cent in June and July.', 'rate -0.4'],
    ['The rate edged up 0.2 and 0.3 percentage points in two quarters.', 'points 0.2'],
  ])('%s', (text, first) => {
    expect(changes(one(text))[0]).toMatch(new RegExp(`^${first.replace(/\./g, '\\.')} `));
  });

  it('a bare number joined to a quantity in another unit is no percentage', () => {
    const s = one('Output rose 200 and 300 tonnes.');
    expect(s.changes).toEqual([]);
  });
});

describe('a participle of planning makes a noun phrase a plan (of the capital planned for 2024)', () => {
  it.each([
    ['Disbursement reached 43.5 percent of the capital planned for this year.', '43.5'],
    ['Only 12.4 per cent of the foreign loans planned for disbursement in 2023 was allocated.', '12.4'],
    ['The province disbursed 51 percent of the planned capital.', '51'],
    ['Ministries spent 38 percent of the funds assigned for the year.', '38'],
  ])('%s', (text, expected) => {
    expect(completion(one(text))).toBe(expected);
  });

  it('a participle before a number is no plan (of the estimated 2 million visitors)', () => {
    const all = read('Foreigners made up 20 percent of the estimated 2 million visitors.');
    expect(all.map((s) => completion(s)).filter(Boolean)).toEqual([]);
  });
});

describe('verbs that count the noun after the number (counted, saw, logged)', () => {
  it.each([
    ['The GSO counted 412,000 international arrivals in March.', '412000'],
    ['Da Nang saw 1.2 million visitors in 2022.', '1200000'],
    ['The port logged 95,000 containers.', '95000'],
  ])('%s', (text, expected) => {
    expect(one(text).value?.value.base).toBe(expected);
  });
});

describe('the estimate of a named year is that year’s figure, a base (down 10.1 percent from the 2020 estimates)', () => {
  it.each([
    ['This year the city must collect 120 trillion VND, down 6.2 percent from the 2022 estimates.', 'rate -6.2 2022'],
    ['Revenue is planned at 50 trillion VND, up 8 percent against the 2023 estimate.', 'rate 8 2023'],
    ['Spending is projected at VND 9 trillion, rising 3 percent compared with the 2021 estimates.', 'rate 3 2021'],
  ])('%s', (text, expected) => {
    const s = one(text);
    expect(changes(s)).toEqual([expected]);
    expect(completion(s)).toBeUndefined();
  });

  it('the estimate without a year, or of the statement’s own year, stays this year’s plan', () => {
    expect(completion(one('Revenue rose 8 percent against the estimate.'))).toBe('108');
    expect(completion(one('Revenue in 2024 rose 4 percent against the 2024 estimate.'))).toBe('104');
  });
});

describe('a change noun (plural too) naming the statement makes its percentage the rate', () => {
  it.each([
    ['The rise in exports was 6.3 percent.', 'rate 6.3 -'],
    ['The increases in both quarters were 4.2 percent.', 'rate 4.2 -'],
    ['Hanoi saw the total CPI rise in the 11-month period reach 2.6%.', 'rate 2.6 -'],
  ])('%s', (text, expected) => {
    expect(read(text).flatMap(changes)).toEqual([expected]);
  });

  it('a word that only contains a change noun is none (Sunrise)', () => {
    const s = one('Sunrise Group reported 5 percent.');
    expect(s.changes).toEqual([]);
  });
});

describe('a ranking continued with `followed by … with N percent` repeats the change', () => {
  it.each([
    [
      'Rice prices rose 4 percent from the previous month, followed by pork with 2.5 percent.',
      'rate 2.5 previous-period',
    ],
    ['Garments posted the highest rise of 9.2 percent, followed by footwear with 6.4 percent.', 'rate 6.4 -'],
    ['Fuel fell 3 percent year-on-year, followed by gas with 1.8 percent.', 'rate -1.8 same-period-last-year'],
  ])('%s', (text, expected) => {
    expect(read(text).flatMap(changes)[1]).toBe(expected);
  });

  it('words between `with` and the figure make it no elliptic change (with a 2.5 percent share)', () => {
    const all = read('Rice prices rose 4 percent from the previous month, followed by pork with a 2.5 percent share.');
    expect(all.flatMap(changes)).toEqual(['rate 4 previous-period']);
  });
});

describe('a value right after a compare word, with its own period, is the other side of the comparison', () => {
  it.each([
    ['Exports reached 5 billion USD in 2022, compared with 4.2 billion USD in 2021.', '4200000000', '2021'],
    ['Vietnam welcomed 3.7 million foreign visitors in 2022 compared to 18 million in 2019.', '18000000', '2019'],
    ['Rice exports hit 7.1 million tonnes in 2022 versus nearly 6.2 million tonnes in 2021.', '6200000', '2021'],
  ])('%s', (text, value, period) => {
    const all = read(text);
    const other = all.find((s) => s.value?.value.base === value);
    expect(other?.period?.value).toBe(period);
    expect(other?.name?.value).toBe(all[0]?.name?.value);
  });

  it('a value in another unit after the compare word is left as read', () => {
    const all = read('Exports reached 5 billion USD in 2022, compared with 300 tonnes in 2021.');
    const other = all.find((s) => s.value?.value.base === '300');
    expect(other?.name?.value).not.toBe(all[0]?.name?.value);
  });
});
