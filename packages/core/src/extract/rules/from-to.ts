import type { DataStage } from '../../model/types';
import type { Grammar } from '../grammar';
import { matchPeriod } from '../period-phrase';
import { matchAt, type Phrase } from '../phrase';
import { type QuantityMatch, quantityOf, readQuantity } from '../quantity';
import { type Cursor, EVERY_LOCALE, type FigureRule, type Found, isNum, isP, m, worst } from './context';

/** True when a phrase of `list` ends right before token `i` (`giảm` before `từ`). */
export function endsAt(c: Cursor, i: number, list: Parameters<typeof matchAt>[2]): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    if (matchAt(c.tokens, i - back, list, i)?.to === i) return true;
  }
  return false;
}

/** How many words of a verb's object may stand between the verb and `from` (`grow the international education sector from`). */
const OBJECT_WORDS = 5;

/**
 * `a target to grow investment from $4.3 billion to $8 billion by 2020`, `aims to raise exports from
 * …`: an infinitive of a verb of change (grammar `toWords` then `changeVerbs`) and its object (at most
 * {@link OBJECT_WORDS} words, no number nor punctuation) before `from` make the two figures a move, not
 * a range (round 55: the first had been the goal's value, the second unread). Only the infinitive: a
 * finite verb (`… since 2022 and reduced fertiliser prices from Sh7,500 to Sh2,500`) may be another
 * subject's, whose statement the move does not open. Constant time.
 */
function verbObjectBefore(c: Cursor, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - OBJECT_WORDS - 1; k--) {
    if (c.tokens[k]?.kind !== 'word') return false;
    const verb = k < i - 1 ? m(c, k, c.g.changeVerbs) : null;
    if (verb && verb.to <= i - 1 && m(c, k - 1, c.g.toWords)?.to === k) return true;
  }
  return false;
}

/** Digits before the decimal point of a canonical decimal string. */
const intDigits = (v: string): number => v.replace(/^-/u, '').split('.')[0]?.length ?? 0;

/** True when `first` has at least three more integer digits than `second`: it is no figure of the second's scale. */
const fullSize = (first: string, second: string): boolean => intDigits(first) >= intDigits(second) + 3;

/**
 * A bound word (`gần`, `hơn`, `khoảng`, `nearly`) at token `k` right before a number, or before a
 * currency written before its number (`to more than VND 90,000`, `to nearly $5 billion`, `from
 * about US$3 billion`).
 */
function boundAt(c: Cursor, k: number) {
  const b = m(c, k, c.g.approximate);
  if (!b) return null;
  if (isNum(c.tokens[b.to])) return b;
  const currency = m(c, b.to, c.g.currencyBefore);
  return currency && isNum(c.tokens[currency.to]) ? b : null;
}

/**
 * True when a rate of change ends right before the `from` at `i`, after a comma or not: `grew by
 * P1.2 billion or 39% from P3.2 billion to P4.4 billion`, `was lower by 7%, from P1.1 billion to
 * P1.0 billion` — the move's two levels, not a range. The rate's verb (grammar `changeVerbs`) stands
 * before its number (`rose by`, `lower by`, `grew`). Constant time (a few tokens back).
 */
function rateMovedBefore(c: Cursor, i: number): boolean {
  const comma = c.tokens[i - 1]?.text === ',' ? i - 1 : i;
  // (`increased by 78% in value between 2009 and 2018, from €7.8 billion to €13.9 billion`: words and
  // years of the rate's own measure and time between it and the comma; round 57, the second level had
  // been lost)
  const end = comma < i ? rateEndBefore(c, comma) : i;
  let n = -1;
  if (c.tokens[end - 1]?.text === '%') n = end - 2;
  else
    for (let back = 1; back <= 2 && n < 0; back++)
      if (matchAt(c.tokens, end - back, c.g.percentWords, end)?.to === end) n = end - back - 1;
  if (n < 0 || !isNum(c.tokens[n])) return false;
  // (`were down -3.9% from 2,150,495 to 2,066,411 units`: the sign the press repeats before the rate;
  // round 54)
  if (isP(c.tokens[n - 1], '-', '+', '−') && c.tokens[n]?.gap === '') n--;
  // (`by P1.2 billion or 39%`: the amount the rate restates stands between the verb and the rate)
  // (grammar `restateWords`, `transitiveChangeBy`: `or`, `by`)
  const or = m(c, n - 1, c.g.restateWords ?? [])?.to === n ? amountStart(c, n - 1) : n;
  // (`lower by`, `higher by` are verbs with their `by`; `rose by` reads past it)
  const by = c.g.transitiveChangeBy.has(c.tokens[or - 1]?.forms.fold ?? '');
  return endsAt(c, or, c.g.changeVerbs) || (by && endsAt(c, or - 1, c.g.changeVerbs));
}

/** How many tokens of words and years may stand between a rate and the comma before its move's levels. */
const RATE_TAIL = 8;

/**
 * Where the rate before the comma at `comma` ends: the comma itself, or the first token of a run of at
 * most {@link RATE_TAIL} words and years before it that follows a percentage (`78% in value between 2009
 * and 2018,`). Constant time.
 */
