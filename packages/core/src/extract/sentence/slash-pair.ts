import { abs, cmp, div, mul, ONE, pow10, sub, toNum, ZERO } from '../../decimal/decimal';
import type { Draft } from '../place/context';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Token } from '../tokenize';
import type { PrintedNumber } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The rule suffix of the two figures of a slash pair told apart (their doubts stand down). */
export const SLASH_PAIR = '+slash-pair';

/** How far (in percentage points) the pair's own ratio may stand from the stated completion. */
const TOLERANCE = toNum('0.5');
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
  for (const d of drafts) {
    onePair(a, st, d);
    comparedPair(a, st, d);
  }
  for (let k = 1; k < drafts.length; k++) {
    const first = drafts[k - 1] as Draft;
    const second = drafts[k] as Draft;
    const v1 = first.value;
    const v2 = second.value;
    const c = second.completion ?? first.completion;
    if (!v1 || !v2 || !c || v1.value.unitCode || v1.value.unit || v1.value.scale !== 0) continue;
    if (!v2.value.unitCode || v2.value.unitCode === 'percent' || first.completion === second.completion) continue;
    const n1 = numberIn(t, v1.span.start, v1.span.end);
    const n2 = numberIn(t, v2.span.start, v2.span.end);
    const slash = n1 === undefined ? undefined : t[n1 + 1];
    if (n1 === undefined || n2 !== n1 + 2 || slash?.text !== '/' || slash.gap !== '' || t[n2]?.gap !== '') continue;
    if (!ownRatio(v1.value.number.value, v2.value.number.value, c.value.percent.value)) continue;
    const q = v2.value;
    first.value = {
      ...v1,
      value: quantityOf(v1.value.number, q.scale, {
        ...(q.scaleWord ? { scaleWord: q.scaleWord } : {}),
        ...(q.unit ? { unit: q.unit } : {}),
        unitCode: q.unitCode,
        ...(v1.value.approximate ? { approximate: v1.value.approximate } : {}),
      }),
      rule: `${v1.rule}${SLASH_PAIR}`,
    };
    first.completion = { ...c, rule: `${c.rule}${SLASH_PAIR}` };
    second.completion = undefined;
    second.value = { ...v2, rule: `${v2.rule}${SLASH_PAIR}` };
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

/** True when `x / y` in percent stands within {@link TOLERANCE} of the completion `percent`. */
function ownRatio(x: string, y: string, percent: string): boolean {
  const total = toNum(y);
  if (cmp(total, ZERO) <= 0) return false;
  const ratio = mul(div(toNum(x), total), HUNDRED);
  return cmp(abs(sub(ratio, toNum(percent))), TOLERANCE) <= 0;
}

/**
 * `huyện giải ngân được 356/820 tỷ đồng, đạt 43,4% kế hoạch`: the pair read as one figure, a count
 * out of a total (the total unread), whose completion is the pair's own ratio: the total is the
 * plan, a target statement of its own.
 */
function onePair(a: SentenceContext, st: SentenceState, d: Draft): void {
  const v = d.value;
  const c = d.completion;
  if (!v || !c || !v.value.unitCode || v.value.unitCode === 'percent') return;
  const t = a.tokens;
  const n1 = numberIn(t, v.span.start, v.span.end);
  if (n1 === undefined) return;
  const slash = t[n1 + 1];
  const n2 = n1 + 2;
  const second = t[n2];
  if (slash?.text !== '/' || slash.gap !== '' || second?.kind !== 'number' || second.gap !== '') return;
  if (second.end > v.span.end) return;
  const at = d.unread.findIndex((u) => u.what === 'figure' && u.span.start === slash.start);
  if (at < 0) return;
  const y = readNumber(second.text, a.g.locale);
  if ('error' in y || !ownRatio(v.value.number.value, y.value, c.value.percent.value)) return;
  d.unread.splice(at, 1);
  d.value = { ...v, rule: `${v.rule}${SLASH_PAIR}` };
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
    `${a.g.locale}.value.slash-pair${SLASH_PAIR}`,
  );
  plan.kind = { ...plan.value, value: 'target', rule: `${a.g.locale}.kind.slash-pair-plan` };
  if (d.name) plan.name = { ...d.name, rule: `${a.g.locale}.name.slash-pair-plan` };
  if (d.period) plan.period = d.period;
  if (d.periodMatch) plan.periodMatch = d.periodMatch;
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
