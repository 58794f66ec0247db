import { abs, cmp, div, mul, ONE, pow10, sub, toNum, ZERO } from '../../decimal/decimal';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Token } from '../tokenize';
import type { PrintedNumber, Quantity, StatedCompletion, Unread } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The rule suffix of the two figures of a slash pair told apart (their doubts stand down). */
export const SLASH_PAIR = '+slash-pair';

/**
 * The rule suffix of the two figures of a slash pair of a measure read as done and planned with no
 * completion to confirm it (`Ngô 31/35ha`): not {@link SLASH_PAIR}, so the `fraction` and
 * `paired-figures` doubts keep both uncertain.
 */
export const SLASH_PAIR_UNSAID = '+slash-pair-unsaid';

/** How far (in percentage points) the pair's own ratio may stand from the stated completion. */
const TOLERANCE = toNum('0.5');
/** The same for a completion said to be about so much (`đạt khoảng 80%`). */
const APPROXIMATE_TOLERANCE = toNum('2');
const HUNDRED = toNum('100');

/** The first number token in the characters `[start, end)`, or undefined. */
function numberIn(tokens: readonly Token[], start: number, end: number): number | undefined {
  for (let i = tokenAt(tokens, start); i < tokens.length && (tokens[i] as Token).start < end; i++)
    if ((tokens[i] as Token).kind === 'number') return i;
  return undefined;
}

/**
 * `Giải ngân vốn đầu tư công đạt 2.458/7.758 tỷ đồng, đạt 31,6% kế hoạch`, `thu ngân sách đạt
 * 1.234/1.500 tỷ đồng, bằng 82,3% dự toán`: report prose writes the result and its plan as two
 * figures joined by a slash with one unit after the second. Which is which is not said — the
 * `paired-figures` and `fraction` doubts keep both uncertain — unless the completion stated with
 * them is the pair's own ratio (2.458 / 7.758 = 31,7 % ≈ 31,6 %, within half a point): then the
 * first is the result, in the second's unit and scale, with the completion, and the second is the
 * plan, a target of the same indicator. Any other pair (`(24.013/9.278 tỷ đồng)` beside a change,
 * `12/15 xã`) is left as read. Linear: a look at each pair of adjacent drafts.
 */
export function slashPairs(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  const t = a.tokens;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    onePair(a, st, d);
    comparedPair(a, st, d);
    // (the drafts beside this one: a pair's first figure is read, if at all, by a neighbour —
    // looking at every draft for each made a sentence of thousands of pairs quadratic; round 57)
    const near = drafts.slice(Math.max(0, i - NEIGHBOURS), i + NEIGHBOURS + 1);
    namedPair(a, st, d, near);
    equatedPair(a, st, d, near);
  }
  for (let k = 1; k < drafts.length; k++) unitPair(a, drafts[k - 1] as Draft, drafts[k] as Draft);
  for (let k = 1; k < drafts.length; k++) {
    const first = drafts[k - 1] as Draft;
    const second = drafts[k] as Draft;
    const v1 = first.value;
    const v2 = second.value;
    const c = second.completion ?? first.completion;
    if (!v1 || !v2 || v1.value.unitCode || v1.value.unit || v1.value.scale !== 0) continue;
    if (v2.value.unitCode === 'percent' || (c && first.completion === second.completion)) continue;
    if (v1.rule.endsWith(SLASH_PAIR) || v2.rule.endsWith(SLASH_PAIR)) continue;
    const n1 = numberIn(t, v1.span.start, v1.span.end);
    const n2 = numberIn(t, v2.span.start, v2.span.end);
    if (n1 === undefined || n2 !== n1 + 2 || !pairSlash(t, n1)) continue;
    // (confirmed by the stated completion; else a measure's pair, each figure left doubted)
    const confirmed = c !== undefined && ownRatio(v1.value.number.value, v2.value.number.value, c.value.percent.value);
    if (!confirmed && (c !== undefined || first.changes.length > 0 || !measurePair(a, v2.value, second, n1))) continue;
    const suffix = confirmed ? SLASH_PAIR : SLASH_PAIR_UNSAID;
    const q = v2.value;
    first.value = {
      ...v1,
      value: quantityOf(v1.value.number, q.scale, {
        ...(q.scaleWord ? { scaleWord: q.scaleWord } : {}),
        ...(q.unit ? { unit: q.unit } : {}),
        unitCode: q.unitCode,
        ...(v1.value.approximate ? { approximate: v1.value.approximate } : {}),
      }),
      rule: `${v1.rule}${suffix}`,
    };
    if (c) first.completion = { ...c, rule: `${c.rule}${SLASH_PAIR}` };
    second.completion = undefined;
    second.value = { ...v2, rule: `${v2.rule}${suffix}` };
    second.kind = { ...v2, value: 'target', rule: `${a.g.locale}.kind.slash-pair-plan` };
    if (first.name) second.name = { ...first.name, rule: `${a.g.locale}.name.slash-pair-plan` };
    // (`…, đạt 31,6% kế hoạch, tăng 12% so với cùng kỳ`: a change read after the pair is the result's)
    if (first.changes.length === 0 && second.changes.length > 0) {
      for (const ch of second.changes) {
        first.changes.push(ch);
        const year = second.sameIn.get(ch);
        if (year !== undefined) first.sameIn.set(ch, year);
      }
      second.changes.length = 0;
      second.sameIn.clear();
    }
    if (!second.period && first.period) second.period = first.period;
    if (!first.stage && second.stage) first.stage = second.stage;
  }
}

