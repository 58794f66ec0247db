import { shift } from '../numeral';
import type { Phrase } from '../phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens before a percentage its verb (`đạt`, `bằng khoảng`) may end. */
const VERB_BACK = 3;
/** How many words may stand before the fronted comparison (`Nếu so với …`, `If compared with …`). */
const LEAD_WORDS = 1;

/**
 * `So với dự toán, thu nội địa đạt 85,2%`, `Nếu so với kế hoạch Thủ tướng giao thì tỷ lệ giải ngân
 * đạt 22%`, `So với kế hoạch năm, doanh thu du lịch bằng 76%`: a sentence that opens with a
 * comparison against a plan (its budget, its target) states, in a percentage after `đạt`/`bằng`,
 * how much of that plan is done — a completion of that plan, not a level. A share verb
 * (`chiếm 12%`), a name that is a rate, index or growth (`tỷ lệ hộ nghèo`, `chỉ số giá`, `tăng
 * trưởng`: its percentage may be a level), a statement that already has a completion, and a
 * comparison that does not open the sentence (`…, đạt 85% so với kế hoạch`) are left as read. A
 * rate of change after the plan (`So với kế hoạch năm 2022, doanh thu tăng 18% và lợi nhuận tăng
 * 32%`) is over or under it, as `tăng 18% so với kế hoạch` is: a completion of 100 ± the rate
 * ({@link fromChange}). Vietnamese only (English fronted plans stay doubted as `fronted-plan`).
 */
export function frontedPlanCompletions(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  if (a.g.locale !== 'vi') return;
  // (`Như vậy, so với …`: an opening connective and its comma are passed — grammar `sentenceConnectives`)
  const lead = matchAt(a.tokens, st.sentence.from, a.g.sentenceConnectives ?? []);
  const comma = lead && a.tokens[lead.to]?.text === ',' ? lead.to : -1;
  const first = items.find((it) => it.t === 'base' || it.t === 'figure' || (it.t === 'sep' && it.from !== comma));
  if (first?.t !== 'base' || first.read.base.kind !== 'plan') return;
  const read = first.read;
  if (read.from - st.sentence.from > LEAD_WORDS && read.from !== comma + 1) return;
  const of = first.read.base.of;
  for (const d of a.sentenceDrafts(st.span)) {
    fromChange(a, d, read.to, of);
    const v = d.value;
    if (!v || d.completion || d.target || d.density || d.rank || !d.name) continue;
    if (v.value.unitCode !== 'percent' || v.value.average) continue;
    if (d.name.span.start < (a.tokens[read.to - 1]?.end ?? 0)) continue;
    // (the field's span may open on its verb: the verb is looked for before its number)
    let at = tokenAt(a.tokens, v.span.start);
    while (at < a.tokens.length && a.tokens[at]?.kind !== 'number' && (a.tokens[at]?.start ?? 0) < v.span.end) at++;
    if (!verbBefore(a, at, a.g.percentVerbs) || verbBefore(a, at, a.g.shareWords)) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    // (`tỷ lệ giải ngân`: a rate of the plan itself is its completion)
    const planRate = nameHas(a, from, d.name.span.end, [a.g.planRateNouns]);
    if (!planRate && nameHas(a, from, d.name.span.end, [a.g.levelNouns, a.g.changeIndexNouns, a.g.growthWords]))
      continue;
    if (!planRate && a.growthName(d)) continue;
    const approximate = v.value.approximate;
    const completion: StatedCompletion = {
      percent: v.value.number,
      form: 'of-plan',
      of,
      ...(approximate ? { approximate } : {}),
    };
    d.completion = { ...v, value: completion, rule: `${v.rule}+fronted-plan` };
    d.value = undefined;
  }
}

/**
 * A statement whose only figure is a rate of change with no base of its own, after the fronted
 * plan (ending at character-token `after`), of a name that is no rate, index or growth: the rate is
 * over (or under) the plan — its completion is 100 ± the rate, the change is dropped.
 */
function fromChange(a: SentenceContext, d: Draft, after: number, of: StatedCompletion['of']): void {
  const c = d.changes.length === 1 ? d.changes[0] : undefined;
  if (!c || d.value || d.completion || d.target || !d.name || c.value.form !== 'rate' || c.value.base) return;
  if (!c.rule.includes('+sentence-base') || c.span.start < (a.tokens[after - 1]?.end ?? 0)) return;
  const from = tokenAt(a.tokens, d.name.span.start);
  if (nameHas(a, from, d.name.span.end, [a.g.levelNouns, a.g.changeIndexNouns, a.g.growthWords]) || a.growthName(d))
    return;
  const approximate = c.value.approximate;
  const completion: StatedCompletion = {
    percent: shift(c.value.amount, '100'),
    form: 'exceeded-by',
    of,
    ...(approximate ? { approximate } : {}),
  };
  d.completion = { ...c, value: completion, rule: `${c.rule}+fronted-plan` };
  d.changes = [];
}

/** True when a phrase of `list` ends within {@link VERB_BACK} tokens before token `at`. */
function verbBefore(a: SentenceContext, at: number, list: readonly Phrase[]): boolean {
  for (let j = Math.max(0, at - VERB_BACK); j < at; j++) {
    const m = matchAt(a.tokens, j, list);
    if (m && m.to <= at) return true;
  }
  return false;
}

/** True when a phrase of one of `lists` starts in tokens `[from, …)` before the character `end`. */
function nameHas(a: SentenceContext, from: number, end: number, lists: readonly (readonly Phrase[])[]): boolean {
  for (let i = from; i < a.tokens.length && (a.tokens[i]?.start ?? end) < end; i++)
    for (const list of lists) if (matchAt(a.tokens, i, list)) return true;
  return false;
}
