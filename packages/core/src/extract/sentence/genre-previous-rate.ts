import { en } from '../grammar-en';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens may stand between a rate level and the previous figure's number (`, up from`). */
const GAP = 8;

/**
 * `Credit growth picked up to 9.1% YoY from 8.5% in the previous month`, `core inflation came in at
 * 4.4% y/y vs. 4.1% in September`, `…, up from 7.2% a month earlier`: after a rate of change stated
 * as a level (`rules/genre-rate-level.ts`), a bare percentage led by `from`, `up from`, `vs.` …
 * (`grammar-en` `genrePreviousLeads`) is the same rate for an earlier period — a rate against the
 * same base, never a level of 8.5 %. Its own statement keeps whatever doubt the certainty pass gives
 * a compared figure. Linear: one look per pair of neighbouring drafts.
 */
export function genrePreviousRates(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.genrePreviousLeads;
  if (!leads) return;
  for (const d of a.sentenceDrafts(st.span)) {
    bracketMonthRate(a, st, d);
    ytdMonth(d);
  }
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const prev = drafts[n - 1] as Draft;
    const rate = prev.changes.find((c) => c.value.form === 'rate' && c.rule.includes('genre-rate-level'));
    const v = d.value;
    if (!rate || !v || v.value.unitCode !== 'percent' || d.changes.length > 0 || d.completion) continue;
    if (d.kind.value !== prev.kind.value) continue;
    const from = tokenAt(a.tokens, rate.span.end);
    const at = tokenAt(a.tokens, v.span.start);
    if (at - from > GAP) continue;
    let led = false;
    for (let j = from; j < at && !led; j++) {
      const lead = matchAt(a.tokens, j, leads, at + 1);
      if (!lead) continue;
      // the lead ends at the number, or at a sign glued to it (`vs. +4.1%`)
      const next = a.tokens[lead.to];
      led =
        lead.to === at || (lead.to === at - 1 && next?.kind === 'punct' && (next.text === '+' || next.text === '-'));
    }
    if (!led) continue;
    const change: ExtractedChange = {
      form: 'rate',
      amount: v.value.number,
      ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
      ...(rate.value.base ? { base: rate.value.base } : {}),
    };
    d.changes.push({ ...v, value: change, rule: `${a.g.locale}.change.genre-previous-rate` });
    d.value = undefined;
  }
}

/** A month's name or press abbreviation (`Sep`, `September`, `Sept`), folded. */
const isMonthWord = (fold: string): boolean =>
  Object.hasOwn(en.periodWords.monthAbbreviations, fold) || Object.hasOwn(en.periodWords.monthNames, fold);

/**
 * `Headline CPI eased to 2.6% y/y in October (Sep: +2.9%)`: a bracket that opens on a month and a
 * colon after such a rate level holds the same rate for that month — a statement of its own (the
 * month has no year: no period is given), against the same base, not the level of 2.9 % of the
 * statement it follows (it was read there as a doubted value). Constant work per draft.
 */
function bracketMonthRate(a: SentenceContext, st: SentenceState, d: Draft): void {
  const v = d.value;
  const rate = d.changes.find((c) => c.value.form === 'rate' && c.rule.includes('genre-rate-level'));
  if (!v || !rate || v.value.unitCode !== 'percent' || v.span.start < rate.span.end) return;
  const at = tokenAt(a.tokens, v.span.start);
  const t = a.tokens;
  // `( Sep : + 2.9 %`: the sign is optional
  const k = t[at - 1]?.kind === 'punct' && (t[at - 1]?.text === '+' || t[at - 1]?.text === '-') ? at - 1 : at;
  const open = k - 3;
  if (open < 0 || t[open]?.text !== '(' || t[k - 1]?.text !== ':' || !isMonthWord(t[k - 2]?.forms.fold ?? '')) return;
  const end = tokenAt(a.tokens, v.span.end);
  if (t[end]?.text !== ')') return;
  // its period: the latest such month up to the statement's (`October 2024 (Sep: …)` is September
  // 2024, `January 2025 (Dec: …)` December 2024); a statement dated otherwise keeps the bracket as read
  const own = d.period ? /^(\d{4})-(\d\d)$/u.exec(d.period.value) : null;
  if (d.period && !own) return;
  const fold = t[k - 2]?.forms.fold ?? '';
  const month = en.periodWords.monthAbbreviations[fold] ?? en.periodWords.monthNames[fold] ?? 0;
  const s: Draft = a.newDraft(st.span, open);
  if (own) {
    const year = Number(own[1]) - (month < Number(own[2]) ? 0 : 1);
    s.period = a.field(`${year}-${String(month).padStart(2, '0')}`, open + 1, k - 1, 'en.period.genre-bracket-month');
  }
  s.kind = { ...d.kind, rule: 'en.kind.genre-bracket-month-rate' };
  if (d.name) s.name = { ...d.name, rule: 'en.name.genre-bracket-month-rate' };
  const change: ExtractedChange = {
    form: 'rate',
    amount: v.value.number,
    ...(rate.value.base ? { base: rate.value.base } : {}),
  };
  s.changes.push({ ...v, value: change, rule: 'en.change.genre-bracket-month-rate' });
  a.extend(s, open, end + 1);
  d.value = undefined;
}

/**
 * `Credit growth reached 6.7% ytd as of end-September 2024`, `… ytd in September 2024`: a growth
 * since the end of last year (`rules/genre-rate-level.ts`) measured to a month is that month's year
 * to date (`2024-YTD-09`), never the month alone (a wrong period shown as certain).
 */
function ytdMonth(d: Draft): void {
  const p = d.period;
  if (!p || !d.changes.some((c) => c.rule.includes('genre-rate-ytd'))) return;
  const month = /^(\d{4})-(\d\d)$/u.exec(p.value);
  if (!month) return;
  d.period = {
    ...p,
    value: month[2] === '12' ? (month[1] as string) : `${month[1]}-YTD-${month[2]}`,
    rule: `${p.rule}+ytd`,
  };
}
