import { isPeriodId, parsePeriod } from '../../period/period';
import { currencyOf } from '../currency-of';
import { fold } from '../fold';
import type { Grammar } from '../grammar';
import { completePeriod, matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt, type Phrase, phraseEndingAt } from '../phrase';
import { RUNNING_PART } from '../sentence/figureless';
import { LATER_CLAUSE_PERIOD } from '../sentence/later-period';
import { LENT_RATE_PERIOD } from '../sentence/vi-rate-period';
import type { Token } from '../tokenize';
import type { Extracted, Statement } from '../types';
import { tableValue } from '../word-table';
import { currencyStart, endsRightAt, SENTENCE_ENDS, YEAR_DASHES, yearSpanAt } from './helpers';
import { doubt } from './messages';
import type { TokenIndex } from './token-index';

/**
 * `in the last five months of 2020`, `hai quý đầu năm 2021`: a whole year read right after words
 * of a part of a year (a month, quarter or half word, `first`/`last`, `đầu`/`cuối`) in its
 * clause, which the period reader did not take in: the year may be the end of an unread shorter
 * period. Looks at most four tokens back. A part word that makes a noun with the word after it
 * or before it (`vốn đầu tư năm 2024`, `thu nhập bình quân đầu người năm 2024`, `Phấn đấu năm 2025`:
 * grammar `partWordNouns`) is no part of a year.
 */
function partOfYearBefore(ix: TokenIndex, g: Grammar, at: number, period: unknown): boolean {
  if (typeof period !== 'string' || !/^\d{4}$/u.test(period)) return false;
  const K = g.periodWords.keys;
  const part = (f: string): boolean =>
    K.month.has(f) || K.quarter.has(f) || K.half.has(f) || K.opening.has(f) || K.closing.has(f);
  for (let i = at - 1; i >= 0 && i >= at - 4 && i >= ix.clauseOf(at); i--) {
    const t = ix.tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const f = t.forms.fold;
    const before = ix.tokens[i - 1]?.forms.fold ?? '';
    if (K.partWordNouns.has(`${f} ${ix.tokens[i + 1]?.forms.fold ?? ''}`) || K.partWordNouns.has(`${before} ${f}`))
      continue;
    if (part(f) || (g.locale === 'en' && f.endsWith('s') && part(f.slice(0, -1)))) return true;
    // (`the EAF for week 52 of 2023`: a week of the year, grammar `weekWords`; round 66 — it had been the year)
    if (g.weekWords?.has(f) === true) return true;
    // (`reached the midway point of 2012`, `by mid-2024`: the middle of the year; round 68)
    if (g.midYearWords?.has(f) === true) return true;
    if (g.locale === 'en' && Object.hasOwn(g.periodWords.ordinals, f)) return true;
  }
  return false;
}

/**
 * `9 tháng (từ tháng 1 đến tháng 9/2023)`, `from January to May 2024`: a single month read right
 * after the `to` word of a range whose `from` word opens earlier in its clause is the range's end,
 * and one read right between `from` and `to` is its start: not the statement's period (the figure
 * is for the whole span). Looks at most eight tokens back.
 */
/** True when a month period at token `at` follows a period noun and a range word (`the year to June 2024`, `the month to`). */
function yearToMonth(ix: TokenIndex, g: Grammar, at: number, period: unknown): boolean {
  if (typeof period !== 'string' || !/^\d{4}-\d{2}$/u.test(period) || !g.periodNouns) return false;
  // (`In the 12 months ending in January 2007`, `the eleven months ending in May 2019`: `in` after the word
  // of ending; round 65 — it had been the month, certain)
  const inAfter = at > 1 && g.spanPrepositions?.has(ix.tokens[at - 1]?.forms.fold ?? '') === true;
  const end = inAfter ? at - 1 : dayOrPartBefore(ix.tokens, g, at);
  const to = ix.tokens[end - 1];
  // (`in the year ending March 2023`: a year ended at a month is the twelve months to it too; round 52)
  const ended = to?.kind === 'word' && g.yearEndedWords?.has(to.forms.lower) === true;
  if (to?.kind !== 'word' || !(g.rangeToWords.has(to.forms.lower) || ended) || (inAfter && !ended)) return false;
  return matchAt(ix.tokens, end - 2, g.periodNouns, end - 1) !== null;
}

/** A day's number before a month's name (`30 June`, the `30` of `30th June`). */
const DAY = /^(?:[1-9]|[12]\d|3[01])$/u;

/**
 * The token where a month's period at `at` really opens: before a day (`for the period ending 30th June
 * 2021`) or a part of the month glued by a hyphen (`ended mid-July 2018`, grammar `monthPartPrefixes`) —
 * the word of ending stands before those (round 66: the month had been certain). Constant time.
 */
function dayOrPartBefore(t: readonly Token[], g: Grammar, at: number): number {
  const prev = t[at - 1];
  if (prev?.kind === 'number' && DAY.test(prev.text)) return at - 1;
  // (`30th`: the number and its ordinal's letters, two tokens — grammar `ordinalSuffixes`)
  const day = t[at - 2];
  if (prev?.gap === '' && day?.kind === 'number' && DAY.test(day.text) && matchAt(t, at - 1, g.ordinalSuffixes, at))
    return at - 2;
  const part = t[at - 2];
  if (
    prev?.kind === 'punct' &&
    prev.text === '-' &&
    prev.gap === '' &&
    g.monthPartPrefixes?.has(part?.forms.fold ?? '')
  )
    return at - 2;
  return at;
}

function rangeSideMonth(ix: TokenIndex, g: Grammar, at: number, end: number, period: unknown): boolean {
  if (typeof period !== 'string' || !/^\d{4}-\d{2}$/u.test(period)) return false;
  const isTo = (x: Token | undefined): boolean => x?.kind === 'word' && g.rangeToWords.has(x.forms.lower);
  // (`từ tháng 2 đến tháng 5/2023` read as `tháng 2`: the range's start, right after `from`.)
  const before = at - 1;
  if (before >= 0 && matchAt(ix.tokens, before, g.fromWords, at)?.to === at && isTo(ix.tokens[ix.from(end)]))
    return true;
  // (`between January 2019 and December 2020`: the span's start, after its opener and before its join; round 62)
  const opener = g.spanRangeOpen ? tableValue(g.spanRangeOpen, ix.tokens[before]?.forms.fold ?? '') : undefined;
  if (opener?.has(ix.tokens[ix.from(end)]?.forms.fold ?? '') && ix.tokens[before]?.kind === 'word') return true;
  // (`rose 4.5% between March and June 2024`: the end of a span of months that is no quarter, half or
  // year to date — `rules/en-period-spans.ts` reads those, `sentence/between-periods.ts` two adjacent
  // months — is no period of the figure; round 54)
  const opening = ix.tokens[at - 2];
  const openingMonth = opening?.kind === 'word' && Object.hasOwn(g.periodWords.monthNames, opening.forms.lower);
  const join = ix.tokens[at - 1];
  const open = g.spanRangeOpen ? tableValue(g.spanRangeOpen, ix.tokens[at - 3]?.forms.fold ?? '') : undefined;
  if (openingMonth && open?.has(join?.forms.fold ?? '')) return true;
  // (`between 1997 and December 2020`, `between July 2022 and June 2025`: a span opened by a year, or a
  // month with its year — its end month is no period of the figure; round 62, it had been certain)
  if (g.spanRangeOpen && yearOrMonthSpanOpen(ix, g, g.spanRangeOpen, at - 2, join)) return true;
  if (!isTo(join)) return false;
  // (`for March to May 2023`, no `from` before it: a month's name before `to` opens the range; round 46)
  if (openingMonth) return true;
  for (let i = at - 2; i >= 0 && i >= at - 9 && i >= ix.clauseOf(at); i--)
    if (matchAt(ix.tokens, i, g.fromWords, at - 1)) return true;
  return false;
}

/** How many tokens may stand between `since` and the period that dates its start (`the launch of the … (Urban) in`). */
const SINCE_REACH = 12;

/**
 * `has disbursed a total of N798.09 billion … since its inception in November 2015`, `Since the launch
 * of the scheme in 2015, a total 1.22 crore houses have been sanctioned so far`: a period after `since`
 * (grammar `periodStartLeads`) and the words naming what started then is the start of a running total,
 * not its period (round 62: it had been certain). Words and brackets only between; `since the beginning
 * of 2020` is within its year.
 */
function sinceStart(ix: TokenIndex, g: Grammar, at: number): boolean {
  const leads = g.periodStartLeads;
  if (!leads) return false;
  for (let b = at - 1; b >= 0 && b >= at - SINCE_REACH; b--) {
    const x = ix.tokens[b] as Token;
    if (x.kind === 'word' && leads.within.has(x.forms.fold)) return false;
    if (x.kind === 'word' && leads.leads.has(x.forms.fold)) return true;
    if (x.kind === 'number' || (x.kind === 'punct' && x.text !== '(' && x.text !== ')')) return false;
  }
  return false;
}

/** How many tokens a span's opening period may hold before its join (`July 2022`). */
const SPAN_OPEN_WORDS = 3;

/**
 * True when, from token `last` back, a year or a month with its year (`1997`, `July 2022`) follows an
 * opener of a span (grammar `spanRangeOpen`: `between`) that takes the join `join` (`and`).
 */
