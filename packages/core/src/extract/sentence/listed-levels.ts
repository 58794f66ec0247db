import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Extracted } from '../types';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { type RunPeriod, yearRun } from './year-run';

/** A list item: its number token, its end token, its bound, and the period bracketed right after it. */
interface Level {
  readonly at: number;
  readonly end: number;
  readonly bound: 'about' | 'over' | 'under' | undefined;
  period?: RunPeriod;
}

/** The token after a figure's span (past a `%` its span left out). */
function endOf(a: SentenceContext, spanEnd: number, k: number): number {
  const end = Math.max(k + 1, tokenAt(a.tokens, spanEnd));
  return a.tokens[end]?.text === '%' ? end + 1 : end;
}

/**
 * `The rate of users creating profiles over the three years is 1.22%, 2.08%, and 3.01%`, `The
 * figures for 2020, 2021 and 2022 were 4.05%, 4.11% and 4.85%, respectively`, `The corresponding
 * figures are more than 23% (in 2016), over 43% (in 2019), and nearly 55% (in 2022)`: a named
 * rate's level followed by more bare percentages joined by commas and `and` (a bound before each, a
 * bracketed period after each) — the later ones were left unread (`% of what?`). Each is the same
 * measure's level: a statement of its own, under the first's name and kind, dated by its bracketed
 * period, or — with `respectively` and a list of as many years — by its year in order. A list whose
 * items cannot all be dated while the sentence names other years is left as it was (the first
 * year would date them all). Both languages since round 36 (`Tỷ lệ … là 92,4%, 87,9% và 81%`), and the
 * list may follow another statement (`… with 94 percent, followed by … with respective rates of …`);
 * constant work per unread percentage.
 */
export function listedLevels(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  // (the list closes the sentence: its first level is the last statement but one or the last —
  // `Bamboo Airways tops the list with 94 percent, followed by Vasco … with respective rates of 93.4
  // percent, 88.9 percent, 83 percent and 81.2 percent`)
  for (let i = Math.max(0, drafts.length - 2); i < drafts.length; i++) if (listedLevelsOf(a, st, drafts, i)) return;
}

