import type { Phrase } from '../phrase';
import { matchAt } from '../phrase';
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
 * comparison that does not open the sentence (`…, đạt 85% so với kế hoạch`) are left as read; a
 * change after the plan (`tăng 3,32%`) stays doubted by the certainty pass. Vietnamese only
 * (English fronted plans stay doubted as `fronted-plan`).
 */
export function frontedPlanCompletions(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  if (a.g.locale !== 'vi') return;
  const first = items.find((it) => it.t === 'base' || it.t === 'figure' || it.t === 'sep');
  if (first?.t !== 'base' || first.read.base.kind !== 'plan') return;
  const read = first.read;
  if (read.from - st.sentence.from > LEAD_WORDS) return;
  const of = first.read.base.of;
  for (const d of a.sentenceDrafts(st.span)) {
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