function yearOrMonthSpanOpen(
  ix: TokenIndex,
  g: Grammar,
  spans: NonNullable<Grammar['spanRangeOpen']>,
  last: number,
  join: Token | undefined,
): boolean {
  if (join?.kind !== 'word' || !/^(19|20)\d\d$/u.test(ix.tokens[last]?.text ?? '')) return false;
  for (let i = last - 1; i >= 0 && i >= last - SPAN_OPEN_WORDS; i--) {
    const x = ix.tokens[i] as Token;
    if (x.kind !== 'word') return false;
    if (tableValue(spans, x.forms.fold)?.has(join.forms.fold)) return true;
    if (!Object.hasOwn(g.periodWords.monthNames, x.forms.lower)) return false;
  }
  return false;
}

/**
 * `the 3.72-percent growth observed in the same period of 2023`, `cùng kỳ năm 2023`: a year read
 * right after `the same period of` names the same PART of that year as another figure's period,
 * not the whole year. Looks at most six tokens back.
 */
function samePeriodYear(ix: TokenIndex, g: Grammar, at: number, period: unknown): boolean {
  if (typeof period !== 'string' || !/^\d{4}$/u.test(period)) return false;
  // (the period's span may open with its link word: `of 2023`)
  const isLink = (i: number): boolean => g.samePeriodYearLinks.has(fold(ix.tokens[i]?.text ?? ''));
  const l = isLink(at) ? at : at - 1;
  if (!isLink(l)) return false;
  for (let b = l - 1; b >= 0 && b >= l - 6; b--) {
    // (never back across a sentence's end: `… so với cùng kỳ. Năm 2024, tỷ lệ …` is the next
    // sentence's own year; a comma or a bracket between them leaves it open: `cùng kỳ (năm 2023)`)
    const x = ix.tokens[b] as Token;
    if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) break;
    const base = matchAt(ix.tokens, b, g.bases, l);
    if (base?.phrase.data?.kind !== 'same-period-last-year') continue;
    // (`rose 5% from a year earlier in 2024`: a base that names its year already leaves the year
    // after it to the statement, as `readBase` reads it)
    let named = false;
    for (let j = b; j < base.to && !named; j++) named = g.baseYearWords.has(ix.tokens[j]?.forms.fold ?? '');
    if (!named) return true;
  }
  return false;
}

/** How many tokens between a statement's name and its first figure are read for a span of its own. */
const OWN_SPAN_REACH = 12;

/**
 * `…, accumulated consumption in the first 5 months is 13.228 billion kWh`: a span of months named
 * between the statement's name and its first figure (the name ends before it) is the statement's
 * own, so a period taken from the statement before (`May 2022`) is not certain (round 20).
 */
function ownSpanBeforeFigure(
  ix: TokenIndex,
  g: Grammar,
  s: Statement,
  figures: readonly (Extracted<unknown> | undefined)[],
): boolean {
  if (!s.name) return false;
  const from = ix.from(s.name.span.end);
  if (from === undefined) return false;
  let end = Number.POSITIVE_INFINITY;
  for (const f of figures) if (f !== undefined && f.span.start < end) end = f.span.start;
  let text = '';
  for (let i = from; i < ix.tokens.length && i < from + OWN_SPAN_REACH; i++) {
    const t = ix.tokens[i] as Token;
    if (t.start >= end) break;
    text += `${t.gap}${t.text}`;
  }
  return g.ownSpan?.test(text) === true;
}

/**
 * `grew 7.5% YoY in May (May 2023: +3.1% YoY)`, `rose 9% (cùng kỳ 2023: 6%)`: the period was read
 * inside a bracket that opens after a figure of the statement outside it — the bracket dates the
 * remark's figure (last year's), not the statement's, which then states no period (round 18:
 * doubting it left last year's period on this year's figure). A bracket right after the name
 * (`Retail sales (10M 2024) rose 8%`) opens before every figure and keeps its period.
 */
function bracketAfterFigure(
  ix: TokenIndex,
  at: number,
  figures: readonly ({ span: { start: number } } | undefined)[],
): boolean {
  const d = ix.depthAt(at);
  if (d === 0) return false;
  const opener = ix.bracketOf(at);
  if (opener < 0) return false;
  const open = (ix.tokens[opener] as Token).start;
  return figures.some((f) => {
    if (f === undefined || f.span.start >= open) return false;
    const k = ix.at(f.span.start);
    return k !== undefined && ix.depthAt(k) < d;
  });
}

/**
 * `Exports rose 50% in 2016-2020`, `In 2021-2025, the province attracted …`, `in 2023-24`: a whole
 * year read right before a dash and another year (four digits, or the two of `2023-24`) is the
 * first year of a span of years, not the statement's period (round 21: `2016` was shown certain;
 * the span itself is read where the reader knows it, `the 2016–2020 period`, `giai đoạn 2016-2020`).
 */
function yearRangeStart(ix: TokenIndex, p: Extracted<unknown>): boolean {
  if (typeof p.value !== 'string' || !/^\d{4}$/u.test(p.value)) return false;
  const j = ix.from(p.span.end);
  return j !== undefined && yearSpanAt(ix.tokens, j);
}

/**
 * `collected Shs 22.4 trillion in 2021/2022`, `the first quarter of 2019/20 financial year`, `the
 * first half of 2023-24`: a period whose year is written with the next year after a slash (or, for
 * a part of the year, a dash) is of a fiscal year that runs across the two calendar years (July to
 * June in East Africa, South Asia and Australia; a crop or school year): read in the first calendar
 * year, which it only overlaps (round 43: `2021-Q1` was shown certain for the fiscal first quarter,
 * July to September 2021). A whole year before a dash is {@link yearRangeStart}'s. A span of two
 * following years beside a word of a fiscal year (`the 2019-2020 fiscal year`) is one fiscal year.
 */
function fiscalYearAt(ix: TokenIndex, g: Grammar, p: Extracted<unknown>): boolean {
  if (typeof p.value !== 'string') return false;
  // (`It handled 30.04 lakh TEUs in FY20 and 28.08 lakh TEUs in FY19`: a fiscal year by its label, read as the
  // calendar year of its number, which it only overlaps — July to June, April to March; round 68, probe of ports)
  if (p.rule.startsWith('en.period.genre-fiscal-year')) return true;
  const span = /^(\d{4})\/(\d{4})$/u.exec(p.value);
  if (span) return Number(span[2]) === Number(span[1]) + 1 && fiscalWordNear(ix, g, p);
  const j = ix.from(p.span.end);
  if (j === undefined || j === 0) return false;
  const year = ix.tokens[j - 1];
  const sep = ix.tokens[j];
  const next = ix.tokens[j + 1];
  if (year?.kind !== 'number' || !YEAR_NUMBER.test(year.text) || !p.value.startsWith(year.text)) return false;
  if (sep?.kind !== 'punct' || sep.gap !== '' || next?.kind !== 'number' || next.gap !== '') return false;
  const slash = sep.text === '/';
  if (!slash && (!YEAR_DASHES.has(sep.text) || /^\d{4}$/u.test(p.value))) return false;
  const following = Number(year.text) + 1;
  return next.text === String(following) || next.text === String(following).slice(-2);
}

/** How many tokens before or after a span of years a word of a fiscal year may stand. */
const FISCAL_WORD_REACH = 4;

/** A part of a year: a month, a quarter, a half or the months to date. */
const PART_OF_YEAR = /^\d{4}-(?:\d{2}|Q[1-4]|H[12]|YTD-\d{2})$/u;

/**
 * `During the first quarter of fiscal year 2019-20, …`, `in the first nine months of coffee year
 * 2019/20`, `the first eight months of fiscal year 2023`: a part of a year whose words go on into a
 * fiscal, coffee or marketing year (grammar `fiscalYearWords`) within a few words, no punctuation but
 * brackets between — the part of a year that does not start in January, not the calendar's part
 * (round 64: they had been certain `2019-Q1`, `2019-YTD-09`, `2023-YTD-08`).
 */
function fiscalPartAfter(ix: TokenIndex, g: Grammar, p: Extracted<unknown>): boolean {
  const words = g.fiscalYearWords;
  const to = ix.from(p.span.end);
  if (!words || typeof p.value !== 'string' || !PART_OF_YEAR.test(p.value) || to === undefined) return false;
  return fiscalWordAfter(ix, words, to);
}

/**
 * A word of a fiscal year (`words`) within {@link FISCAL_WORD_REACH} tokens from token `to` on, no
 * punctuation but brackets before it (`… 2019-2020 fiscal year`, `… of fiscal year 2019-20`).
 */
function fiscalWordAfter(ix: TokenIndex, words: readonly Phrase[], to: number): boolean {
  for (let k = to; k < to + FISCAL_WORD_REACH && k < ix.tokens.length; k++) {
    const x = ix.tokens[k] as Token;
    if (x.kind === 'punct' && x.text !== '(' && x.text !== ')') return false;
    if (matchAt(ix.tokens, k, words)) return true;
  }
  return false;
}

/**
 * `in the 2019-2020 fiscal year`, `in first five months of present fiscal year (FY) 2019-2020`: a
 * word of a fiscal year (grammar `fiscalYearWords`) right around a span of two following years.
 */
function fiscalWordNear(ix: TokenIndex, g: Grammar, p: Extracted<unknown>): boolean {
  const words = g.fiscalYearWords;
  const from = ix.at(p.span.start);
  const to = ix.from(p.span.end);
  if (!words || from === undefined || to === undefined) return false;
  for (let k = Math.max(0, from - FISCAL_WORD_REACH); k < from; k++)
    if (matchAt(ix.tokens, k, words, from)) return true;
  return fiscalWordAfter(ix, words, to);
}

/** How many tokens a figure's quantity (`31.97 million tons`, `2,1 tỷ USD`) may run between `from` and a period. */
const FROM_FIGURE_REACH = 6;

