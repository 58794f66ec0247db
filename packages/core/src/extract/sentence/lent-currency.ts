import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { CURRENCIES, type SentenceContext, type SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `the company saw 140.5 billion dong revenue, …; profit reached nearly 176 billion, …`, `made USD
 * 19,9 billion in revenue and 14,6 billion in export turnover`, `doanh thu 120 tỷ đồng, lợi nhuận 18
 * tỷ`: an amount with a scale word and no unit, after an amount of the same sentence in a currency,
 * is of that currency — the press writes it once. Only where every currency of the sentence's amounts
 * is one (`VND … and US$ …` lend none), and never to a percentage or to an amount with a unit or a
 * counted noun of its own. The currency is lent, not read: the value is doubted (`lent-unit`). One
 * pass over the sentence's statements.
 */
export function lentCurrencies(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  earlierLevelUnits(drafts);
  sharedMeasureUnits(a, drafts);
  let donor: Draft['value'];
  // (the sentence's currencies: exactly one lends)
  const codes = new Set<string>();
  for (const d of drafts) {
    const code = d.value?.value.unitCode;
    if (code && CURRENCIES.has(code)) codes.add(code);
  }
  if (codes.size === 0) {
    impliedDong(a, drafts);
    return;
  }
  if (codes.size !== 1) return;
  for (const d of drafts) {
    const v = d.value;
    if (!v) continue;
    const q = v.value;
    if (q.unitCode && CURRENCIES.has(q.unitCode)) {
      donor ??= v;
      continue;
    }
    if (!donor || q.unit !== undefined || q.unitCode !== undefined || q.scale === 0) continue;
    d.value = {
      ...v,
      value: { ...q, unit: donor.value.unit, unitCode: donor.value.unitCode },
      rule: `${v.rule}+lent-currency`,
    };
  }
}

/** The smallest scale of an amount of money the press writes without its currency (`tỷ`, 10⁹). */
const MONEY_SCALE = 9;

/**
 * `doanh thu vận tải hành khách đạt hơn 1.246 tỷ`, `lãi sau thuế hơn 200 tỷ quý 2/2021`: in a
 * sentence that writes no currency ({@link lentCurrencies} calls it then), an amount in billions or more with no unit, whose statement's
 * name holds a noun of money (grammar `moneyNames`: `doanh thu`, `lợi nhuận`, `lãi`, `thu ngân
 * sách` …), is in đồng — the Vietnamese press drops `đồng` after `tỷ` (round 42). Implied, not
 * read: the value is doubted (`lent-unit`). One pass over the sentence's statements.
 */
function impliedDong(a: SentenceContext, drafts: readonly Draft[]): void {
  const names = a.g.moneyNames;
  if (!names) return;
  for (const d of drafts) {
    const v = d.value;
    const name = d.name?.span;
    if (!v || !name || v.value.unit !== undefined || v.value.unitCode !== undefined || v.value.scale < MONEY_SCALE)
      continue;
    let money = false;
    for (
      let k = tokenAt(a.tokens, name.start);
      k < a.tokens.length && (a.tokens[k]?.end ?? 0) <= name.end && !money;
      k++
    )
      money = matchAt(a.tokens, k, names, a.tokens.length) !== null;
    if (!money) continue;
    d.value = { ...v, value: { ...v.value, unit: 'đồng', unitCode: 'VND' }, rule: `${v.rule}+lent-currency` };
  }
}

/**
 * `Coal output in 2023 was 775 million tons, up from 687 million a year earlier`: the earlier level a
 * move started from (its statement named after the level's, `compared-previous`), scaled and with no
 * unit of its own, right after a level in a unit that is no currency and no percentage, is in that
 * unit — the press writes it once. Lent, not read: the value is doubted (`lent-unit`). Currencies are
 * lent by {@link lentCurrencies}. One pass over the sentence's statements.
 */
function earlierLevelUnits(drafts: readonly Draft[]): void {
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const donor = (drafts[n - 1] as Draft).value?.value;
    const v = d.value;
    if (!v || !donor || !d.name?.rule.endsWith('.name.compared-previous')) continue;
    const code = donor.unitCode;
    if (!code || code === 'percent' || CURRENCIES.has(code) || donor.unit === undefined) continue;
    if (v.value.unit !== undefined || v.value.unitCode !== undefined || v.value.scale === 0) continue;
    d.value = {
      ...v,
      value: { ...v.value, unit: donor.unit, unitCode: code },
      rule: `${v.rule}+lent-unit`,
    };
  }
}

/**
 * `Crude production rose 11.8% to 1.7 million tonnes, while palm oil exports fell 17.06% to 1.16
 * million, the regulator said`, `raised its forecast to 120.0 million tonnes, up from a previous
 * forecast of 118.0 million`: an amount with a scale word and no unit (nor a word right after it: a
 * counted noun of its own), after an amount of the same sentence with the same scale in a unit that is
 * no currency and no percentage, is in that unit — the press writes it once. Only where the sentence's
 * amounts have one such unit, a measure's (grammar `lentMeasureUnits`: mass, length, area; not counts,
 * `19.04 million people … and 15.21 million`, whose noun the press writes as often as it drops it).
 * Lent, not read: the value is doubted (`lent-unit`; round 55). Currencies are lent by {@link
 * lentCurrencies}. One pass over the sentence's statements.
 */
function sharedMeasureUnits(a: SentenceContext, drafts: readonly Draft[]): void {
  let donor: NonNullable<Draft['value']>['value'] | undefined;
  const codes = new Set<string>();
  for (const d of drafts) {
    const code = d.value?.value.unitCode;
    if (code && code !== 'percent' && !CURRENCIES.has(code)) codes.add(code);
    if (code && CURRENCIES.has(code)) return;
  }
  const code = codes.size === 1 ? [...codes][0] : undefined;
  if (code === undefined || !a.g.lentMeasureUnits?.has(code)) return;
  for (const d of drafts) {
    const v = d.value;
    if (!v) continue;
    const q = v.value;
    if (q.unitCode !== undefined && q.unitCode !== 'percent' && q.unit !== undefined) {
      donor ??= q;
      continue;
    }
    if (!donor || q.unit !== undefined || q.unitCode !== undefined || q.scale === 0 || q.scale !== donor.scale)
      continue;
    if (countedNounAt(a, tokenAt(a.tokens, v.span.end))) continue;
    d.value = { ...v, value: { ...q, unit: donor.unit, unitCode: donor.unitCode }, rule: `${v.rule}+lent-unit` };
  }
}

/**
 * True when a word at token `k` may be the counted noun of the amount before it: any word but a joiner,
 * a compare word, a base or a period (`118.0 million and …`, `120.6 million a year earlier`, `1.2 million
 * in 2023`).
 */
function countedNounAt(a: SentenceContext, k: number): boolean {
  const t = a.tokens[k];
  if (t?.kind !== 'word') return false;
  const g = a.g;
  for (const list of [g.joiners, g.subjectClauseJoiners ?? [], g.compareWords, g.bases, g.standaloneBases])
    if (matchAt(a.tokens, k, list)) return false;
  return !(g.periodWords.keys.prepositions.has(t.forms.fold) || g.periodWords.keys.yearPrepositions.has(t.forms.fold));
}
