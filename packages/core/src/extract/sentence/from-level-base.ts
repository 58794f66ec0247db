import type { ComparisonBase } from '../../model/types';
import { isPeriodId, previousPeriod, samePeriodLastYear } from '../../period/period';
import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Extracted, Span } from '../types';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { perShareRestatementEnd } from './en-per-share';
import { tokenAt } from './token-at';

/**
 * The rule suffix of a change whose base is the year of `the same period in 2017` in a statement of
 * no period (`assemble.ts`, {@link fromLevelBases}, `reached-from-level.ts`): doubted
 * `same-period-year` (`certainty/doubts/same-period-year.ts`).
 */
export const SAME_PERIOD_YEAR = '+same-period-year';
/**
 * The rule suffix of a change whose base, a month named alone (`from June`), is read as the month before
 * in a statement that names no period of its own (`assemble.ts`): doubted `assumed-month-before`
 * (`certainty/doubts/assumed-month-before.ts`).
 */
export const MONTH_BEFORE_ASSUMED = '+month-before-assumed';
/**
 * The rule suffix of a change whose base is the time of an earlier level written between the value and
 * the change (`…, as compared to 464,440 tonnes in March 2020, marking an increase of 62.28 per cent`):
 * a base named before the change with its compare word, never the subject's (`certainty/doubts/comparison.ts`).
 */
export const COMPARED_BEFORE = '+compared-before';
/** How many tokens a bracketed abbreviation of the level's unit may hold (`(MT)`, `(TEUs)`). */
const ABBREVIATION = 2;

/** The rule of a change whose compared side is a level, no base (`rules/change-direction-after.ts`). */
const OPEN_SIDE = '.change.rate-direction-after-open';

/** How many words may follow the earlier level's number before its time (`31,623 [units]`, `4.1 [million tonnes]`; a participle of recording, `recorded`, is not counted — round 59). */
const LEVEL_WORDS = 3;

/**
 * `fell 26% to 23,458 units in October from 31,623 units a year earlier`, `rose 14 percent to 5,120
 * in May, compared with 4,491 a year ago`, `an increase of 3.6 per cent versus VND36 trillion in
 * the same period last year`, `up 5 percent against VND 11.4 trillion in 2022`: a rate of change
 * (or the level it reached, `to …`, with an optional unit and period), then the level it came from
 * (a compare word and a number — its currency may stand before it — with at most {@link
 * LEVEL_WORDS} words of unit), dated by a phrase of the comparison base (grammar `bases`: the same
 * period a year before, or the period before) or by a period with its year (`in 2022`, `in March
 * 2023`), after an optional link (`in`/`of`) — that is the change's base. A base the change names
 * itself is kept; a base lent by the sentence (`+sentence-base`, such as the `last year` inside
 * `of last year`) gives way. A level dated by a period without a year (`from 4,491 units in
 * April`) or a plan is no such base. Constant work per statement.
 */
