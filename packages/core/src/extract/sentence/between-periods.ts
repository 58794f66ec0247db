import { comparePeriods, isPeriodId, previousPeriod } from '../../period/period';
import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted } from '../types';
import { tableValue } from '../word-table';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words may stand between a change and the `between` of its span (`in value`, `overall`). */
const GAP = 3;

/** A change's span of two periods: the earlier (`2020-08`), the later's match and where the span ends. */
interface BetweenSpan {
  readonly earlier: string;
  readonly later: string;
  readonly from: number;
  readonly to: number;
}

/**
 * `between August and September 2020`, `between 2019 and 2020` from token `k` (a span word of grammar
 * `spanRangeOpen`, its joiner, two periods): two adjacent months — the first takes the second's year
 * — or two years, the first before the second. Null for any other span: `between January and October
 * 2024` is the year to date (`rules/en-period-spans.ts`), read as one period.
 */
function spanAt(a: SentenceContext, k: number, end: number): BetweenSpan | null {
  const joins = a.g.spanRangeOpen ? tableValue(a.g.spanRangeOpen, a.tokens[k]?.forms.fold ?? '') : undefined;
  if (!joins) return null;
  const first = sideAt(a, k + 1, end);
  if (!first || !joins.has(a.tokens[first.to]?.forms.fold ?? '')) return null;
  const second = sideAt(a, first.to + 1, end);
  const later = second?.id;
  if (!second || !later) return null;
  const year = /^\d{4}/u.exec(later)?.[0];
  const earlier = first.id ?? (first.month && year ? `${year}-${String(first.month).padStart(2, '0')}` : undefined);
  if (!earlier || !isPeriodId(earlier)) return null;
  const years = /^\d{4}$/u.test(earlier) && /^\d{4}$/u.test(later) && comparePeriods(earlier, later) < 0;
  const months = /^\d{4}-\d{2}$/u.test(later) && previousPeriod(later).id === earlier;
  return years || months ? { earlier, later, from: k, to: second.to } : null;
}

/** One side of a span at token `k`: a period (`September 2020`), a bare year (`2019`) or a month's name alone (`August`). */
function sideAt(
  a: SentenceContext,
  k: number,
  end: number,
): { readonly id?: string; readonly month?: number; readonly to: number } | null {
  const t = a.tokens[k];
  if (!t || k >= end) return null;
  const m = matchPeriod(a.tokens, k, a.g.locale);
  if (m?.id && m.to <= end && isPeriodId(m.id)) return { id: m.id, to: m.to };
  if (t.kind === 'number' && /^\d{4}$/u.test(t.text) && isPeriodId(t.text)) return { id: t.text, to: k + 1 };
  const names = a.g.periodWords;
  const month = tableValue(names.monthNames, t.forms.fold) ?? tableValue(names.monthAbbreviations, t.forms.fold);
  return t.kind === 'word' && month !== undefined ? { month, to: k + 1 } : null;
}

/** True when a change's base was read from `the same period` alone (grammar `samePeriodNouns`, nothing after it). */
function bareSamePeriod(a: SentenceContext, c: Draft['changes'][number]): boolean {
  const span = c.value.baseSpan;
  if (!span) return false;
  const end = tokenAt(a.tokens, span.end);
  return c.value.base?.kind === 'same-period-last-year' && phraseEndingAt(a.tokens, end, a.g.samePeriodNouns, 4) >= 0;
}

/**
 * `Exports increased by R5.83 billion (4.5%) between August and September 2020 and imports increased
 * by R11.02 billion (12.1%) over the same period`, `the population rose 4.5% between 2019 and 2020`:
 * a change followed by a span of two periods ({@link spanAt}) is the move from the first to the
 * second — its statement is of the second period, its base the first (`2020-08`, which a figure of
 * September 2020 reads as the previous period). A later change of the sentence over `the same period`
 * alone is over that span too: the same base, not the year before. Round 54: both rates had been
 * read against the same period of the year before, certain. A span that opens the sentence frames its
 * changes that read no span of their own ({@link leadSpan}). Runs after the sentence's periods are
 * read; constant work per change (a bounded look after it, the next statement's name).
 */
