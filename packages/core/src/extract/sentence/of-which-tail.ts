import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * `đã tổ chức được 64 phiên giao dịch việc làm, trong đó, 47 phiên online, 9 phiên trực tiếp và
 * lưu động 8 phiên, đạt 128% so với kế hoạch`, `mở 25 lớp dạy nghề, trong đó 15 lớp nông nghiệp, 10
 * lớp phi nông nghiệp, đạt 104% kế hoạch`: a completion after the last bare count of a breakdown
 * (parts of a `trong đó` list counted with no verb of their own) resumes the total's predicate — it
 * is the total's completion, not the last part's. A part stated with its own verb (`trong đó xuất
 * khẩu đạt 5 tỷ USD, đạt 105% kế hoạch`) keeps its own. A bare count joined to a part (`và lưu động 8
 * phiên`) is a part of the same total. Runs once per sentence.
 */
export function ofWhichTails(a: SentenceContext, st: SentenceState): void {
  let part: Draft | undefined;
  for (const d of a.sentenceDrafts(st.span) as Draft[]) {
    const counted = d.value?.rule.includes('.value.of-which-count') === true;
    // (`…, 9 phiên trực tiếp và lưu động 8 phiên`: a count joined to the part before is a part too)
    if (counted && !d.parentDraft && part?.parentDraft)
      d.parentDraft = { ...part.parentDraft, rule: `${part.parentDraft.rule}+of-which-joined` };
    if (counted && d.parentDraft) part = d;
    const parent = d.parentDraft?.draft;
    const c = d.completion;
    if (!parent?.value || parent.completion || !c || !counted || !d.value) continue;
    if (c.span.start < d.value.span.end) continue;
    parent.completion = { ...c, rule: `${c.rule}+of-which-tail` };
    d.completion = undefined;
  }
}