function rateEndBefore(c: Cursor, comma: number): number {
  for (let k = comma - 1; k >= 0 && k >= comma - RATE_TAIL; k--) {
    const t = c.tokens[k];
    if (t?.text === '%' || matchAt(c.tokens, k, c.g.percentWords, k + 2)?.to === k + 1)
      return k === comma - 1 ? comma : k + 1;
    if (t?.kind === 'word' || (t?.kind === 'number' && /^(19|20)\d\d$/u.test(t.text))) continue;
    return comma;
  }
  return comma;
}

/** The first token of the amount that ends right before token `or` (`P1.2 billion`, `VND 2 trillion`), or -1. */
function amountStart(c: Cursor, or: number): number {
  for (let k = or - 1; k >= 0 && k >= or - 4; k--) {
    const q = isNum(c.tokens[k]) ? readQuantity(c.text, c.tokens, k, c.g, c.limit) : null;
    if (q?.quantity && q.to === or) return m(c, k - 1, c.g.currencyBefore)?.to === k ? k - 1 : k;
  }
  return -1;
}

/**
 * Where the word of the second level may stand after the first level ends at `k`: past the first
 * level's own relative period (`từ mức 1338 tỷ đồng năm ngoái lên 1445 tỷ đồng`) and past the verb of the move
 * (`từ 396 nghìn tấn tăng lên 602 nghìn tấn`, grammar `movedValueVerbs`, only right before a word of
 * the second level: `lên`). Round 40. Constant time.
 */
function movedTo(c: Cursor, k: number): number {
  // (a relative period only, `năm ngoái`, `cùng kỳ`: a dated one, `từ 1 tỷ USD năm 2004 lên …`, is
  // read with its level by sentence/moved-levels.ts)
  const period = c.g.locale === 'vi' ? matchPeriod(c.tokens, k, c.g.locale) : null;
  // (`from 8,272 million units the previous year to 8,459 million units`: in English, a base phrase
  // of the year or period before, grammar `bases`, dates the first level; round 49)
  // (`from 7,130 million units in the previous year to …`: after its link)
  const link = c.g.locale === 'en' && c.g.samePeriodYearLinks.has(c.tokens[k]?.forms.fold ?? '') ? k + 1 : k;
  const base = c.g.locale === 'en' ? m(c, link, c.g.bases) : null;
  const kind = base?.phrase.data.kind;
  if (base && (kind === 'same-period-last-year' || kind === 'previous-period') && m(c, base.to, c.g.toWords))
    return base.to;
  // (`tăng từ 26,58 ha (năm 2015) lên 67,60 ha (năm 2019)`: the first level's year in a bracket; round 56)
  const dated = c.g.locale === 'vi' && isP(c.tokens[k], '(') ? matchPeriod(c.tokens, k + 1, c.g.locale) : null;
  if (dated?.id !== undefined && isP(c.tokens[dated.to], ')') && m(c, dated.to + 1, c.g.toWords)) return dated.to + 1;
  const at = period && period.id === undefined && period.to - k <= 3 ? period.to : k;
  const verb = c.tokens[at];
  if (verb?.kind === 'word' && c.g.movedValueVerbs.has(verb.forms.lower) && m(c, at + 1, c.g.toWords)) return at + 1;
  return at;
}

/** How many tokens a verb of revising may stand before the plan noun it revises: `scaled down the FBR's tax collection target`. */
const REVISED_WINDOW = 8;

/**
 * True when a plan noun ends right before the `from` at `i` and a verb of revising (grammar
 * `reviseVerbs`: `revised`, `scaled down`, `cut`) stands shortly before it, with no figure or
 * punctuation between: `scaled down the tax collection target from Rs. 4.9 trillion to Rs. 4.7
 * trillion` moves the plan from one level to the other — the second is the plan now (round 47; no
 * range). Constant time.
 */
