import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearToken as isYear } from './year-word';

/**
 * `Ngành xây dựng đặt mục tiêu 2024 thu gom xử lý nước thải đạt 18%`, `Tỉnh đặt mục tiêu 2030 tỷ
 * lệ đô thị hóa đạt 50%`, `phấn đấu 2025 thu ngân sách đạt 2.000 tỷ đồng`: a bare year written
 * right after the target marker that framed the statement (no `năm` before it) names the year the
 * goal is for. Only a year alone (not glued to a sign or another number: `mục tiêu 2025-2030`,
 * `mục tiêu 2.025 tỷ`), followed by a word, on a target statement with no period of its own.
 * Vietnamese (English writes the year before the goal noun: `en-goal-year.ts`). Constant work per
 * target statement (its own figure and the next statement's are looked at, never all of them).
 */
export function goalYearsAfter(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as (typeof drafts)[number];
    if (d.kind.value !== 'target' || d.period || !d.kind.rule.endsWith('.kind.target-marker')) continue;
    const k = tokenAt(a.tokens, d.kind.span.end);
    const t = a.tokens[k];
    const next = a.tokens[k + 1];
    if (!t || !isYear(t) || t.gap === '') continue;
    if (next?.kind !== 'word' || next.gap === '') continue;
    // (`đặt mục tiêu 2.025 tỷ đồng`: a year-like number read as a figure is that figure — its own
    // statement's or the next one's)
    const inFigure = (x: (typeof drafts)[number] | undefined): boolean =>
      x?.value !== undefined && x.value.span.start <= t.start && t.start < x.value.span.end;
    if (inFigure(d) || inFigure(drafts[i + 1])) continue;
    d.period = a.field(t.text, k, k + 1, 'vi.period.goal-year-after');
  }
}
