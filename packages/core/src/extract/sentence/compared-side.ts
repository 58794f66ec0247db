import type { ComparisonBase } from '../../model/types';
import { isPeriodId, previousPeriod, samePeriodLastYear } from '../../period/period';
import { matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Token } from '../tokenize';
import type { Extracted } from '../types';
import type { SentenceContext } from './context';
import { tokenAt } from './token-at';

/*
 * The other side of a comparison, shared by `compared-previous.ts`, `moved-percents.ts`,
 * `labelled-parts.ts` and `period-named-parts.ts`: the lead before its figure, the figure's own
 * base, the period written after it or in its bracket's label.
 */

/** How many word tokens may stand between a compared figure and its period (`YoY average in`). */
export const LINK_WORDS = 4;

/** How many tokens a lead may stand before the figure's number (`vs. +`, `up from US $`, `compared with the`). */
export const LEAD_GAP = 4;

/** The first number token of a field's span, or undefined. */
export function numberOf(a: SentenceContext, f: Extracted<unknown>): number | undefined {
  const t = a.tokens;
  for (let k = tokenAt(t, f.span.start); k < t.length && (t[k] as Token).start < f.span.end; k++)
    if ((t[k] as Token).kind === 'number') return k;
  return undefined;
}

/** Tokens that may stand between a lead and the number: a sign, a currency, an article, a bound. */
export function skippable(a: SentenceContext, k: number): number {
  const t = a.tokens[k];
  if (!t) return 0;
  if (t.kind === 'punct' && (t.text === '+' || t.text === '-' || t.text === '$' || t.text === '€')) return 1;
  const fold = t.forms.fold;
  if (t.kind === 'word' && (a.g.definiteArticles.has(fold) || a.g.comparedLeadSkips.words.has(fold))) return 1;
  // (`from the rate of 3.62%`, `up from a level of 4.1%`, `từ mức 3,91%`, `lên mức 4,05%`: the
  // measure's noun between the lead and its figure)
  if (t.kind === 'word' && a.g.comparedLeadSkips.nouns.has(t.forms.lower)) return 1;
  const bound = matchAt(a.tokens, k, a.g.approximate);
  return bound ? bound.to - k : 0;
}

/** The compare leads of the locale before the other side's figure, which is then dated by what follows it. */
export const leadsOf = (a: SentenceContext) => a.g.comparedPreviousLeads ?? a.g.genrePreviousLeads;

/** True when a compare lead (`up from`, `vs.`, `compared with`, `against`, `after`) ends before number token `at`. */
export function ledAt(a: SentenceContext, at: number): boolean {
  const leads = leadsOf(a);
  if (!leads) return false;
  for (let j = Math.max(0, at - LEAD_GAP - 2); j < at; j++) {
    const lead = matchAt(a.tokens, j, leads, at) ?? matchAt(a.tokens, j, a.g.periodBaseLeads, at);
    if (!lead) continue;
    let k = lead.to;
    while (k < at) {
      const n = skippable(a, k);
      if (n === 0) break;
      k += n;
    }
    if (k === at) return true;
  }
  return false;
}

/** True when `and` (`, and`, `and a`, `and an`) stands right before number token `at`. */
export function joinedAt(a: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && k > at - 4) {
    const x = a.tokens[k] as Token;
    if (x.kind === 'word' && x.forms.fold === 'and') return true;
    if (skippable(a, k) === 0) return false;
    k--;
  }
  return false;
}

/** A base of a period right after the figure (`y/y`, `YoY`, `(y/y)`), and where it ends. */
export function ownBase(a: SentenceContext, k: number): { base: ComparisonBase; to: number } | undefined {
  const t = a.tokens;
  const open = t[k]?.text === '(' ? k + 1 : k;
  const b = matchAt(t, open, a.g.standaloneBases);
  const kind = b?.phrase.data.kind;
  if (!b || (kind !== 'same-period-last-year' && kind !== 'previous-period')) return undefined;
  const to = open > k && t[b.to]?.text === ')' ? b.to + 1 : b.to;
  return { base: b.phrase.data as ComparisonBase, to };
}

