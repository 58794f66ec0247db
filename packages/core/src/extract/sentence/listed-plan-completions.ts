import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { PlanKind, StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens a list's head may run from its compare word to the word that opens the list (`so với kế hoạch đề ra như:`). */
const HEAD_REACH = 8;

/**
 * The plan a list's head compares with, when a compare word, a plan noun and a word opening a list
 * (`như`, `gồm`, `such as`; or a colon) stand in that order before the character `end` with no
 * figure between — `Một số địa phương có tỷ lệ tiêm phòng đạt khá so với kế hoạch đề ra như:`.
 */
function planHead(a: SentenceContext, from: number, end: number): PlanKind | undefined {
  const t = a.tokens;
  for (let i = from; i < end; i++) {
    const x = t[i];
    if (!x || x.kind === 'number') return undefined;
    const compare = matchAt(t, i, a.g.compareWords, end);
    // (a bare `of` compares nothing: `the Ministry of Finance’s estimate with figures including …`)
    if (!compare || (compare.to - i === 1 && a.g.weakCompareWords.has(x.forms.lower))) continue;
    let plan: PlanKind | undefined;
    for (let j = compare.to; j < end && j <= i + HEAD_REACH; j++) {
      const y = t[j];
      if (!y || y.kind === 'number') return undefined;
      // (the plan noun right after the compare word, past an article: `so với kế hoạch`, `compared to the target`)
      const noun = plan === undefined && j <= compare.to + 1 ? matchAt(t, j, a.g.planNouns, end) : null;
      if (plan === undefined && j > compare.to + 1) break;
      if (noun) {
        plan = noun.phrase.data;
        j = noun.to - 1;
        continue;
      }
      if (plan === undefined) continue;
      if (y.kind === 'punct' && y.text === ':') return plan;
      if (matchAt(t, j, a.g.listLeads, end) && !matchAt(t, j, a.g.valueVerbs, end)) return plan;
      if (y.kind === 'punct') return undefined;
    }
  }
  return undefined;
}

/**
 * `Một số địa phương có tỷ lệ tiêm phòng đạt khá so với kế hoạch đề ra như: Nam Mẫu 106%; Cao Thượng
 * trên 101%; Hà Hiệu 89%`: a head that compares with the plan and opens a list, before the sentence's
 * first figure, makes each bare percentage of the list (a name and its percentage, no verb, no base,
 * no change) that plan's completion — never a level of its own. Constant work per statement.
 */
export function listedPlanCompletions(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  const first = drafts[0]?.value;
  if (!first) return;
  const plan = planHead(a, st.sentence.from, tokenAt(a.tokens, first.span.start));
  if (!plan) return;
  for (const d of drafts) bareCompletion(a, d, plan);
}

/** Makes the bare percentage of `d` a completion of `plan` (see {@link listedPlanCompletions}). */
function bareCompletion(a: SentenceContext, d: Draft, plan: PlanKind): void {
  const v = d.value;
  if (!v || d.completion || d.changes.length > 0 || d.kind.value !== 'actual') return;
  if (v.value.unitCode !== 'percent' || !v.rule.includes('.value.percent-rate')) return;
  const completion: StatedCompletion = {
    percent: v.value.number,
    form: 'of-plan',
    of: plan,
    ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
  };
  d.completion = { ...v, value: completion, rule: `${a.g.locale}.completion.listed-under-plan` };
  d.value = undefined;
}