/**
 * `…, a 60% increase from 31.97 million tons in 2022`, `tăng 12% từ 2,1 tỷ USD năm 2022 lên …`: a
 * period read right after a figure that `from` opens — a level the change started from, none of
 * the statement's own figures — dates that earlier level, not the statement (round 21: the
 * base's year was lent to a figure whose own year was fronted, `in 2023, … will reach`). A year
 * after `from` (`from 2020 to 2024`) is a span, no figure; a move's end (`to 3.4 million in 2023`)
 * is opened by `to`, not `from`. Looks at most {@link FROM_FIGURE_REACH} tokens back.
 */
function afterFromFigure(ix: TokenIndex, g: Grammar, at: number, inFigure: (i: number) => boolean): boolean {
  const t = ix.tokens;
  let k = -1;
  for (let j = at - 1; j >= 0 && j >= at - FROM_FIGURE_REACH; j--) {
    const x = t[j] as Token;
    if (x.kind === 'number') {
      k = j;
      break;
    }
    // (`from only 378 megawatts (MW) in 2019`: a bracketed abbreviation of the unit between)
    if (x.kind === 'punct' && x.text !== '%' && x.text !== '$' && x.text !== '(' && x.text !== ')') return false;
    if (matchAt(t, j, g.fromWords)) return false;
  }
  if (k < 0 || YEAR_NUMBER.test((t[k] as Token).text) || inFigure(k)) return false;
  // (only a bound or a currency may stand between `from` and the number: `from nearly US$2.1
  // billion`; `earned US$1.1 billion from exporting 2.16 million tonnes` is no level started from)
  let j = currencyStart(t, g, k);
  for (let b = j - 1; b >= 0 && b >= j - 3; b--) if (matchAt(t, b, g.approximate, j)?.to === j) j = b;
  // (`from only 378 megawatts`, `từ chỉ 2 tỷ USD`: a focusing adverb before the number)
  for (let b = j - 1; b >= 0 && b >= j - 2; b--) if (matchAt(t, b, g.focusAdverbs, j)?.to === j) j = b;
  return j > 0 && matchAt(t, j - 1, g.fromWords, j)?.to === j;
}

const YEAR_NUMBER = /^(19|20)\d\d$/u;

/** How many tokens of the statement's name are looked at for a span of months (`6 tháng`, `nine months`). */
const PART_WINDOW = 24;

/**
 * `giá cà phê Arabica kỳ hạn tháng 12/2023`, `robusta for delivery in January 2024`, `the May 2024
 * contract`: a period right after (or, in English, right before) the words of a futures contract is
 * the contract's month. `Giải ngân … 6 tháng đạt 28,6% kế hoạch của năm 2023`, `disbursed in nine
 * months 61% of the 2024 plan`: a bare year that dates the plan (right after a plan noun and its
 * link, or right before the plan noun) is the plan's year when the statement's name or clause
 * holds a span of months (a number and a month noun, or a part of a year the reader took): the
 * figure is of that span, not of the whole year. Either way the period dates another noun.
 */
function periodOfOther(ix: TokenIndex, g: Grammar, at: number, end: number, period: unknown, s: Statement): boolean {
  const t = ix.tokens;
  const leads = g.contractPeriodLeads ?? [];
  const tails = g.contractPeriodTails ?? [];
  // (a futures contract is of a month: `kỳ hạn tháng 12/2023`, `for March 2024 delivery`)
  const month = typeof period === 'string' && /^\d{4}-\d{2}$/u.test(period);
  if (month && phraseEndingAt(t, at, leads, 4) >= 0) return true;
  const after = ix.from(end);
  if (month && tails.length > 0 && matchAt(t, after, tails)) return true;
  // (`the most-active March 2024 robusta contract`: a commodity's word or two before the tail, when
  // no preposition dates the period — `In 2024 coffee futures rose` is the report's year)
  const lead = t[at - 1]?.forms.fold ?? '';
  if (month && tails.length > 0 && !g.spanPrepositions?.has(lead))
    for (let j = after + 1; j <= after + 2 && t[j - 1]?.kind === 'word'; j++) if (matchAt(t, j, tails)) return true;
  if (typeof period !== 'string' || !/^\d{4}$/u.test(period)) return false;
  // (the plan noun before the year, its link between — `kế hoạch (của) năm 2023` — or right after it: `the 2023 plan`)
  let plan = false;
  for (let b = at - 1; b >= 0 && b >= at - 4 && !plan; b--) {
    const m = matchAt(t, b, g.planNouns);
    if (!m) continue;
    let j = m.to;
    while (j < at && t[j]?.kind === 'word' && g.planYearLinks?.has(t[j]?.forms.fold ?? '')) j++;
    plan = j === at;
  }
  if (!plan && after !== undefined && matchAt(t, after, g.planNouns)) plan = true;
  if (!plan) return false;
  const name = s.name?.span;
  const from = name ? ix.at(name.start) : undefined;
  if (from === undefined) return false;
  const K = g.periodWords.keys;
  // (a month, quarter or half word in the name: `6 tháng`, `quý I`, `in the first nine months`, `the
  // first half` — a set lookup per token, no period reading)
  const part = (f: string): boolean => K.month.has(f) || K.quarter.has(f) || K.half.has(f);
  for (let i = from; i < at && i < from + PART_WINDOW; i++) {
    const x = t[i] as Token;
    if (x.kind !== 'word') continue;
    const f = x.forms.fold;
    if (part(f) || (g.locale === 'en' && (part(`${f}s`) || (f.endsWith('s') && part(f.slice(0, -1)))))) return true;
  }
  return false;
}

/**
 * `the original 2020 target of 850 MW set in 2016`, `a plan approved in March 2021`: a period right
 * after a participle of an act (grammar `actParticiples`) and its preposition dates the act — when
 * the target was set, the plan approved — not the figure (round 24, English).
 */
function actPeriod(ix: TokenIndex, g: Grammar, at: number): boolean {
  const acts = g.actParticiples;
  if (!acts || acts.length === 0) return false;
  const t = ix.tokens;
  // (the period's span may open with its preposition: `in 2016`)
  const prep = (i: number): boolean => g.periodWords.keys.prepositions.has(t[i]?.forms.fold ?? '');
  const b = prep(at) ? at : prep(at - 1) ? at - 1 : -1;
  if (b < 1) return false;
  return phraseEndingAt(t, b, acts, 2) >= 0;
}

/** How many tokens after the statement's last figure a cause may open before its period. */
const CAUSE_REACH = 16;

/**
 * `net income decreased 15 percent to P7.6 billion because of a one-off gain booked in 2021`: a
 * period after every figure of the statement, with a cause (grammar `causeFigure.leads`: `because
 * of`, `due to`, `thanks to`) between the last figure and it, dates the cause, not the figure
 * (round 40). Looks at most {@link CAUSE_REACH} tokens back from the period.
 */
function causePeriod(
  ix: TokenIndex,
  g: Grammar,
  at: number,
  figures: readonly ({ span: { start: number; end: number } } | undefined)[],
): boolean {
  const leads = g.causeFigure?.leads;
  if (!leads || leads.length === 0) return false;
  const t = ix.tokens;
  const start = (t[at] as Token).start;
  let last = -1;
  for (const f of figures) {
    if (f === undefined) continue;
    if (f.span.end > start) return false;
    last = Math.max(last, f.span.end);
  }
  if (last < 0) return false;
  for (let i = at - 1; i >= 0 && i >= at - CAUSE_REACH; i--) {
    const x = t[i] as Token;
    if (x.end <= last || (x.kind === 'punct' && SENTENCE_ENDS.has(x.text))) return false;
    if (matchAt(t, i, leads, at) !== null) return true;
  }
  return false;
}

/** How many tokens between a period and the statement's first figure are read for a finer period. */
const FINER_REACH = 24;

/**
 * `Năm 2020 sản lượng thịt xuất chuồng Quý I/2020 đạt hơn 811 nghìn tấn`, `In 2023, exports in the
 * first quarter reached …` when only the year was taken: a whole year read before the figure with a
 * part of a year (a quarter, month, half or months to date) named between them is the frame, and
 * the figure is of the part (round 24). Looks at most {@link FINER_REACH} tokens, in the clause.
 * A month named by its name counts too, and the reach covers a long subject between a report's year
 * and its cut-off month (`… report on the agency's work in 2024 at the 8th session of the 15th National
 * Assembly showed that by the end of August 2024, the State Audit had recommended …`, round 27).
 */
function finerBetween(
  ix: TokenIndex,
  g: Grammar,
  p: Extracted<unknown>,
  figures: readonly ({ span: { start: number } } | undefined)[],
): boolean {
  if (typeof p.value !== 'string' || !/^\d{4}$/u.test(p.value)) return false;
  let first = Number.POSITIVE_INFINITY;
  for (const f of figures) if (f !== undefined && f.span.start < first) first = f.span.start;
  if (first <= p.span.start) return false;
  const t = ix.tokens;
  const from = ix.from(p.span.end);
  if (from === undefined) return false;
  // (a set lookup per token first: no month, quarter or half word, no part of a year to read)
  const K = g.periodWords.keys;
  let part = false;
  for (let i = from; i < t.length && i < from + FINER_REACH && !part && (t[i] as Token).start < first; i++) {
    const f = (t[i] as Token).forms.fold;
    part =
      K.month.has(f) ||
      K.quarter.has(f) ||
      K.half.has(f) ||
      Object.hasOwn(g.periodWords.monthNames, f) ||
      (g.locale === 'en' && f.endsWith('s') && K.month.has(f.slice(0, -1)));
  }
  if (!part) return false;
  for (let i = from; i < t.length && i < from + FINER_REACH; i++) {
    const x = t[i] as Token;
    if (x.start >= first) return false;
    if (x.kind === 'punct' && (x.text === '.' || x.text === ';')) return false;
    const m = matchPeriod(t, i, g.locale);
    if (m && m.to <= t.length && (t[m.to - 1] as Token).end <= first && m.relative === undefined) {
      if (m.partial !== undefined || m.id?.includes('-')) return true;
      i = m.to - 1;
    }
  }
  return false;
}