export function fromLevelBases(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  for (const d of a.sentenceDrafts(st.span)) {
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    if (c?.value.form !== 'rate') continue;
    if (c.value.base !== undefined && !c.rule.includes('+sentence-base')) continue;
    // (the level the change came to: `rose 5% to X`, or `a 19% decline in finance costs to X`, whose
    // value opens with the `to` word)
    const v =
      d.value?.rule.includes('.value.change-to') ||
      (d.value && matchAt(a.tokens, tokenAt(a.tokens, d.value.span.start), a.g.toWords, st.sentence.to))
        ? d.value
        : undefined;
    // (`was 12 percent higher than $4.6 billion in 2018`: the change read the level it is compared
    // with as its open side — the level's time after it is the base; round 44)
    const open = c.rule.endsWith(OPEN_SIDE) && c.value.base === undefined;
    // (a rate that reached a percentage level: `rose to 6.7 percent from 7.1 percent a year earlier`)
    const percentLevel = d.value?.value.unitCode === 'percent';
    const afterChange = open ? null : baseAfter(a, st, tokenAt(a.tokens, c.span.end), percentLevel);
    const ahead = open
      ? levelTimeAfter(a, tokenAt(a.tokens, c.span.end), st.sentence.to, st.sentence.from)
      : (afterChange ?? (v ? baseAfter(a, st, tokenAt(a.tokens, v.span.end), percentLevel) : null));
    const behind = ahead ? null : comparedBeforeChange(a, st, d, c);
    const read = ahead ?? behind;
    if (!read) continue;
    // (`down by 0.6 percent when compared to N178.30 billion received in January` in a statement and
    // sentence of no period: the month named alone is taken as the month before, doubted)
    if (read.assumed && (d.period || st.sentencePeriod || periodBeside(a, st, read.span))) continue;
    // (`the same period of 2022` against the first nine months of 2023: that part of 2022)
    const own =
      d.period?.span.start !== undefined && d.period.span.start < read.span.start
        ? d.period.value
        : st.sentencePeriod?.id;
    const base = read.samePart && read.base.kind === 'period' && own ? samePartOf(read.base.period, own) : read.base;
    // (`from $224.3 million for the same period in 2009` in a statement of no period: the whole year
    // 2009 stands for a part of it — doubted `same-period-year`; round 43, it had been certain)
    const whole = read.samePart && !own ? SAME_PERIOD_YEAR : '';
    d.changes[0] = {
      ...c,
      value: { ...c.value, base, baseSpan: read.span },
      rule: `${c.rule.replace('+sentence-base', '')}+from-level-base${whole}${behind ? COMPARED_BEFORE : ''}${read.assumed ? MONTH_BEFORE_ASSUMED : ''}`,
    };
    // (`recorded an increase of 13.2 per cent as compared to 92,599 tonnes a year ago`: the statement's
    // only value is the earlier level after the change — it moves to a statement of its own; round 57,
    // the change had been that level's, certain)
    const value = d.value;
    if (
      read === afterChange &&
      comparedRightAfter(a, st, tokenAt(a.tokens, c.span.end)) &&
      value &&
      value.span.start >= c.span.end &&
      value.span.end <= read.span.start
    ) {
      const at = tokenAt(a.tokens, value.span.start);
      const e = a.newDraft(st.span, at);
      e.kind = { ...d.kind, rule: `${d.kind.rule}+earlier-level` };
      if (d.name) e.name = { ...d.name, rule: `${a.g.locale}.name.earlier-level` };
      e.value = { ...value, rule: `${value.rule}.earlier-reading` };
      const earlier = earlierPeriod(base, own);
      if (earlier)
        e.period = a.field(earlier, at, tokenAt(a.tokens, read.span.end), `${a.g.locale}.period.earlier-level`);
      a.extend(e, at, tokenAt(a.tokens, value.span.end));
      d.value = undefined;
    }
    // (the year of the base, `of 2022`, had dated the statement: it dates the base alone, and the
    // statement keeps the sentence's period)
    if (
      (read.samePart || open) &&
      d.period &&
      d.period.span.start >= read.span.start &&
      d.period.span.end <= read.span.end
    )
      d.period = undefined;
  }
}

/**
 * True when a compare word of a comparison proper opens right after the change ending at token `k`
 * (after a comma or not: `an increase of 13.2 per cent as compared to`, `, versus`): not `from`
 * (the level a move started at) nor a bound (`to over 1.5 billion`).
 */
function comparedRightAfter(a: SentenceContext, st: SentenceState, k: number): boolean {
  const j = a.tokens[k]?.text === ',' ? k + 1 : k;
  return (
    matchAt(a.tokens, j, a.g.compareWords, st.sentence.to) !== null &&
    matchAt(a.tokens, j, a.g.fromWords, st.sentence.to) === null &&
    matchAt(a.tokens, j, a.g.approximate, st.sentence.to) === null
  );
}

/** The base an earlier level's time gives (`samePart`: the same part of a named year; `assumed`: a month named alone taken as the month before). */
interface BaseAfter {
  readonly base: ComparisonBase;
  readonly span: Span;
  readonly samePart?: true;
  readonly assumed?: true;
}

/** How many tokens may stand between a value and the compare word of its earlier level (`tonnes were dispatched to local markets, as compared to`). */
const COMPARED_REACH = 8;

