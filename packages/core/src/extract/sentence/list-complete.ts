import { matchPeriod } from '../period-phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens before a number a period phrase holding it may start (`during the first 11 months`). */
const PERIOD_BACK = 4;

/** True when a period phrase holds token `k` (`the first 11 months of this year`, with or without a year). */
function inPeriod(a: SentenceContext, k: number): boolean {
  for (let j = Math.max(0, k - PERIOD_BACK); j <= k; j++)
    if ((matchPeriod(a.tokens, j, a.g.locale)?.to ?? 0) > k) return true;
  return false;
}

/**
 * True when every number between offsets `from` and `to` belongs to a field of the sentence's
 * statements (a value, a change, a completion, a period, a name), stands in brackets (a
 * conversion, a remark) or is a converted amount — so a pairing by order counts every figure of
 * the list: a number left unread in the list (`5 million visitors, 2 million foreigners and
 * 300,000 business travellers`, the last unread) makes the counts unsure, and nothing is paired.
 * Linear in the tokens of the range and the sentence's fields (only those that meet the range are
 * sorted and merged).
 */
export function listComplete(
  a: SentenceContext,
  st: SentenceState,
  drafts: readonly Draft[],
  from: number,
  to: number,
  members?: ReadonlySet<Draft>,
): boolean {
  const spans: { start: number; end: number }[] = [];
  // (only the fields that meet the range are kept: the sort below stays the size of the list)
  const meets = (f: { readonly span: { start: number; end: number } }): boolean =>
    f.span.end > from && f.span.start < to;
  for (const d of drafts) {
    // (a bare count, `rules/bare-count.ts`, is no sure item of a list: its number counts as unread —
    // unless it is one of the list's own `members`, whose values are the items being paired)
    const value = d.value?.rule.includes('.value.bare-count') && !members?.has(d) ? undefined : d.value;
    for (const f of [value, d.completion, d.period, d.name, ...d.changes]) if (f && meets(f)) spans.push(f.span);
  }
  // (the sentence's periods are not yet the statements' fields: `in 2024`)
  for (const p of st.periods) {
    const span = { start: (a.tokens[p.item.from] as Token).start, end: (a.tokens[p.item.to - 1] as Token).end };
    if (meets({ span })) spans.push(span);
  }
  spans.sort((x, y) => x.start - y.start);
  let s = 0;
  let reach = -1;
  let depth = 0;
  for (let i = tokenAt(a.tokens, from); i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.start >= to) break;
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth = Math.max(0, depth - 1);
    if (t.kind !== 'number' || depth > 0 || a.conversions.has(i)) continue;
    while (s < spans.length && (spans[s] as { start: number }).start <= t.start) {
      reach = Math.max(reach, (spans[s] as { end: number }).end);
      s++;
    }
    if (reach < t.end && !inPeriod(a, i)) return false;
  }
  return true;
}