function revisedPlanBefore(c: Cursor, i: number): boolean {
  const verbs = c.g.reviseVerbs;
  if (!verbs || !endsAt(c, i, c.g.planNouns)) return false;
  for (let b = i - 1; b >= 0 && b >= i - REVISED_WINDOW; b--) {
    const t = c.tokens[b];
    if (t?.kind === 'number' || (t?.kind === 'punct' && t.text !== '’' && t.text !== "'" && t.text !== '-'))
      return false;
    if (m(c, b, verbs)) return true;
  }
  return false;
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function fromToAt(c: Cursor, i: number): Found | null {
  const from = m(c, i, c.g.fromWords);
  if (!from) return null;
  // (`từ mức 1338 tỷ đồng … lên 1445 tỷ đồng`: the level named `mức`, grammar `fromLevelLinks`, before
  // a number; round 40)
  // (`from previous $2.1 million to over $2.4 million`: an earlier level called earlier, grammar
  // `fromLevelModifiers`, before the number or its currency's sign; round 58)
  const link = m(c, from.to, c.g.fromLevelLinks) ?? m(c, from.to, c.g.fromLevelModifiers ?? []);
  const first =
    link && (isNum(c.tokens[link.to]) || boundAt(c, link.to) || m(c, link.to, c.g.currencyBefore)) ? link.to : from.to;
  // `từ gần 8,86 triệu tấn lên hơn 17,5 triệu tấn`: a bound word may stand before either end (only
  // when the end carries its own scale or unit: `từ khoảng 3 đến 5` is a range)
  const bound1 = boundAt(c, first);
  const a = readQuantity(c.text, c.tokens, bound1 ? bound1.to : first, c.g, c.limit);
  if (!a?.quantity) return null;
  const to = m(c, movedTo(c, a.to), c.g.toWords);
  if (!to) return null;
  // `từ 7,5 đến 8%`, `from 7 to 7.5%` with no change verb before: a range, not a change.
  const neutral = c.g.rangeToWords.has(to.phrase.text);
  // (`tăng 52,9% (từ 736.095 đến 1,12 triệu tấn)`: a bracket right after a percentage change holds
  // the two levels it was measured between)
  const afterChange = (c.tokens[i - 1]?.text === '(' && c.tokens[i - 2]?.text === '%') || rateMovedBefore(c, i);
  if (
    neutral &&
    !afterChange &&
    !endsAt(c, i, c.g.changeVerbs) &&
    !endsAt(c, i, changeToVerbs(c.g)) &&
    !revisedPlanBefore(c, i) &&
    !verbObjectBefore(c, i)
  )
    return null;
  const bound2 = boundAt(c, to.to);
  const b = readQuantity(c.text, c.tokens, bound2 ? bound2.to : to.to, c.g, c.limit);
  if (!b?.quantity) return null;
  const own = (q: QuantityMatch['quantity']) => q !== undefined && (q.scale !== 0 || q.unit !== undefined);
  if ((bound1 || bound2) && (!own(a.quantity) || !own(b.quantity) || a.quantity.unitCode === 'percent')) return null;
  // `từ 2 lên 3 nghìn tỷ đồng`, `from 3.5 to 3.2%`: a bare first number shares the second's
  // scale and unit (it is never read as 2 đồng).
  const bare = a.quantity.scale === 0 && a.quantity.unit === undefined;
  const shared = b.quantity.scale !== 0 || b.quantity.unit !== undefined;
  const previous: QuantityMatch =
    bare && shared
      ? {
          ...a,
          // (`từ 736.095 đến 1,12 triệu tấn`: a first number of many more digits than the second
          // is written in the unit itself, 736 095 tonnes, never 736 095 million)
          quantity: quantityOf(
            a.quantity.number,
            fullSize(a.quantity.number.value, b.quantity.number.value) ? 0 : b.quantity.scale,
            {
              ...(b.quantity.scaleWord !== undefined && !fullSize(a.quantity.number.value, b.quantity.number.value)
                ? { scaleWord: b.quantity.scaleWord }
                : {}),
              ...(b.quantity.unit !== undefined ? { unit: b.quantity.unit } : {}),
              ...(b.quantity.unitCode !== undefined ? { unitCode: b.quantity.unitCode } : {}),
            },
          ),
        }
      : // `from 3.35 billion to 3.15 billion USD`: a first number with its own scale and no unit
        // shares the second's unit (never a bare count of 3.35 billion)
        a.quantity.scale !== 0 && a.quantity.unit === undefined && b.quantity.unit !== undefined
        ? {
            ...a,
            quantity: quantityOf(a.quantity.number, a.quantity.scale, {
              ...(a.quantity.scaleWord !== undefined ? { scaleWord: a.quantity.scaleWord } : {}),
              unit: b.quantity.unit,
              ...(b.quantity.unitCode !== undefined ? { unitCode: b.quantity.unitCode } : {}),
            }),
          }
        : a;
  return {
    to: b.to,
    fig: {
      kind: 'from-to',
      previous,
      current: b,
      ...(bound1 ? { previousApproximate: bound1.phrase.data } : {}),
      ...(bound2 ? { currentApproximate: bound2.phrase.data } : {}),
    },
    rule: `${c.g.locale}.from-to${bare && shared ? (fullSize(a.quantity.number.value, b.quantity.number.value) ? '+shared-unit' : '+shared-scale') : ''}`,
    level: worst(from.level, to.level),
  };
}

const CHANGE_TO = new WeakMap<Grammar, readonly Phrase<DataStage | undefined>[]>();

/** The value verbs that say the value moved (`tăng lên`, `rose to`), filtered once per grammar (a list is indexed once). */
export function changeToVerbs(g: Grammar): readonly Phrase<DataStage | undefined>[] {
  let list = CHANGE_TO.get(g);
  if (!list) {
    list = g.valueVerbs.filter((p) => g.movedValueVerbs.has(p.text.split(' ')[0] ?? ''));
    CHANGE_TO.set(g, list);
  }
  return list;
}

/** The `from-to` figure rule: its first number comes right after `từ`/`from` (and a currency). @internal */
export const fromToRule: FigureRule = { id: 'from-to', locales: EVERY_LOCALE, match: fromToAt, reach: 24 };