/**
 * `753,704 tonnes were dispatched to local markets, as compared to 464,440 tonnes in March 2020,
 * marking an increase of 62.28 per cent`: a rate written AFTER the value and the earlier level it
 * is compared with (a compare word within {@link COMPARED_REACH} tokens after the value, its level
 * dated as {@link baseAfter} reads it, ending before the rate) takes that level's time as its base.
 * Constant work per statement.
 */
function comparedBeforeChange(
  a: SentenceContext,
  st: SentenceState,
  d: { readonly value?: Extracted<unknown> | undefined },
  c: { readonly span: Span },
): BaseAfter | null {
  if (!d.value || d.value.span.end > c.span.start) return null;
  // (`increased to 161.2 million from 150.4 million a year earlier, up by 7.18%`: a level reached, its
  // earlier level read by `reached-from-level.ts`)
  const n = numberOf(a, d.value);
  if (n === undefined || phraseEndingAt(a.tokens, n, a.g.toWords, 3) >= 0) return null;
  const from = tokenAt(a.tokens, d.value.span.end);
  const to = Math.min(tokenAt(a.tokens, c.span.start), from + COMPARED_REACH);
  for (let j = from; j < to; j++) {
    const t = a.tokens[j];
    if (t?.kind === 'punct' && (t.text === '.' || t.text === ';')) return null;
    if (!matchAt(a.tokens, j, a.g.compareWords, st.sentence.to)) continue;
    const read = baseAfter(a, st, j, false);
    return read && read.span.end <= c.span.start ? read : null;
  }
  return null;
}

/** The periods each sentence names, counted once (see {@link periodBeside}). */
const PERIOD_COUNTS = new WeakMap<SentenceState, number>();

/** How many period phrases start in tokens `[from, to)`. */
function periodsIn(a: SentenceContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const p = matchPeriod(a.tokens, k, a.g.locale);
    if (p) {
      n++;
      k = Math.max(k, p.to - 1);
    }
  }
  return n;
}

/**
 * True when the sentence names a period outside `span` (`from £23.8 billion in April to £25.7 billion
 * in May`: the month the statement reached): more periods in the sentence than in the span. The
 * sentence's are counted once; each call looks at its span only, so a sentence of many assumed bases
 * stays linear.
 */
function periodBeside(a: SentenceContext, st: SentenceState, span: Span): boolean {
  let all = PERIOD_COUNTS.get(st);
  if (all === undefined) {
    all = periodsIn(a, st.sentence.from, st.sentence.to);
    PERIOD_COUNTS.set(st, all);
  }
  return all > periodsIn(a, tokenAt(a.tokens, span.start), tokenAt(a.tokens, span.end));
}

