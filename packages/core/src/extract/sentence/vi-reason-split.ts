import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import { nameField, type SentenceContext, type SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words a reason's measure may have (`sản lượng dầu thô khai thác`). */
const MEASURE_WORDS = 12;

/** The number of sorted `ends` at or before `at` (binary search). */
function countUpTo(ends: readonly number[], at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The end (character) of the draft's last figure before character `at`: its value, completion or
 * an earlier change. `changeEnds` are the ends of the draft's changes, sorted, so a draft with many
 * changes costs a binary search per change, not a walk over all of them.
 */
function figureEndBefore(d: Draft, changeEnds: readonly number[], at: number): number | undefined {
  const n = countUpTo(changeEnds, at);
  let end = n > 0 ? changeEnds[n - 1] : undefined;
  for (const f of [d.value, d.completion] as (Extracted<unknown> | undefined)[])
    if (f && f.span.end <= at && (end === undefined || f.span.end > end)) end = f.span.end;
  return end;
}

/**
 * `Ngành khai khoáng giảm 7,17%, làm giảm 0,27 điểm phần trăm do sản lượng dầu thô khai thác giảm
 * 6%`, `doanh thu tăng 8 điểm phần trăm nhờ giá bán bình quân tăng 12%`: a change after a reason
 * word (`do`, `nhờ`, `chủ yếu do` …) and the measure it names, in the clause of an earlier figure of
 * another form, is THAT measure's change — a statement of its own named by the measure — never a
 * second change of the statement before (it was joined to it, a certain wrong number: a change
 * of the same form after a name already opens a statement of its own). A reason with its verb
 * before the measure (`do giảm diện tích 10,4%`) is `vi-reason-change.ts`'s.
 */
export function reasonSplits(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi' || a.g.reasonLeads.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    reasonName(a, d);
    if (d.changes.length === 0 || (d.changes.length === 1 && !d.value && !d.completion)) continue;
    const changeEnds = d.changes.map((x) => x.span.end).sort((x, y) => x - y);
    for (const c of [...d.changes]) {
      const before = figureEndBefore(d, changeEnds, c.span.start);
      if (before === undefined) continue;
      const from = tokenAt(a.tokens, before);
      const to = tokenAt(a.tokens, c.span.start);
      if (to - from < 2 || to - from > MEASURE_WORDS + 3) continue;
      // the reason word: the first word after the figure (`%`, `điểm phần trăm` may stand before it)
      let lead = null;
      let k = from;
      for (; k < to && !lead; k++) {
        const t = a.tokens[k];
        if (t?.kind === 'punct' && t.text !== '%') break;
        lead = matchAt(a.tokens, k, a.g.reasonLeads, to);
      }
      if (!lead || lead.to >= to) continue;
      // (`do giảm diện tích …`: the verb right after the reason word is vi-reason-change's shape)
      if (matchAt(a.tokens, lead.to, a.g.changeVerbs, to)) continue;
      let words = true;
      for (let i = lead.to; i < to && words; i++) words = a.tokens[i]?.kind === 'word';
      if (!words) continue;
      const moved = d.changes.filter((x) => x.span.start >= c.span.start);
      const s = a.newDraft(st.span, lead.to);
      s.kind = { ...d.kind, rule: 'vi.kind.reason-measure' };
      if (d.stage) s.stage = d.stage;
      if (d.period) s.period = d.period;
      s.name = nameField(a, { from: lead.to, to }, 'vi.name.reason-measure');
      for (const x of moved) {
        s.changes.push({ ...x, rule: `${x.rule}+reason-measure` } as Extracted<ExtractedChange>);
        const year = d.sameIn.get(x);
        if (year !== undefined) s.sameIn.set(s.changes[s.changes.length - 1] as Extracted<ExtractedChange>, year);
        d.sameIn.delete(x);
      }
      d.changes = d.changes.filter((x) => !moved.includes(x));
      a.extend(s, lead.to, tokenAt(a.tokens, (moved[moved.length - 1] as Extracted<ExtractedChange>).span.end));
      break;
    }
  }
}

/**
 * `Doanh thu giảm 5% do sản lượng tiêu thụ giảm 6%`, `…, chủ yếu do thu từ đất tăng 30%`: a
 * statement opened by a change after a reason is named by the measure, without the reason word
 * (`do sản lượng tiêu thụ` → `sản lượng tiêu thụ`).
 */
function reasonName(a: SentenceContext, d: Draft): void {
  if (!d.name || d.changes.length === 0) return;
  const from = tokenAt(a.tokens, d.name.span.start);
  const to = tokenAt(a.tokens, d.name.span.end);
  const lead = matchAt(a.tokens, from, a.g.reasonLeads, to);
  if (!lead || lead.to >= to || to - lead.to > MEASURE_WORDS) return;
  if (matchAt(a.tokens, lead.to, a.g.changeVerbs, to)) return;
  for (let i = lead.to; i < to; i++) if (a.tokens[i]?.kind !== 'word') return;
  d.name = nameField(a, { from: lead.to, to }, 'vi.name.reason-measure');
}
