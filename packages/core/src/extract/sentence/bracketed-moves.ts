import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Khu vực Quảng Ngãi tăng 31,6% (từ 20,84 triệu tấn lên 27,43 triệu tấn)`, `… rose 12% (from 1.2
 * million tonnes to 1.35 million tonnes)`: a move in a bracket after a statement's change states
 * the two levels the change was measured between. Each is a figure of its own (the corpus
 * convention: the bracket's figures are their own facts), not the statement's value — read into
 * it, the level made the change look like another figure's. Constant work per statement.
 */
export function bracketedMoves(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    const before = d.previous;
    if (!v || !before || !v.rule.includes('from-to') || d.changes.length === 0 || d.completion) continue;
    const from = tokenAt(a.tokens, before.span.start);
    // the move opens the bracket: `( từ`, `( from`
    let open = from - 1;
    while (open > from - 5 && open >= 0 && a.tokens[open]?.kind === 'word') open--;
    if (a.tokens[open]?.text !== '(') continue;
    if (d.changes.some((c) => c.span.end > before.span.start)) continue;
    for (const [field, rule] of [
      [before, 'previous'],
      [v, 'current'],
    ] as const) {
      const s: Draft = a.newDraft(st.span, tokenAt(a.tokens, field.span.start));
      s.kind = { ...d.kind, rule: `${L}.kind.bracketed-move` };
      if (d.name) s.name = { ...d.name, rule: `${L}.name.bracketed-move` };
      s.value = { ...field, rule: `${field.rule}+bracketed-move-${rule}` };
      a.extend(s, tokenAt(a.tokens, field.span.start), tokenAt(a.tokens, field.span.end));
    }
    d.value = undefined;
    d.previous = undefined;
  }
}
