import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { ownPeriod } from './periods';
import { tokenAt } from './token-at';

/** The rule suffix of a period lent back from a later clause (certainty/weigh-period.ts doubts it). */
export const LATER_CLAUSE_PERIOD = '+later-clause';

/** Where a draft's figures start and end (character offsets), or undefined without a figure. */
function figureSpan(d: Draft): { start: number; end: number } | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const f of [d.value, d.completion, d.density, ...d.changes]) {
    if (!f) continue;
    if (f.span.start < start) start = f.span.start;
    if (f.span.end > end) end = f.span.end;
  }
  return Number.isFinite(start) ? { start, end } : undefined;
}

/**
 * Whether a word of comparison stands in tokens `[from, to)`: a base lead (`compared to`, `than`,
 * `so với`, `cao hơn`), an earlier reading's lead (`from`, `after`, `versus`), a comparative, or the
 * `to`/`đến` of a move or a range — the figure after it is the other side of the one before, not a
 * clause of its own; or a period phrase (the figure before dates itself: `7.09% last year, with …`).
 */
function comparedBetween(a: SentenceContext, from: number, to: number): boolean {
  const g = a.g;
  // (the next figure's span may open on its lead word: `risen to 20.3%`, `, to 101 billion kWh`)
  let end = to;
  while (end < a.tokens.length && a.tokens[end]?.kind === 'word') end++;
  for (let i = from; i < end; i++) {
    const t = a.tokens[i] as Token;
    // (`grew by 7.09% last year, with … 7.55% in the fourth quarter of 2024`: a period of its own
    // that no year completes)
    if (matchPeriod(a.tokens, i, g.locale)) return true;
    if (t.kind !== 'word') continue;
    if ((g.rangeToWords.has(t.forms.lower) && moveTo(a, i)) || a.comparativeAt(i)) return true;
    if (matchAt(a.tokens, i, g.periodBaseLeads, to) || matchAt(a.tokens, i, g.fromWords, to)) return true;
    if (g.earlierReadingLeads && matchAt(a.tokens, i, g.earlierReadingLeads, to)) return true;
  }
  return false;
}

/**
 * Whether the `to` word at `i` leads a figure (`from 8.49% to 8%`, `…, to 101 billion kWh by 2020`):
 * a number right after it, or after a mark or a currency in capitals (`to US$4 billion`) — not the
 * `to` of a verb (`and to earn VND 5,000 billion`).
 */
function moveTo(a: SentenceContext, i: number): boolean {
  for (let j = i + 1; j <= i + 3; j++) {
    const t = a.tokens[j];
    if (t?.kind === 'number') return true;
    if (t === undefined || (t.kind === 'word' && /\p{Ll}/u.test(t.text))) return false;
  }
  return false;
}

/**
 * `Hơn 1 triệu người thất nghiệp, gần 900.000 người thiếu việc làm trong quý IV/2022`, `its life
 * expectancy will hit 73.7, and the infant sex ratio will be 112.8 boys/100 girls in 2018`, `Despite a
 * 2.2% decline in export volume, pepper export earnings surged by 40.8% … in the first seven months of
 * 2024`, `… is expected to reach VND 5.739 billion, equivalent 101.6% of plan in 2014`: a period
 * written once AFTER the figure of a later clause (a trailing period of its own, not lent, not the
 * other side of a comparison) dates the figures of the clauses before it that nothing dates — the
 * sentence, the text and the statement before give them none. Statements of the same kind only (a
 * goal's horizon does not date a result before it), never back across `;` or `:` nor across a word
 * of comparison (`…, higher than the 7.99-percent growth recorded in 2022`, `from 8.49% to 8% in
 * 2015`: the later figure is the other side), never to a statement with a period of its own that no
 * year completes (`in the first quarter`, `this year`); a clause that dates itself, or a later period
 * written before its own figure (`…, while in 2022 exports …`), stops the lending. The lent period is doubted (`later-period`, certainty/weigh-period.ts): it may be the
 * later clause's only. Linear in the sentence's drafts and tokens.
 */
export function laterClausePeriods(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length < 2) return;
  let lender: Draft | undefined;
  let stop = Number.POSITIVE_INFINITY;
  // (the `;` and `:` of the sentence, in order, to find whether one stands between two offsets)
  const marks: number[] = [];
  for (let i = st.sentence.from; i < st.sentence.to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':')) marks.push(t.start);
  }
  // the first mark at or after offset `at` (binary search: linear overall)
  const markAfter = (at: number): number => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((marks[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return marks[lo] ?? Number.POSITIVE_INFINITY;
  };
  // (the first figure's offset of the draft last walked: the words between it and the one before it
  // are read once each, so the walk stays linear)
  let next = Number.POSITIVE_INFINITY;
  // (in the order of their figures: a step may append a draft for an earlier figure)
  const placed = drafts
    .map((d) => ({ d, fig: figureSpan(d) }))
    .filter((x): x is { d: Draft; fig: { start: number; end: number } } => x.fig !== undefined)
    .sort((x, y) => x.fig.start - y.fig.start);
  for (let k = placed.length - 1; k >= 0; k--) {
    const { d, fig } = placed[k] as (typeof placed)[number];
    const after = next;
    next = fig.start;
    if (d.period) {
      const own = ownPeriod(d) && !d.period.rule.endsWith('+previous-statement');
      lender = own && d.period.span.start >= fig.end ? d : undefined;
      stop = lender ? fig.start : Number.POSITIVE_INFINITY;
      continue;
    }
    if (!lender?.period || d.periodMatch || !d.unread.some((u) => u.reason === 'no-period')) continue;
    const between = comparedBetween(a, tokenAt(a.tokens, fig.end), tokenAt(a.tokens, after));
    if (d.kind.value !== lender.kind.value || markAfter(fig.end) < stop || between) {
      lender = undefined;
      continue;
    }
    d.period = { ...lender.period, rule: `${lender.period.rule}${LATER_CLAUSE_PERIOD}` };
    d.unread = d.unread.filter((u) => u.reason !== 'no-period');
  }
}
