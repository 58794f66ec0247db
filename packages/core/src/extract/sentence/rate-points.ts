import { abs, cmp, div, mul, pow10, sub, toNum, ZERO } from '../../decimal/decimal';
import { negate } from '../numeral';
import { findIn, matchAt, type Phrase, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** Rule tag of a change by a bare percentage read as points (`certainty/doubts/levels.ts` doubts it unless shown). */
export const RATE_POINTS = '+rate-points';
/** Rule tag of such a change whose points the sentence's own figures show (no doubt). */
export const POINTS_SHOWN = '+points-shown';

/** How many tokens after a change the earlier level it was measured from may stand (`(năm 2017 đạt 190,5%)`). */
const LEVEL_REACH = 16;
/** How many tokens a level-to word before a figure may take (`xuống còn`). */
const TO_WORDS = 2;
/** How many tokens a per-period tail after a percentage may take (`%/năm`). */
const TAIL = 3;

/**
 * A change of a rate is in percentage points (domain.md: `56,35% after 40% is +16,35 điểm phần
 * trăm`), which Vietnamese reports often print with a bare `%`. Read as points where the sentence
 * says so itself:
 * - `Công suất sử dụng giường bệnh đạt 137,13%, giảm 53,37% so với cùng kỳ (năm 2017 đạt 190,5%)`,
 *   `đạt 115,7% kế hoạch, tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)`: when the statement's
 *   own level (its percentage or its completion) minus an earlier percentage printed just after
 *   the change gives the change (to its last printed digit), the figures show the points, which
 *   are certain (`60%, tăng 20% … (năm 2023 đạt 50%)` shows a relative change and stays a rate);
 * - `giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`, `phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm`, `Tỷ lệ
 *   hộ nghèo giảm hàng năm … mỗi năm 3%`: a percentage after the name of a named rate (a rate noun,
 *   grammar `pointsLevelNouns`, and no growth word, growth indicator or index of change) that
 *   holds the change verb (before the rate noun, or after it and a word of its own) is that
 *   change, never the rate's level — read as points, doubted `points-or-percent`
 *   (`certainty/doubts/levels.ts`). `giảm tỷ lệ hộ nghèo xuống 2%` (a level-to word before the
 *   figure, no `/năm` after it), `tỷ lệ che phủ rừng không ngừng tăng và đạt 42%` (a second
 *   predicate) and `giảm từ 2,3%` (the level it fell from) state levels and stay.
 * A named rate's change by a bare `%` with nothing to show its form (`Tỷ lệ hộ nghèo giảm 1,2%`,
 * `tỷ lệ hộ gia đình sử dụng cáp quang đạt 76,9%, tăng 6,2% so với cùng kỳ`) is read as points too,
 * still doubted `points-or-percent`: a rate's change is in points (domain.md), which is how Vietnamese
 * reports mean the bare `%` of a named rate (every such change of the released corpus is annotated so,
 * round 28); the doubt says the text does not spell it. A statement named by no rate noun (`Công suất
 * sử dụng giường bệnh đạt 137,13%, giảm 53,37%`, a growth rate, an index) keeps its rate. English
 * reads so only a named rate beside its level printed as a percentage (`hotel occupancy was 1.5 per
 * cent, a decrease of 0.05% from the previous quarter`). Otherwise Vietnamese only (English takes such changes back to
 * `unread`, `level-difference.ts`). Run last of the sentence steps, once every change has its
 * statement. Linear: a name's tokens per statement, at most {@link LEVEL_REACH} tokens per change.
 */
export function ratePoints(a: SentenceContext, st: SentenceState): void {
  const vi = a.g.locale === 'vi';
  // (round 31: the named rate a part after `riêng`, `trong đó` lends its measure from)
  let lent = false;
  for (const d of a.sentenceDrafts(st.span)) {
    const part: boolean = vi && lent && subsetPart(a, d);
    if (d.changes.length > 0) {
      const unit = d.value?.value.unitCode;
      if (unit !== undefined && unit !== 'percent') continue;
      // (English: only beside the level printed as a percentage, `hotel occupancy was 1.5 per cent,
      // a decrease of 0.05% from the previous quarter`)
      if (!vi && unit !== 'percent') continue;
      // (the name is looked at once per draft, only when a bare rate is there to read)
      let named: ReturnType<typeof namedRate> | null = null;
      d.changes = d.changes.map((c) => {
        if (c.value.form !== 'rate' || c.rule.includes(RATE_POINTS)) return c;
        const shown = vi ? shownForm(a, d, c) : undefined;
        if (shown === 'points') return asPoints(c, `${RATE_POINTS}${POINTS_SHOWN}`);
        if (shown === 'relative') return c;
        // (`showing a quarter-on-quarter rate of growth of 6 percent`: a change that names its growth
        // is relative)
        if (namesGrowth(a, c)) return c;
        // (`occupancy rose 4.1 percent to 66.8 percent`, `(+13.6% to 77.8%)`: English writes a move of a
        // rate to its new level in `percent` when it is relative — `percentage points` when it is not — so
        // the change keeps its rate, still doubted `points-or-percent`; round 55)
        if (!vi && d.value?.rule.includes('.value.change-to') && c.span.start < d.value.span.start) return c;
        if (named === null) named = namedRate(a, d);
        if (named) return asPoints(c, RATE_POINTS);
        return part ? asPoints(c, `${RATE_POINTS}${SUBSET_PART}`) : c;
      });
    } else if (vi) {
      const named = namedRate(a, d);
      if (named) changeInName(a, d, named);
    }
    // (a named rate, whatever its figure was read as: `tỷ lệ hộ nghèo … giảm 1 đến 1,5%, riêng …`)
    lent = vi && (part || namedRate(a, d) !== undefined);
  }
}

/** The rule tag of a part's change read as points after its whole's (`riêng các huyện nghèo giảm 4%`). */
const SUBSET_PART = '+subset-part';

/**
 * `Tỷ lệ hộ nghèo giảm 1,5%, riêng các huyện nghèo giảm 4%`: a draft named right after a word of a
 * part (grammar `ofWhich`: `riêng`, `trong đó`) whose name holds no measure of its own (no rate noun,
 * no growth word, no measure of a plan such as `doanh thu`, no number) is a part of the statement before it — the same rate, of a subset — so a
 * bare percentage change of it is read as that rate's was: in points, still doubted
 * `points-or-percent` (round 31, `test17b-vi.ts`).
 */
function subsetPart(a: SentenceContext, d: Draft): boolean {
  const span = d.name?.span;
  if (!span) return false;
  const t = a.tokens;
  const i = tokenAt(t, span.start);
  if (phraseEndingAt(t, i, a.g.ofWhich, 3) < 0) return false;
  let j = i;
  while (j < t.length && (t[j] as Token).end <= span.end) j++;
  for (let k = i; k < j; k++) if ((t[k] as Token).kind !== 'word') return false;
  const own = (list: readonly Phrase[] | undefined): boolean => list !== undefined && findIn(t, i, j, list) !== null;
  return !own(a.g.growthWords) && !own(a.g.pointsLevelNouns) && !own(a.g.planMeasureWords);
}

/** The tokens `[i, j)` of the draft's name and its first rate noun's, when the name is a named rate's. */
function namedRate(a: SentenceContext, d: Draft): { i: number; j: number; rate: number; rateTo: number } | undefined {
  const span = d.name?.span;
  if (!span) return undefined;
  const t = a.tokens;
  const i = tokenAt(t, span.start);
  let j = i;
  while (j < t.length && (t[j] as Token).end <= span.end) j++;
  const g = a.g;
  let rate = -1;
  let rateTo = -1;
  for (let k = i; k < j && rate < 0; k++) {
    const m = matchAt(t, k, g.pointsLevelNouns, j);
    if (m) {
      rate = k;
      rateTo = m.to;
    }
  }
  if (rate < 0) return undefined;
  if (findIn(t, i, j, g.growthWords) || findIn(t, i, j, g.growthIndicators) || findIn(t, i, j, g.changeIndexNouns))
    return undefined;
  return { i, j, rate, rateTo };
}

/** True when the change's own words name a growth (`rate of growth of 6 percent`, `mức tăng 5%`). */
function namesGrowth(a: SentenceContext, c: Extracted<ExtractedChange>): boolean {
  const t = a.tokens;
  const i = tokenAt(t, c.span.start);
  let j = i;
  while (j < t.length && (t[j] as Token).end <= c.span.end) j++;
  return findIn(t, i, j, a.g.growthWords) !== null;
}

/** The change `c` as a points change, its rule tagged (`level-difference.ts` reads English ones so too). */
export function asPoints(c: Extracted<ExtractedChange>, tag: string): Extracted<ExtractedChange> {
  return { ...c, value: { ...c.value, form: 'points' }, rule: `${c.rule}${tag}` };
}

/**
 * What the sentence's own figures show of change `c`: `points` when the draft's level (its
 * percentage, else its completion) minus a percentage printed within {@link LEVEL_REACH} tokens
 * after the change equals the change's signed amount to its last printed digit (`137,13 − 190,5 =
 * −53,37`), `relative` when the level over that percentage does (`60 ÷ 50 − 1 = 20%`), else
 * undefined. An earlier level of 100 (where both agree) shows nothing.
 */
function shownForm(a: SentenceContext, d: Draft, c: Extracted<ExtractedChange>): 'points' | 'relative' | undefined {
  const level = d.value?.value.unitCode === 'percent' ? d.value.value.number.value : d.completion?.value.percent.value;
  if (level === undefined) return undefined;
  const t = a.tokens;
  const from = tokenAt(t, c.span.end);
  const amount = toNum(c.value.amount.value);
  const step = pow10(-c.value.amount.decimals);
  const lv = toNum(level);
  const hundred = toNum('100');
  for (let k = from; k < t.length && k < from + LEVEL_REACH; k++) {
    const x = t[k] as Token;
    if (x.kind === 'punct' && (x.text === '.' || x.text === ';')) break;
    if (x.kind !== 'number' || !isPercentAfter(t, k)) continue;
    const earlier = numberOf(x);
    if (earlier === undefined || cmp(earlier, hundred) === 0 || cmp(earlier, ZERO) <= 0) continue;
    if (cmp(abs(sub(sub(lv, earlier), amount)), step) <= 0) return 'points';
    if (cmp(abs(sub(sub(mul(div(lv, earlier), hundred), hundred), amount)), step) <= 0) return 'relative';
  }
  return undefined;
}

/** True when a `%` sign follows number token `k`. */
function isPercentAfter(t: readonly Token[], k: number): boolean {
  const x = t[k + 1];
  return x?.kind === 'punct' && x.text === '%';
}

/** The value of a number token printed Vietnamese-style (`190,5`, `90`), or undefined (`1.234,5`: no percentage). */
function numberOf(x: Token): ReturnType<typeof toNum> | undefined {
  if (!/^\d{1,3}(?:,\d+)?$/u.test(x.text)) return undefined;
  return toNum(x.text.replace(',', '.'));
}

/**
 * `giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`, `Tỷ lệ hộ nghèo giảm hàng năm … mỗi năm 3%`: the draft's
 * percentage is the change its name's verb states, read as points (see {@link ratePoints}).
 */
function changeInName(a: SentenceContext, d: Draft, r: { i: number; j: number; rate: number; rateTo: number }): void {
  const v = d.value;
  // (`… là 0,47%, đạt 100% kế hoạch năm`: a completion of the reduction keeps it one)
  if (!v) return;
  const q = v.value;
  const perPeriod = q.unitCode === undefined && q.unit !== undefined && /^\s*%\s*\//u.test(q.unit);
  if (q.unitCode !== 'percent' && !perPeriod) return;
  const t = a.tokens;
  const g = a.g;
  // the verb: right before the rate noun (`giảm tỷ lệ`), or after it and a word of the name (`tỷ lệ
  // hộ nghèo giảm`; `tỷ lệ giảm nghèo` may name a rate of its own, as `tỷ lệ tăng dân số` does)
  let sign: 1 | -1 | undefined;
  for (let k = Math.max(r.i, r.rate - 1); k < r.rate; k++) {
    const verb = matchAt(t, k, g.changeVerbs, r.rate);
    if (verb?.to === r.rate) sign = verb.phrase.data;
  }
  let after = -1;
  for (let k = r.rateTo + 1; sign === undefined && k < r.j; k++) {
    const verb = matchAt(t, k, g.changeVerbs, r.j);
    if (verb) {
      sign = verb.phrase.data;
      after = verb.to;
    }
  }
  if (sign === undefined) return;
  const k = numberToken(t, v.span.start, v.span.end);
  if (k < 0) return;
  // (`tỷ lệ che phủ rừng không ngừng tăng và đạt 42%`: a joiner or a level verb after the verb
  // opens a second predicate, whose figure is the level reached)
  // (`giảm từ 2,3% năm 2022 xuống còn 1,5%`: a figure after `từ` is the level it fell from)
  for (let b = r.rateTo; b < k; b++) {
    if (matchAt(t, b, g.fromWords, k)) return;
    if (b >= after && after >= 0 && (matchAt(t, b, g.joiners, k) || matchAt(t, b, g.percentVerbs, k))) return;
  }
  // a level-to word right before the figure (`giảm tỷ lệ hộ nghèo xuống 2%`) states the level,
  // unless a per-year tail makes it a yearly step (`giảm … còn 3%/năm`); `trở lên` inside the name
  // (`tỷ lệ sinh con thứ ba trở lên năm 2023 là 0,25%`) is no such word
  if (!perPeriod && !perPeriodTail(a, k)) {
    if (phraseEndingAt(t, k, g.toWords, TO_WORDS, r.rateTo) >= 0) return;
  }
  const amount = sign < 0 ? negate(q.number) : q.number;
  const change: Extracted<ExtractedChange> = {
    ...v,
    value: { form: 'points', amount, ...(q.approximate ? { approximate: q.approximate } : {}) },
    rule: `${v.rule}${RATE_POINTS}`,
  };
  d.changes.push(change);
  d.value = undefined;
}

/** The first number token inside the characters `[start, end)`, or -1. */
function numberToken(t: readonly Token[], start: number, end: number): number {
  for (let k = tokenAt(t, start); k < t.length && (t[k] as Token).start < end; k++)
    if ((t[k] as Token).kind === 'number') return k;
  return -1;
}

/** True when `%/năm`, `% mỗi năm` follows the number at `k` (a yearly step, not a level). */
function perPeriodTail(a: SentenceContext, k: number): boolean {
  const t = a.tokens;
  if (!isPercentAfter(t, k)) return false;
  const adverbs = a.g.yearlyAdverbs;
  if (adverbs && matchAt(t, k + 2, adverbs)) return true;
  const slash = t[k + 2];
  return slash?.kind === 'punct' && slash.text === '/' && matchAt(t, k + 3, a.g.timeWords, k + 2 + TAIL) !== null;
}