export function betweenPeriods(a: SentenceContext, st: SentenceState): void {
  if (!a.g.spanRangeOpen) return;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  let span: BetweenSpan | null = null;
  const lead = leadSpan(a, st, end);
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    if (d.changes.length !== 1) continue;
    const c = d.changes[0] as Draft['changes'][number];
    const after = tokenAt(a.tokens, c.span.end);
    let own: BetweenSpan | null = null;
    for (let k = after; k < end && k <= after + GAP && !own; k++) {
      own = spanAt(a, k, end);
      if (!own && a.tokens[k]?.kind !== 'word') break;
    }
    if (own && (c.value.base === undefined || bareSamePeriod(a, c))) {
      span = own;
      move(a, d, c, own, 'between');
      // (`increased by 7% in nominal terms and 3% in real terms between 2020 and 2021`: the rate before
      // the elliptic one, joined by the measure's terms and `and`, spans the same periods; round 58)
      const before = drafts[n - 1];
      if (before && termsJoined(a, before, d)) {
        move(a, before, before.changes[0] as Draft['changes'][number], own, 'between-joined');
        if (before.name) d.name = { ...before.name, rule: `${before.name.rule}+between-joined` };
      }
      const next = drafts[n + 1];
      if (next) trimName(a, next, own);
    } else if (
      !own &&
      lead &&
      (c.value.base === undefined || bareSamePeriod(a, c)) &&
      (!d.period || d.period.value === lead.later)
    )
      move(a, d, c, lead, 'between-lead');
    else if (
      !own &&
      span &&
      c.span.start >= (a.tokens[span.to - 1]?.end ?? 0) &&
      (!d.period || d.period.value === span.later) &&
      bareSamePeriod(a, c)
    )
      move(a, d, c, span, 'between-same-period');
  }
}

/**
 * `Between 2022 and 2023, the largest increases in international exports were in ‘construction’ (up 109% to
 * £920 million), and … (up 10% to £4.6 billion)`: a span of two periods that opens the sentence before a
 * comma frames every change of it (round 60: the rates had no base, the values no period). Constant work.
 */
function leadSpan(a: SentenceContext, st: SentenceState, end: number): BetweenSpan | null {
  const k = tokenAt(a.tokens, st.span.start);
  const span = spanAt(a, k, end);
  return span && a.tokens[span.to]?.text === ',' ? span : null;
}

/**
 * True when `before` holds one change with no base and only the measure's terms (grammar `measureTerms`,
 * optional) and a joiner stand between its end and the start of `d`'s change, which names nothing of
 * its own but those words.
 */
function termsJoined(a: SentenceContext, before: Draft, d: Draft): boolean {
  const c = before.changes[0];
  const e = d.changes[0];
  if (before.changes.length !== 1 || !c || !e || c.value.base !== undefined || before.value) return false;
  let k = tokenAt(a.tokens, c.span.end);
  const end = tokenAt(a.tokens, e.span.start);
  const terms = a.g.measureTerms ? matchAt(a.tokens, k, a.g.measureTerms, end) : null;
  if (terms) k = terms.to;
  const joiner = a.g.pairJoiners ? matchAt(a.tokens, k, a.g.pairJoiners, end) : null;
  return joiner !== null && joiner.to === end;
}

/** The change `c` of draft `d` as the move over `span`: based on its first period, dated by its second. */
function move(a: SentenceContext, d: Draft, c: Draft['changes'][number], span: BetweenSpan, rule: string): void {
  d.changes[0] = {
    ...c,
    value: { ...c.value, base: { kind: 'period', period: span.earlier } },
    rule: `${c.rule}+${rule}`,
  };
  const period: Extracted<string> = a.field(span.later, span.from, span.to, `${a.g.locale}.period.between`);
  d.period = period;
  d.unread = d.unread.filter((u) => u.what !== 'period');
}

/**
 * `… between August and September 2020 and imports increased …`: the next statement's name that
 * begins at the span is the words after the span and its joiner (`imports`). Constant work.
 */
function trimName(a: SentenceContext, e: Draft, span: BetweenSpan): void {
  const n = e.name;
  if (!n || n.span.start !== (a.tokens[span.from]?.start ?? -1)) return;
  let from = span.to;
  const joined = a.g.pairJoiners ? matchAt(a.tokens, from, a.g.pairJoiners) : null;
  if (joined) from = joined.to;
  const to = tokenAt(a.tokens, n.span.end);
  if (from < to) e.name = a.field(a.span(from, to).text, from, to, `${n.rule}+after-span`);
}