/**
 * `gieo cấy được khoảng 346 000 ha / 350 000 ha kế hoạch, đạt khoảng 98,9%`: two figures of one unit,
 * each with its unit, set apart by a slash, the second followed by the plan's word. The first is the
 * result, the second the plan, a target of the same indicator; a completion stated after them that
 * is their own ratio is the result's.
 */
function unitPair(a: SentenceContext, first: Draft, second: Draft): void {
  const v1 = first.value;
  const v2 = second.value;
  if (!v1 || !v2 || first.completion || first.changes.length > 0 || second.changes.length > 0) return;
  const unit = v1.value.unitCode;
  if (unit === undefined || unit === 'percent' || v2.value.unitCode !== unit || v2.value.scale !== v1.value.scale)
    return;
  if (v1.rule.endsWith(SLASH_PAIR) || v2.rule.endsWith(SLASH_PAIR) || second.kind.value !== 'actual') return;
  const t = a.tokens;
  const slash = tokenAt(t, v1.span.end);
  if (!isSlash(t[slash]) || numberIn(t, v2.span.start, v2.span.end) !== slash + 1) return;
  const after = tokenAt(t, v2.span.end);
  const planWord = matchAt(t, after, a.g.planValueWords) !== null;
  const stated = second.completion ?? first.completion;
  const u = second.unread.find((x) => x.what === 'completion' && x.reason === 'percent-without-base');
  let percent: PrintedNumber | undefined = stated?.value.percent;
  let approximate = stated?.value.approximate;
  if (!percent && u) {
    // (the unread span may open with the verb and a bound word: `đạt khoảng 98,9%`)
    // (the unread percentage: its first number, read as printed)
    const n = numberIn(t, u.span.start, u.span.end);
    const read = n === undefined ? undefined : readNumber((t[n] as Token).text, a.g.locale);
    if (n !== undefined && read && !('error' in read)) {
      percent = read;
      for (let k = Math.max(0, n - 2); k < n && approximate === undefined; k++) {
        const bound = matchAt(t, k, a.g.approximate);
        if (bound?.to === n) approximate = bound.phrase.data;
      }
    }
  }
  // (`khoảng 400 000 ha / 496 000 ha kế hoạch, đạt khoảng 80%`: an approximate completion stands
  // within two points of the ratio, 80,6 %)
  const within = approximate ? APPROXIMATE_TOLERANCE : TOLERANCE;
  const confirmed =
    percent !== undefined && ownRatio(v1.value.number.value, v2.value.number.value, percent.value, within);
  // (`đã thi hành xong 452 tỷ đồng/618 tỷ đồng có điều kiện thi hành, đạt tỉ lệ 73,1%`: without
  // the plan's word the second may be a whole of another kind — left as read; a completion of a
  // named plan that is the pair's own ratio names it, `đạt 1.520 tỷ đồng/1.400 tỷ đồng, đạt 108,6% dự
  // toán` — round 49)
  if (!planWord && !(confirmed && stated !== undefined)) return;
  const suffix = confirmed ? SLASH_PAIR : SLASH_PAIR_UNSAID;
  if (confirmed && percent) {
    const span = stated?.span ?? (u as Unread).span;
    const completion: StatedCompletion = {
      percent,
      form: 'of-plan',
      // (the plan the stated completion names, `dự toán`; else the plan word after the pair)
      of: stated?.value.of ?? 'plan',
      ...(approximate ? { approximate } : {}),
    };
    first.completion = { span, value: completion, rule: `${a.g.locale}.completion.unit-pair${SLASH_PAIR}` };
    second.completion = undefined;
    if (u) second.unread.splice(second.unread.indexOf(u), 1);
  }
  first.value = { ...v1, rule: `${v1.rule}${suffix}` };
  second.value = { ...v2, rule: `${v2.rule}${suffix}` };
  second.kind = { ...v2, value: 'target', rule: `${a.g.locale}.kind.slash-pair-plan` };
  if (first.name) second.name = { ...first.name, rule: `${a.g.locale}.name.slash-pair-plan` };
  if (!second.period && first.period) second.period = first.period;
}