/**
 * `full operation of the jack-up rigs in quarter 1/2023 while its usage efficiency in quarter 1/2022
 * only reaching 55%`: the statement took a dated period while the same kind of period of ANOTHER year
 * stands between it and the statement's first figure, in the same sentence part, outside brackets and
 * led by no base word (`compared with`, `so với`): the nearer one may be the figure's (round 30). Looks at most
 * {@link FINER_REACH} tokens on.
 */
function otherPeriodBetween(
  ix: TokenIndex,
  g: Grammar,
  p: Extracted<unknown>,
  figures: readonly ({ span: { start: number } } | undefined)[],
): boolean {
  if (typeof p.value !== 'string') return false;
  let first = Number.POSITIVE_INFINITY;
  for (const f of figures) if (f !== undefined && f.span.start < first) first = f.span.start;
  if (first <= p.span.start) return false;
  const t = ix.tokens;
  const from = ix.from(p.span.end);
  let other = false;
  for (let i = from; i < t.length && i < from + FINER_REACH; i++) {
    const x = t[i] as Token;
    if (x.start >= first) return other;
    // (a part after `;` or a stop is another part: a period before it is not the figure's)
    if (x.kind === 'punct' && (x.text === '.' || x.text === ';')) other = false;
    const m = matchPeriod(t, i, g.locale);
    if (!m) continue;
    // (the same kind of period of another year — `quarter 1/2023 … quarter 1/2022`, `In 2018 … by
    // 2023` — outside any bracket, led by no base word in the few words before it)
    let led = false;
    for (let b = Math.max(from, i - 4); b < i && !led; b++) led = matchAt(t, b, g.periodBaseLeads, i + 1) !== null;
    if (
      m.id !== undefined &&
      m.id !== p.value &&
      m.id.slice(4) === p.value.slice(4) &&
      ((t[m.to - 1] as Token | undefined)?.end ?? first) <= first &&
      ix.depthAt(i) === 0 &&
      !led
    )
      other = true;
    i = m.to - 1;
  }
  return false;
}

/** The rule of a list item's own bracketed period (`sentence/listed-levels.ts`). */
/** The rule of a year alone in brackets right after a value (`sentence/bracket-year.ts`). */
const BRACKET_YEAR = '.period.bracket-year';
const LISTED_LEVEL_PERIOD = '.period.listed-level';

/** How many tokens between a statement's last figure and its period are read for a nearer period. */
const NEARER_REACH = 16;

/**
 * `The province aims to build over 30,000 units by 2025 and an additional 41,000 by 2030` read as
 * one statement dated `by 2030`: a period taken past a nearer period with its year and a number
 * the statement did not take (no year) after it dates that other number; the statement's own is
 * the nearer one (round 24). Looks at most {@link NEARER_REACH} tokens back.
 */
function pastNearerPeriod(
  ix: TokenIndex,
  g: Grammar,
  at: number,
  figures: readonly ({ span: { start: number; end: number } } | undefined)[],
): boolean {
  let last = -1;
  for (const f of figures) if (f !== undefined && f.span.end > last) last = f.span.end;
  if (last < 0) return false;
  const t = ix.tokens;
  const from = ix.from(last);
  if (from === undefined || at - from > NEARER_REACH) return false;
  let number = false;
  for (let i = at - 1; i >= from; i--) {
    const x = t[i] as Token;
    if (!number) {
      number = x.kind === 'number' && !YEAR_NUMBER.test(x.text);
      continue;
    }
    // (a year, `by 2025`, or a period phrase with its year)
    if (x.kind === 'number' && YEAR_NUMBER.test(x.text)) return true;
    const m = matchPeriod(t, i, g.locale);
    if (m?.id !== undefined && m.to <= at) return true;
  }
  return false;
}

/** How many tokens before a statement's year are read for a part of a year with no year of its own. */
const YEARLESS_REACH = 30;

/**
 * `In the first five months of the year, the total box office revenue of Vietnamese films in 2024
 * has exceeded VNĐ1 trillion`, `6 tháng đầu năm, kim ngạch xuất khẩu rau quả năm 2024 đạt …`: a whole
 * year read before the statement's figures, in a sentence OPENED by a part of a year with no year
 * of its own (`of the year`, `đầu năm`), is the year of that part; the figure is of the part, not of
 * the whole year (round 25). A part later in the sentence (`Petroleum consumption in the first
 * quarter rose 27%, following a growth of 28% in 2022`) or a year after the figure (`80 percent of
 * the capital planned for 2021`) is left as read. Looks at most {@link YEARLESS_REACH} tokens back.
 */
function yearlessPartBefore(
  ix: TokenIndex,
  g: Grammar,
  at: number,
  p: Extracted<unknown>,
  figures: readonly ({ span: { start: number } } | undefined)[],
): PeriodMatch | null {
  if (typeof p.value !== 'string' || !YEAR_NUMBER.test(p.value)) return null;
  for (const f of figures) if (f !== undefined && f.span.start < p.span.start) return null;
  const t = ix.tokens;
  let s0 = -1;
  for (let i = at - 1; i >= 0 && i >= at - YEARLESS_REACH; i--) {
    const x = t[i] as Token;
    if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) {
      s0 = i + 1;
      break;
    }
    if (i === 0 || x.gap.includes('\n')) {
      s0 = i;
      break;
    }
  }
  if (s0 < 0) return null;
  for (let b = s0; b <= s0 + 1 && b < at; b++) {
    const m = matchPeriod(t, b, g.locale);
    if (m && m.id === undefined && m.partial !== undefined && (m.relative ?? 0) === 0 && m.to <= at) return m;
  }
  return null;
}

/** How many tokens after a statement's last figure its own month with no year may start. */
const OWN_MONTH_REACH = 2;

/**
 * The parts of a year a statement's own yearless period may name, by the period ids of that kind (a
 * quarter or a half only in English, where the period follows its figure: `quý I tăng 5,87% và quý II`
 * dates the figure after it).
 */
const OWN_PART_IDS = { month: /^\d{4}-\d{2}$/u, quarter: /^\d{4}-Q[1-4]$/u, half: /^\d{4}-H[12]$/u } as const;

/**
 * `collected Sh1.484 trillion in October and Sh1.501 trillion in November 2019`, `$2.1 billion in
 * October 2019 and $2.3 billion in November` (and a quarter or a half: `in the second quarter`, `in Q2`;
 * round 62): right after the statement's last figure stands a month
 * with no year of its own, and the period the statement took is another (the next figure's month,
 * or the one before): the statement is of its own month, in the year of the period it took — lent,
 * not written (round 43: both sums had been dated November, certain). Returns that month's match.
 */
function ownYearlessMonthAfter(
  ix: TokenIndex,
  g: Grammar,
  p: Extracted<unknown>,
  figures: readonly ({ span: { start: number; end: number } } | undefined)[],
): PeriodMatch | null {
  // (a month, and a quarter or a half of the same kind: `$5 billion in the first quarter of 2023 and $6
  // billion in the second quarter` — round 62, the second had been 2023-Q1, certain)
  const id = typeof p.value === 'string' ? p.value : '';
  const kind = OWN_PART_IDS.month.test(id)
    ? 'month'
    : g.locale !== 'en'
      ? undefined
      : OWN_PART_IDS.quarter.test(id)
        ? 'quarter'
        : OWN_PART_IDS.half.test(id)
          ? 'half'
          : undefined;
  if (kind === undefined) return null;
  let end = -1;
  for (const f of figures) if (f !== undefined && f.span.end > end) end = f.span.end;
  const j = end < 0 ? undefined : ix.from(end);
  if (j === undefined) return null;
  const pFrom = ix.at(p.span.start);
  const pTo = ix.from(p.span.end);
  if (pFrom === undefined || pTo === undefined) return null;
  for (let k = j; k <= j + OWN_MONTH_REACH && k < ix.tokens.length; k++) {
    const x = ix.tokens[k] as Token;
    if (x.kind === 'punct') return null;
    const m = matchPeriod(ix.tokens, k, g.locale);
    if (!m) continue;
    if (m.id !== undefined || m.partial?.kind !== kind || (m.relative ?? 0) !== 0) return null;
    // (`Sh1.579 trillion and Sh1.538 trillion in October and November 2019`: the months listed
    // together pair with the sums in order, not with the sum before them)
    if (m.to <= pFrom && pFrom - m.to <= OWN_MONTH_REACH) return null;
    return m.to <= pFrom || k >= pTo ? m : null;
  }
  return null;
}

/**
 * `expected to grow 20 per cent annually in the 2023-2025 period and … reach $45 billion by 2025`:
 * the statement took a period read before its value, and the value is dated by a period of its own
 * right after it (another id): the period read first is another figure's (round 25). A relative year
 * a few words after the value (`next year`), before the period read, is one too (round 69).
 */
