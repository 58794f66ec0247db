import { negate, shift } from '../numeral';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange, PlanKind, StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words after the comparison lead the plan noun may stand (`vượt xa so với mục tiêu`). */
const NOUN_WITHIN = 10;

/** True when a plan link (`là`) or a colon stands right before (or opens) the figure that starts at `start`. */
function linkedBefore(a: SentenceContext, start: number): boolean {
  const k = tokenAt(a.tokens, start);
  // (the figure's span may open on its verb: `là 1.200 tỷ đồng`)
  return [a.tokens[k - 1], a.tokens[k]].some(
    (t) => t !== undefined && ((t.kind === 'punct' && t.text === ':') || a.g.planLinks.has(t.forms.fold)),
  );
}

/**
 * `…, tăng gần 12%, vượt tốc độ tăng trưởng theo kế hoạch đề ra đầu năm 2022 là 8,42%`, `…, vượt
 * xa so với mục tiêu … đến năm 2025 là 1,765 tỷ USD`, `Doanh thu đạt 1.250 tỷ đồng, cao hơn so với
 * kế hoạch năm là 1.100 tỷ đồng`: a clause after a result that opens on a comparison with the plan
 * (`vượt`, `cao hơn`, `thấp hơn`, `tương đương`, `bám sát`) and names the plan (`kế hoạch`, `mục
 * tiêu`, `chỉ tiêu`, `dự toán`, `nghị quyết`) states the plan's own figure — a target statement of
 * the indicator of the statement before, never a second result. A bare percentage of a plan whose
 * result is a rate of growth (`Tăng trưởng GRDP đạt 7,1%, thấp hơn mục tiêu đề ra là 8%`) is that
 * growth's target rate. The clause must open the statement (its name starts on the lead), follow
 * a statement with a figure, and carry no completion (`vượt 5% kế hoạch` is read by its rule).
 */
export function planFigures(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const before = drafts[k - 1] as Draft;
    if (d.completion && !d.value && d.name) gapCompletion(a, d);
    if (!d.name || d.completion || d.density || d.rank || d.target) continue;
    if (!d.value && d.changes.length !== 1) continue;
    // (`…, cao hơn so với kế hoạch năm là 1.100 tỷ đồng, tăng 12% so với cùng kỳ`: a change after the
    // plan's value is the result's, which has none of its own — moved back below)
    const moved = d.value !== undefined && d.changes.length > 0;
    if (moved && before.changes.length > 0) continue;
    if (!before.value && before.changes.length === 0 && !before.completion) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const lead = matchAt(a.tokens, from, a.g.planCompareLeads);
    // (the plan noun may be in the name or in a base read after it: `cao hơn so với kế hoạch năm là …`)
    const figure = d.value ?? d.changes[0];
    if (!lead || !figure || !planNounWithin(a, lead.to, figure.span.start)) continue;
    // `…, vượt kế hoạch năm 1.200 tỷ đồng`, `vượt dự toán HĐND tỉnh giao 1.200 tỷ đồng`: after a verb
    // of exceeding, an amount with no `là` before it is as often the excess as the plan's own
    // figure — read as neither (unread), never a certain target.
    const v0 = d.value;
    // (`còn cách xa mục tiêu 95%`: how far from the plan, as open as an excess)
    const gap = matchAt(a.tokens, from, a.g.planGapLeads)?.to === lead.to;
    // (`còn cách mục tiêu 2 điểm phần trăm`: a distance, no figure of the plan)
    if (gap && !v0) continue;
    const open = gap || matchAt(a.tokens, from, a.g.exceedVerbs) !== null;
    // (`vượt xa mục tiêu 42 tỷ USD mà Chính phủ đưa ra`: a clause setting the plan after the amount
    // makes it the plan's own figure)
    if (v0 && open && !linkedBefore(a, v0.span.start) && !setAfter(a, v0.span.end)) {
      d.unread.push({
        what: 'value',
        reason: 'unrecognised-figure',
        span: v0.span,
        message: 'An amount after exceeding a plan: the excess or the plan’s own figure is not stated',
      });
      d.value = undefined;
      continue;
    }
    if (!open && planGap(a, d, before, from, figure)) continue;
    const L = a.g.locale;
    d.kind = { ...d.name, value: 'target', rule: `${L}.kind.plan-compared` };
    if (moved) {
      for (const c of d.changes) {
        const back = { ...c, rule: `${c.rule}+after-plan-figure` };
        before.changes.push(back);
        // (`so với cùng kỳ năm 2019`: resolved with the result's period, not the plan's)
        const year = d.sameIn.get(c);
        if (year !== undefined) before.sameIn.set(back, year);
      }
      d.changes.length = 0;
      d.sameIn.clear();
    }
    if (before.name) d.name = { ...before.name, rule: `${L}.name.plan-compared` };
    const v = d.value;
    const rate = before.changes.find((c) => c.value.form === 'rate');
    // `Tỷ lệ giải ngân đạt 28,6% kế hoạch, còn cách xa mục tiêu 95% đã đề ra`: a bare percentage of
    // the plan after a result read as a completion is the completion the plan asks for.
    if (v && v.value.unitCode === 'percent' && before.completion && !rate && !v.value.average) {
      const completion: StatedCompletion = {
        percent: v.value.number,
        form: 'of-plan',
        of: before.completion.value.of,
        ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
      };
      d.completion = { ...v, value: completion, rule: `${v.rule}+plan-compared-completion` };
      d.value = undefined;
      continue;
    }
    if (v && v.value.unitCode === 'percent' && rate && !before.value && !v.value.average) {
      const change: Extracted<ExtractedChange> = {
        ...v,
        value: {
          form: 'rate',
          amount: v.value.number,
          ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
        },
        rule: `${v.rule}+plan-compared-rate`,
      };
      d.changes.push(change);
      d.value = undefined;
    }
  }
}

