import { matchAt } from '../phrase';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearToken as isYear } from './year-word';

/** How many tokens before an average rate's statement its horizon may stand (`đến năm 2025, tổng giá trị sản xuất …`). */
const HORIZON_REACH = 24;

/** How many tokens a cut-off word before a horizon may take (`tính đến`). */
const CUTOFF_WORDS = 2;

/**
 * `Đến năm 2025, tổng giá trị sản xuất tăng bình quân hằng năm 11%, trong đó nông nghiệp tăng 4%`,
 * `đến năm 2030, kim ngạch xuất khẩu tăng bình quân 12%/năm`: an average yearly rate of change
 * (read by `vi-average-rate.ts`) under a horizon year (`đến năm` and a year, grammar
 * `goalHorizonLeads`, with no cut-off word before it: `tính đến năm 2023`, `đến hết năm`, `đến cuối
 * năm` date a result) is a plan: a rate sustained every year UNTIL a year is a goal's shape (a
 * result over past years is dated by its span, `giai đoạn 2016-2020 tăng bình quân 7%/năm`). The
 * statement and every later one of the sentence (the breakdown after `trong đó`) become targets,
 * unless a stage or result word dates one (`ước`, `đã đạt`: `frame.ts` keeps those). A level under
 * a horizon alone (`GRDP bình quân đầu người đến năm 2020 khoảng 5.300 USD`) may be a result read
 * back, and stays. Linear: at most {@link HORIZON_REACH} tokens per average rate.
 */
export function goalHorizons(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.goalHorizonLeads;
  if (!leads || leads.length === 0) return;
  const drafts = a.sentenceDrafts(st.span);
  let from = -1;
  for (const d of drafts) {
    if (!d.changes.some((c) => c.rule.includes('+average-rate'))) continue;
    const at = tokenAt(a.tokens, d.changes[0]?.span.start ?? st.span.start);
    from = horizonBefore(a, at, tokenAt(a.tokens, st.span.start));
    if (from >= 0) break;
  }
  if (from < 0) return;
  const start = (a.tokens[from] as Token).start;
  for (const d of drafts) {
    const first = d.changes[0]?.span.start ?? d.value?.span.start ?? d.completion?.span.start;
    if (first === undefined || first < start || d.kind.value === 'target' || d.stage) continue;
    d.kind = a.field('target', from, from + 1, `${a.g.locale}.kind.goal-horizon`);
  }
}

/** The first token of a horizon (`đến năm 2025`) within {@link HORIZON_REACH} tokens before `at` (not before `lo`), or -1. */
function horizonBefore(a: SentenceContext, at: number, lo: number): number {
  const t = a.tokens;
  const g = a.g;
  for (let k = Math.max(lo, at - HORIZON_REACH); k < at; k++) {
    const lead = matchAt(t, k, g.goalHorizonLeads ?? [], at);
    if (!lead || !isYear(t[lead.to]) || t[lead.to + 1]?.kind === 'number') continue;
    // (`tính đến năm 2023`, `từ năm 2020 đến năm 2025`: a cut-off or a span's end, no horizon)
    if (isYear(t[k - 1])) continue;
    let cutoff = false;
    for (let b = Math.max(lo, k - CUTOFF_WORDS); b < k; b++)
      if (matchAt(t, b, g.goalHorizonCutoffs ?? [], k)?.to === k) cutoff = true;
    if (!cutoff) return k;
  }
  return -1;
}