function ownPeriodAfterValue(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, s: Statement): boolean {
  const v = s.value;
  if (!v) return false;
  const j = ix.from(v.span.end);
  const x = ix.tokens[j];
  if (!x || x.kind === 'punct') return false;
  const before = p.span.end <= v.span.start;
  // (`đạt 35 tỷ USD vào năm 2025`: a preposition the period reader does not take, then the period)
  const m = before ? (matchPeriod(ix.tokens, j, g.locale) ?? matchPeriod(ix.tokens, j + 1, g.locale)) : null;
  if (m?.id !== undefined) return m.id !== p.value;
  // (`set the target at 95 million for 2023, and at 142 million next year`, `to attract 7.7 million foreign
  // visitors next year after exceeding its arrival goals for 2023`: a year relative to the text's own,
  // which the reader cannot date, a few words after the value, is another than the one read; round 69,
  // probe of tourism boards — 2023 had been the certain period of both)
  const end = before ? Number.POSITIVE_INFINITY : ix.from(p.span.start);
  for (let k = j; k < j + RELATIVE_YEAR_REACH && k < end && ix.tokens[k]?.kind === 'word'; k++) {
    const r = matchPeriod(ix.tokens, k, g.locale);
    if (r) return r.id === undefined && r.relative !== undefined && r.relative !== 0;
  }
  return false;
}

/** How many words after a value are read for a relative year of its own (`7.7 million foreign visitors next year`). */
const RELATIVE_YEAR_REACH = 4;

/**
 * `bringing the total number close to 1.1 million so far in 2024`, `306,708 tourist arrivals for 2024 so
 * far`: a whole year with words of a span still running right before or after it (grammar `soFarWords`) is
 * the year to some day the text does not name — part of the year, not the whole (round 69, probe of tourism
 * boards: it had been the whole year, certain).
 */
function yearSoFar(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, at: number): boolean {
  const words = g.soFarWords;
  if (!words || typeof p.value !== 'string' || !/^\d{4}$/u.test(p.value)) return false;
  // (`From 2019 to date`: a span from the year to now, the more exact `range` doubt's)
  if (sinceYear(ix, g, p, at)) return false;
  const t = ix.tokens;
  const end = ix.from(p.span.end);
  // (before the period, past its preposition: `so far in 2024`; right after it: `for 2024 so far`)
  return (
    phraseEndingAt(t, at, words, 2) >= 0 || phraseEndingAt(t, at - 1, words, 2) >= 0 || matchAt(t, end, words) !== null
  );
}

/** How many words may stand between `of` after a percentage and the period it names (`of its traffic in`). */
const PERCENT_OF_WORDS = 5;

/**
 * `… 3.69 million passed through Changi Airport's terminals in October, or about 65 per cent of its traffic
 * in October 2019`, `18,400 flights …, 58.6 per cent of the 31,391 flights in June 2019`: the period a few
 * words after a percentage and `of` (grammar `quantityOf`) dates what the percentage is of — the base of a
 * ratio — not a statement whose value is no percentage (round 69, probe of tourism boards and airports: it
 * had dated the figure, certain). In a language with grammar `percentOfPeriod`.
 */
function percentOfPeriod(ix: TokenIndex, g: Grammar, at: number, s: Statement): boolean {
  const v = s.value;
  const t = ix.tokens;
  const words = g.percentOfPeriod;
  if (!words || !v || v.value.unitCode === 'percent' || v.span.start >= (t[at] as Token).start) return false;
  // (the words of what the percentage is of, its own figure among them: `of the 31,391 flights in`; no
  // plan, total or share of the same period — `65% of profit target for full year 2025`, `72 percent of
  // total exports in 2018`)
  for (let b = at - 1; b >= 0 && b >= at - PERCENT_OF_WORDS - 1; b--) {
    const x = t[b] as Token;
    if (x.kind === 'number') continue;
    if (x.kind !== 'word' || matchAt(t, b, g.planNouns) || words.wholes.has(x.forms.fold)) return false;
    if (!matchAt(t, b, g.quantityOf, b + 1)) continue;
    const mark = t[b - 1];
    const end = mark?.kind === 'punct' && mark.text === '%' ? b - 1 : phraseEndingAt(t, b, g.percentWords, 2);
    return end > 0 && restatedPercent(t, g, words.links, end - 1);
  }
  return false;
}

/**
 * True when the number at token `k` restates the figure before it, set off by a comma (and `or`, a bound):
 * `…, or about 65 per cent`, `…, 58.6 per cent` — no verb of a share or a completion (`accounting for`,
 * `equivalent to`) leads it.
 */
function restatedPercent(t: readonly Token[], g: Grammar, links: readonly Phrase[], k: number): boolean {
  if (t[k]?.kind !== 'number') return false;
  let b = k - 1;
  const bound = phraseEndingAt(t, k, g.approximate, 2);
  if (bound >= 0) b = bound - 1;
  const link = phraseEndingAt(t, b + 1, links, 1);
  if (link >= 0) b = link - 1;
  return t[b]?.kind === 'punct' && t[b]?.text === ',';
}

/** How many tokens before a statement's period are read for a period that opens its clause. */
const OPENING_REACH = 40;

/** The period opening a clause before token `at` (`Trong năm 2022, …`, `…, in 2016, …`), or undefined. */
function openingPeriodBefore(ix: TokenIndex, g: Grammar, at: number): { id: string; from: number } | undefined {
  const t = ix.tokens;
  let start = at;
  while (start > 0 && start > at - OPENING_REACH && !SENTENCE_ENDS.has((t[start - 1] as Token).text)) start--;
  const opens = (i: number): boolean => i === start || (t[i - 1] as Token).kind === 'punct';
  for (let i = start; i < at; i++) {
    // (one lead word may come before it: `Trong năm 2022,`)
    if (!opens(i) && !(i - 1 >= start && opens(i - 1) && (t[i - 1] as Token).kind === 'word')) continue;
    const m = matchPeriod(t, i, g.locale);
    if (!m || m.id === undefined || m.to >= at || !isPeriodId(m.id)) continue;
    if ((t[m.to] as Token | undefined)?.text === ',') return { id: m.id, from: i };
  }
  return undefined;
}

/**
 * `tính đến ngày 30-6, các đảng bộ kết nạp được 288 đảng viên mới, đạt 35,34% chỉ tiêu đề ra trong
 * năm 2022`: the statement's year was read a few words after a plan noun (grammar `planNouns`), so
 * it is the plan's year, while a cut-off day with no year of its own (`ngày 30-6`: grammar
 * `cutOff.day`) dates the result earlier in the sentence: the figures cover part of that year, not
 * the whole of it (round 26).
 */
function planYearAfterCutOffDay(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, at: number): boolean {
  if (typeof p.value !== 'string' || !/^\d{4}$/u.test(p.value) || g.cutOff.day.size === 0) return false;
  const t = ix.tokens;
  let plan = false;
  for (let b = at - 1; b >= 0 && b >= at - 5 && b >= ix.clauseOf(at) && !plan; b--)
    plan = (matchAt(t, b, g.planNouns, at)?.to ?? at + 1) <= at;
  if (!plan) return false;
  for (let i = at - 1; i >= 1 && i >= at - OPENING_REACH; i--) {
    const x = t[i] as Token;
    if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
    if (x.kind !== 'number' || !g.cutOff.day.has((t[i - 1] as Token).forms.fold)) continue;
    // (`ngày 30-6`, `ngày 30/6`: a day and a month, no year glued after them)
    const sep = t[i + 1];
    const month = t[i + 2];
    if (sep?.kind !== 'punct' || sep.gap !== '' || month?.kind !== 'number' || month.gap !== '') continue;
    const after = t[i + 3];
    if (!(after?.kind === 'punct' && after.gap === '' && t[i + 4]?.kind === 'number')) return true;
  }
  return false;
}

/** The rules of a period read at a month's end (`by the end of September 2022`: period-phrase.ts). */
const MONTH_END = /^en\.period\.month-end/u;
/** `cuối 2017`, `đầu 2018`: a year read with a word of its part (`period-phrase.ts` yearVi). */
const PART_YEAR = 'vi.period.part-yyyy';
/** The Vietnamese cut-off at a month's end (`tính đến cuối tháng 4-2023`, `đến hết tháng 6/2021`: period-phrase.ts). */
const VI_MONTH_END = /^vi\.period\.den-het-thang/u;
/**
 * The Vietnamese cut-offs reckoned to the end of a month, a quarter or a month's last day (`tính đến
 * hết tháng 10/2023`, `đến hết quý III/2024`, `tính đến 31/12/2014`, `Đến ngày 31 tháng 12 năm 2020`:
 * period-phrase.ts).
 */
const VI_CUT_OFF_TO = /^vi\.period\.den-/u;
/** The Vietnamese running total reckoned to a month with no `hết` (`Tính đến tháng 9 năm 2020`). */
const VI_CUT_OFF_MONTH = /^vi\.period\.tinh-den-thang/u;
/** How many tokens around a cut-off are read for the verb that states its first figure. */
const CUT_OFF_STOCK_REACH = 24;

/**
 * `tính đến 31/12/2014 toàn quốc có tổng diện tích rừng là 13.796.506 ha`, `Tính đến tháng 9 năm 2020,
 * cả nước có 31,8 triệu người …`, `diện tích rừng … tính đến ngày 31/12/2015 Việt Nam là …`: the figure
 * the cut-off dates is stated as what there IS then (grammar `cutOff.stockVerbs`, between the cut-off's
 * clause start and its first figure after it) — a stock, which the released sets write as the month
 * (test17, test18b, test19: `2014-12`, `2020-09`) as often as the year to it (test10, test11, test13b,
 * test15b, test18b: `2021-YTD-11`, `2020`). A flow's total to the cut-off (`thu ngân sách … đạt`, `đã
 * giải ngân`) stays the year to date. Bounded look: {@link CUT_OFF_STOCK_REACH} tokens each side.
 */