/**
 * `ước sản lượng cà phê đạt 432.000 tấn, tăng gần 5% so với cùng kỳ năm trước, nhưng thấp hơn kế
 * hoạch đề ra khoảng 7%`: a percentage after `thấp hơn` / `cao hơn` and the plan noun phrase, with
 * no `là` before it, after a result that is an amount (not a percentage), is how far the result
 * stands from the plan — a plan of tonnes has no figure in percent. The result's completion is
 * 100 ∓ that percentage (93 %). Beside a rate of growth of the result the percentage may as well be
 * the growth the plan asked for: the completion is then doubted (rule suffix `+beside-rate`).
 * True when read.
 */
function planGap(a: SentenceContext, d: Draft, before: Draft, from: number, figure: Extracted<unknown>): boolean {
  const sign = matchAt(a.tokens, from, a.g.planGapSigns);
  const result = before.value;
  if (
    !sign ||
    !result ||
    result.value.unitCode === 'percent' ||
    before.completion ||
    linkedBefore(a, figure.span.start)
  )
    return false;
  const change = d.changes[0];
  const amount =
    d.value === undefined && d.changes.length === 1 && change?.value.form === 'rate'
      ? { n: change.value.amount, approximate: change.value.approximate }
      : d.changes.length === 0 && d.value?.value.unitCode === 'percent'
        ? { n: d.value.value.number, approximate: d.value.value.approximate }
        : undefined;
  if (!amount) return false;
  // (a rate read with its direction, `thấp hơn` signed: the gap is its size)
  const size = amount.n.value.startsWith('-') ? negate(amount.n) : amount.n;
  const plan = planNounAt(a, sign.to, figure.span.start);
  const completion: StatedCompletion = {
    percent: shift(sign.phrase.data < 0 ? negate(size) : size, '100'),
    form: 'exceeded-by',
    of: plan ?? 'plan',
    ...(amount.approximate ? { approximate: amount.approximate } : {}),
  };
  const beside = before.changes.some((c) => c.value.form === 'rate') ? '+beside-rate' : '';
  before.completion = { ...figure, value: completion, rule: `${a.g.locale}.completion.plan-gap${beside}` };
  d.value = undefined;
  d.changes.length = 0;
  d.sameIn.clear();
  d.unread = d.unread.filter((u) => u.what !== 'change' && u.what !== 'value');
  return true;
}

/** The kind of the first plan noun within {@link NOUN_WITHIN} tokens of token `from`, before the character `end`. */
function planNounAt(a: SentenceContext, from: number, end: number): PlanKind | undefined {
  for (let i = from; i < a.tokens.length && i < from + NOUN_WITHIN && (a.tokens[i]?.start ?? end) < end; i++) {
    const noun = matchAt(a.tokens, i, a.g.planNouns);
    if (noun) return noun.phrase.data;
  }
  return undefined;
}

/**
 * `Tỷ lệ giải ngân đạt 60% kế hoạch, còn cách mục tiêu 35%`: a percentage after how far the result
 * stands from the plan is the distance or the plan's own rate — unread, never a certain completion,
 * unless a clause setting the plan follows it (`còn cách xa mục tiêu 95% đã đề ra`).
 */
function gapCompletion(a: SentenceContext, d: Draft): void {
  const c = d.completion;
  if (!c || !d.name) return;
  const from = tokenAt(a.tokens, d.name.span.start);
  const lead = matchAt(a.tokens, from, a.g.planCompareLeads);
  if (!lead || matchAt(a.tokens, from, a.g.planGapLeads)?.to !== lead.to || setAfter(a, c.span.end)) return;
  d.unread.push({
    what: 'completion',
    reason: 'unrecognised-figure',
    span: c.span,
    message:
      'A percentage after how far the result stands from the plan: the distance or the plan’s own rate is not stated',
  });
  d.completion = undefined;
}

/** How many tokens after a plan's amount the verb that sets the plan may stand (`mà Chính phủ đưa ra`). */
const SET_WITHIN = 7;

/**
 * True when a clause setting the plan follows the amount that ends at character `end` (`… 42 tỷ
 * USD mà Chính phủ đưa ra`, `… 95% đã đề ra`): only words up to the verb (grammar `planSetVerbs`).
 */
function setAfter(a: SentenceContext, end: number): boolean {
  const k = tokenAt(a.tokens, end);
  for (let i = k; i < a.tokens.length && i < k + SET_WITHIN; i++) {
    const t = a.tokens[i];
    if (!t || t.start < end) continue;
    if (t.kind !== 'word') return false;
    if (matchAt(a.tokens, i, a.g.planSetVerbs)) return true;
  }
  return false;
}

/** True when a plan noun starts within {@link NOUN_WITHIN} tokens of token `from`, before the character `end`. */
function planNounWithin(a: SentenceContext, from: number, end: number): boolean {
  return planNounAt(a, from, end) !== undefined;
}
