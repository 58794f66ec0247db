import type { RealFact } from '../real-corpus/types';
import { cross, type PhraseCase } from './harness';

/**
 * Round 31's classes (the silent wrong numbers of `test20`, `test18` and `test17`, written out as the
 * language says them, never a corpus sentence), each beside its near-misses.
 */

const MONTHS: readonly (readonly [string, string])[] = [
  ['March', '03'],
  ['June', '06'],
  ['September', '09'],
];

/**
 * `As of March 2018, the export value … reached …`: a cut-off at a whole month after `as of`, `as at`
 * is the month for a stock and the year to it for a flow (the sets read it either way): the period is
 * doubted (`month-end`), so no fact here names it. Near-misses: `In June 2024, …` and a month after its
 * figure keep the month.
 */
export function enAsOfMonth(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [[month], year, lead, [what, figure, fact]] of cross(MONTHS, ['2018', '2024'], ['As of', 'As at'], [
    ['the export value of shrimp reached', 'US$75 million', { v: '75000000', u: 'USD' }],
    ['the country had', '3.3 million tonnes of cement inventory', { v: '3300000', u: 'tonne' }],
    ['Samsung has invested more than', 'US$20 billion in Vietnam', { v: '20000000000', u: 'USD', a: 'over' }],
  ] as const))
    out.push({ text: `${lead} ${month} ${year}, ${what} ${figure}.`, facts: [fact as RealFact] });
  // near-misses: the month after `in`, or after the figure, is the month
  for (const [[month, mm], year] of cross(MONTHS, ['2018', '2024'])) {
    out.push({
      text: `In ${month} ${year}, the export value of shrimp reached US$75 million.`,
      facts: [{ v: '75000000', u: 'USD', p: `${year}-${mm}` }],
    });
    out.push({
      text: `The export value of shrimp reached US$75 million in ${month} ${year}.`,
      facts: [{ v: '75000000', u: 'USD', p: `${year}-${mm}` }],
    });
  }
  return out;
}

/**
 * `The cost of goods sold decreased by 5% and gross profit increased slightly to 549 billion VND`: a
 * change and a value across a joiner that opens a clause with a subject of its own are two subjects'
 * figures (`other-clause`), both doubted. Near-misses: one subject with two predicates (`decreased by
 * 5% to …`, `increased by 5% and reached …`), a subject that refers back (`and the figure rose to …`).
 */
export function enOtherSubjects(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [first, [verb, sign], joiner, second, [to, v, u]] of cross(
    ['The cost of goods sold', 'Selling expenses', 'Imports'],
    [
      ['decreased by', '-'],
      ['fell', '-'],
      ['rose', ''],
    ] as const,
    ['and', 'while'],
    ['gross profit', 'net revenue'],
    [
      ['increased slightly to 549 billion VND', '549000000000', 'VND'],
      ['rose to US$549 million', '549000000', 'USD'],
    ] as const,
  ))
    out.push({
      text: `${first} ${verb} 5% ${joiner} ${second} ${to}.`,
      facts: [{ ch: [`rate ${sign}5 *`] }, { v, u }],
    });
  // near-misses: one subject, two predicates; a subject that refers back
  for (const [subject, shape] of cross(
    ['Revenue', 'Gross profit', 'Exports'],
    ['increased by 5% to', 'increased by 5% and reached', 'rose 5% and the figure rose to', 'reached'],
  )) {
    const text =
      shape === 'reached'
        ? `${subject} reached 549 billion VND and increased by 5% year on year.`
        : `${subject} ${shape} 549 billion VND.`;
    const ch = shape === 'reached' ? 'rate 5 same-period-last-year' : 'rate 5 *';
    out.push({ text, facts: [{ v: '549000000000', u: 'VND', ch: [ch] }] });
  }
  return out;
}

/** The Vietnamese sibling of {@link enOtherSubjects}, with the same near-misses. */
export function viOtherSubjects(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [first, [verb, sign], joiner, second] of cross(
    ['Giá vốn hàng bán', 'Chi phí bán hàng', 'Nhập khẩu'],
    [
      ['giảm', '-'],
      ['tăng', ''],
    ] as const,
    ['và', 'trong khi'],
    ['lợi nhuận gộp', 'doanh thu thuần'],
  ))
    out.push({
      text: `${first} ${verb} 5% ${joiner} ${second} tăng lên 549 tỷ đồng.`,
      facts: [{ ch: [`rate ${sign}5 *`] }, { v: '549000000000', u: 'VND' }],
    });
  // near-misses: one subject, two predicates
  for (const [subject, shape] of cross(
    ['Doanh thu', 'Lợi nhuận gộp', 'Xuất khẩu'],
    ['tăng 5% lên', 'tăng 5% và đạt', 'tăng 5% và vẫn đạt'],
  )) {
    out.push({ text: `${subject} ${shape} 549 tỷ đồng.`, facts: [{ v: '549000000000', u: 'VND', ch: ['rate 5 *'] }] });
  }
  return out;
}