function stockAtCutOff(ix: TokenIndex, g: Grammar, p: Extracted<unknown>): boolean {
  if (!VI_CUT_OFF_TO.test(p.rule) && !VI_CUT_OFF_MONTH.test(p.rule)) return false;
  const t = ix.tokens;
  const at = ix.at(p.span.start);
  if (at === undefined) return false;
  const end = ix.from(p.span.end);
  const from = Math.max(ix.clauseOf(at), at - CUT_OFF_STOCK_REACH);
  for (let i = from; i < t.length && i < end + CUT_OFF_STOCK_REACH; i++) {
    if (i >= at && i < end) continue;
    const x = t[i] as Token;
    if (i >= end && (x.kind === 'number' || (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)))) return false;
    if (x.kind === 'word' && matchAt(t, i, g.cutOff.stockVerbs) !== null) return true;
  }
  return false;
}

/** The rule of a year lent by the noun it modifies (`the 2023 plan`: sentence/attributive-year.ts). */
const ATTRIBUTIVE_YEAR = 'en.period.attributive-year';

/** How many tokens before a statement's first figure are read for a period of its own. */
const OWN_PERIOD_REACH = 12;

/**
 * `…, lũy kế 5 tháng đầu năm 2020, có 137 doanh nghiệp …; 06 doanh nghiệp đăng ký Chi nhánh, lũy kế 4
 * tháng đầu năm 2020, có 18 doanh nghiệp …`: the statement took the period of a statement before it
 * (`+previous-statement`) while, a few words before its first figure and in its own sentence part,
 * another period stands that no base word leads: the figure may be that period's (round 26).
 */
function nearerPeriodThanPrevious(
  ix: TokenIndex,
  g: Grammar,
  p: Extracted<unknown>,
  figures: readonly (Extracted<unknown> | undefined)[],
): boolean {
  // (or a running total's period that opened a part after a comma: `…, lũy kế 6 tháng đầu năm 2023, …;
  // …, riêng 5 tháng đầu năm 2023, có 21 …`, sentence/figureless.ts RUNNING_PART; round 53)
  const lent = p.rule.endsWith('+previous-statement') || p.rule.includes(RUNNING_PART);
  if (!lent || typeof p.value !== 'string') return false;
  let k = Number.POSITIVE_INFINITY;
  for (const f of figures) if (f !== undefined) k = Math.min(k, ix.from(f.span.start));
  if (!Number.isFinite(k)) return false;
  const t = ix.tokens;
  for (let b = k - 1; b >= 0 && b >= k - OWN_PERIOD_REACH; b--) {
    const x = t[b] as Token;
    if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
    const m = matchPeriod(t, b, g.locale);
    if (!m || m.id === undefined || m.to > k || m.id === p.value) continue;
    // (`năm 2020` inside `lũy kế 5 tháng đầu năm 2020`: the tail of a longer period phrase)
    let covered = false;
    for (let c = b - 1; c >= 0 && c >= b - 4 && !covered; c--) covered = (matchPeriod(t, c, g.locale)?.to ?? 0) >= m.to;
    if (covered) continue;
    return !endsRightAt(t, b, g.periodBaseLeads);
  }
  return false;
}

/**
 * `Trong năm 2022, Quỹ đã chi 2.804 tỷ đồng tiền năm 2021 …`, `…, in 2016, the restored forest area
 * equaled to the area of 1945 was 14.3 million hectares`: the clause is dated by a period that opens
 * it, and the statement took a later period of no overlap that is no adverb of time (not led by
 * `in`, `by`, `trong`, `đến`…: grammar `periodAdverbLeads`, nor opening a clause of its own): a
 * noun's year (the money of 2021, the area of 1945), not the statement's (round 26).
 */
function nounPeriodAfterOpening(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, at: number): boolean {
  const leads = g.periodAdverbLeads;
  if (!leads || typeof p.value !== 'string' || !isPeriodId(p.value)) return false;
  const t = ix.tokens;
  const before = t[at - 1];
  if (before?.kind !== 'word' || matchAt(t, at, leads) || endsRightAt(t, at, leads)) return false;
  const open = openingPeriodBefore(ix, g, at);
  if (!open) return false;
  const a = parsePeriod(open.id);
  const b = parsePeriod(p.value);
  return a.end < b.start || b.end < a.start;
}

/**
 * `…, và bằng 8,31% so với cùng kỳ năm ngoái (03 tháng đầu năm 2021, tổng số lao động … là 29.541
 * lao động)`, `(in 2019, exports were $2.1 billion)`: the statement's figures stand inside brackets
 * that open with a period of their own before a comma, and its period was read outside them: the
 * bracket's period dates the figures it holds (round 26). The bracket's period, or undefined.
 */
function bracketOwnPeriod(
  ix: TokenIndex,
  g: Grammar,
  p: Extracted<unknown>,
  figures: readonly (Extracted<unknown> | undefined)[],
): { id: string; from: number; to: number } | undefined {
  const f = figures.find((x) => x !== undefined);
  if (!f || typeof p.value !== 'string') return undefined;
  const k = ix.from(f.span.start);
  const b = ix.bracketOf(k);
  const t = ix.tokens;
  if (b < 0 || p.span.start > (t[b] as Token).start) return undefined;
  const m = matchPeriod(t, b + 1, g.locale);
  if (!m || m.id === undefined || m.id === p.value || !isPeriodId(m.id) || m.to >= k) return undefined;
  return (t[m.to] as Token | undefined)?.text === ',' ? { id: m.id, from: b + 1, to: m.to } : undefined;
}

/** How many tokens a joined period phrase (`and by 2023,`) may span before the clause it opens. */
const JOINED_PERIOD_REACH = 8;

/**
 * The dated period phrase that ends right before token `end` and stands right after a joiner
 * (`and by 2023`, `và đến năm 2023`, a preposition allowed between), or undefined.
 */
function joinedPeriodEndingAt(ix: TokenIndex, g: Grammar, end: number): { id: string; from: number } | undefined {
  const t = ix.tokens;
  for (let i = end - 1; i >= 0 && i >= end - JOINED_PERIOD_REACH; i--) {
    const m = matchPeriod(t, i, g.locale);
    if (m?.id === undefined || m.to !== end) continue;
    const joinedAt = (j: number): boolean => phraseEndingAt(t, j, g.joiners, 2) >= 0;
    if (joinedAt(i)) return { id: m.id, from: i };
    // (an adverb of time before the period: `and by 2023`, `và đến năm 2023`)
    const leads = g.periodAdverbLeads ?? [];
    for (let b = i - 1; b >= 0 && b >= i - 2; b--)
      if (matchAt(t, b, leads, i)?.to === i && joinedAt(b)) return { id: m.id, from: i };
  }
  return undefined;
}

/**
 * `In 2018, the planted area reached 109,368 ha and by 2023, it reached 186,000 ha`: a joiner, a
 * dated period and a comma between two figures open the clause after them — the period dates the
 * second figure, not the first (which took it as the period after its figure), and the second is not
 * of the sentence's lead period (which the reader lent it). Either reading is of another clause's
 * period (round 28). Looks at most {@link JOINED_PERIOD_REACH} tokens around the period.
 */
function joinedClausePeriod(
  ix: TokenIndex,
  g: Grammar,
  p: Extracted<unknown>,
  at: number,
  figures: readonly ({ span: { start: number; end: number } } | undefined)[],
): boolean {
  const t = ix.tokens;
  let first: number | undefined;
  let last = -1;
  for (const f of figures) {
    if (f === undefined) continue;
    if (first === undefined || f.span.start < first) first = f.span.start;
    if (f.span.end > last) last = f.span.end;
  }
  if (first === undefined) return false;
  // the period after the figures, closed by a comma: `… 109,368 ha and by 2023, it …`
  const end = ix.from(p.span.end);
  if (p.span.start >= last && (t[end] as Token | undefined)?.text === ',') {
    const joined = joinedPeriodEndingAt(ix, g, end);
    if (joined !== undefined && joined.from <= at) return true;
  }
  // the clause of the figure opened by such a period with another id: `… and by 2023, it reached …`
  const k = ix.at(first);
  if (k === undefined) return false;
  const c = ix.clauseOf(k);
  if (c < 2 || (t[c - 1] as Token).text !== ',' || c - 1 <= at) return false;
  const joined = joinedPeriodEndingAt(ix, g, c - 1);
  // (`In January and February 2012, …`: the month after the joiner is a part of the period's own words,
  // no other clause's; round 64)
  const inside = joined !== undefined && end !== undefined && joined.from >= at && joined.from < end;
  return joined !== undefined && joined.id !== p.value && !inside;
}

/**
 * `As of March 2018, the export value … reached nearly US$75 million`, `As of October 2017, Vietnam
 * had 3.3Mt of cement … inventory`: a whole month right after a point-in-time lead (grammar
 * `pointInTimeLeads`, `as of`, `as at`) is a cut-off — the sets read it as the month for a stock
 * (`test17-en.ts`, `test18-en.ts`, `test18b-en.ts`, `test14-en.ts`) and as the year to it for a flow
 * (`test20b-en.ts`), as they read `by the end of September 2022` either way (`month-end`, round 31).
 */
function pointInTimeMonth(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, at: number): boolean {
  if (typeof p.value !== 'string' || !/^\d{4}-\d{2}$/u.test(p.value)) return false;
  return phraseEndingAt(ix.tokens, at, g.pointInTimeLeads, 2) >= 0;
}