/** A slash, glued or spaced. */
const isSlash = (t: Token | undefined): boolean => t?.kind === 'punct' && t.text === '/';

/** True when `x / y` in percent stands within {@link TOLERANCE} of the completion `percent`. */
function ownRatio(x: string, y: string, percent: string, within = TOLERANCE): boolean {
  const total = toNum(y);
  if (cmp(total, ZERO) <= 0) return false;
  const ratio = mul(div(toNum(x), total), HUNDRED);
  return cmp(abs(sub(ratio, toNum(percent))), within) <= 0;
}

/**
 * `huyện giải ngân được 356/820 tỷ đồng, đạt 43,4% kế hoạch`: the pair read as one figure, a count
 * out of a total (the total unread), whose completion is the pair's own ratio: the total is the
 * plan, a target statement of its own.
 */
function onePair(a: SentenceContext, st: SentenceState, d: Draft): void {
  const v = d.value;
  const c = d.completion;
  if (!v?.value.unitCode || v.value.unitCode === 'percent' || v.rule.endsWith(SLASH_PAIR)) return;
  const t = a.tokens;
  const n1 = numberIn(t, v.span.start, v.span.end);
  if (n1 === undefined || !pairSlash(t, n1) || (!c && !measurePair(a, v.value, d, n1))) return;
  const slash = t[n1 + 1] as Token;
  const n2 = n1 + 2;
  const second = t[n2] as Token;
  if (second.end > v.span.end) return;
  const at = d.unread.findIndex((u) => u.what === 'figure' && u.span.start === slash.start);
  if (at < 0) return;
  const y = readNumber(second.text, a.g.locale);
  if ('error' in y || (c && !ownRatio(v.value.number.value, y.value, c.value.percent.value))) return;
  const suffix = c ? SLASH_PAIR : SLASH_PAIR_UNSAID;
  d.unread.splice(at, 1);
  d.value = { ...v, rule: `${v.rule}${suffix}` };
  const q = v.value;
  const plan = a.newDraft(st.span, n2);
  plan.value = a.field(
    quantityOf(y, q.scale, {
      ...(q.scaleWord ? { scaleWord: q.scaleWord } : {}),
      ...(q.unit ? { unit: q.unit } : {}),
      unitCode: q.unitCode,
    }),
    n2,
    n2 + 1,
    `${a.g.locale}.value.slash-pair${suffix}`,
  );
  plan.kind = { ...plan.value, value: 'target', rule: `${a.g.locale}.kind.slash-pair-plan` };
  if (d.name) plan.name = { ...d.name, rule: `${a.g.locale}.name.slash-pair-plan` };
  if (d.period) plan.period = d.period;
  if (d.periodMatch) plan.periodMatch = d.periodMatch;
}