/** The first and last month of each quarter and half. */
export const QUARTER_MONTHS: Readonly<Record<number, readonly [number, number]>> = {
  1: [1, 3],
  2: [4, 6],
  3: [7, 9],
  4: [10, 12],
};

export const HALF_MONTHS: Readonly<Record<number, readonly [number, number]>> = { 1: [1, 6], 2: [7, 12] };

/**
 * A month or quarter with no year inside a comparison with a dated statement: a part of the
 * statement's own span (`(Q1: …; Q2: …)` after the first half of 2024, `(July …)` after the third
 * quarter) is of its year; an earlier month or quarter (`(March: 3.4%)` after April 2025) the latest
 * such before it. Undefined otherwise (left without a period).
 */
export function resolvePart(match: PeriodMatch, own: string | undefined): string | undefined {
  const part = match.relative === undefined ? match.partial : undefined;
  const m = own ? /^(\d{4})(?:-(\d\d|Q\d|H\d|YTD-\d\d))?$/u.exec(own) : null;
  if (!part || !m) return undefined;
  const year = Number(m[1]);
  const rest = m[2];
  const month = (n: number, y: number) => `${y}-${String(n).padStart(2, '0')}`;
  // the span of the statement's period in months [first, last]
  let [first, last] = [1, 12];
  if (rest?.startsWith('Q')) [first, last] = QUARTER_MONTHS[Number(rest[1])] ?? [0, 0];
  else if (rest?.startsWith('H')) [first, last] = HALF_MONTHS[Number(rest[1])] ?? [0, 0];
  else if (rest?.startsWith('YTD-')) last = Number(rest.slice(4));
  else if (rest) [first, last] = [Number(rest), Number(rest)];
  if (part.kind === 'month') {
    if (part.index >= first && part.index <= last && first !== last) return month(part.index, year);
    if (first === last) return month(part.index, part.index < first ? year : year - 1);
    return undefined;
  }
  if (part.kind === 'quarter') {
    const [qFirst, qLast] = QUARTER_MONTHS[part.index] ?? [0, 0];
    if (qFirst >= first && qLast <= last && !(rest?.startsWith('Q') ?? false)) return `${year}-Q${part.index}`;
    if (rest?.startsWith('Q')) return `${part.index < Number(rest[1]) ? year : year - 1}-Q${part.index}`;
    return undefined;
  }
  return undefined;
}

/** The period (with its year, or resolved against `own`) that starts at or right after token `k`. */
export function periodFrom(
  a: SentenceContext,
  k: number,
  own: string | undefined,
): { id: string | undefined; from: number; to: number } | undefined {
  for (let j = k; j <= k + 1 && j < a.tokens.length; j++) {
    const p = matchPeriod(a.tokens, j, a.g.locale);
    if (!p) continue;
    const id = p.id ?? resolvePart(p, own);
    return { id, from: p.from, to: p.to };
  }
  return undefined;
}

/** The period written after a compared figure (its base words and a few link words may stand between). */
export function periodAfter(
  a: SentenceContext,
  end: number,
  own: string | undefined,
): { id: string | undefined; from: number; to: number; base?: ComparisonBase } | undefined {
  const t = a.tokens;
  let k = end;
  if (t[k]?.text === '%') k++;
  const base = ownBase(a, k);
  if (base) k = base.to;
  for (let words = 0; k < t.length && words <= LINK_WORDS; k++, words++) {
    const earlier = earlierBase(a, k, own);
    if (earlier) return { ...earlier, ...(base ? { base: base.base } : {}) };
    const p = periodFrom(a, k, own);
    if (p) return { ...p, ...(base ? { base: base.base } : {}) };
    if (t[k]?.kind !== 'word') return undefined;
  }
  return undefined;
}

/**
 * `a year earlier`, `in the same period last year`, `of the same period of 2022`, `a month
 * earlier`, `cùng kỳ năm trước`, `cùng kỳ năm 2023`: a base phrase after a compared figure names the period it is of — resolved against the
 * statement's own period (undefined when that has none, or is no period id).
 */