/**
 * `… sold 8,400 scooters in the quarter, up 61.3 percent over the 5,208 units sold in the first quarter`:
 * a value right after a change's compare word and `the` is the level the change is measured from; the
 * change read onto it is doubted (`comparison`). Near-misses: a base period after the compare word, and
 * the level the change moved to, keep their certain change.
 */
export function enChangeOverLevel(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [[verb, noun], compare] of cross(
    [
      ['sold', 'scooters'],
      ['shipped', 'containers'],
      ['delivered', 'vehicles'],
    ] as const,
    ['over', 'from', 'compared with'],
  ))
    out.push({
      text: `The firm ${verb} 8,400 ${noun} in the quarter, up 61.3 percent ${compare} the 5,208 ${noun} ${verb} in the first quarter.`,
      facts: [{ v: '8400', ch: ['rate 61.3 *'] }, { v: '5208' }],
    });
  // (the first figure read into the name: the change lands on the level it is measured from, doubted)
  for (const [who, verb] of cross(['Pega also', 'VinaMoto also'], ['sold', 'delivered', 'shipped']))
    out.push({
      text: `${who} ${verb} 8,400 e-bikes during the quarter, up 61.3 percent over the 5,208 units ${verb} in the first quarter.`,
      facts: [{ v: '8400', ch: ['rate 61.3 *'] }, { v: '5208' }],
    });
  // near-misses: a base period, the level moved to
  for (const [subject, base] of cross(['Shipments', 'Exports', 'Output'], [
    ['over the same quarter of last year', 'same-period-last-year'],
    ['over the previous month', 'previous-period'],
  ] as const)) {
    out.push({
      text: `${subject} reached 4,100 tonnes, up 12 percent ${base[0]}.`,
      facts: [{ v: '4100', u: 'tonne', ch: [`rate 12 ${base[1]}`] }],
    });
    out.push({
      text: `${subject} rose 12 percent ${base[0]} to 4,100 tonnes.`,
      facts: [{ v: '4100', u: 'tonne', ch: [`rate 12 ${base[1]}`] }],
    });
  }
  return out;
}

/**
 * `Tỷ lệ hộ nghèo giảm 1,5%, riêng các huyện nghèo giảm 4%`: a part named after `riêng`, `trong đó`
 * with no measure of its own is a subset of the named rate before it, and its bare percentage change is
 * read as that rate's: points, doubted `points-or-percent`. Near-misses: a part after a measure that is
 * no rate (`Doanh thu tăng 5%, riêng các huyện …`), a part that names its own measure (`riêng doanh
 * thu các huyện …`) keep a certain rate.
 */
export function viSubsetParts(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [rate, lead, part] of cross(
    ['Tỷ lệ hộ nghèo', 'Tỷ lệ thất nghiệp', 'Tỷ lệ hộ cận nghèo'],
    ['riêng', 'trong đó'],
    ['các huyện nghèo', 'khu vực thành thị', 'các xã đặc biệt khó khăn'],
  ))
    out.push({
      text: `${rate} giảm 1,5%, ${lead} ${part} giảm 4%.`,
      facts: [{ ch: ['points -1.5 *'] }, { ch: ['points -4 *'] }],
    });
  // near-misses: no rate before, or a measure of its own
  for (const [measure, part] of cross(['Doanh thu', 'Sản lượng'], ['các huyện nghèo', 'khu vực thành thị'])) {
    out.push({
      text: `${measure} tăng 5%, riêng ${part} tăng 8%.`,
      facts: [{ ch: ['rate 5 *'] }, { ch: ['rate 8 *'] }],
    });
    out.push({
      text: `Tỷ lệ hộ nghèo giảm 1,5%, riêng ${measure.toLowerCase()} ${part} tăng 4%.`,
      facts: [{ ch: ['points -1.5 *'] }, { ch: ['rate 4 *'] }],
    });
  }
  return out;
}