/**
 * The slash of a pair after the number token `n1`: `/` glued to it and a number after it, glued
 * or one space away (`33/ 31,5 ha`). A date (`29/9`) is one date token and never a pair.
 */
function pairSlash(t: readonly Token[], n1: number): boolean {
  const slash = t[n1 + 1];
  const second = t[n1 + 2];
  return (
    slash?.kind === 'punct' &&
    slash.text === '/' &&
    slash.gap === '' &&
    second?.kind === 'number' &&
    (second.gap === '' || second.gap === ' ')
  );
}

/**
 * A pair of this quantity's unit is done over planned even with no completion stated
 * (`slashPlanUnits`) — unless the statement also states a change (`gấp 1,9 lần so với năm 2018
 * (5.640/3.968 tỷ đồng)`: this and the compared period's figures) or the pair opens a bracket.
 */
function measurePair(a: SentenceContext, q: Quantity, d: Draft, n1: number): boolean {
  if (q.unitCode === undefined || !a.g.slashPlanUnits.has(q.unitCode) || d.changes.length > 0) return false;
  return a.tokens[n1 - 1]?.text !== '(';
}

/** The quantity `x` in the unit, scale and words of `q` (the unit printed once after a pair). */
function inUnitOf(x: PrintedNumber, q: Quantity): Quantity {
  return quantityOf(x, q.scale, {
    ...(q.scaleWord ? { scaleWord: q.scaleWord } : {}),
    ...(q.unit ? { unit: q.unit } : {}),
    ...(q.unitCode ? { unitCode: q.unitCode } : {}),
  });
}

/** A target statement of the plan figure at token `n2`, in the unit of `q`, named and dated as `d`. */
function planDraft(
  a: SentenceContext,
  st: SentenceState,
  d: Draft,
  y: PrintedNumber,
  q: Quantity,
  n2: number,
  suffix: string,
): void {
  const plan = a.newDraft(st.span, n2);
  plan.value = a.field(inUnitOf(y, q), n2, n2 + 1, `${a.g.locale}.value.slash-pair${suffix}`);
  plan.kind = { ...plan.value, value: 'target', rule: `${a.g.locale}.kind.slash-pair-plan` };
  if (d.name) plan.name = { ...d.name, rule: `${a.g.locale}.name.slash-pair-plan` };
  if (d.period) plan.period = d.period;
  if (d.periodMatch) plan.periodMatch = d.periodMatch;
  if (d.stage) plan.stage = d.stage;
}

/** How many drafts on each side of a statement may have read its slash pair's first figure. */
const NEIGHBOURS = 3;

/** True when the number token `k` lies inside the value of one of `drafts`. */
function inValue(t: readonly Token[], drafts: readonly Draft[], k: number): boolean {
  const at = (t[k] as Token).start;
  return drafts.some((x) => x.value !== undefined && x.value.span.start <= at && at < x.value.span.end);
}

/**
 * `Bệnh viện đã khám cho 87.096/75.250 lượt người, đạt 115,7% chỉ tiêu kế hoạch`, `Diện tích gieo
 * trồng 33/ 31,5 ha`, `lúa 40/38ha`: the figure after the slash was read as the statement's value and
 * the one before it was left in the name (no verb introduced it). When the completion stated with
 * them is the pair's own ratio — or, with none stated, the pair is of a measure (`slashPlanUnits`)
 * — the first figure is the statement's value in the second's unit and the second the plan, a
 * target of its own; the name ends before the first figure.
 */
