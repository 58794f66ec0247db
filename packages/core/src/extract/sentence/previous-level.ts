import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `tổng tài sản đã tăng từ 19.698 tỷ đồng lên 20.660 tỷ đồng`, `Biên lãi gộp cải thiện từ 29,2% lên
 * 55%`: the earlier level of a move read as one figure (`rules/from-to.ts`) is a reading of the same
 * measure too — a statement of its own (as English `rose from VND 19,698 billion to …` gives), named
 * as the move, an actual (even when the move is a goal's: `phấn đấu tăng từ … lên …` starts from
 * where things stand), of the unit of the level reached, and undated: the move's period is the
 * level reached's, so the earlier level is listed with `no-period` (it runs after the statements are
 * dated: no lent period reaches it). The statement keeps the earlier level as its `previous`. Not
 * when the move is a rate's (the statement carries changes), nor when another statement already
 * reads that number. One look per draft.
 */
export function previousLevels(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  const read = new Set<number>();
  for (const d of drafts) if (d.value) read.add(d.value.span.start);
  for (const d of drafts) {
    const p = d.previous;
    const v = d.value;
    if (!p || !v || d.changes.length > 0 || d.completion || read.has(p.span.start)) continue;
    if ((p.value.unitCode ?? p.value.unit) !== (v.value.unitCode ?? v.value.unit)) continue;
    if (p.span.start >= v.span.start) continue;
    const from = tokenAt(a.tokens, p.span.start);
    const to = tokenAt(a.tokens, p.span.end);
    const e = a.newDraft(st.span, from);
    e.to = Math.max(from, to);
    const L = a.g.locale;
    if (d.name) e.name = { ...d.name, rule: `${L}.name.previous-level` };
    e.kind = { ...p, value: 'actual', rule: `${L}.kind.previous-level` };
    e.value = { ...p, rule: `${p.rule}+previous-level` };
    e.unread.push(
      a.unread('period', 'no-period', from, e.to, 'The earlier level of a move is of a period the text does not date'),
    );
    read.add(p.span.start);
  }
}