/** Reads the list that follows the level of `drafts[i]`; true when it read one. */
function listedLevelsOf(a: SentenceContext, st: SentenceState, drafts: readonly Draft[], i: number): boolean {
  const d = drafts[i];
  if (!d) return false;
  const v = d.value;
  // (`their respective annual growth rates were 11.6 per cent, 13.63 per cent, and 18.38 per cent`:
  // the first a rate of growth its name says, with no base — the list is of rates)
  const r = !v && d.changes.length === 1 ? d.changes[0] : undefined;
  const rate = r?.value.form === 'rate' && r.rule.includes('+growth-name') && !r.value.base ? r : undefined;
  if (rate === undefined && (v?.value.unitCode !== 'percent' || d.changes.length > 0)) return false;
  if (d.completion) return false;
  const lead = (v ?? rate) as Extracted<unknown>;
  const first = numberOf(a, lead);
  if (first === undefined) return false;
  const unread = d.unread.filter((x) => x.what === 'completion' && x.reason === 'percent-without-base');
  if (unread.length === 0) return false;
  const levels: Level[] = [
    { at: first, end: endOf(a, lead.span.end, first), bound: v ? v.value.approximate : rate?.value.approximate },
  ];
  const add = (k: number, end: number): boolean => {
    const prev = levels[levels.length - 1] as Level;
    if (k <= prev.at) return false;
    const gap = listGap(a, prev.end, k);
    if (!gap) return false;
    if (gap.period) prev.period = gap.period;
    levels.push({ at: k, end, bound: gap.bound });
    return true;
  };
  for (const u of unread) {
    const k = numberOf(a, u as unknown as Extracted<unknown>);
    if (k === undefined || !add(k, endOf(a, u.span.end, k))) return false;
  }
  // (`… 4.05%, 4.11% and 4.85%`: the item after `and` may have been read as a statement of its
  // own, with no name and nothing but its percentage)
  const own = drafts[i + 1];
  if (own) {
    // (a list of rates: the last item may have been read as a rate of its own, `… 6% and 7%, respectively`)
    const c = own.changes.length === 1 ? own.changes[0] : undefined;
    const ownRate = rate && !own.value && c?.value.form === 'rate' && !c.value.base ? c : undefined;
    const w = ownRate ?? own.value;
    const k = w ? numberOf(a, w as Extracted<unknown>) : undefined;
    if (!w || k === undefined) return false;
    if (!ownRate && (own.value?.value.unitCode !== 'percent' || own.name || own.changes.length > 0)) return false;
    if (own.completion || own.kind.value !== d.kind.value || !add(k, endOf(a, w.span.end, k))) return false;
    if (ownRate) own.changes.length = 0;
  }
  const last = levels[levels.length - 1] as Level;
  const tail = bracketPeriod(a, last.end);
  if (tail) last.period = tail.period;
  // the dates: each bracketed, or a run of as many years with `respectively`, or none at all
  const years = yearRun(a, st.periods);
  let respective = false;
  for (let i = st.sentence.from; i < st.sentence.to && !respective; i++)
    respective = matchAt(a.tokens, i, a.g.respectiveWords, st.sentence.to) !== null;
  const bracketed = levels.every((l) => l.period !== undefined);
  if (!bracketed) {
    if (levels.some((l) => l.period !== undefined)) return false;
    if (respective && years.length === levels.length) {
      for (let n = 0; n < levels.length; n++) {
        const year = years[n];
        if (year) (levels[n] as Level).period = year;
      }
    } else if (years.length > 0 && !(rate && years.length === 1)) return false;
  }
  const L = a.g.locale;
  const periodOf = (p: RunPeriod): Extracted<string> => a.field(p.id, p.from, p.to, `${L}.period.listed-level`);
  d.unread = d.unread.filter((x) => !unread.includes(x));
  if (levels[0]?.period) d.period = periodOf(levels[0].period);
  // (in the text's order: the item's own statement, if one was read, takes the first later item)
  const later = levels.slice(1);
  const targets: Draft[] = own ? [own] : [];
  for (const l of later.slice(targets.length)) targets.push(a.newDraft(d.sentence, l.at));
  later.forEach((l, n) => {
    const e = targets[n] as Draft;
    const number = readNumber(a.tokens[l.at]?.text ?? '', L);
    if ('error' in number) return;
    e.kind = { ...d.kind, rule: `${L}.kind.listed-level` };
    if (d.name) e.name = { ...d.name, rule: `${L}.name.listed-level` };
    if (d.stage) e.stage = d.stage;
    if (rate) {
      // (a rate of the one period the sentence names, as the first)
      const change = { form: 'rate' as const, amount: number, ...(l.bound ? { approximate: l.bound } : {}) };
      e.changes.push(a.field(change, l.at, l.end, `${L}.change.listed-rate`));
      if (!l.period && d.period) e.period = d.period;
    } else {
      const level = quantityOf(number, 0, { unit: '%', unitCode: 'percent' });
      e.value = a.field(l.bound ? { ...level, approximate: l.bound } : level, l.at, l.end, `${L}.value.listed-level`);
    }
    if (l.period) e.period = periodOf(l.period);
    e.from = l.at;
    e.to = l.end;
  });
  return true;
}

/** `(in 2016)`, `(2019)` right at token `k`: a period alone in its bracket, with its year. */
function bracketPeriod(a: SentenceContext, k: number): { period: RunPeriod; to: number } | undefined {
  if (a.tokens[k]?.text !== '(') return undefined;
  const p = matchPeriod(a.tokens, k + 1, a.g.locale);
  if (!p?.id || a.tokens[p.to]?.text !== ')') return undefined;
  return { period: { id: p.id, from: p.from, to: p.to }, to: p.to + 1 };
}

/**
 * The tokens between a list item's end and the next item's number: a bracketed period of the item
 * before, commas, a joining word (`and`), a bound of the next (`over`, `nearly`) — nothing else.
 */
function listGap(
  a: SentenceContext,
  from: number,
  to: number,
): { period?: RunPeriod; bound?: 'about' | 'over' | 'under' } | undefined {
  let j = from;
  let period: RunPeriod | undefined;
  const bracket = bracketPeriod(a, j);
  if (bracket) {
    period = bracket.period;
    j = bracket.to;
  }
  let joined = false;
  while (j < to) {
    const t = a.tokens[j];
    if (t?.kind === 'punct' && t.text === ',') j++;
    else if (t?.kind === 'word' && a.g.periodListJoiners.has(t.forms.fold)) j++;
    else break;
    joined = true;
  }
  if (!joined) return undefined;
  const b = j < to ? matchAt(a.tokens, j, a.g.approximate, to) : null;
  if (b) j = b.to;
  if (j !== to) return undefined;
  return { ...(period ? { period } : {}), ...(b ? { bound: b.phrase.data } : {}) };
}
