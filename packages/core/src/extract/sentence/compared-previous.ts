import type { ComparisonBase } from '../../model/types';
import { isPeriodId, previousPeriod, samePeriodLastYear } from '../../period/period';
import { matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { quantityOf, readQuantity } from '../quantity';
import { readNumber } from '../read-number';
import type { Token } from '../tokenize';
import { tokenize } from '../tokenize';
import type { Extracted, ExtractedChange, StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many word tokens may stand between a compared figure and its period (`YoY average in`). */
const LINK_WORDS = 4;
/** How many tokens a lead may stand before the figure's number (`vs. +`, `up from US $`, `compared with the`). */
const LEAD_GAP = 4;

/** The first number token of a field's span, or undefined. */
function numberOf(a: SentenceContext, f: Extracted<unknown>): number | undefined {
  const t = a.tokens;
  for (let k = tokenAt(t, f.span.start); k < t.length && (t[k] as Token).start < f.span.end; k++)
    if ((t[k] as Token).kind === 'number') return k;
  return undefined;
}

/** Tokens that may stand between a lead and the number: a sign, a currency, an article, a bound. */
function skippable(a: SentenceContext, k: number): number {
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
const leadsOf = (a: SentenceContext) => a.g.comparedPreviousLeads ?? a.g.genrePreviousLeads;

/** True when a compare lead (`up from`, `vs.`, `compared with`, `against`, `after`) ends before number token `at`. */
function ledAt(a: SentenceContext, at: number): boolean {
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
function joinedAt(a: SentenceContext, at: number): boolean {
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
function ownBase(a: SentenceContext, k: number): { base: ComparisonBase; to: number } | undefined {
  const t = a.tokens;
  const open = t[k]?.text === '(' ? k + 1 : k;
  const b = matchAt(t, open, a.g.standaloneBases);
  const kind = b?.phrase.data.kind;
  if (!b || (kind !== 'same-period-last-year' && kind !== 'previous-period')) return undefined;
  const to = open > k && t[b.to]?.text === ')' ? b.to + 1 : b.to;
  return { base: b.phrase.data as ComparisonBase, to };
}

/** The first and last month of each quarter and half. */
const QUARTER_MONTHS: Readonly<Record<number, readonly [number, number]>> = {
  1: [1, 3],
  2: [4, 6],
  3: [7, 9],
  4: [10, 12],
};
const HALF_MONTHS: Readonly<Record<number, readonly [number, number]>> = { 1: [1, 6], 2: [7, 12] };

/**
 * A month or quarter with no year inside a comparison with a dated statement: a part of the
 * statement's own span (`(Q1: …; Q2: …)` after the first half of 2024, `(July …)` after the third
 * quarter) is of its year; an earlier month or quarter (`(March: 3.4%)` after April 2025) the latest
 * such before it. Undefined otherwise (left without a period).
 */
function resolvePart(match: PeriodMatch, own: string | undefined): string | undefined {
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
function periodFrom(
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
function periodAfter(
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
function earlierBase(
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
function periodOver(
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
const yearAt = (x: Token | undefined): string | undefined =>
  x?.kind === 'number' && /^(19|20)\d\d$/u.test(x.text) ? x.text : undefined;

/** `( <period> :` right before number token `at` (a sign may stand between): the bracket's label. */
function bracketLabel(
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

/**
 * `GDP growth picked up to 7.3% in 2024 from 6.7% in 2023`, `…, up from 3.1% in August 2024`,
 * `Exports hit US$35.6 billion in September 2024, versus US$32.1 billion in August 2024`, `Inflation
 * decelerated to 2.8% in April (March: 3.4%)`, `(10M 2024: 5.8 million tonnes)`, `(vs +9.1% YoY in
 * October 2024 and a 9.6% YoY average in 9M 2025)`: a figure led by a compare word (`from`, `up
 * from`, `vs`, `versus`, `against`, `compared with`, `after`) or labelled by a period in a bracket,
 * right after a statement of the same indicator, is that indicator's figure for the period written
 * with it — its own statement, never dated by the statement before it (which gave the earlier
 * month's figure the later month as certain). A bare percentage after a rate of change is the same
 * rate (against the base written with it, else the first one's), after a completion the same
 * plan's completion; a value of the first one's unit stays a value. A period that cannot be dated
 * (`in January` of a move to February 2024) is not given; a figure with no period written keeps
 * whatever the other steps gave. Constant work per pair of neighbouring statements.
 */
export function comparedPrevious(a: SentenceContext, st: SentenceState): void {
  if (!leadsOf(a)) return;
  const L = a.g.locale;
  const drafts = a.sentenceDrafts(st.span);
  const compared = new Set<Draft>();
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const prev = drafts[n - 1] as Draft;
    if (d.kind.value !== prev.kind.value) continue;
    if (d.completion) {
      comparedCompletionPeriod(a, st, prev, d);
      continue;
    }
    const v = d.value;
    const side = !v && d.changes.length === 1 ? d.changes[0] : undefined;
    if (!v && !side) continue;
    if (v && d.changes.length > 0) continue;
    const fig = (v ?? side) as Extracted<unknown>;
    const at = numberOf(a, fig);
    if (at === undefined || side?.rule.includes('labelled-part')) continue;
    const own = prev.period?.value ?? st.sentencePeriod?.id;
    const label = bracketLabel(a, at, own);
    // (`vs +9.1% YoY in October 2024 and a 9.6% YoY average in 9M 2025`: a figure joined by `and`
    // to a compared one is compared too, with its own period)
    const led = label !== undefined || ledAt(a, at) || (compared.has(prev) && joinedAt(a, at));
    if (!led) continue;
    const end = tokenAt(a.tokens, fig.span.end);
    const after = label ? undefined : periodAfter(a, end, own);
    // (`vs 12% in the textile sector`: a compared figure with no period of its own is left as read)
    if (!label && !after) continue;
    const id = label ? label.id : after?.id;
    // (`… in 9M 2025 vs 78.4% in 9M 2025`: the same period is no comparison of periods)
    if (id !== undefined && id === prev.period?.value) continue;
    const rate = prev.changes.find((c) => c.value.form === 'rate');
    const percent = v?.value.unitCode === 'percent' && !v.value.scale;
    // the figure's kind: a rate after a rate, a completion after a completion, a value of the same unit
    if (v && percent) {
      const base = after?.base ?? ownBase(a, end + (a.tokens[end]?.text === '%' ? 1 : 0))?.base ?? rate?.value.base;
      if (rate) {
        const change: ExtractedChange = {
          form: 'rate',
          amount: v.value.number,
          ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
          ...(base ? { base } : {}),
        };
        d.changes.push({ ...v, value: change, rule: `${L}.change.compared-previous` });
        d.value = undefined;
      } else if (prev.completion) {
        const completion: StatedCompletion = {
          percent: v.value.number,
          form: 'of-plan',
          of: prev.completion.value.of,
          ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
        };
        d.completion = { ...v, value: completion, rule: `${L}.completion.compared-previous` };
        d.value = undefined;
      } else continue;
    } else if (v) {
      const first = prev.value?.value;
      if (!first || (v.value.unitCode !== undefined && v.value.unitCode !== first.unitCode)) continue;
    } else if (side?.value.form !== 'rate') continue;
    else if (prev.completion && !rate && !side.value.base && !label) {
      // (`… achieve 55 percent of the annual planned budget (compared with 46.5 percent during the
      // same period of 2022)`: read as a rate for the sentence's earlier change, it is the same
      // plan's completion of that period)
      const completion: StatedCompletion = {
        percent: side.value.amount,
        form: 'of-plan',
        of: prev.completion.value.of,
        ...(side.value.approximate ? { approximate: side.value.approximate } : {}),
      };
      d.completion = { ...side, value: completion, rule: `${L}.completion.compared-previous` };
      d.changes = [];
    }
    compared.add(d);
    if (prev.name) d.name = { ...prev.name, rule: `${L}.name.compared-previous` };
    if (id && id !== prev.period?.value) {
      const from = label ? label.open + 1 : (after?.from ?? end);
      const to = label ? at : (after?.to ?? end);
      d.period = a.field(id, from, to, `${L}.period.compared-previous`);
    }
    joinedPercents(a, st, d, own);
  }
}

/**
 * `(vs 9.1% in October 2024 and 9.6% in 9M 2025)`: a percentage joined by `and` to a compared rate,
 * with a period of its own written after it, was left unread in the compared statement (`% of
 * what?`). It is the same rate for that period — a statement of its own. Constant work per unread.
 */
function joinedPercents(a: SentenceContext, st: SentenceState, d: Draft, own: string | undefined): void {
  const L = a.g.locale;
  const rate = d.changes.find((c) => c.value.form === 'rate');
  if (!rate) return;
  for (const u of [...d.unread]) {
    if (u.what !== 'completion' || u.reason !== 'percent-without-base' || u.span.start < rate.span.end) continue;
    const k = numberOf(a, u as unknown as Extracted<unknown>);
    const tok = k === undefined ? undefined : a.tokens[k];
    if (k === undefined || !tok || !joinedAt(a, k)) continue;
    const end = Math.max(k + 1, tokenAt(a.tokens, u.span.end));
    const after = periodAfter(a, end, own);
    if (!after?.id) continue;
    const n = readNumber(tok.text, L);
    if ('error' in n) continue;
    const s: Draft = a.newDraft(st.span, k);
    s.kind = { ...d.kind, rule: `${L}.kind.compared-previous` };
    if (d.name) s.name = { ...d.name, rule: `${L}.name.compared-previous` };
    const base = after.base ?? rate.value.base;
    const change: ExtractedChange = { form: 'rate', amount: n, ...(base ? { base } : {}) };
    s.changes.push(a.field(change, k, end, `${L}.change.compared-previous`));
    s.period = a.field(after.id, after.from, after.to, `${L}.period.compared-previous`);
    d.unread.splice(d.unread.indexOf(u), 1);
    a.extend(s, k, end);
  }
}

/** The number token right after a bare `to` (a sign or bound may stand between), or undefined. */
function afterBareTo(a: SentenceContext, k: number): boolean {
  const { to: words, notBeforeTo } = a.g.moveWords;
  let j = k - 1;
  while (j > k - 4 && j >= 0 && skippable(a, j) > 0 && !words.has(a.tokens[j]?.forms.lower ?? '')) j--;
  const to = a.tokens[j];
  return to?.kind === 'word' && words.has(to.forms.lower) && !notBeforeTo.has(a.tokens[j - 1]?.forms.lower ?? '');
}

/** True when `from`/`từ` (a sign, currency, bound or `mức` may stand between) stands right before number token `k`. */
function afterFrom(a: SentenceContext, k: number): boolean {
  const from = a.g.moveWords.from;
  let j = k - 1;
  while (j > k - 4 && j >= 0 && a.tokens[j]?.forms.lower !== from && skippable(a, j) > 0) j--;
  return a.tokens[j]?.kind === 'word' && a.tokens[j]?.forms.lower === from;
}

/** How many tokens may stand between the two figures of a move (`from 3.1% y/y in August 2024 to`). */
const MOVE_GAP = 12;

/**
 * `GDP growth edged up from 8.6% in 2023 to 9.2% in 2024`, `The unemployment rate fell from 2.3% in
 * 2023 to 2.2% in 2024`: the end of a move of a percentage, with the periods written between, was
 * left unread (`% of what?`) in the statement of its start. It is the same measure's figure for the
 * period written after it — a statement of its own: the rate the start was read as (a growth), or a
 * level like the start; the start keeps the period written between the two. Constant work per
 * unread percentage.
 */
export function movedPercents(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  const all = a.sentenceDrafts(st.span);
  for (let n = 1; n < all.length; n++) movedStatement(a, all[n - 1] as Draft, all[n] as Draft);
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const u = d.unread.findIndex((x) => x.what === 'completion' && x.reason === 'percent-without-base');
    if (u < 0) continue;
    const miss = d.unread[u] as (typeof d.unread)[number];
    const k = numberOf(a, miss as unknown as Extracted<unknown>);
    const tok = k === undefined ? undefined : a.tokens[k];
    if (k === undefined || tok?.kind !== 'number' || !afterBareTo(a, k)) continue;
    // the start: the statement's rate or level, led by `from`, a few tokens before
    const start = d.changes.find((c) => c.value.form === 'rate' && c.span.end <= miss.span.start) ?? d.value;
    if (!start || start.span.end > miss.span.start) continue;
    const f = numberOf(a, start as Extracted<unknown>);
    if (f === undefined || k - f > MOVE_GAP || !afterFrom(a, f)) continue;
    if (start === d.value && d.value?.value.unitCode !== 'percent') continue;
    const n = readNumber(tok.text, L);
    if ('error' in n) continue;
    // (the figure's end: after `%`, `percent`, `per cent`)
    const end = Math.max(k + 1, tokenAt(a.tokens, miss.span.end));
    const s: Draft = a.newDraft(st.span, k);
    s.kind = { ...d.kind, rule: `${L}.kind.moved-percent` };
    if (d.name) s.name = { ...d.name, rule: `${L}.name.moved-percent` };
    const base = ownBase(a, end)?.base;
    if (start !== d.value) {
      const rate = start as Draft['changes'][number];
      const change: ExtractedChange = {
        form: 'rate',
        amount: n,
        ...(base ? { base } : rate.value.base ? { base: rate.value.base } : {}),
      };
      s.changes.push(a.field(change, k, end, `${L}.change.moved-percent`));
    } else {
      s.value = a.field(quantityOf(n, 0, { unit: '%', unitCode: 'percent' }), k, end, `${L}.value.moved-percent`);
    }
    d.unread.splice(u, 1);
    const later = periodAfter(a, end, undefined);
    if (later?.id) s.period = a.field(later.id, later.from, later.to, `${L}.period.moved-percent`);
    // the start's own period: the one written between the two figures, never the end's
    let between: ReturnType<typeof periodFrom>;
    for (let j = f + 1; j < k && !between; j++) {
      const p = periodFrom(a, j, later?.id);
      if (p && p.to <= k) between = p;
    }
    if (between?.id) d.period = a.field(between.id, between.from, between.to, `${L}.period.moved-percent`);
    else if (d.period && tokenAt(a.tokens, d.period.span.start) > f) d.period = undefined;
    a.extend(s, k, end);
  }
}

/**
 * `Inflation decelerated to 2.8% in April 2025 (March: 3.4%)`, `GDP grew 6.8% in the first half
 * of 2024 (Q1: +5.66%; Q2: +6.93%)`, `… rose 6.1% YoY in October (September 2025: +5.3% YoY; 10M
 * 2024: +7.9% YoY)`: percentages labelled by a period inside a bracket after a statement's rate
 * were read into that statement (as its level, a second change, or `% of what?`). Each is the same
 * measure's rate for the labelled period — a statement of its own: a quarter or month with no year
 * is of the year of the span it breaks down (`Q1` of the first half of 2024 is 2024-Q1), or the
 * latest before a month or quarter statement; a label that cannot be dated gives no period. The
 * rate keeps the base written with it, else none. Constant work per figure.
 */
export function labelledParts(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    labelledValues(a, st, d);
    const whole = d.changes.find((c) => c.value.form === 'rate') ?? d.completion;
    if (!whole) continue;
    const plan = whole === d.completion ? d.completion : undefined;
    const own = d.period?.value ?? st.sentencePeriod?.id;
    const split = (
      k: number,
      fig: Extracted<ExtractedChange> | Extracted<StatedCompletion>,
      label: { id: string | undefined; open: number },
    ) => {
      const s: Draft = a.newDraft(st.span, label.open + 1);
      s.kind = { ...d.kind, rule: `${L}.kind.labelled-part` };
      if (d.name) s.name = { ...d.name, rule: `${L}.name.labelled-part` };
      if ('form' in fig.value && fig.value.form === 'of-plan') s.completion = fig as Extracted<StatedCompletion>;
      else s.changes.push(fig as Extracted<ExtractedChange>);
      if (label.id && label.id !== own) s.period = a.field(label.id, label.open + 1, k, `${L}.period.labelled-part`);
      a.extend(s, label.open + 1, tokenAt(a.tokens, fig.span.end));
      return s;
    };
    // a second change of the statement, labelled
    for (const c of plan ? [] : [...d.changes]) {
      if (c === whole) continue;
      const k = numberOf(a, c as Extracted<unknown>);
      const label = k === undefined ? undefined : bracketLabel(a, k, own);
      if (k === undefined || !label?.id || c.value.form !== 'rate') continue;
      d.changes.splice(d.changes.indexOf(c), 1);
      split(k, { ...c, rule: `${c.rule}+labelled-part` }, label);
    }
    // a level read into the statement, labelled
    const v = d.value;
    if (!plan && v && v.value.unitCode === 'percent' && !v.value.scale && v.span.start > whole.span.end) {
      const k = numberOf(a, v as Extracted<unknown>);
      const label = k === undefined ? undefined : bracketLabel(a, k, own);
      if (k !== undefined && label) {
        const change: ExtractedChange = {
          form: 'rate',
          amount: v.value.number,
          ...(ownBase(a, tokenAt(a.tokens, v.span.end))?.base
            ? { base: ownBase(a, tokenAt(a.tokens, v.span.end))?.base }
            : {}),
        };
        split(k, { ...v, value: change, rule: `${L}.change.labelled-part` }, label);
        d.value = undefined;
      }
    }
    // a percentage left unread (`% of what?`), labelled
    for (const u of [...d.unread]) {
      if (u.what !== 'completion' || u.reason !== 'percent-without-base' || u.span.start < whole.span.end) continue;
      const k = numberOf(a, u as unknown as Extracted<unknown>);
      const tok = k === undefined ? undefined : a.tokens[k];
      const label = k === undefined ? undefined : bracketLabel(a, k, own);
      if (k === undefined || !tok || !label) continue;
      const n = readNumber(tok.text, L);
      if ('error' in n) continue;
      const end = a.tokens[k + 1]?.text === '%' ? k + 2 : k + 1;
      const sign = a.tokens[k - 1]?.text === '-' ? -1 : 1;
      if (sign < 0) continue;
      d.unread.splice(d.unread.indexOf(u), 1);
      if (plan) {
        // (`đạt 91,8% dự toán (cùng kỳ năm trước đạt 87,1%)`: the same plan's completion of that period)
        const completion: StatedCompletion = { percent: n, form: 'of-plan', of: plan.value.of };
        split(k, a.field(completion, k, end, `${L}.completion.labelled-part`), label);
        continue;
      }
      const base = ownBase(a, end)?.base;
      const change: ExtractedChange = { form: 'rate', amount: n, ...(base ? { base } : {}) };
      split(k, a.field(change, k, end, `${L}.change.labelled-part`), label);
    }
  }
}

/**
 * `The economy expanded by 7.09% in the third quarter of 2024 (July +5.66%, August +6.93%, September
 * +7.4%)`, `GDP grew 6.42% in 2024, about half of the 2023 average growth (8.3 percent)`: a statement
 * named by a period alone (a month or quarter inside the span of the statement before it), or a
 * figure of `the <year> average`, is the same measure's figure for that period — never dated by
 * the statement before it. A bare percentage after a rate is that rate. Constant work per statement.
 */
export function periodNamedParts(a: SentenceContext, st: SentenceState): void {
  if (!a.g.genrePreviousLeads) return;
  const L = a.g.locale;
  const drafts = a.sentenceDrafts(st.span);
  let whole: Draft | undefined;
  for (const d of drafts) {
    const name = d.name;
    const from = name ? tokenAt(a.tokens, name.span.start) : 0;
    const to = name ? tokenAt(a.tokens, name.span.end) : 0;
    const p = name && whole ? periodOver(a, from, to, whole.period?.value) : undefined;
    const named = p !== undefined;
    const fig = (d.value ?? d.changes[0]) as Extracted<unknown> | undefined;
    const at = fig ? numberOf(a, fig) : undefined;
    const average = at !== undefined ? averageYear(a, at) : undefined;
    if (!whole || (!named && average === undefined) || d.period?.rule.includes('compared')) {
      if (!named) whole = d;
      continue;
    }
    const rate = whole.changes.find((c) => c.value.form === 'rate');
    if (!rate) continue;
    const id = average || p?.id;
    const v = d.value;
    if (v && (v.value.unitCode !== 'percent' || v.value.scale || d.changes.length > 0)) continue;
    if (v) {
      const change: ExtractedChange = {
        form: 'rate',
        amount: v.value.number,
        ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
      };
      // (an average with no year of its own: a compared figure, its period never the statement's before)
      const rule = average === '' ? `${L}.change.compared-previous-average` : `${L}.change.period-named-part`;
      d.changes.push({ ...v, value: change, rule });
      d.value = undefined;
    }
    if (whole.name) d.name = { ...whole.name, rule: `${L}.name.period-named-part` };
    if (id && at !== undefined) d.period = a.field(id, at, at + 1, `${L}.period.period-named-part`);
  }
}

/**
 * `the 2023 average growth (8.3 percent)`, `the 2022 average of 7%`, `the pre-pandemic average of
 * 7%`: an average named right before number token `at` — its year when one stands before
 * `average` (`''` when none does); undefined when there is no such average.
 */
function averageYear(a: SentenceContext, at: number): string | undefined {
  const t = a.tokens;
  for (let j = at - 1; j >= 0 && j >= at - 5; j--) {
    const x = t[j] as Token;
    if (x.kind === 'word' && x.forms.fold === 'average') return yearAt(t[j - 1]) ?? '';
    if (x.kind === 'number' || (x.kind === 'punct' && x.text !== '(' && x.text !== '-')) return undefined;
  }
  return undefined;
}

/**
 * `Khu vực Quảng Ngãi tăng 31,6% (từ 20,84 triệu tấn lên 27,43 triệu tấn)`, `… rose 12% (from 1.2
 * million tonnes to 1.35 million tonnes)`: a move in a bracket after a statement's change states
 * the two levels the change was measured between. Each is a figure of its own (the corpus
 * convention: the bracket's figures are their own facts), not the statement's value — read into
 * it, the level made the change look like another figure's. Constant work per statement.
 */
export function bracketedMoves(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    const before = d.previous;
    if (!v || !before || !v.rule.includes('from-to') || d.changes.length === 0 || d.completion) continue;
    const from = tokenAt(a.tokens, before.span.start);
    // the move opens the bracket: `( từ`, `( from`
    let open = from - 1;
    while (open > from - 5 && open >= 0 && a.tokens[open]?.kind === 'word') open--;
    if (a.tokens[open]?.text !== '(') continue;
    if (d.changes.some((c) => c.span.end > before.span.start)) continue;
    for (const [field, rule] of [
      [before, 'previous'],
      [v, 'current'],
    ] as const) {
      const s: Draft = a.newDraft(st.span, tokenAt(a.tokens, field.span.start));
      s.kind = { ...d.kind, rule: `${L}.kind.bracketed-move` };
      if (d.name) s.name = { ...d.name, rule: `${L}.name.bracketed-move` };
      s.value = { ...field, rule: `${field.rule}+bracketed-move-${rule}` };
      a.extend(s, tokenAt(a.tokens, field.span.start), tokenAt(a.tokens, field.span.end));
    }
    d.value = undefined;
    d.previous = undefined;
  }
}

/**
 * `Kim ngạch xuất khẩu quý III/2024 đạt 35,6 tỷ USD (quý II/2024 đạt 32,1 tỷ USD)`, `International
 * arrivals amounted to 12.7 million in 2024 (2023: 11.2 million)`: a second value in a bracket
 * labelled by a dated period was left unread (`a second value for the same statement`). It is the
 * same measure's value for that period — a statement of its own, of the first value's unit (or
 * none written). Constant work per unread value (its few tokens are read again on their own).
 */
function labelledValues(a: SentenceContext, st: SentenceState, d: Draft): void {
  const L = a.g.locale;
  const first = d.value;
  if (!first || first.value.unitCode === 'percent') return;
  const own = d.period?.value ?? st.sentencePeriod?.id;
  for (const u of [...d.unread]) {
    if (u.what !== 'value' || u.reason !== 'unrecognised-figure' || u.span.start < first.span.end) continue;
    const k = numberOf(a, u as unknown as Extracted<unknown>);
    const label = k === undefined ? undefined : bracketLabel(a, k, own);
    if (k === undefined || !label?.id || label.id === own) continue;
    const local = tokenize(u.span.text);
    const at = local.findIndex((t) => t.kind === 'number');
    const q = at < 0 ? null : readQuantity(u.span.text, local, at, a.g);
    if (!q?.quantity) continue;
    if (
      q.quantity.unitCode !== undefined
        ? q.quantity.unitCode !== first.value.unitCode
        : first.value.unitCode !== undefined
    )
      continue;
    // (the quantity's span in the text's own offsets)
    const shift = (x: number) => x + u.span.start;
    const value = a.quantity(q);
    const end = tokenAt(a.tokens, shift(local[q.to - 1]?.end ?? 0));
    const s: Draft = a.newDraft(st.span, label.open + 1);
    s.kind = { ...d.kind, rule: `${L}.kind.labelled-part` };
    if (d.name) s.name = { ...d.name, rule: `${L}.name.labelled-part` };
    s.value = a.field(value, k, Math.max(end, k + 1), `${L}.value.labelled-part`);
    s.period = a.field(label.id, label.open + 1, k, `${L}.period.labelled-part`);
    d.unread.splice(d.unread.indexOf(u), 1);
    a.extend(s, label.open + 1, Math.max(end, k + 1));
  }
}

/**
 * `đạt 91,8% kế hoạch …, cao hơn so với mức 87,1% của cùng kỳ năm 2023`: a completion another step
 * read as the compared one keeps the period written after it (`cùng kỳ năm 2023` of a ten-month
 * statement is 2023-YTD-10), never the sentence's. Constant work.
 */
function comparedCompletionPeriod(a: SentenceContext, st: SentenceState, prev: Draft, d: Draft): void {
  const c = d.completion;
  if (!c || !prev.completion || d.value || d.changes.length > 0) return;
  const at = numberOf(a, c as Extracted<unknown>);
  if (at === undefined || !ledAt(a, at)) return;
  const own = prev.period?.value ?? st.sentencePeriod?.id;
  const after = periodAfter(a, tokenAt(a.tokens, c.span.end), own);
  if (!after?.id || after.id === own || after.id === d.period?.value) return;
  d.period = a.field(after.id, after.from, after.to, `${a.g.locale}.period.compared-previous`);
}

/**
 * `Tốc độ tăng trưởng kinh tế giảm từ 8,55% năm 2023 xuống 7,12% năm 2024`: the end of a move read
 * as a statement of its own (named by its `xuống`/`lên`/`to`, a bare level of 7.12 %) is the same
 * measure's figure: a rate when the start was read as one, under the start's name. Constant work.
 */
function movedStatement(a: SentenceContext, prev: Draft, d: Draft): void {
  const v = d.value;
  if (v?.value.unitCode !== 'percent' || v.value.scale || d.changes.length > 0 || d.completion) return;
  if (d.kind.value !== prev.kind.value) return;
  const k = numberOf(a, v as Extracted<unknown>);
  if (k === undefined || !afterBareTo(a, k)) return;
  const start = prev.changes.find((c) => c.value.form === 'rate') ?? prev.value;
  if (!start || start.span.end > v.span.start) return;
  const f = numberOf(a, start as Extracted<unknown>);
  if (f === undefined || k - f > MOVE_GAP || !afterFrom(a, f)) return;
  const L = a.g.locale;
  if (prev.name) d.name = { ...prev.name, rule: `${L}.name.moved-percent` };
  if (start === prev.value) return;
  const rate = start as Draft['changes'][number];
  const base = ownBase(a, tokenAt(a.tokens, v.span.end))?.base ?? rate.value.base;
  const change: ExtractedChange = { form: 'rate', amount: v.value.number, ...(base ? { base } : {}) };
  d.changes.push({ ...v, value: change, rule: `${L}.change.moved-percent` });
  d.value = undefined;
}
