import { isPeriodId } from '../../period/period';
import { completePeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { PAIRED, paired } from './list-respectively';
import { type RunPeriod, yearRun } from './year-run';

/**
 * `In 2020 and 2021, the number of international arrivals plunged 78.7 percent and 95.9 percent
 * respectively`, `export turnover fell 4.6% and 10% in 2022 and 2023, respectively`: a
 * `respectively` sentence whose list is of YEARS — as many years, joined by commas and `and`,
 * as one statement has changes of one form (and no value, completion or list of names paired
 * already) — gives each change its own statement with its period, in order. Before, both changes
 * stayed in one statement dated by the first period (the second one's year lost). Runs once per
 * sentence over its statements.
 */
export function respectivePeriods(a: SentenceContext, st: SentenceState): void {
  if (st.periods.length === 0) return;
  const { from, to } = st.sentence;
  let word = false;
  for (let i = from; i < to && !word; i++) if (matchAt(a.tokens, i, a.g.respectiveWords, to)) word = true;
  if (!word) return;
  const run = yearRun(a, st.periods);
  if (run.length < 2) return;
  const L = a.g.locale;
  if (valuesByYear(a, st, run, L)) return;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.value || d.completion || d.changes.length !== run.length) continue;
    const form = d.changes[0]?.value.form;
    if (d.changes.some((c) => c.value.form !== form || c.rule.includes(PAIRED))) continue;
    if (d.name?.rule.includes(PAIRED)) continue;
    if (d.period && d.period.value !== run[0]?.id) continue;
    split(a, d, run, L);
    return;
  }
}

/**
 * `Revenue was $5 billion and $6 billion in 2024 and 2025 respectively`, `fixed 13.11 billion dollars
 * and 15.21 billion dollars targets for 2008 and 2009 respectively`: as many statements in a row with
 * a value, each undated or dated by the run's first year, as the run has years, all before the run —
 * each is dated by its year, in order (round 44; the later ones had all been dated by the first year,
 * certain). True when they were dated.
 */
function valuesByYear(a: SentenceContext, st: SentenceState, run: readonly RunPeriod[], L: string): boolean {
  const first = run[0] as RunPeriod;
  const drafts = a.sentenceDrafts(st.span).filter((d) => d.value !== undefined);
  for (let n = 0; n + run.length <= drafts.length; n++) {
    const row = drafts.slice(n, n + run.length);
    // (`In 2023 and 2022, visitor arrivals for February stood at 47,234 and 11,014 respectively`: the run
    // may open the sentence before the values too; round 55)
    const last = run[run.length - 1] as RunPeriod;
    const side = (d: Draft): boolean =>
      d.value !== undefined &&
      (d.value.span.end <= (a.tokens[first.from]?.start ?? 0) ||
        (first.from <= st.sentence.from + 1 && d.value.span.start >= (a.tokens[last.to - 1]?.end ?? 0)));
    const fits = row.every((d) => side(d) && (d.period === undefined || d.period.value === first.id));
    if (!fits) continue;
    for (let k = 0; k < row.length; k++) {
      const p = run[k] as RunPeriod;
      const d = row[k] as Draft;
      // (`for February`: a month with no year in the statement, of each year of the run)
      const month = d.periodMatch?.partial?.kind === 'month' && !d.periodMatch.id ? d.periodMatch : undefined;
      const id = month && /^\d{4}$/u.test(p.id) ? completePeriod(month, Number(p.id)) : undefined;
      d.period = a.field(id && isPeriodId(id) ? id : p.id, p.from, p.to, `${L}.period.respective-years`);
    }
    return true;
  }
  return false;
}

function split(a: SentenceContext, d: Draft, run: readonly RunPeriod[], L: string): void {
  const changes: Extracted<ExtractedChange>[] = d.changes.map(paired);
  const sameIn = d.changes.map((c) => d.sameIn.get(c));
  d.sameIn.clear();
  const periodOf = (p: RunPeriod): Extracted<string> => a.field(p.id, p.from, p.to, `${L}.period.respective-years`);
  d.changes = [changes[0] as Extracted<ExtractedChange>];
  if (sameIn[0] !== undefined) d.sameIn.set(changes[0] as Extracted<ExtractedChange>, sameIn[0]);
  d.period = periodOf(run[0] as RunPeriod);
  for (let k = 1; k < run.length; k++) {
    const c = changes[k] as Extracted<ExtractedChange>;
    const p = run[k] as RunPeriod;
    const e = a.newDraft(d.sentence, p.from);
    e.kind = d.kind;
    if (d.name) e.name = d.name;
    if (d.fullName) e.fullName = d.fullName;
    if (d.subject) e.subject = d.subject;
    if (d.stage) e.stage = d.stage;
    e.period = periodOf(p);
    e.changes = [c];
    const year = sameIn[k];
    if (year !== undefined) e.sameIn.set(c, year);
    a.extend(e, p.from, p.to);
  }
}
