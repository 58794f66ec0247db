import { negate, shift } from '../numeral';
import type { PhraseMatch } from '../phrase';
import { type QuantityMatch, readQuantity } from '../quantity';
import type { StatedCompletion } from '../types';
import {
  type BaseRead,
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  numberAt,
  percentAfter,
  planPhraseAt,
  readBase,
  worst,
} from './context';

/**
 * `a year-on-year increase of 25 percent`, `a month-on-month decline of 1.2%`: a change written
 * as a noun with its base as an adjective before it. Returns the noun's sign and the base.
 */
export function nounChangeAt(c: Cursor, i: number): { verb: PhraseMatch<1 | -1>; base: BaseRead } | null {
  if (c.g.changeNouns.length === 0 || m(c, i, c.g.articles)?.to !== i + 1) return null;
  const alone = m(c, i + 1, c.g.standaloneBases);
  if (!alone) return null;
  const noun = m(c, alone.to, c.g.changeNouns);
  if (!noun) return null;
  const base: BaseRead = { from: i + 1, to: alone.to, base: alone.phrase.data, level: alone.level };
  return { verb: { ...noun, from: i }, base };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function changeAt(c: Cursor, i: number): Found | null {
  const noun = m(c, i, c.g.changeVerbs) ? null : nounChangeAt(c, i);
  const verb = m(c, i, c.g.changeVerbs) ?? noun?.verb;
  if (!verb) return null;
  let k = verb.to;
  const approx = m(c, k, c.g.approximate);
  const approximate = approx && isNum(c.tokens[approx.to]) ? approx.phrase.data : undefined;
  if (approx && approximate) k = approx.to;
  // `tăng trưởng -2,1%`: a minus sign glued to the number flips the verb.
  let minus = false;
  if (isP(c.tokens[k], '-', '−') && isNum(c.tokens[k + 1]) && c.tokens[k + 1]?.gap === '') {
    minus = true;
    k++;
  }
  let n = numberAt(c, k);
  // `an increase of USD 160`: an absolute change with the currency before its number.
  const before = n ? null : readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (before?.quantity && before.numberAt > k) n = before.quantity.number;
  if (!n) return null;
  const sign = minus ? -verb.phrase.data : verb.phrase.data;
  const amount = sign < 0 ? negate(n) : n;
  let to: number;
  let form: 'rate' | 'points' | 'absolute';
  let q: QuantityMatch | undefined;
  const points = m(c, k + 1, c.g.pointWords);
  const pct = percentAfter(c, k + 1);
  if (before?.quantity) {
    q = before;
    form = 'absolute';
    to = before.to;
  } else if (points) {
    form = 'points';
    to = points.to;
  } else if (pct) {
    form = 'rate';
    to = pct;
    const alsoPoints = m(c, pct, c.g.pointWords);
    if (alsoPoints && c.g.locale === 'vi') {
      form = 'points';
      to = alsoPoints.to;
    }
  } else {
    const read = readQuantity(c.text, c.tokens, k, c.g, c.limit);
    if (!read?.quantity) return null;
    q = read;
    form = 'absolute';
    to = read.to;
  }
  // `giảm 2.170 ha (bằng 1,46%) so với năm 2018`, `up VND 500 billion (or 5 percent)`: an
  // absolute change whose bracket states it as a percentage is read as that rate.
  let bracketRate = false;
  let rateAt = k;
  let rateAmount = amount;
  if (form === 'absolute' && isP(c.tokens[to], '(')) {
    const verbIn = m(c, to + 1, c.g.ratioVerbs);
    let at = verbIn ? verbIn.to : to + 1;
    // `tăng 2.375 tỷ đồng (+10,7%)`: a plus sign glued to the rate repeats the verb's direction.
    if (isP(c.tokens[at], '+') && isNum(c.tokens[at + 1]) && c.tokens[at + 1]?.gap === '') at++;
    const r = numberAt(c, at);
    const end = r ? percentAfter(c, at + 1) : 0;
    if (r && end && isP(c.tokens[end], ')')) {
      form = 'rate';
      rateAt = at;
      rateAmount = sign < 0 ? negate(r) : r;
      q = undefined;
      to = end + 1;
      bracketRate = true;
    }
  }
  const after = readBase(c, to) ?? baseAfterBracket(c, to);
  // `rising 22.5% above estimates`, `5 percent below the annual plan`: a rate over or under a plan.
  const side = !after && form === 'rate' ? m(c, to, c.g.planSides) : null;
  const sidePlan = side ? planPhraseAt(c, side.to, false) : null;
  if (side && sidePlan) {
    const over = side.phrase.data < 0 ? negate(n) : n;
    const completion: StatedCompletion = {
      percent: shift(over, '100'),
      form: 'exceeded-by',
      of: sidePlan.phrase.data,
      approximate,
    };
    return {
      to: sidePlan.to,
      fig: { kind: 'completion', completion, numberAt: k },
      rule: `${c.g.locale}.completion.rate-beside-plan`,
      level: worst(verb.level, side.level, sidePlan.level),
    };
  }
  const base = after ?? noun?.base ?? null;
  if (after) to = after.to;
  // `tăng 15,2% so với dự toán`, `giảm 5% so với kế hoạch`: over or under the plan, a completion.
  if (base?.base.kind === 'plan' && form === 'rate') {
    const completion: StatedCompletion = {
      percent: shift(amount, '100'),
      form: 'exceeded-by',
      of: base.base.of,
      approximate,
    };
    return {
      to,
      fig: { kind: 'completion', completion, numberAt: k },
      rule: `${c.g.locale}.completion.change-vs-plan`,
      level: worst(verb.level, base.level),
    };
  }
  let then: QuantityMatch | undefined;
  const toWord = c.g.locale === 'en' ? m(c, to, c.g.toWords) : null;
  if (toWord) {
    const next = readQuantity(c.text, c.tokens, toWord.to, c.g, c.limit);
    if (next?.quantity) {
      then = next;
      to = next.to;
    }
  }
  const fig: Figure = {
    kind: 'change',
    form,
    amount: bracketRate ? rateAmount : amount,
    numberAt: bracketRate ? rateAt : k,
    q,
    base: base ?? undefined,
    then,
    approximate,
  };
  const rule = `${c.g.locale}.change.${form}${bracketRate ? '-in-bracket' : ''}${!after && noun ? '-noun-phrase-base' : ''}`;
  return { to, fig, rule, level: worst(verb.level, base?.level) };
}

/**
 * `giảm 1,6% (-673 ha) so cùng kỳ`, `tăng 14,8% (tăng 33,92 tỷ USD) so với cùng kỳ năm ngoái`: a
 * short bracket between a change and its base states the change's size; the base after it is
 * the change's. The bracket is read as part of the change (its number is no statement).
 */
export function baseAfterBracket(c: Cursor, i: number): BaseRead | null {
  if (!isP(c.tokens[i], '(')) return null;
  for (let k = i + 1; k < c.limit && k <= i + 10; k++) {
    const t = c.tokens[k];
    if (isP(t, '(')) return null;
    if (isP(t, ')')) return readBase(c, k + 1);
  }
  return null;
}

/** The `change` figure rule. @internal */
export const changeRule: FigureRule = { id: 'change', locales: ['vi', 'en'], match: changeAt };
