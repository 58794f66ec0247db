import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

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
    if (parent?.value && d.value && closedBreakdown(a, d, parent)) {
      if (d.completion) parent.completion = { ...d.completion, rule: `${d.completion.rule}+of-which-tail` };
      parent.changes = d.changes.map((ch) => ({ ...ch, rule: `${ch.rule}+of-which-tail` }));
      d.completion = undefined;
      d.changes = [];
      continue;
    }
    const c = d.completion;
    if (!parent?.value || parent.completion || !c || !counted || !d.value) continue;
    if (c.span.start < d.value.span.end) continue;
    parent.completion = { ...c, rule: `${c.rule}+of-which-tail` };
    d.completion = undefined;
  }
}

/**
 * True when part `d` of a breakdown carries a completion or changes, all of them after a `;` that
 * follows its value, and the total (`parent`) has neither: `tổng sản lượng khai thác … ước đạt trên
 * 30.550 tấn, trong đó khai thác biển đạt 28.900 tấn, khai thác nội địa trên 1.650 tấn; đạt 51,8% so
 * với kế hoạch, tăng 12,8% so với cùng kỳ` — the semicolon closes the breakdown and the figures after
 * it resume the total's predicate (round 67, probe of provincial agriculture reports; they had been the
 * last part's, certain). Linear in the part's tokens.
 */
function closedBreakdown(a: SentenceContext, d: Draft, parent: Draft): boolean {
  if (parent.completion || parent.changes.length > 0 || !d.value) return false;
  const figures = [...(d.completion ? [d.completion] : []), ...d.changes];
  if (figures.length === 0) return false;
  const first = Math.min(...figures.map((f) => f.span.start));
  const from = tokenAt(a.tokens, d.value.span.end);
  const to = tokenAt(a.tokens, first);
  for (let k = from; k < to; k++) {
    const x = a.tokens[k];
    if (x?.kind === 'punct' && x.text === ';') return true;
    if (x?.kind === 'number') return false;
  }
  return false;
}
