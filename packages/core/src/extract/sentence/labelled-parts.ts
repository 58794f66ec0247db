import { abs, cmp, div, mul, ONE, pow10, sub, toNum } from '../../decimal/decimal';
import type { Draft } from '../place/context';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Extracted, ExtractedChange, PrintedNumber, StatedCompletion } from '../types';
import { bracketLabel, numberOf, ownBase } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { unreadQuantity } from './unread-quantity';

/** A percentage's unit. */
const PERCENT = { unit: '%', unitCode: 'percent' } as const;

/**
 * `Inflation decelerated to 2.8% in April 2025 (March: 3.4%)`, `GDP grew 6.8% in the first half
 * of 2024 (Q1: +5.66%; Q2: +6.93%)`, `… rose 6.1% YoY in October (September 2025: +5.3% YoY; 10M
 * 2024: +7.9% YoY)`: percentages labelled by a period inside a bracket after a statement's rate
 * were read into that statement (as its level, a second change, or `% of what?`). Each is the same
 * measure's rate for the labelled period — a statement of its own: a quarter or month with no year
 * is of the year of the span it breaks down (`Q1` of the first half of 2024 is 2024-Q1), or the
 * latest before a month or quarter statement; a label that cannot be dated gives no period. The
 * rate keeps the base written with it, else none. Constant work per figure.
 */
export function labelledParts(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    labelledValues(a, st, d);
    const whole = d.changes.find((c) => c.value.form === 'rate') ?? d.completion;
    if (!whole) continue;
    const plan = whole === d.completion ? d.completion : undefined;
    const own = d.period?.value ?? st.sentencePeriod?.id;
    const split = (
      k: number,
      fig: Extracted<ExtractedChange> | Extracted<StatedCompletion>,
      label: { id: string | undefined; open: number },
    ) => {
      const s: Draft = a.newDraft(st.span, label.open + 1);
      s.kind = { ...d.kind, rule: `${L}.kind.labelled-part` };
      if (d.name) s.name = { ...d.name, rule: `${L}.name.labelled-part` };
      if ('form' in fig.value && fig.value.form === 'of-plan') s.completion = fig as Extracted<StatedCompletion>;
      else s.changes.push(fig as Extracted<ExtractedChange>);
      if (label.id && label.id !== own) s.period = a.field(label.id, label.open + 1, k, `${L}.period.labelled-part`);
      a.extend(s, label.open + 1, tokenAt(a.tokens, fig.span.end));
      return s;
    };
    // a second change of the statement, labelled
    for (const c of plan ? [] : [...d.changes]) {
      if (c === whole) continue;
      const k = numberOf(a, c as Extracted<unknown>);
      const label = k === undefined ? undefined : bracketLabel(a, k, own);
      if (k === undefined || !label?.id || c.value.form !== 'rate') continue;
      const shown = c.value.approximate ? undefined : shownEarlier(d, c.value.amount, c);
      d.changes.splice(d.changes.indexOf(c), 1);
      if (shown) {
        asShownPoints(d, c.value.amount);
        // (`đạt 137,13%, giảm 53,37% … (năm 2017 đạt 190,5%)`: that period's level or completion)
        const s: Draft = a.newDraft(st.span, label.open + 1);
        s.kind = { ...d.kind, rule: `${L}.kind.labelled-part` };
        if (d.name) s.name = { ...d.name, rule: `${L}.name.labelled-part` };
        if (shown === 'value' || !d.completion)
          s.value = a.field(quantityOf(c.value.amount, 0, PERCENT), k, k + 1, `${L}.value.labelled-part`);
        else
          s.completion = {
            ...c,
            value: { percent: c.value.amount, form: 'of-plan', of: d.completion.value.of },
            rule: `${L}.completion.labelled-part`,
          };
        if (label.id !== own) s.period = a.field(label.id, label.open + 1, k, `${L}.period.labelled-part`);
        a.extend(s, label.open + 1, tokenAt(a.tokens, c.span.end));
        continue;
      }
      split(k, { ...c, rule: `${c.rule}+labelled-part` }, label);
    }
    // a level read into the statement, labelled
    const v = d.value;
    if (!plan && v && v.value.unitCode === 'percent' && !v.value.scale && v.span.start > whole.span.end) {
      const k = numberOf(a, v as Extracted<unknown>);
      const label = k === undefined ? undefined : bracketLabel(a, k, own);
      if (k !== undefined && label) {
        const change: ExtractedChange = {
          form: 'rate',
          amount: v.value.number,
          ...(ownBase(a, tokenAt(a.tokens, v.span.end))?.base
            ? { base: ownBase(a, tokenAt(a.tokens, v.span.end))?.base }
            : {}),
        };
        split(k, { ...v, value: change, rule: `${L}.change.labelled-part` }, label);
        d.value = undefined;
      }
    }
    // a percentage left unread (`% of what?`), labelled
    for (const u of [...d.unread]) {
      if (u.what !== 'completion' || u.reason !== 'percent-without-base' || u.span.start < whole.span.end) continue;
      const k = numberOf(a, u as unknown as Extracted<unknown>);
      const tok = k === undefined ? undefined : a.tokens[k];
      const label = k === undefined ? undefined : bracketLabel(a, k, own);
      if (k === undefined || !tok || !label) continue;
      const n = readNumber(tok.text, L);
      if ('error' in n) continue;
      const end = a.tokens[k + 1]?.text === '%' ? k + 2 : k + 1;
      const sign = a.tokens[k - 1]?.text === '-' ? -1 : 1;
      if (sign < 0) continue;
      const shown = plan ? undefined : shownEarlier(d, n);
      if (shown) asShownPoints(d, n);
      if (shown === 'value') {
        // (`đạt 137,13%, giảm 53,37% so với cùng kỳ (năm 2017 đạt 190,5%)`: that period's level)
        if (!label.id) continue;
        d.unread.splice(d.unread.indexOf(u), 1);
        const s: Draft = a.newDraft(st.span, label.open + 1);
        s.kind = { ...d.kind, rule: `${L}.kind.labelled-part` };
        if (d.name) s.name = { ...d.name, rule: `${L}.name.labelled-part` };
        s.value = a.field(quantityOf(n, 0, PERCENT), k, end, `${L}.value.labelled-part`);
        if (label.id !== own) s.period = a.field(label.id, label.open + 1, k, `${L}.period.labelled-part`);
        a.extend(s, label.open + 1, end);
        continue;
      }
      d.unread.splice(d.unread.indexOf(u), 1);
      const of = plan ?? (shown === 'completion' ? d.completion : undefined);
      if (of) {
        // (`đạt 91,8% dự toán (cùng kỳ năm trước đạt 87,1%)`: the same plan's completion of that period)
        const completion: StatedCompletion = { percent: n, form: 'of-plan', of: of.value.of };
        split(k, a.field(completion, k, end, `${L}.completion.labelled-part`), label);
        continue;
      }
      const base = ownBase(a, end)?.base;
      const change: ExtractedChange = { form: 'rate', amount: n, ...(base ? { base } : {}) };
      split(k, a.field(change, k, end, `${L}.change.labelled-part`), label);
    }
  }
}

