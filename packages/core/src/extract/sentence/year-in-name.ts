import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `In the first five months of the year, the total box office revenue of Vietnamese films in 2024
 * has exceeded VNĐ1 trillion`: a bare year inside a statement's name, after a lead period that
 * names a part of the year with no year of its own (`of the year`, `this year`), completes that
 * part — the figure is of the first five months of 2024, not of the whole year the name writes.
 * Only when the sentence's lead period is that year's part (its id opens with the year) and the
 * statement's period is a year written between its name's start and its first figure. English only. Constant work per statement.
 */
export function yearInNameParts(a: SentenceContext, st: SentenceState): void {
  const lead = st.sentencePeriod;
  if (a.g.locale !== 'en' || !lead || lead.item.match.relative === undefined) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const p = d.period;
    const name = d.name;
    const first = d.value ?? d.completion ?? d.changes[0];
    if (!p || !name || !first || !/^\d{4}$/u.test(p.value) || !lead.id.startsWith(`${p.value}-`)) continue;
    // (the year between the name's start and the first figure: `… revenue of Vietnamese films in 2024 has exceeded …`)
    if (p.span.start < name.span.start || p.span.end > first.span.start) continue;
    if (tokenAt(a.tokens, p.span.start) < lead.item.to) continue;
    d.period = { ...p, value: lead.id, rule: `${p.rule}+lead-part` };
  }
}
