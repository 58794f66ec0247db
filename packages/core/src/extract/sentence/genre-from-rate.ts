import { matchPeriod, type PeriodMatch } from '../period-phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens may stand between the earlier rate and the `to` of the later one. */
const GAP = 10;

/**
 * `Core inflation rose from 2.7% y/y in January 2024 to 3.0% y/y in February 2024`, `credit growth
 * fell from 16.5 percent (y/y) in October to 15.0 percent (y/y) in November`: a move between two
 * rates of change of the same measure (the later read by `rules/genre-rate-level.ts` at its bare
 * `to`). The earlier rate is the measure's rate for the earlier period — a statement of its own,
 * dated by the period written between the two rates (a month without its year by the later month;
 * a period that cannot be dated leaves the move as read); the later keeps the period
 * written right after it (never the earlier one: that gave the earlier month's rate the later
 * month, or the reverse, as certain). Constant work per statement.
 */
export function genreFromRates(a: SentenceContext, st: SentenceState): void {
  const drafts = [...a.sentenceDrafts(st.span)];
  for (const d of drafts) {
    const later = d.changes.find((c) => c.rule.includes('genre-rate-from-to'));
    if (!later) continue;
    const toAt = tokenAt(a.tokens, later.span.start);
    const toEnd = tokenAt(a.tokens, later.span.end);
    const earlier = d.changes.find(
      (c) =>
        c !== later &&
        c.value.form === 'rate' &&
        c.span.end <= later.span.start &&
        toAt - tokenAt(a.tokens, c.span.end) <= GAP,
    );
    if (!earlier) continue;
    const from = tokenAt(a.tokens, earlier.span.start);
    const fromEnd = tokenAt(a.tokens, earlier.span.end);
    // the periods written with their year between the two rates, and right after the later one
    // (at most GAP tokens to look at)
    let between: PeriodMatch | null = null;
    for (let j = fromEnd; j < toAt && !between; j++) {
      const p = matchPeriod(a.tokens, j, 'en');
      if (p && p.to <= toAt) between = p;
    }
    const after = st.periods.find((p) => p.item.from >= toEnd && p.item.from <= toEnd + 2);
    const earlierId = between ? earlierPeriod(between, after?.id) : undefined;
    // a period between the rates that cannot be dated (`from 3.4 percent YoY in September to 2.9
    // percent YoY in October`, no year anywhere): the earlier rate still has a statement of its own,
    // with no period (left in one statement, the later rate was doubted and the earlier one shown
    // as the measure's rate); beside a later period with its year the move is left as read (the
    // earlier statement would take that year's period)
    if (between && !earlierId && after?.id) continue;
    const s: Draft = a.newDraft(st.span, from);
    s.kind = { ...d.kind, rule: 'en.kind.genre-from-rate' };
    if (d.name) s.name = { ...d.name, rule: 'en.name.genre-from-rate' };
    s.changes.push({ ...earlier, rule: 'en.change.genre-from-rate' });
    if (between && earlierId) s.period = a.field(earlierId, between.from, between.to, 'en.period.genre-from-rate');
    a.extend(s, from, fromEnd);
    d.changes.splice(d.changes.indexOf(earlier), 1);
    if (after) d.period = a.field(after.id, after.item.from, after.item.to, 'en.period.genre-from-rate');
    else if (d.period && tokenAt(a.tokens, d.period.span.start) < toAt) d.period = undefined;
  }
}

/**
 * The earlier period's id: as written with its year (`January 2024`), or a month without one dated
 * by the later month (`from … in December to … in January 2025`: December 2024); otherwise none.
 */
function earlierPeriod(match: PeriodMatch, later: string | undefined): string | undefined {
  if (match.id) return match.id;
  const month = match.partial?.kind === 'month' && match.relative === undefined ? match.partial.index : undefined;
  const own = later ? /^(\d{4})-(\d\d)$/u.exec(later) : null;
  if (month === undefined || !own) return undefined;
  const year = Number(own[1]) - (month < Number(own[2]) ? 0 : 1);
  return `${year}-${String(month).padStart(2, '0')}`;
}
