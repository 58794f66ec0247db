import { phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens the restated size of the move may take between its comma and the level (`, tương ứng giảm 4,39 tỷ đồng,`). */
const RESTATED = 8;

/**
 * `lợi nhuận gộp giảm 11,5% so với cùng kỳ, tương ứng giảm 4,39 tỷ đồng, về 33,77 tỷ đồng`, `chi phí
 * bán hàng tăng nhẹ 0,7%, tương ứng tăng thêm 0,06 tỷ đồng, lên 8,62 tỷ đồng`, `doanh thu giảm 8%, xuống
 * còn 120 tỷ đồng`: a change, then after a comma (and the size of the move restated, which stays
 * unread) the level it came to, led by a word of reaching (grammar `reachedLevelLeads`: `về`, `lên`,
 * `xuống còn`). The level is the changed statement's value: the clause that held it (named by its lead
 * or by `tương ứng`) has no figure left and is dropped, its unread parts going with the level. Only a
 * statement with changes and no value or completion, and a level with no figure of its own besides;
 * within {@link RESTATED} tokens. Vietnamese only (English writes `, to X`, read with its change).
 * Constant work per statement.
 */
export function viReachedLevels(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.reachedLevelLeads;
  if (a.g.locale !== 'vi' || !leads) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n + 1 < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const e = drafts[n + 1] as Draft;
    const last = d.changes[d.changes.length - 1];
    if (!last || d.value || d.completion || !e.value || e.changes.length > 0 || e.completion) continue;
    const from = tokenAt(a.tokens, last.span.end);
    const at = numberOf(a, e.value) ?? -1;
    if (a.tokens[from]?.text !== ',' || at < 0 || at - from > RESTATED + 3) continue;
    // (the level's lead stands right before its number: `về 33,77 tỷ đồng`, `xuống còn 120 tỷ đồng`)
    const lead = phraseEndingAt(a.tokens, at, leads, 3, from + 1, true);
    if (lead < 0) continue;
    // (between the change and the lead: the restated move only — at most one more comma, no `;`)
    let commas = 0;
    let semicolon = false;
    for (let j = from; j < lead; j++) {
      const t = a.tokens[j]?.text;
      if (t === ',') commas++;
      else if (t === ';') semicolon = true;
    }
    if (semicolon || commas > 2) continue;
    d.value = { ...e.value, rule: `${e.value.rule}+reached-level` };
    d.unread.push(...e.unread.filter((u) => u.what !== 'period' && u.what !== 'name'));
    e.value = undefined;
    e.unread.length = 0;
    a.extend(d, d.from, e.to);
  }
}