/** The base of the earlier level written from token `j` on (see {@link fromLevelBases}), or null. */
function baseAfter(a: SentenceContext, st: SentenceState, from: number, percentLevel: boolean): BaseAfter | null {
  const end = st.sentence.to;
  let j = from;
  // (`jumped 48.5 percent to P9.65 billion, compared to P6.50 billion in the same period last year`:
  // a comma before the compare word)
  if (a.tokens[j]?.text === ',' && matchAt(a.tokens, j + 1, a.g.compareWords, end)) j++;
  if (j >= end) return null;
  // (at most LEVEL_WORDS words of a unit the value did not read — `98.2 million [square metres]`
  // — then the period of the level reached, with its link: `in May`, `in the first ten months of 2023`)
  let compare = matchAt(a.tokens, j, a.g.compareWords, end);
  for (let n = 0; n < LEVEL_WORDS && !compare; n++) {
    // (`227.12 million metric tons (MT) from last year’s …`: the unit's abbreviation in brackets)
    // (`to A$29m (US$19m) in the June quarter from …`: or the level restated in another currency; round 57)
    if (a.tokens[j]?.text === '(') {
      const close = closeAfter(a, j, end);
      if (close < 0 || (close > j + ABBREVIATION && !numberIn(a, j, close))) return null;
      j = close + 1;
      compare = matchAt(a.tokens, j, a.g.compareWords, end);
      continue;
    }
    const linked = a.g.samePeriodYearLinks.has(a.tokens[j]?.forms.fold ?? '');
    const period = matchPeriod(a.tokens, j, a.g.locale) ?? (linked ? matchPeriod(a.tokens, j + 1, a.g.locale) : null);
    // (`to RM173.22 million in 1QFY2023, from RM161.77 million a year earlier`: a fiscal period, glued)
    const fiscal = linked ? fiscalEnd(a, j + 1, end) : -1;
    if (period) j = period.to;
    else if (fiscal > 0) j = fiscal;
    else if (a.tokens[j]?.kind === 'word' && !linked) j++;
    else return null;
    if (a.tokens[j]?.text === ',') j++;
    compare = matchAt(a.tokens, j, a.g.compareWords, end);
  }
  if (!compare) return null;
  j = compare.to;
  // (`compared with last year’s 2.52 million TEUs`, `from the previous year's $756 million`: a
  // possessive base before the earlier level, its number right after)
  const possessive = a.g.levelBasePossessives ? matchAt(a.tokens, j, a.g.levelBasePossessives, end) : null;
  if (possessive) {
    const at = matchAt(a.tokens, possessive.to, a.g.currencyBefore, end)?.to ?? possessive.to;
    return a.tokens[at]?.kind === 'number'
      ? { base: possessive.phrase.data, span: a.span(possessive.from, possessive.to) }
      : null;
  }
  // (`a decrease of 2.2 per cent against the 2.06 million TEU handled in June of last year`: the article
  // before the earlier level; round 55)
  // (`from the N1.67 trillion distributed in January 2024`: or before its currency; round 56)
  if (
    a.g.definiteArticles.has(a.tokens[j]?.forms.fold ?? '') &&
    a.tokens[matchAt(a.tokens, j + 1, a.g.currencyBefore, end)?.to ?? j + 1]?.kind === 'number'
  )
    j++;
  // (`versus VND36 trillion`: the currency before the number)
  const currency = matchAt(a.tokens, j, a.g.currencyBefore, end);
  if (currency) j = currency.to;
  // (`rose 12.3% to 6.2 million tonnes from 2023 in 2024`: a year after the compare word is the
  // base itself, no earlier level)
  const level = a.tokens[j];
  if (level?.kind !== 'number' || (!currency && /^(19|20)\d\d$/u.test(level.text))) return null;
  // (`grew by 5.6 percent in the third quarter, compared to 4.3 percent in the previous quarter`: a
  // percentage compared with a rate that reached no percentage level is the earlier period's rate,
  // not the level the change came from — no base of the change; round 48)
  if (!currency && matchAt(a.tokens, j + 1, a.g.percentWords, end) !== null && !percentLevel) return null;
  return levelTimeAfter(a, j + 1, end, st.sentence.from, true);
}

/**
 * The base dating an earlier level whose number ends before token `from`: at most {@link
 * LEVEL_WORDS} words of its unit (or its restatement in brackets), then its period with its link.
 */
function levelTimeAfter(a: SentenceContext, from: number, end: number, start = from, assume = false): BaseAfter | null {
  let j = from;
  let participle = false;
  for (let n = 0; n <= LEVEL_WORDS && j < end; n++) {
    // (`in 2022`, `in March 2023`: a period with its year, after its link; one with no year is no base)
    const time = levelTimeAt(a, j, a.g.samePeriodYearLinks, end);
    if (time && 'base' in time) return time;
    // (`increased 3.82 percent to 1.319 million tonnes from 1.270 million tonnes in July` after `in
    // August`: a month with no year right before the month the sentence states is the period before;
    // round 49)
    // A month named alone with no month before it, after a compare word and an earlier level: the month
    // before, assumed (`assume`; the caller keeps it only in a statement and sentence of no period).
    if (time) {
      // (`to 104,797 tonnes in the third quarter of 2024 as compared to 76,814 tonnes in the second
      // quarter`: a quarter with no year right after the quarter the sentence states is the period
      // before; round 57)
      if (time.quarter !== undefined)
        return partBefore(a, start, from, 'quarter', time.quarter) ? previousMonth(time) : null;
      if (time.month === undefined) return null;
      if (monthBefore(a, start, from, time.month)) return previousMonth(time);
      return assume ? { ...previousMonth(time), assumed: true } : null;
    }
    // (`from $1.131 billion, or $1.27 per share, a year earlier`: the level restated per share; round 55)
    const perShare = perShareRestatementEnd(a, j, end);
    if (perShare > 0) {
      j = perShare;
      continue;
    }
    // (`VND36 trillion ($1.52 billion) in the same period last year`: the level restated in brackets)
    if (a.tokens[j]?.text === '(') {
      const close = closeAfter(a, j, end);
      if (close < 0) return null;
      j = close + 1;
      continue;
    }
    if (a.tokens[j]?.kind !== 'word') return null;
    // (`the 37,399 visitor arrivals recorded for the same period last year`: one participle of recording
    // is no word of the unit — not counted)
    if (!participle && a.g.baseStandIns.participles.has(a.tokens[j]?.forms.fold ?? '')) {
      participle = true;
      n--;
    }
    j++;
  }
  return null;
}

