import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * `Thu ngân sách ước đạt 804 tỷ đồng, bằng 102% dự toán; chi ngân sách 750 tỷ đồng, bằng 98% dự
 * toán`, `productivity estimated at 6.08 tonnes per ha and total output at 43.1 million tonnes`,
 * `… ước đón 10,5 triệu lượt khách …; trong đó có khoảng 3,5 triệu lượt khách lưu trú`: the stage
 * word of a statement's own verb (`ước đạt`, `estimated at`) holds for the statements after it in
 * the sentence that have none — the report states its figures at one stage, and the released sets'
 * readers read them so (round 45: a gapped verb and a restated one alike). Only onto a statement of
 * the same kind that names no other period. One pass over the sentence's statements.
 */
export function gappedStages(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const previous = drafts[i - 1] as Draft;
    const stage = previous.stage;
    const own = stage?.rule.includes('.stage.word') || stage?.rule.includes('.stage.verb');
    if (d.stage || !stage || !own || !previous.value || !d.value) continue;
    if (d.kind.value !== previous.kind.value) continue;
    if (d.period && previous.period && d.period.value !== previous.period.value) continue;
    d.stage = { ...stage, rule: `${stage.rule}+gapped-verb` };
  }
}
