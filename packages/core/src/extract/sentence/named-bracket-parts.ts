import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { unreadQuantity } from './unread-quantity';

/** How many words may name a part before its bracket (`non-oil`, `crude oil`, `domestic tax`). */
const NAME_WORDS = 3;

/**
 * `collected a total of N10.1 trillion in both oil (N4.09 trillion) and non-oil (N5.96 trillion)
 * revenues`, `with rice (2.1 billion dollars) and coffee (3.4 billion dollars) leading`: an amount
 * alone in a bracket right after one to {@link NAME_WORDS} words of a statement with a value of the
 * same unit is the amount of the part those words name — a statement of its own, with the
 * statement's kind, stage and period (the amounts had been left unread). The words run back from
 * the bracket to a stop (grammar `bracketPartStops`: `both`, `and`, `in`, a comma). English only.
 * Linear: each unread amount once (round 46).
 */
export function namedBracketParts(a: SentenceContext, st: SentenceState): void {
  const stops = a.g.bracketPartStops;
  if (!stops) return;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    if (!v || d.unread.length === 0) continue;
    // (the statement's changes by their first token, built once: each bracket looks up the one after it)
    const starts = new Map<number, Draft['changes'][number]>();
    for (const c of d.changes) starts.set(tokenAt(a.tokens, c.span.start), c);
    // (the changes moved to a part, by the character their span starts at, with the part they went to)
    const moved = new Map<number, Draft>();
    const kept = [];
    for (const u of d.unread) {
      const part = u.what === 'value' && u.reason === 'unrecognised-figure' ? partAt(a, u.span, stops) : null;
      const read = part ? unreadQuantity(a, u) : null;
      const q = read?.q.quantity;
      if (!part || !q || q.unitCode !== v.value.unitCode || q.unit !== v.value.unit) {
        kept.push(u);
        continue;
      }
      const s: Draft = a.newDraft(st.span, part.from);
      s.kind = { ...d.kind, rule: `${d.kind.rule}+bracket-part` };
      s.name = a.field(a.span(part.from, part.to).text, part.from, part.to, `${a.g.locale}.name.bracket-part`);
      s.value = { value: q, span: u.span, rule: `${a.g.locale}.value.bracket-part`, confidence: v.confidence };
      if (d.stage) s.stage = d.stage;
      if (d.period) s.period = { ...d.period, rule: `${d.period.rule}+bracket-part` };
      // (`…; value of re-exports (MOP583 million) increased by 16%`: a change right after the bracket
      // is the part's, not the statement's before it; round 54 — it had been that statement's second
      // change)
      const close = tokenAt(a.tokens, u.span.end);
      const c = starts.get(close + 1);
      // (`Overnight visitors (1.4 million) and same-day visitors (1.3 million) increased 17.7 percent
      // and 4.4 percent … respectively`: a change joined to the next one is a list's, left where it is)
      const cEnd = c ? tokenAt(a.tokens, c.span.end) : -1;
      const listed = c !== undefined && (starts.has(cEnd) || starts.has(cEnd + 1));
      if (c && !listed) {
        s.changes.push({ ...c, rule: `${c.rule}+bracket-part` });
        moved.set(c.span.start, s);
      }
      a.extend(s, part.from, Math.max(close + 1, c && !listed ? cEnd : 0));
    }
    if (moved.size > 0) {
      d.changes = d.changes.filter((c) => !moved.has(c.span.start));
      // (a moved change's unread base goes with it)
      const own = [];
      for (const u of kept) {
        const s = u.what === 'change' ? moved.get(u.span.start) : undefined;
        if (s) s.unread.push(u);
        else own.push(u);
      }
      d.unread = own;
    } else d.unread = kept;
  }
}

/** The name words before an amount alone in a bracket at `span`: `[from, to)` of one to {@link NAME_WORDS} words, or null. */
function partAt(
  a: SentenceContext,
  span: { start: number; end: number },
  stops: NonNullable<SentenceContext['g']['bracketPartStops']>,
): { from: number; to: number } | null {
  const at = tokenAt(a.tokens, span.start);
  const end = tokenAt(a.tokens, span.end);
  const open = a.tokens[at - 1];
  const close = a.tokens[end];
  if (open?.kind !== 'punct' || open.text !== '(' || close?.kind !== 'punct' || close.text !== ')') return null;
  let from = at - 1;
  let words = 0;
  for (let k = at - 2; k >= 0 && words < NAME_WORDS; k--) {
    const t = a.tokens[k];
    // (`non-oil`: a hyphen glued inside a word)
    if (t?.kind === 'punct' && t.text === '-' && t.gap === '' && a.tokens[k + 1]?.gap === '') {
      from = k;
      continue;
    }
    if (t?.kind !== 'word' || matchAt(a.tokens, k, stops, from)) break;
    from = k;
    words++;
  }
  return words > 0 ? { from, to: at - 1 } : null;
}