/** How many tokens back from the earlier level the statement's own month may be written (`in August`, `in August 2023`). */
const MONTH_REACH = 24;

/**
 * True when the last month named between tokens `start` and `to` (at most {@link MONTH_REACH} tokens
 * back; a month with no year, `in August`, or with one, `in August 2023`) is the month after `month`
 * (1–12; December before January).
 */
function monthBefore(a: SentenceContext, start: number, to: number, month: number): boolean {
  return partBefore(a, start, to, 'month', month);
}

/** How many parts of each kind a year holds. */
const PARTS = { month: 12, quarter: 4 } as const;
/** A period id's part of each kind (`2024-07`, `2024-Q3`). */
const PART_ID = { month: /^\d{4}-(\d\d)$/u, quarter: /^\d{4}-Q(\d)$/u } as const;

/**
 * True when the last part of kind `kind` named between tokens `start` and `to` (at most {@link
 * MONTH_REACH} tokens back; with no year, `in August`, `in the third quarter`, or with one) is the part
 * after `index` (the last of the year before the first).
 */
function partBefore(a: SentenceContext, start: number, to: number, kind: 'month' | 'quarter', index: number): boolean {
  let last: number | undefined;
  for (let k = Math.max(start, to - MONTH_REACH); k < to; k++) {
    const p = matchPeriod(a.tokens, k, a.g.locale);
    if (!p || p.to > to) continue;
    const named = p.partial?.kind === kind ? p.partial.index : PART_ID[kind].exec(p.id ?? '')?.[1];
    if (named !== undefined) last = Number(named);
  }
  return last !== undefined && last === (index === PARTS[kind] ? 1 : index + 1);
}

/** The base of an earlier level dated by the month before the statement's: the period before. */
function previousMonth(time: { readonly span: Span }): { base: ComparisonBase; span: Span } {
  return { base: { kind: 'previous-period' }, span: time.span };
}

/** What dates an earlier level at a token: a comparison base, or a period of its own (`own`: no year to make it a base; `month`, 1–12, when it is a month; `quarter`, 1–4, when it is a quarter). */
export type LevelTime =
  | { readonly base: ComparisonBase; readonly span: Span; readonly samePart?: true }
  | {
      readonly own: true;
      readonly span: Span;
      readonly month?: number | undefined;
      readonly quarter?: number | undefined;
    };

/**
 * At token `j`, past an optional link of `links` (`in`, `for`): a base phrase of the same period a
 * year before or the period before (`a year earlier`, `in the corresponding quarter`), or a period
 * phrase after the link — a base when it writes its year (`in 2022`), else the level's own time with
 * no base (`in July`). Null when neither stands there. Shared by the two readers of an earlier
 * level's time ({@link fromLevelBases}, `reached-from-level.ts`).
 */
