import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Tổng thu ngân sách ước thực hiện 1.536 tỷ đồng, …; trong đó: thu nội địa 1.333 tỷ đồng, bằng
 * 100,5% dự toán`, `Total revenue was estimated at VND 1.5 quadrillion, of which domestic revenue
 * VND 1.2 quadrillion`: a part of a total (`trong đó`, `of which`) whose value follows its name
 * with no verb is at the total's stage — the parts of an estimated total are estimated. Only a part of the same
 * kind (a plan's part is no estimate). Runs once per sentence.
 */
export function ofWhichStages(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span) as Draft[]) {
    const parent = d.parentDraft?.draft;
    if (!parent?.stage || d.stage || parent.kind.value !== d.kind.value) continue;
    // Only a part stated without a verb of its own (`trong đó: thu nội địa 1.200 tỷ đồng`): a verb
    // there (`trong đó xuất khẩu đạt 1 tỷ USD`) states the part's own stage, plain when it says none.
    if (!d.value || !d.name || d.value.rule.includes('.value.verb')) continue;
    if (tokenAt(a.tokens, d.value.span.start) !== tokenAt(a.tokens, d.name.span.end)) continue;
    d.stage = { ...parent.stage, rule: `${parent.stage.rule}+of-which-part` };
  }
}
