import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREAS `exceeded-lists-en` and `exceeded-lists-vi` (round 31): a list of percentages of
 * a plan after a verb of exceeding (`exceeding 15% and 22% of the year plan`, test20; `vượt 15% và
 * 22% kế hoạch`) is the plan exceeded by each (115 and 122), as one alone is (`exceeding 7% of the
 * plan`: 107, test10; `vượt 7% kế hoạch`: 107) — each item was read as a completion of the printed
 * figure, certain and wrong. Crossed with the verbs of exceeding, the plan nouns, the values before
 * the list (paired in order) or none, an approximation on the first item and a three-item list.
 * English doubts every item (`percent-of`: `exceeded 90% of the plan` may mean just above 90 %);
 * Vietnamese reads them as the one-item form, certain.
 *
 * Near-misses (a fifth of each book or more): the same lists after a verb of reaching (`reaching
 * 15% and 22% of the year plan`: 15 and 22) and shares of a whole (`accounting for 15% and 22% of
 * the total`: no completion).
 */

const en: PhraseCase[] = [];
const vi: PhraseCase[] = [];
const addEn = (text: string, ...facts: RealFact[]): void => {
  en.push({ text, facts });
};
const addVi = (text: string, ...facts: RealFact[]): void => {
  vi.push({ text, facts });
};

const EN_VERBS = ['exceeding', 'surpassing', 'exceeded', 'surpassed'];
const EN_PLANS = ['the year plan', 'the annual plan', 'the plan', 'the 2021 target', 'the yearly targets'];
const PAIRS = [
  ['15', '22'],
  ['4.5', '12.8'],
] as const;

for (const [verb, plan, [x, y]] of cross(EN_VERBS, EN_PLANS, PAIRS)) {
  const cx = String(100 + Number(x));
  const cy = String(100 + Number(y));
  addEn(`In 2021, revenue and profit ${verb} ${x}% and ${y}% of ${plan}.`, { c: cx }, { c: cy });
  addEn(
    `In 2021, revenue and profit reached VND 369 billion and VND 325 billion, ${verb} ${x}% and ${y}% of ${plan}.`,
    { v: '369000000000', u: 'VND', c: cx },
    { v: '325000000000', u: 'VND', c: cy },
  );
  addEn(
    `In 2021, revenue and profit ${verb} ${x} per cent and ${y} per cent of ${plan}, respectively.`,
    { c: cx },
    { c: cy },
  );
}
// an approximation on the first item; a list of three (its middle item is not read yet)
for (const [verb, plan] of cross(EN_VERBS, EN_PLANS)) {
  addEn(`In 2021, revenue and profit ${verb} nearly 15% and 22% of ${plan}.`, { c: '115' }, { c: '122' });
  addEn(
    `In 2021, revenue, profit and dividends ${verb} 15%, 18% and 22% of ${plan}, respectively.`,
    { c: '115' },
    { c: '118' },
    { c: '122' },
  );
}
// near-misses: a verb of reaching, a share of a whole
for (const [verb, plan, [x, y]] of cross(['reaching', 'completing', 'achieved'], EN_PLANS, PAIRS)) {
  addEn(`In 2021, revenue and profit ${verb} ${x}% and ${y}% of ${plan}.`, { c: x }, { c: y });
  addEn(
    `In 2021, revenue and profit ${verb} ${x} per cent and ${y} per cent of ${plan}, respectively.`,
    { c: x },
    { c: y },
  );
}
for (const [x, y] of PAIRS) {
  addEn(
    `In 2021, exports and imports accounted for ${x}% and ${y}% of the total.`,
    { v: x, u: 'percent' },
    { v: y, u: 'percent' },
  );
}

const VI_VERBS = ['vượt', 'lần lượt vượt'];
const VI_PLANS = ['kế hoạch', 'kế hoạch năm', 'dự toán', 'chỉ tiêu', 'kế hoạch năm 2021'];
const VI_PAIRS = [
  ['15', '22', '15', '22'],
  ['4,5', '12,8', '4.5', '12.8'],
] as const;
for (const [verb, plan, [x, y, xd, yd]] of cross(VI_VERBS, VI_PLANS, VI_PAIRS)) {
  const cx = String(100 + Number(xd));
  const cy = String(100 + Number(yd));
  addVi(`Năm 2021, doanh thu và lợi nhuận ${verb} ${x}% và ${y}% ${plan}.`, { c: cx }, { c: cy });
  addVi(`Năm 2021, doanh thu và lợi nhuận ${verb} ${x}% và ${y}% so với ${plan}.`, { c: cx }, { c: cy });
}
// near-misses: a verb of reaching
for (const [verb, plan, [x, y, xd, yd]] of cross(['đạt', 'lần lượt đạt'], VI_PLANS, VI_PAIRS)) {
  addVi(`Năm 2021, doanh thu và lợi nhuận ${verb} ${x}% và ${y}% ${plan}.`, { c: xd }, { c: yd });
}

export const EXCEEDED_LISTS_EN: Phrasebook = { area: 'exceeded-lists-en', locale: 'en', cases: en };
export const EXCEEDED_LISTS_VI: Phrasebook = { area: 'exceeded-lists-vi', locale: 'vi', cases: vi };