export function earlierBase(
  a: SentenceContext,
  k: number,
  own: string | undefined,
): { id: string | undefined; from: number; to: number } | undefined {
  const b = matchAt(a.tokens, k, a.g.bases);
  const kind = b?.phrase.data.kind;
  if (!b || (kind !== 'same-period-last-year' && kind !== 'previous-period')) return undefined;
  const known = own !== undefined && isPeriodId(own);
  // `the same period of 2022`: that year's same span
  const of = a.tokens[b.to]?.forms.fold ?? '';
  const year = a.g.samePeriodYearLinks.has(of) ? yearAt(a.tokens[b.to + 1]) : undefined;
  if (year) return { id: known ? own.replace(/^\d{4}/u, year) : undefined, from: k, to: b.to + 2 };
  if (!known) return { id: undefined, from: k, to: b.to };
  const id = kind === 'same-period-last-year' ? samePeriodLastYear(own).id : previousPeriod(own).id;
  return { id, from: k, to: b.to };
}

/**
 * A period over exactly tokens `[i, to)` (a label or a name): a period phrase, a month's name alone
 * (`March`, `Sep`, resolved against `own`), or a year alone; undefined when the tokens are none.
 */
export function periodOver(
  a: SentenceContext,
  i: number,
  to: number,
  own: string | undefined,
): { id: string | undefined } | undefined {
  const t = a.tokens;
  if (to === i + 1) {
    const year = yearAt(t[i]);
    if (year) return { id: year };
    const fold = t[i]?.kind === 'word' ? (t[i]?.forms.fold ?? '') : '';
    const words = a.g.periodWords;
    const month = Object.hasOwn(words.monthNames, fold)
      ? words.monthNames[fold]
      : Object.hasOwn(words.monthAbbreviations, fold)
        ? words.monthAbbreviations[fold]
        : undefined;
    // (a month's name must be capitalised in English: `may` is a verb)
    if (month !== undefined && /^\p{Lu}/u.test(t[i]?.text ?? '')) {
      const match = { from: i, to, partial: { kind: 'month' as const, index: month }, rule: 'month-name' };
      return { id: resolvePart(match, own) };
    }
  }
  const p = matchPeriod(t, i, a.g.locale);
  if (!p || p.to !== to) return undefined;
  return { id: p.id ?? resolvePart(p, own) };
}

/** A year written alone (`2023`), as a period id. */
export const yearAt = (x: Token | undefined): string | undefined =>
  x?.kind === 'number' && /^(19|20)\d\d$/u.test(x.text) ? x.text : undefined;

/** `( <period> :` right before number token `at` (a sign may stand between): the bracket's label. */
export function bracketLabel(
  a: SentenceContext,
  at: number,
  own: string | undefined,
): { id: string | undefined; open: number } | undefined {
  const t = a.tokens;
  let k = at;
  if (t[k - 1]?.kind === 'punct' && (t[k - 1]?.text === '+' || t[k - 1]?.text === '-')) k--;
  // `(tháng 9/2024 đạt 6,47%)`, `(cùng kỳ năm trước đạt 87,1%)`: Vietnamese labels with a copula
  const vi = a.g.locale === 'vi' && t[k - 1]?.kind === 'word' && a.g.bracketLabelVerbs.has(t[k - 1]?.forms.lower ?? '');
  if (t[k - 1]?.text !== ':' && !vi) return undefined;
  for (let open = k - 2; open >= 0 && open >= k - 8; open--) {
    const x = t[open] as Token;
    if (x.text === '(' || x.text === ';' || x.text === ',') {
      // (`(2023: 5.8 million tonnes)`, `(March: 3.4%)`: a year or a month alone is a label too)
      const p = periodOver(a, open + 1, k - 1, own);
      // (Vietnamese: only a period with its year, or the same period last year — the yearless
      // quarters of `(quý I tăng …; quý II tăng …)` are read by `vi-bracket-period-rate.ts`)
      if (p && (!vi || p.id !== undefined) && (a.g.locale === 'en' || /^\d{4}/u.test(p.id ?? '')))
        return { id: p.id, open };
      const base = a.g.locale === 'vi' ? earlierBase(a, open + 1, own) : undefined;
      return base && base.to === k - 1 ? { id: base.id, open } : undefined;
    }
    if (x.kind === 'punct' && x.text !== '.' && x.text !== '/') return undefined;
  }
  return undefined;
}