/**
 * `Từ năm 2020 đến nay, tổng vốn đầu tư … được 16 tỷ 434 triệu đồng`, `From 2020 to date, …`: a year
 * opened by a from-word (grammar `fromWords`, at most two tokens before it) and closed by a word of
 * the present (`toNowWords`) starts a span running to now — the figure is of the span, not of the
 * year (round 44; it had been the year, certain).
 */
function sinceYear(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, at: number): boolean {
  if (!g.toNowWords || typeof p.value !== 'string' || !/^\d{4}$/u.test(p.value)) return false;
  const end = ix.from(p.span.end);
  if (end === undefined || !matchAt(ix.tokens, end, g.toNowWords)) return false;
  for (let b = at - 1; b >= 0 && b >= at - 2; b--) if (matchAt(ix.tokens, b, g.fromWords, at + 1)) return true;
  return matchAt(ix.tokens, at, g.fromWords) !== null;
}

/**
 * `Mục tiêu đạt đến tháng 12/2023 đạt 25 thuê bao/100 dân`: a whole month after a word of reaching
 * to it (grammar `monthCutOffLeads`, `đến`) is a deadline or a cut-off — the month for a stock, the
 * year to it for a flow or a year's goal; the month is read, doubted (round 44).
 */
function cutOffMonth(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, at: number): boolean {
  if (!g.monthCutOffLeads || typeof p.value !== 'string' || !/^\d{4}-\d{2}$/u.test(p.value)) return false;
  return phraseEndingAt(ix.tokens, at, g.monthCutOffLeads, 1) >= 0;
}

/** How many tokens after the statement's last figure a period of another event is looked at. */
const AFTER_EVENT_REACH = 24;

/**
 * `họ đã dự báo tốc độ tăng 0,5% sau khi kinh tế châu Âu đạt tốc độ tăng trưởng 0,7% trong quý cuối năm
 * 2014`, `forecast growth of 0.5% after the economy grew 0.7% in the fourth quarter of 2014`: a period
 * read after the statement's figures, behind a word of an earlier event (grammar `afterEventWords`) and
 * another number of that event, dates that event — not the statement. Doubted (round 55: the forecast had
 * been dated by the event's quarter, certain). Looks at most {@link AFTER_EVENT_REACH} tokens.
 */
function afterEventPeriod(
  ix: TokenIndex,
  g: Grammar,
  at: number,
  figures: readonly (Extracted<unknown> | undefined)[],
): boolean {
  const words = g.afterEventWords;
  if (!words) return false;
  let last = -1;
  for (const f of figures) {
    const k = f ? ix.from(f.span.end) : undefined;
    if (k !== undefined && k > last) last = k;
  }
  if (last < 0) return false;
  // (`Xuất khẩu của Việt Nam sau khi giảm mạnh trong quý I/2024, đã đạt 1,2 tỷ USD`: a period before the
  // figures, inside the clause an event word opens — the event's time, not the figure's)
  if (at < last) return eventOpenedBefore(ix, g, words, at);
  if (at - last > AFTER_EVENT_REACH) return false;
  let event = -1;
  for (let i = last; i < at; i++) {
    if (event < 0) {
      const w = matchAt(ix.tokens, i, words, at);
      if (w) {
        event = w.to;
        i = w.to - 1;
      }
    } else if ((ix.tokens[i] as Token).kind === 'number') return true;
  }
  return false;
}

/** How many tokens back from a period the word of an earlier event is looked for (`sau khi giảm mạnh trong`). */
const EVENT_OPEN_REACH = 6;

/**
 * True when a word of an earlier event (`sau khi`, `after`) opens the words right before the period at
 * token `at` — within {@link EVENT_OPEN_REACH} tokens, past words only (no number, no punctuation) — and
 * the event is a move (a verb of grammar `changeVerbs` between them: `sau khi giảm mạnh trong quý I`);
 * `after the country was liberated in 1976, the forest area was …` dates the figures after it.
 */
function eventOpenedBefore(ix: TokenIndex, g: Grammar, words: readonly Phrase<unknown>[], at: number): boolean {
  let move = false;
  for (let k = at - 1; k >= 0 && k >= at - EVENT_OPEN_REACH; k--) {
    const t = ix.tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (matchAt(ix.tokens, k, words, at)) return move;
    if (matchAt(ix.tokens, k, g.changeVerbs, at)) move = true;
  }
  return false;
}

/**
 * `… compared to the implementation in 2019`, `gấp 3,2 lần năm 2023`: the statement's period was
 * read after a comparison word of its clause, so it may be the base's period. A word inside one of
 * the statement's figures is that figure's (`reached more than US$2.2 billion in 2022`: `than` is
 * the value's bound), not a comparison.
 */
/**
 * True when period `p` at token `at` is a fiscal year (`FY 21`, `FY2021`) written as a noun's modifier:
 * a lead of grammar `attributiveYearLeads` (`the`, `its`) right before it and a word right after it
 * (`the FY 21 deficit`, `its FY2024 budget`).
 */
function fiscalYearOfNoun(ix: TokenIndex, g: Grammar, p: Extracted<unknown>, at: number): boolean {
  if (!p.rule.includes('.period.genre-fiscal-year') || at === 0) return false;
  const after = ix.tokens[ix.from(p.span.end)];
  return g.attributiveYearLeads?.has((ix.tokens[at - 1] as Token).forms.lower) === true && after?.kind === 'word';
}

