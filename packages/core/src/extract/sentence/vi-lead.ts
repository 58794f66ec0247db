import type { Item } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * `Dự ước hai tháng đầu năm, tổng mức bán lẻ … đạt …`, `Ước tính 9 tháng, doanh thu …`,
 * `Sơ bộ quý I, …`: a stage word in a clause of its own before the sentence's first figure (an
 * adverbial that ends at a comma) is the stage of every statement of the sentence that has no
 * stage word of its own. A stage word inside a clause with figures stays that clause's (it is
 * read by the clause's frame); a clause after the first figure frames nothing before it.
 */
export function leadStage(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  let stage: (Item & { t: 'marker' }) | undefined;
  let clauseStage: (Item & { t: 'marker' }) | undefined;
  for (const it of items) {
    if (it.t === 'figure' || it.t === 'bad-number') break;
    if (it.t === 'marker' && it.kind === 'stage' && it.stage) clauseStage ??= it;
    // (`Theo thống kê sơ bộ từ Cục Hải quan (Bộ Tài chính), …`: a bracket inside the lead closes no clause)
    if (it.t === 'sep' && (it.ch === '(' || it.ch === ')')) continue;
    if (it.t === 'sep') {
      // Only a clause closed by a comma or a colon before any figure is a lead.
      if (clauseStage && (it.ch === ',' || it.ch === ':')) stage ??= clauseStage;
      clauseStage = undefined;
    }
  }
  if (!stage?.stage) return;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.stage) continue;
    d.stage = a.field(stage.stage, stage.from, stage.to, `${a.g.locale}.stage.lead-clause`, stage.level);
  }
}