/**
 * `đạt 115,7% kế hoạch, tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)`, `Công suất sử dụng giường
 * bệnh đạt 137,13%, giảm 53,37% so với cùng kỳ (năm 2017 đạt 190,5%)`: a labelled percentage in a
 * bracket after a statement's completion (or percentage level) and its rate of change, where the
 * completion (level) minus that percentage is the change to its last printed digit (115,7 − 90,4 =
 * 25,3): the sentence's own arithmetic shows the bracket is the same completion (level) of the
 * labelled period, not that period's growth, and the change is in points ({@link asShownPoints}).
 * An earlier 100 % or a change that is also the relative one is no proof. Else
 * undefined.
 */
export function shownEarlier(
  d: Draft,
  n: PrintedNumber,
  except?: Extracted<ExtractedChange>,
): 'completion' | 'value' | undefined {
  const v = d.value?.value;
  const level = d.completion
    ? d.completion.value.percent
    : v?.unitCode === 'percent' && !v.scale && !v.approximate
      ? v.number
      : undefined;
  if (!level || d.completion?.value.approximate) return undefined;
  return shownChange(d, level, n, except) ? (d.completion ? 'completion' : 'value') : undefined;
}

/** The rate change of `d` (other than `except`) that `level − n` gives to its last printed digit. */
function shownChange(
  d: Draft,
  level: PrintedNumber,
  n: PrintedNumber,
  except?: Extracted<ExtractedChange>,
): Extracted<ExtractedChange> | undefined {
  const lv = toNum(level.value);
  const earlier = toNum(n.value);
  // (an earlier 100 % or none: the difference and the relative change coincide or mean nothing)
  if (cmp(earlier, HUNDRED) === 0 || cmp(earlier, ZERO) <= 0) return undefined;
  const diff = sub(lv, earlier);
  const relative = sub(mul(div(lv, earlier), HUNDRED), HUNDRED);
  for (const c of d.changes) {
    if (c === except || (c.value.form !== 'rate' && c.value.form !== 'points') || c.value.approximate) continue;
    const amount = toNum(c.value.amount.value);
    const step = div(ONE, pow10(c.value.amount.decimals));
    // (`đạt 60%, tăng 20% … (năm 2023 đạt 50%)`: 60 / 50 is 20 % more, a relative change, not this)
    if (cmp(abs(sub(relative, amount)), step) < 0) continue;
    if (cmp(abs(sub(diff, amount)), step) < 0) return c;
  }
  return undefined;
}