export function weighPeriod<T>(
  ix: TokenIndex,
  g: Grammar,
  p: Extracted<T> | undefined,
  s: Statement,
): Extracted<T> | undefined {
  if (!p) return undefined;
  const at = ix.at(p.span.start);
  if (at === undefined) return { ...p, confidence: 'certain' };
  const from = Math.max(ix.clauseOf(at), at - 8);
  const figures = [s.value, s.completion, s.density, ...s.changes];
  const inFigure = (i: number): boolean => {
    const start = (ix.tokens[i] as Token).start;
    return figures.some((f) => f !== undefined && f.span.start <= start && start < f.span.end);
  };
  const own = bracketOwnPeriod(ix, g, p, figures);
  if (own) {
    let text = '';
    for (let i = own.from; i < own.to; i++)
      text += `${i > own.from ? (ix.tokens[i] as Token).gap : ''}${(ix.tokens[i] as Token).text}`;
    const span = { start: (ix.tokens[own.from] as Token).start, end: (ix.tokens[own.to - 1] as Token).end, text };
    return { ...p, value: own.id as T, span, confidence: 'certain', rule: `${p.rule}+bracket-own` };
  }
  let lead = false;
  for (let i = from; i < at && !lead; i++) lead = !inFigure(i) && matchAt(ix.tokens, i, g.periodBaseLeads, at) !== null;
  // (`… 2,04% của 6 tháng đầu năm 2020 … 7,28% của cùng kỳ năm 2018`: year Y lent to another rate)
  if (lead || afterFromFigure(ix, g, at, inFigure) || p.rule.endsWith(LENT_RATE_PERIOD))
    return { ...p, confidence: 'uncertain', doubt: doubt('base-period'), rule: `${p.rule}?base-period` };
  if (afterEventPeriod(ix, g, at, figures))
    return { ...p, confidence: 'uncertain', doubt: doubt('comparison'), rule: `${p.rule}?after-event` };
  if (fiscalYearAt(ix, g, p) || fiscalPartAfter(ix, g, p))
    return { ...p, confidence: 'uncertain', doubt: doubt('fiscal-year'), rule: `${p.rule}?fiscal-year` };
  if (yearRangeStart(ix, p))
    return { ...p, confidence: 'uncertain', doubt: doubt('range'), rule: `${p.rule}?year-range` };
  // (`in the year to June 2024`: the twelve months ending at the month, no month and no year to date;
  // round 48 — it had been the month, certain)
  if (yearToMonth(ix, g, at, p.value))
    return { ...p, confidence: 'uncertain', doubt: doubt('range'), rule: `${p.rule}?year-to-month` };
  if (rangeSideMonth(ix, g, at, p.span.end, p.value))
    return { ...p, confidence: 'uncertain', doubt: doubt('range'), rule: `${p.rule}?range-end` };
  if (sinceStart(ix, g, at))
    return { ...p, confidence: 'uncertain', doubt: doubt('range'), rule: `${p.rule}?since-start` };
  if (partOfYearBefore(ix, g, at, p.value) || samePeriodYear(ix, g, at, p.value) || p.rule.startsWith(PART_YEAR))
    return { ...p, confidence: 'uncertain', doubt: doubt('partial-period'), rule: `${p.rule}?partial-period` };
  const yearless = yearlessPartBefore(ix, g, at, p, figures);
  if (yearless) {
    // (the part that opens the sentence, dated by this year: `Ước 8 tháng, … năm 2021 đạt …` is
    // 2021-YTD-08, the year lent to the part, doubted; round 40; Vietnamese only: English leads are
    // read by their own rule, `+lead-part`, and `In November, … its profit target in 2022` is no
    // November)
    const id = g.locale === 'vi' ? completePeriod(yearless, Number(p.value)) : undefined;
    if (id !== undefined && isPeriodId(id))
      return {
        ...p,
        value: id as T,
        confidence: 'uncertain',
        doubt: doubt('lent-year'),
        rule: `${p.rule}?lent-year+part`,
      };
    return { ...p, confidence: 'uncertain', doubt: doubt('partial-period'), rule: `${p.rule}?partial-period` };
  }
  const ownMonth = ownYearlessMonthAfter(ix, g, p, figures);
  if (ownMonth) {
    const id = completePeriod(ownMonth, Number((p.value as string).slice(0, 4)));
    if (id !== undefined && isPeriodId(id) && id !== p.value)
      return {
        ...p,
        value: id as T,
        confidence: 'uncertain',
        doubt: doubt('lent-year'),
        rule: `${p.rule}?lent-year+own-${ownMonth.partial?.kind ?? 'month'}`,
      };
  }
  if (periodOfOther(ix, g, at, p.span.end, p.value, s) || percentOfPeriod(ix, g, at, s))
    return { ...p, confidence: 'uncertain', doubt: doubt('period-of-other'), rule: `${p.rule}?period-of-other` };
  if (nearerPeriodThanPrevious(ix, g, p, figures))
    return { ...p, confidence: 'uncertain', doubt: doubt('period-of-other'), rule: `${p.rule}?period-of-other+nearer` };
  if (yearSoFar(ix, g, p, at))
    return { ...p, confidence: 'uncertain', doubt: doubt('partial-period'), rule: `${p.rule}?partial-period+so-far` };
  if (planYearAfterCutOffDay(ix, g, p, at))
    return { ...p, confidence: 'uncertain', doubt: doubt('partial-period'), rule: `${p.rule}?partial-period+cut-off` };
  if (nounPeriodAfterOpening(ix, g, p, at))
    return { ...p, confidence: 'uncertain', doubt: doubt('period-of-other'), rule: `${p.rule}?period-of-other+noun` };
  if (actPeriod(ix, g, at) || pastNearerPeriod(ix, g, at, figures) || ownPeriodAfterValue(ix, g, p, s))
    return {
      ...p,
      confidence: 'uncertain',
      doubt: doubt('period-of-other'),
      rule: `${p.rule}?period-of-other+act-or-other`,
    };
  if (otherPeriodBetween(ix, g, p, figures))
    return {
      ...p,
      confidence: 'uncertain',
      doubt: doubt('period-of-other'),
      rule: `${p.rule}?period-of-other+between`,
    };
  if (causePeriod(ix, g, at, figures))
    return { ...p, confidence: 'uncertain', doubt: doubt('period-of-other'), rule: `${p.rule}?period-of-other+cause` };
  if (joinedClausePeriod(ix, g, p, at, figures))
    return { ...p, confidence: 'uncertain', doubt: doubt('period-of-other'), rule: `${p.rule}?period-of-other+joined` };
  if (finerBetween(ix, g, p, figures))
    return {
      ...p,
      confidence: 'uncertain',
      doubt: doubt('partial-period'),
      rule: `${p.rule}?partial-period+finer`,
    };
  // the bracket's period is its remark's, not the statement's: the statement states none — unless
  // a list gave each item the period bracketed after it (`23% (in 2016), 43% (in 2019)`: listed-levels.ts)
  // (`$268M (2023)`: a year alone in brackets after the value is the value's, sentence/bracket-year.ts)
  if (!p.rule.endsWith(LISTED_LEVEL_PERIOD) && !p.rule.includes(BRACKET_YEAR) && bracketAfterFigure(ix, at, figures))
    return undefined;
  // `GDP rose 13.7% yoy in 3Q22, lifting the 9-month growth rate to 8.8%`: a statement whose name
  // states a span of its own (`9-month`, `first-half`, `year-to-date`) is not of the period it
  // took from the statement before (round 18, English).
  if (
    g.locale === 'en' &&
    p.rule.endsWith('+previous-statement') &&
    (g.ownSpan?.test(s.name?.value ?? '') || ownSpanBeforeFigure(ix, g, s, figures))
  )
    return { ...p, confidence: 'uncertain', doubt: doubt('partial-period'), rule: `${p.rule}?partial-period` };
  // (`Năm 2023, vốn đầu tư công được giao 212 tỷ đồng; giải ngân 6 tháng gần 130 tỷ đồng, đạt 60,5% kế
  // hoạch`: a Vietnamese name with a count of months of its own, dated by the sentence's or the statement
  // before's whole year, is of part of that year; round 69, probe of district reports — 2023 had been certain)
  if (
    g.locale === 'vi' &&
    typeof p.value === 'string' &&
    /^\d{4}$/u.test(p.value) &&
    (p.rule.endsWith('+sentence') || p.rule.endsWith('+previous-statement')) &&
    g.ownSpan?.test(s.name?.value ?? '') === true
  )
    return { ...p, confidence: 'uncertain', doubt: doubt('partial-period'), rule: `${p.rule}?partial-period+own-span` };
  // `…, below the pre-pandemic average of 7%`, `(vs 9.1% in October 2024 and 9.6%)`: the other side
  // of a comparison that names no period of its own is not of the statement's period before it
  // (sentence/compared-previous.ts)
  if (p.rule.endsWith('+previous-statement') && figures.some((f) => f?.rule.includes('.compared-')))
    return { ...p, confidence: 'uncertain', doubt: doubt('comparison'), rule: `${p.rule}?comparison` };
  // `Hơn 1 triệu người thất nghiệp, gần 900.000 người … trong quý IV/2022`: a later clause's period,
  // lent back to the figures before it (sentence/later-period.ts)
  if (p.rule.endsWith(LATER_CLAUSE_PERIOD))
    return { ...p, confidence: 'uncertain', doubt: doubt('later-period'), rule: `${p.rule}?later-period` };
  // `had joined social insurance by the end of September 2022`, `at the end of December 2020`: a
  // figure at a month's end may be the year's to it or the month's (period-phrase.ts monthEndEn)
  // `As of March 2018, the export value … reached …`: a cut-off at a whole month, the month's for
  // a stock, the year's to it for a flow (round 31)
  if (pointInTimeMonth(ix, g, p, at)) {
    // (`reaped Rp1,152.8 trillion in state revenue as of August 2018, or 60.8 percent of the target`:
    // an amount of money measured against its plan at a month is collected to it — the year to date;
    // round 48)
    const amount = s.value?.value;
    if (amount && s.completion?.value.form === 'of-plan' && currencyOf(g, amount) && typeof p.value === 'string')
      return {
        ...p,
        value: `${p.value.slice(0, 4)}-YTD-${p.value.slice(5)}` as T,
        confidence: 'certain',
        rule: `${p.rule}+as-of-plan`,
      };
    return { ...p, confidence: 'uncertain', doubt: doubt('month-end'), rule: `${p.rule}?month-end+as-of` };
  }
  if (MONTH_END.test(p.rule))
    return { ...p, confidence: 'uncertain', doubt: doubt('month-end'), rule: `${p.rule}?month-end` };
  if (sinceYear(ix, g, p, at))
    return { ...p, confidence: 'uncertain', doubt: doubt('range'), rule: `${p.rule}?range-to-now` };
  if (cutOffMonth(ix, g, p, at))
    return { ...p, confidence: 'uncertain', doubt: doubt('month-end'), rule: `${p.rule}?month-end+cut-off` };
  // `tính đến cuối tháng 4-2023, tỷ lệ dịch vụ công trực tuyến … đạt trên 84%`: a percentage level (a
  // stock) at a month's end is the month's or the year's to it — the corpus writes it either way
  // (test17's `tính đến cuối tháng 6-2021` the month, test13b's `đến hết tháng 4/2020` the year to it);
  // a flow's total to a month's end stays the year to date (round 29)
  if (VI_MONTH_END.test(p.rule) && s.value?.value.unitCode === 'percent')
    return { ...p, confidence: 'uncertain', doubt: doubt('month-end'), rule: `${p.rule}?month-end` };
  // `tính đến 15/4/2023, cả nước xuất khẩu …`: a cut-off inside a month, read as the year to the
  // month's end it falls short of (round 37)
  if (p.rule.startsWith('vi.period.den-ngay-giua-thang'))
    return { ...p, confidence: 'uncertain', doubt: doubt('mid-month'), rule: `${p.rule}?mid-month` };
  // `xuất khẩu trong 15 ngày đầu tháng 6/2018`, `nửa đầu tháng 6/2018`: part of a month, read as the
  // month (round 39)
  // `… in May 2022 …, output in the first 5 months was …`: the year of the statement before (round 39)
  if (p.rule.endsWith('+year-of-previous'))
    return { ...p, confidence: 'uncertain', doubt: doubt('lent-year'), rule: `${p.rule}?lent-year` };
  if (p.rule.startsWith('vi.period.ngay-dau-thang') || p.rule.startsWith('vi.period.nua-thang'))
    return { ...p, confidence: 'uncertain', doubt: doubt('part-of-month'), rule: `${p.rule}?part-of-month` };
  // `tính đến 31/12/2014 toàn quốc có tổng diện tích rừng là …`: a stock at a cut-off (round 30)
  if (stockAtCutOff(ix, g, p))
    return { ...p, confidence: 'uncertain', doubt: doubt('month-end'), rule: `${p.rule}?month-end+stock` };
  // `exceeded the 2023 plan by 18%`: the year of a noun, lent to the figure (sentence/attributive-year.ts)
  // (`a 55% increase from the FY 21 deficit`: a fiscal year between a lead of a noun's year and its
  // noun is that noun's; round 67 — it had dated the deficit's figures, certain)
  if (p.rule.startsWith(ATTRIBUTIVE_YEAR) || fiscalYearOfNoun(ix, g, p, at))
    return { ...p, confidence: 'uncertain', doubt: doubt('year-of-noun'), rule: `${p.rule}?year-of-noun` };
  return { ...p, confidence: 'certain' };
}