function namedPair(a: SentenceContext, st: SentenceState, d: Draft, drafts: readonly Draft[]): void {
  const v = d.value;
  if (!v || v.value.unitCode === 'percent' || v.rule.endsWith(SLASH_PAIR) || v.rule.endsWith(SLASH_PAIR_UNSAID)) return;
  const t = a.tokens;
  const n2 = numberIn(t, v.span.start, v.span.end);
  if (n2 === undefined || n2 < 2) return;
  const n1 = n2 - 2;
  if (!pairSlash(t, n1) || inValue(t, drafts, n1)) return;
  const c = d.completion;
  const x = readNumber((t[n1] as Token).text, a.g.locale);
  if ('error' in x) return;
  const confirmed = c !== undefined && ownRatio(x.value, v.value.number.value, c.value.percent.value);
  if (!confirmed && (c !== undefined || !measurePair(a, v.value, d, n1))) return;
  const suffix = confirmed ? SLASH_PAIR : SLASH_PAIR_UNSAID;
  const q = v.value;
  d.value = a.field(inUnitOf(x, q), n1, n1 + 1, `${v.rule}${suffix}`);
  if (d.name && d.name.span.end > (t[n1] as Token).start) {
    const from = tokenAt(t, d.name.span.start);
    d.name = from < n1 ? a.field(a.span(from, n1).text, from, n1, d.name.rule) : undefined;
  }
  planDraft(a, st, d, v.value.number, q, n2, suffix);
}

/**
 * `Tiêm phòng … cho đàn trâu, bò là: 971/876 = 110,8%`: the figure done over the figure planned
 * and their quotient printed after `=`. When the quotient is the pair's own ratio and above 100 %
 * (a part of a total never is), it is the completion of the plan; the first figure is the value, the
 * second the plan, a target. At or below 100 % (`12/15 = 80%`: a share of a total as often) the
 * reading is left as it was.
 */
function equatedPair(a: SentenceContext, st: SentenceState, d: Draft, drafts: readonly Draft[]): void {
  const v = d.value;
  if (v?.value.unitCode !== 'percent' || d.completion || d.changes.length > 0) return;
  const t = a.tokens;
  const k = numberIn(t, v.span.start, v.span.end);
  if (k === undefined || k < 4) return;
  const eq = t[k - 1] as Token;
  if (eq.kind !== 'punct' || eq.text !== '=') return;
  const n1 = k - 4;
  if (!pairSlash(t, n1)) return;
  const x = readNumber((t[n1] as Token).text, a.g.locale);
  const y = readNumber((t[n1 + 2] as Token).text, a.g.locale);
  const z = v.value.number;
  if ('error' in x || 'error' in y || cmp(toNum(z.value), HUNDRED) <= 0 || !ownRatio(x.value, y.value, z.value)) return;
  const completion: StatedCompletion = { percent: z, form: 'of-plan', of: 'plan' };
  const none: Quantity = quantityOf(x, 0, {});
  // (`Số hộ được cấp nước sạch là 1.530/1.500 = 102%`: the first figure already read, with its name)
  const first = drafts.find((o) => o !== d && o.value && numberIn(t, o.value.span.start, o.value.span.end) === n1);
  if (first?.value && !first.completion && first.changes.length === 0 && first.value.value.unitCode === undefined) {
    first.completion = { ...v, value: completion, rule: `${a.g.locale}.completion.equated-pair${SLASH_PAIR}` };
    first.value = { ...first.value, rule: `${first.value.rule}${SLASH_PAIR}` };
    d.value = undefined;
    planDraft(a, st, first, y, first.value.value, n1 + 2, SLASH_PAIR);
    return;
  }
  if (first) return;
  d.completion = { ...v, value: completion, rule: `${a.g.locale}.completion.equated-pair${SLASH_PAIR}` };
  d.value = a.field(none, n1, n1 + 1, `${a.g.locale}.value.equated-pair${SLASH_PAIR}`);
  if (d.name && d.name.span.end > (t[n1] as Token).start) {
    const from = tokenAt(t, d.name.span.start);
    d.name = from < n1 ? a.field(a.span(from, n1).text, from, n1, d.name.rule) : undefined;
  }
  // (`Tiêm phòng dại cho đàn chó, mèo: 2.380/2.100 = 113,3%`: a report line's head names the pair)
  if (!d.name) {
    const from = tokenAt(t, st.span.start);
    let to = n1;
    while (to > from && (t[to - 1] as Token).kind === 'punct') to--;
    if (to > from && drafts.every((o) => o === d || !o.value || o.value.span.start >= (t[n1] as Token).start))
      d.name = a.field(a.span(from, to).text, from, to, `${a.g.locale}.name.equated-pair`);
  }
  planDraft(a, st, d, y, none, n1 + 2, SLASH_PAIR);
}