export function levelTimeAt(a: SentenceContext, j: number, links: ReadonlySet<string>, end: number): LevelTime | null {
  const link = links.has(a.tokens[j]?.forms.fold ?? '') ? j + 1 : j;
  const m = matchAt(a.tokens, link, a.g.bases, end);
  const kind = m?.phrase.data.kind;
  if (m && (kind === 'same-period-last-year' || kind === 'previous-period')) {
    // (`in the same period of 2022`: the year after the same period names the base, that period of
    // 2022 — read with the level's base, never left to date the statement)
    const year = kind === 'same-period-last-year' ? namedYearAfter(a, m.to, end) : null;
    if (year) return { base: { kind: 'period', period: year.id }, span: a.span(m.from, year.to), samePart: true };
    return { base: { kind }, span: a.span(m.from, m.to) };
  }
  if (link === j) return null;
  const p = matchPeriod(a.tokens, j, a.g.locale) ?? matchPeriod(a.tokens, link, a.g.locale);
  if (!p) return null;
  return p.id && isPeriodId(p.id) && p.to <= end
    ? { base: { kind: 'period', period: p.id }, span: a.span(p.from, p.to) }
    : {
        own: true,
        span: a.span(p.from, p.to),
        month: p.partial?.kind === 'month' ? p.partial.index : undefined,
        quarter: p.partial?.kind === 'quarter' && p.relative === undefined ? p.partial.index : undefined,
      };
}

/** The part of the year `year` that `own` is of its year (`2022` and `2023-YTD-09` → `2022-YTD-09`); the year itself when `own` is a whole year. */
export function samePartOf(year: string, own: string): ComparisonBase {
  const id = /^\d{4}-/u.test(own) ? `${year}${own.slice(4)}` : year;
  return { kind: 'period', period: isPeriodId(id) ? id : year };
}

/** A bare year after a link (`of 2022`, `in 2022`) at token `k`: its id and the token after it, or null. */
function namedYearAfter(a: SentenceContext, k: number, end: number): { id: string; to: number } | null {
  if (!a.g.samePeriodYearLinks.has(a.tokens[k]?.forms.fold ?? '')) return null;
  const p = matchPeriod(a.tokens, k, a.g.locale) ?? matchPeriod(a.tokens, k + 1, a.g.locale);
  return p?.id && /^\d{4}$/u.test(p.id) && p.to <= end ? { id: p.id, to: p.to } : null;
}

/** True when a number stands between tokens `open` and `close` (a bracket of at most {@link BRACKET} tokens). */
function numberIn(a: SentenceContext, open: number, close: number): boolean {
  for (let k = open + 1; k < close; k++) if (a.tokens[k]?.kind === 'number') return true;
  return false;
}

/** How many tokens a bracket restating the earlier level may hold. */
const BRACKET = 8;

/** The `)` closing the bracket opened at token `open` within {@link BRACKET} tokens, or -1. */
function closeAfter(a: SentenceContext, open: number, end: number): number {
  for (let k = open + 1; k < Math.min(end, open + BRACKET + 1); k++) {
    const t = a.tokens[k]?.text;
    if (t === ')') return k;
    if (t === '(') return -1;
  }
  return -1;
}

/** How many glued tokens a fiscal chunk may hold (`1` `QFY` `2023`). */
const FISCAL_TOKENS = 3;

/** The index after a fiscal chunk starting at token `from` (grammar `fiscalChunk`: `1QFY2023`), or -1. */
function fiscalEnd(a: SentenceContext, from: number, end: number): number {
  const fiscal = a.g.fiscalChunk;
  if (!fiscal) return -1;
  let text = '';
  for (let k = from; k < Math.min(end, from + FISCAL_TOKENS); k++) {
    const t = a.tokens[k];
    if (!t || (k > from && a.tokens[k - 1]?.end !== t.start)) break;
    text += t.text;
    const next = a.tokens[k + 1];
    if (fiscal.test(text) && (next?.start !== t.end || next.kind === 'punct')) return k + 1;
  }
  return -1;
}

/**
 * The period of the earlier level by its base: a named period as written, or the statement's own
 * period moved back by the base (`in the same period last year` of 2023-H1: 2022-H1; `the previous
 * quarter` of 2024-Q3: 2024-Q2). Undefined when the statement has no period to move.
 */
export function earlierPeriod(base: ComparisonBase, own: string | undefined): string | undefined {
  if (base.kind === 'period') return base.period;
  if (!own || !isPeriodId(own)) return undefined;
  if (base.kind === 'same-period-last-year') return samePeriodLastYear(own).id;
  if (base.kind === 'previous-period') return previousPeriod(own).id;
  return undefined;
}