/**
 * The change of `d` that its level minus the earlier `n` gives, as the points it is (`đạt 115,7% kế
 * hoạch, tăng 25,3% … (năm 2017 đạt 90,4%)`: 115,7 − 90,4 = 25,3 points, printed with `%`) — also
 * where the statement has a value in another unit beside its completion (`rate-points.ts` reads a
 * percentage level's).
 */
export function asShownPoints(d: Draft, n: PrintedNumber, except?: Extracted<ExtractedChange>): void {
  const v = d.value?.value;
  const level = d.completion ? d.completion.value.percent : v?.number;
  const c = level ? shownChange(d, level, n, except) : undefined;
  if (!c || c.value.form === 'points') return;
  d.changes[d.changes.indexOf(c)] = { ...c, value: { ...c.value, form: 'points' }, rule: `${c.rule}+level-difference` };
}

/** A hundred, and nothing. */
const HUNDRED = toNum('100');
const ZERO = toNum('0');

/**
 * `Kim ngạch xuất khẩu quý III/2024 đạt 35,6 tỷ USD (quý II/2024 đạt 32,1 tỷ USD)`, `International
 * arrivals amounted to 12.7 million in 2024 (2023: 11.2 million)`: a second value in a bracket
 * labelled by a dated period was left unread (`a second value for the same statement`). It is the
 * same measure's value for that period — a statement of its own, of the first value's unit (or
 * none written). Constant work per unread value (its few tokens are read again on their own).
 */
function labelledValues(a: SentenceContext, st: SentenceState, d: Draft): void {
  const L = a.g.locale;
  const first = d.value;
  if (!first || first.value.unitCode === 'percent') return;
  const own = d.period?.value ?? st.sentencePeriod?.id;
  for (const u of [...d.unread]) {
    if (u.what !== 'value' || u.reason !== 'unrecognised-figure' || u.span.start < first.span.end) continue;
    const k = numberOf(a, u as unknown as Extracted<unknown>);
    const label = k === undefined ? undefined : bracketLabel(a, k, own);
    if (k === undefined || !label?.id || label.id === own) continue;
    const read = unreadQuantity(a, u);
    const q = read?.q;
    if (!read || !q?.quantity) continue;
    // (`21.2 billion patacas in September (September 2010: 15.3 billion)`: a figure with no unit written
    // and the first one's scale is of the first one's unit; round 55)
    const bare = q.quantity.unit === undefined && q.quantity.unitCode === undefined;
    const inherits = bare && q.quantity.scale !== 0 && q.quantity.scale === first.value.scale;
    if (
      !inherits &&
      (q.quantity.unitCode !== undefined
        ? q.quantity.unitCode !== first.value.unitCode
        : first.value.unitCode !== undefined)
    )
      continue;
    // (the quantity's span in the text's own offsets)
    const shift = (x: number) => x + u.span.start;
    const value = inherits ? { ...a.quantity(q), ...unitOf(first.value) } : a.quantity(q);
    const end = tokenAt(a.tokens, shift(read.tokens[q.to - 1]?.end ?? 0));
    const s: Draft = a.newDraft(st.span, label.open + 1);
    s.kind = { ...d.kind, rule: `${L}.kind.labelled-part` };
    if (d.name) s.name = { ...d.name, rule: `${L}.name.labelled-part` };
    // (a unit lent is not read: `+lent-unit` doubts it, `certainty/doubts/lent-unit.ts`)
    s.value = a.field(value, k, Math.max(end, k + 1), `${L}.value.labelled-part${inherits ? '+lent-unit' : ''}`);
    s.period = a.field(label.id, label.open + 1, k, `${L}.period.labelled-part`);
    d.unread.splice(d.unread.indexOf(u), 1);
    a.extend(s, label.open + 1, Math.max(end, k + 1));
    // (`rose 39 percent to 21.2 billion patacas in September (September 2010: 15.3 billion)`: the
    // labelled earlier period is the base of the one rate the statement left without one; round 55)
    const open = d.changes.filter((c) => c.value.form === 'rate' && c.value.base === undefined);
    const rate = open.length === 1 && d.changes.length === 1 ? open[0] : undefined;
    if (rate && (own === undefined || (label.id.length === own.length && label.id < own)))
      d.changes[0] = {
        ...rate,
        value: { ...rate.value, base: { kind: 'period', period: label.id }, baseSpan: s.period.span },
        rule: `${rate.rule}+labelled-base`,
      };
  }
}

/** The unit fields of a quantity (its unit text and code), to lend to a figure written without them. */
function unitOf(q: { readonly unit?: string | undefined; readonly unitCode?: string | undefined }) {
  return {
    ...(q.unit !== undefined ? { unit: q.unit } : {}),
    ...(q.unitCode !== undefined ? { unitCode: q.unitCode } : {}),
  };
}