/** True when `x / y` is the multiple `n` as printed (within one unit of its last printed digit). */
function ownMultiple(x: string, y: string, n: PrintedNumber): boolean {
  const total = toNum(y);
  if (cmp(total, ZERO) <= 0) return false;
  const step = div(ONE, pow10(n.decimals));
  return cmp(abs(sub(div(toNum(x), total), toNum(n.value))), step) <= 0;
}

/**
 * `Quy mô các ngành kinh tế tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng)`, `GRDP bình quân
 * đầu người gấp 1,3 lần của tỉnh (83,5/64 triệu đồng)`: a multiple followed by two figures joined by
 * a slash whose ratio is that multiple (24.013 / 9.278 = 2,59 ≈ 2,58) states this figure first and
 * the compared one second. The statement's value is the first; the second is the base's own figure
 * — a statement of its period when the base is a period (`so năm 2015`), unread otherwise (another
 * owner's: `của tỉnh`).
 */
function comparedPair(a: SentenceContext, st: SentenceState, d: Draft): void {
  const v = d.value;
  const times = d.changes.find((c) => c.value.form === 'times');
  if (!v || !times || !v.value.unitCode || v.value.unitCode === 'percent' || v.rule.endsWith(SLASH_PAIR)) return;
  const t = a.tokens;
  const n2 = numberIn(t, v.span.start, v.span.end);
  if (n2 === undefined || n2 < 2) return;
  const slash = t[n2 - 1];
  const first = t[n2 - 2];
  if (slash?.text !== '/' || slash.gap !== '' || first?.kind !== 'number' || t[n2]?.gap !== '') return;
  const x = readNumber(first.text, a.g.locale);
  if ('error' in x || !ownMultiple(x.value, v.value.number.value, times.value.amount)) return;
  const q = v.value;
  const unit = {
    ...(q.scaleWord ? { scaleWord: q.scaleWord } : {}),
    ...(q.unit ? { unit: q.unit } : {}),
    unitCode: q.unitCode,
  };
  d.value = a.field(quantityOf(x, q.scale, unit), n2 - 2, n2 - 1, `${a.g.locale}.value.slash-pair${SLASH_PAIR}`);
  const base = times.value.base;
  if (base?.kind === 'period') {
    const other = a.newDraft(st.span, n2);
    other.value = { ...v, rule: `${v.rule}${SLASH_PAIR}` };
    if (d.name) other.name = { ...d.name, rule: `${a.g.locale}.name.slash-pair-compared` };
    other.period = {
      ...(times.value.baseSpan ? { span: times.value.baseSpan } : { span: v.span }),
      value: base.period,
      rule: `${a.g.locale}.period.slash-pair-base`,
    };
    return;
  }
  d.unread.push({
    what: 'figure',
    reason: 'unrecognised-figure',
    span: v.span,
    message: 'The compared figure of two figures joined by a slash: not a figure of this statement',
  });
}
