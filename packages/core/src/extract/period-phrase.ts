import type { PeriodKeys, PeriodWords } from './grammar';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import type { PeriodMatch } from './period-match';
import { matchAt } from './phrase';
import { enPeriodSpanAt, monthDateAt } from './rules/en-period-spans';
import { genrePeriodAt, spacedYearPartAt, yearPartAfter } from './rules/genre-periods';
import type { Token } from './tokenize';
import type { ExtractLocale } from './types';
import { tableValue } from './word-table';

export type { PeriodMatch } from './period-match';

const pw = (locale: ExtractLocale): PeriodWords => (locale === 'vi' ? vi : en).periodWords;
/** A value of a word table, own keys only (`constructor` is no month). */
const at = (table: Readonly<Record<string, number>>, word: string): number | undefined => tableValue(table, word);
/** English month names and press abbreviations in one look (a full name wins over an abbreviation). */
const EN_MONTHS: ReadonlyMap<string, number> = new Map([
  ...Object.entries(en.periodWords.monthAbbreviations),
  ...Object.entries(en.periodWords.monthNames),
]);
/** A month's index from 0 by its full name or press abbreviation (`Jan-Oct`), or −1. */
const monthOf = (word: string): number => (EN_MONTHS.get(word) ?? 0) - 1;
/** The quarter that opens on a month (its index from 0: January, April, July, October). */
const QUARTER_FROM: Readonly<Record<number, number>> = { 0: 1, 3: 2, 6: 3, 9: 4 };
/** The quarter a month (0-based) ends: March the first, … December the fourth (`the June quarter`). */
const QUARTER_ENDING: Readonly<Record<number, number>> = { 2: 1, 5: 2, 8: 3, 11: 4 };
const lw = (t: Token | undefined): string => (t && t.kind === 'word' ? t.forms.lower : '');

/** A word's folded form, computed once per distinct word by the tokenizer. */
const w = (t: Token | undefined): string => (t && t.kind === 'word' ? t.forms.fold : '');
/** Digits only (one object: a regular expression literal in a function is a new object per call). */
const DIGITS = /^\d+$/;
const isNum = (t: Token | undefined): t is Token => t?.kind === 'number' && DIGITS.test(t.text);
/** A year of four digits, 1900–2100. @internal */
export const isYear = (t: Token | undefined): t is Token =>
  isNum(t) && t.text.length === 4 && +t.text >= 1900 && +t.text <= 2100;
const isP = (t: Token | undefined, ...chars: string[]): boolean => t?.kind === 'punct' && chars.includes(t.text);
const pad = (n: number): string => String(n).padStart(2, '0');

function idOf(kind: 'half' | 'quarter' | 'month' | 'ytd', index: number, year: string): string {
  switch (kind) {
    case 'half':
      return `${year}-H${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'month':
      return `${year}-${pad(index)}`;
    default:
      return index === 12 ? year : `${year}-YTD-${pad(index)}`;
  }
}

/** The period keys of a language. */
const keys = (locale: ExtractLocale): PeriodKeys => pw(locale).keys;

/** True when token `i` is a preposition a month name may follow with no year (`in July`). */
export function monthPrepositionAt(tokens: readonly Token[], i: number, locale: ExtractLocale): boolean {
  return keys(locale).monthPrepositions.has(w(tokens[i]));
}
/**
 * First words of two-word keys, per key set (built once): the sets side by side with their first
 * words, found by identity (a handful of sets per language; a scan of them is cheaper than a
 * WeakMap's lookup, several per token).
 */
const FIRSTS_OF: ReadonlySet<string>[] = [];
const FIRSTS: ReadonlySet<string>[] = [];
function firstsOf(set: ReadonlySet<string>): ReadonlySet<string> {
  for (let k = 0; k < FIRSTS_OF.length; k++) if (FIRSTS_OF[k] === set) return FIRSTS[k] as ReadonlySet<string>;
  const firsts = new Set([...set].map((k) => k.split(' ')[0] as string));
  FIRSTS_OF.push(set);
  FIRSTS.push(firsts);
  return firsts;
}
/**
 * True when the set holds the folded words at `i` and `i + 1` (`giai doan`); the pair is only
 * built when the first word can start a key (no string per token).
 */
function has2(set: ReadonlySet<string>, tokens: readonly Token[], i: number): boolean {
  const firsts = firstsOf(set);
  const a = w(tokens[i]);
  return firsts.has(a) && set.has(`${a} ${w(tokens[i + 1])}`);
}
const dash = (tokens: readonly Token[], k: number): boolean => isP(tokens[k], '-', '–', '—');
/** The two-word relative years of a language as a set (`this year`, `next year`), built once. */
const RELATIVE = new WeakMap<PeriodKeys, ReadonlySet<string>>();
function relKeys(K: PeriodKeys): ReadonlySet<string> {
  let set = RELATIVE.get(K);
  if (!set) {
    set = new Set(Object.keys(K.relative).filter((k) => k.includes(' ')));
    RELATIVE.set(K, set);
  }
  return set;
}
const rel = (table: Readonly<Record<string, number>>, key: string): 0 | -1 | 1 | undefined => {
  const r = at(table, key);
  return r === 0 || r === 1 || r === -1 ? r : undefined;
};

/** `năm 2020`, `/2020`, `of 2020` after a partial period: the year and where it ends. */
function trailingYear(tokens: readonly Token[], i: number, locale: ExtractLocale): { year: string; to: number } | null {
  const t = tokens[i];
  const K = keys(locale);
  if (isP(t, '/', '-') && isYear(tokens[i + 1])) return { year: (tokens[i + 1] as Token).text, to: i + 2 };
  if (K.yearLinks.has(w(t)) && isYear(tokens[i + 1])) return { year: (tokens[i + 1] as Token).text, to: i + 2 };
  // `quý đầu tiên của năm 2024`, `quý I của năm 2024`: the possessive before the year's link
  if (locale === 'vi' && vi.possessiveLinks.has(w(t)) && K.yearLinks.has(w(tokens[i + 1])) && isYear(tokens[i + 2]))
    return { year: (tokens[i + 2] as Token).text, to: i + 3 };
  // (`sáu tháng đầu tiên của 2019`: the possessive right before the year, its link left out; round 40)
  if (locale === 'vi' && vi.possessiveLinks.has(w(t)) && isYear(tokens[i + 1]) && !isP(tokens[i + 2], '/', '-'))
    return { year: (tokens[i + 1] as Token).text, to: i + 2 };
  // `the first six months of the 2019`: a stray article between the link and the year (not `the 2010s`).
  const after = tokens[i + 3];
  if (
    K.yearLinks.has(w(t)) &&
    K.articles.has(w(tokens[i + 1])) &&
    isYear(tokens[i + 2]) &&
    !(after?.kind === 'word' && after.gap === '')
  )
    return { year: (tokens[i + 2] as Token).text, to: i + 3 };
  if (locale === 'en') {
    if (isP(t, ',') && isYear(tokens[i + 1])) return { year: (tokens[i + 1] as Token).text, to: i + 2 };
    if (isYear(t)) return { year: t.text, to: i + 1 };
    // (`the first eight months of the year 2024`, `the first quarter of calendar 2024`; round 52)
    const named = K.yearLinks.has(w(t)) ? namedYearAfterLink(tokens, i + 1) : null;
    if (named) return named;
    // (`the fourth quarter (Q4) of 2023`: the part's abbreviation in brackets before the year; round 52)
    if (isP(t, '(') && tokens[i + 1]?.kind === 'word' && isP(tokens[i + 2], ')')) {
      const after = trailingYear(tokens, i + 3, locale);
      if (after && after.to > i + 3) return after;
    }
  }
  return null;
}

/** `the year 2024`, `calendar 2024` at token `k` (after a link or preposition): the year, the token after it and which shape. */
function namedYearAfterLink(
  tokens: readonly Token[],
  k: number,
): { year: string; to: number; calendar: boolean } | null {
  const K = keys('en');
  if (K.calendarYearWords?.has(w(tokens[k])) && isYear(tokens[k + 1]))
    return { year: (tokens[k + 1] as Token).text, to: k + 2, calendar: true };
  if (K.articles.has(w(tokens[k])) && K.namedYearNouns?.has(w(tokens[k + 1])) && isYear(tokens[k + 2]))
    return { year: (tokens[k + 2] as Token).text, to: k + 3, calendar: false };
  return null;
}

/** `of this year`, `năm nay` after a partial period: its year relative to the report's. */
function relativeYearAt(
  tokens: readonly Token[],
  i: number,
  locale: ExtractLocale,
): { relative: 0 | -1 | 1; to: number } | null {
  const table = pw(locale).relativeYears;
  for (let n = 4; n >= 1; n--) {
    const words: string[] = [];
    for (let k = 0; k < n; k++) {
      const t = tokens[i + k];
      if (t?.kind !== 'word') break;
      words.push(t.forms.lower);
    }
    const r = words.length === n ? rel(table, words.join(' ')) : undefined;
    if (r !== undefined) return { relative: r, to: i + n };
  }
  return null;
}

function partial(
  tokens: readonly Token[],
  from: number,
  to: number,
  kind: 'half' | 'quarter' | 'month' | 'ytd',
  index: number,
  locale: ExtractLocale,
  rule: string,
): PeriodMatch {
  const year = trailingYear(tokens, to, locale);
  if (year) return { from, to: year.to, id: idOf(kind, index, year.year), rule };
  // `quý I năm nay`, `in the second quarter of this year`: the year relative to the report's.
  const r = relativeYearAt(tokens, to, locale);
  // `the first quarter ended March 31, 2023`, `the first half of the year ending 30 June 2024`
  const ended = endedAt(tokens, to, kind, index, locale) ?? (r ? endedAt(tokens, r.to, kind, index, locale) : null);
  if (ended) {
    // (`the first quarter ended Sept 30, 2024` of a fiscal year from July: the three months to that
    // date are the calendar's third quarter — the period the figure covers)
    const fiscal = ended.index !== index;
    return {
      from,
      to: ended.to,
      id: idOf(kind, ended.index, ended.year),
      rule: `${rule}+ended${fiscal ? '-fiscal' : ''}`,
    };
  }
  if (r) return { from, to: r.to, partial: { kind, index }, relative: r.relative, rule };
  // `6 tháng đầu năm`: the `năm` belongs to the phrase even without a year.
  const end = locale === 'vi' && keys('vi').year.has(w(tokens[to])) ? to + 1 : to;
  return { from, to: end, partial: { kind, index }, rule };
}

/** The last month of each quarter and of each half, by its number (index 0 unused). */
const QUARTER_END_MONTH: readonly number[] = [0, 3, 6, 9, 12];
const HALF_END_MONTH: readonly number[] = [0, 6, 12];

/** The month a partial period ends in: a quarter's third, a half's sixth, the months to date's last. */
const endMonth = (kind: 'half' | 'quarter' | 'month' | 'ytd', index: number): number | undefined =>
  kind === 'quarter' ? QUARTER_END_MONTH[index] : kind === 'half' ? HALF_END_MONTH[index] : index;

/** A count of months from January as a period: six are the first half, the others the months to date. */
const monthsToDate = (n: number): [kind: 'half' | 'ytd', index: number] => (n === 6 ? ['half', 1] : ['ytd', n]);

/**
 * `ended March 31, 2023`, `ending 30 June 2024`, `ended on Sept 30, 2023` at token `k` (grammar
 * `endedWords`): the year of a period written without it, when the date is the last day of the
 * month that period ends in. A quarter or a half of a fiscal year ends on another calendar quarter's
 * or half's last day (`the first quarter ended Sept 30, 2024` of a year from July, `the third quarter
 * ended March 31, 2020`): the months it covers are that calendar quarter or half, whose index is
 * returned; months to date of a fiscal year (`nine months ended March 31`) are no calendar period
 * and are not dated. Null otherwise.
 */
function endedAt(
  tokens: readonly Token[],
  k: number,
  kind: 'half' | 'quarter' | 'month' | 'ytd',
  index: number,
  locale: ExtractLocale,
): { readonly year: string; readonly to: number; readonly index: number } | null {
  const ended = keys(locale).endedWords;
  if (k < 0 || !ended?.has(w(tokens[k]))) return null;
  let j = k + 1;
  if (w(tokens[j]) === 'on') j++;
  // (`for the quarter ended September 2021`: a quarter's or a half's last month with its year and no
  // day; round 58 — it had been the month, doubted)
  const closing = monthOf(w(tokens[j])) + 1;
  if ((kind === 'quarter' || kind === 'half') && closing > 0 && isYear(tokens[j + 1])) {
    const ends = kind === 'quarter' ? QUARTER_END_MONTH : HALF_END_MONTH;
    const own = closing === endMonth(kind, index) ? index : ends.indexOf(closing);
    return own > 0 ? { year: (tokens[j + 1] as Token).text, to: j + 2, index: own } : null;
  }
  // `March 31, 2023` or `31 March 2023`; `31st March 2021`, its ordinal's suffix glued (round 62)
  const suffixed =
    locale === 'en' && isNum(tokens[j]) && tokens[j + 1]?.gap === '' && matchAt(tokens, j + 1, en.ordinalSuffixes)
      ? 1
      : 0;
  const dayFirst = isNum(tokens[j]) && monthOf(w(tokens[j + 1 + suffixed])) >= 0;
  const day = tokens[dayFirst ? j : j + 1];
  const month = monthOf(w(tokens[dayFirst ? j + 1 + suffixed : j])) + 1;
  j += 2 + (dayFirst ? suffixed : 0);
  if (isP(tokens[j], ',')) j++;
  const year = tokens[j];
  if (month < 1 || !isNum(day) || +day.text !== lastDay(month) || !isYear(year)) return null;
  if (month === endMonth(kind, index)) return { year: year.text, to: j + 1, index };
  const calendar =
    kind === 'quarter' ? QUARTER_END_MONTH.indexOf(month) : kind === 'half' ? HALF_END_MONTH.indexOf(month) : -1;
  return calendar > 0 ? { year: year.text, to: j + 1, index: calendar } : null;
}

/** `giai đoạn 2021-2025`, `2021-2025`, `năm 2020`, `năm 2021-2025`, `năm nay`, `năm trước`. */
function yearVi(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('vi');
  const t0 = tokens[i];
  if (has2(K.span, tokens, i) && isYear(tokens[i + 2]) && dash(tokens, i + 3) && isYear(tokens[i + 4]))
    return { from: i, to: i + 5, id: `${tokens[i + 2]?.text}/${tokens[i + 4]?.text}`, rule: 'vi.period.giai-doan' };
  if (isYear(t0) && dash(tokens, i + 1) && isYear(tokens[i + 2]) && +(tokens[i + 2] as Token).text > +t0.text)
    return { from: i, to: i + 3, id: `${t0.text}/${tokens[i + 2]?.text}`, rule: 'vi.period.year-range' };
  // `niên độ 2024`: the fiscal year of a budget, the calendar year in Vietnam
  if (has2(K.fiscalYear, tokens, i) && isYear(tokens[i + 2]))
    return { from: i, to: i + 3, id: (tokens[i + 2] as Token).text, rule: 'vi.period.nien-do' };
  // `tính đến cuối 2017`, `đầu 2018`, `giữa 2019`: a year after a word of its start, end or middle
  // with no `năm` (and an optional `tính đến`) — the year, doubted as a part of it
  // (`certainty/weigh-period.ts`, `partial-period`); round 44
  // (the year token itself after its part word, where the part word starts no period: `Cuối 2017, …`)
  const partWord = (x: Token | undefined): boolean =>
    K.closing.has(w(x)) || K.opening.has(w(x)) || K.middle?.has(w(x)) === true;
  const u = has2(K.until, tokens, i) ? i + 2 : K.until.has(w(t0)) ? i + 1 : i;
  const at = partWord(tokens[u]) ? u + 1 : isYear(t0) && partWord(tokens[i - 1]) ? i : -1;
  const year = tokens[at];
  if (at >= 0 && isYear(year) && !isP(tokens[at + 1], '-', '–', '/'))
    return { from: i, to: at + 1, id: year.text, rule: 'vi.period.part-yyyy' };
  // `Đến 2030, xuất khẩu … đạt hơn 26 tỷ USD`: a bare year after `đến` opening a clause, before its
  // comma — the year the sentence runs to, as `Đến năm 2030` (round 47)
  const opens = i === 0 || (tokens[i - 1]?.kind === 'punct' && CLAUSE_OPENERS.includes(tokens[i - 1]?.text ?? ''));
  if (opens && K.until.has(w(t0)) && isYear(tokens[i + 1]) && isP(tokens[i + 2], ','))
    return { from: i, to: i + 2, id: (tokens[i + 1] as Token).text, rule: 'vi.period.den-yyyy' };
  if (!K.year.has(w(t0))) return null;
  // (`Việt Nam sau khi …`, `Quảng Nam tới …`: `Nam` capitalised without its breve is a place's name, never
  // `năm` — it had read `Nam sau` as next year; round 55)
  if (t0?.text.normalize('NFC') === 'Nam') return null;
  const next = tokens[i + 1];
  if (isYear(next)) {
    if (isP(tokens[i + 2], '-', '–') && isYear(tokens[i + 3]) && +(tokens[i + 3] as Token).text > +next.text)
      return { from: i, to: i + 4, id: `${next.text}/${tokens[i + 3]?.text}`, rule: 'vi.period.year-range' };
    return { from: i, to: i + 2, id: next.text, rule: 'vi.period.nam-yyyy' };
  }
  const r = rel(K.relative, w(next));
  if (r === undefined) return null;
  const rule = r === 0 ? 'vi.period.nam-nay' : r < 0 ? 'vi.period.nam-truoc' : 'vi.period.nam-toi';
  return { from: i, to: i + 2, relative: r, rule };
}

/**
 * True when a running total's opener ends right before the `đến` at `i`: a cumulative opener
 * (`lũy kế đến`, `tính chung đến`) or the start of the year (`từ đầu năm đến`: grammar `yearStartLeads`).
 */
function runningTotalBefore(tokens: readonly Token[], i: number): boolean {
  if (vi.cumulativeOpeners.has(`${w(tokens[i - 2])} ${w(tokens[i - 1])}`)) return true;
  return vi.yearStartLeads?.has(`${w(tokens[i - 3])} ${w(tokens[i - 2])} ${w(tokens[i - 1])}`) === true;
}

/** The last month of each quarter (`đến hết quý III`: the year to September). */
const QUARTER_LAST_MONTH: Readonly<Record<number, number>> = { 1: 3, 2: 6, 3: 9, 4: 12 };

/** `tháng 11/2020`, `tháng Mười`, `tháng 5.2015`, `(tính) đến hết tháng 10`, `quý I/2020`, `cả năm`. */
function namedVi(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('vi');
  const a = w(tokens[i]);
  // `15 ngày đầu tháng 6/2018`, `10 ngày cuối tháng 3`: days at a month's start or end — the month,
  // which the certainty pass doubts (`part-of-month`)
  if (isNum(tokens[i]) && K.days?.has(w(tokens[i + 1])) && edgeOfMonth(K, tokens, i + 2)) {
    const month = namedVi(tokens, i + 3);
    if (month?.rule === 'vi.period.thang') return { ...month, from: i, rule: 'vi.period.ngay-dau-thang' };
  }
  // `2 quý đầu năm 2023`, `3 quý đầu năm`: the first quarters of a year counted (the first half,
  // the year to September)
  const count = isNum(tokens[i]) ? +(tokens[i] as Token).text : at(pw('vi').countWords, lw(tokens[i]));
  if (count !== undefined && K.quarter.has(w(tokens[i + 1])) && K.opening.has(w(tokens[i + 2]))) {
    if (count === 1) return partial(tokens, i, i + 3, 'quarter', 1, 'vi', 'vi.period.n-quy-dau');
    if (count === 2) return partial(tokens, i, i + 3, 'half', 1, 'vi', 'vi.period.n-quy-dau');
    if (count === 3) return partial(tokens, i, i + 3, 'ytd', 9, 'vi', 'vi.period.n-quy-dau');
  }
  // `quý đầu năm 2023`, `quý cuối năm`: the first or last quarter of the year — never after a count
  // (`2 quý đầu năm` is read above)
  const first = K.opening.has(w(tokens[i + 1]));
  if (
    K.quarter.has(a) &&
    !isNum(tokens[i - 1]) &&
    at(pw('vi').countWords, lw(tokens[i - 1])) === undefined &&
    (first || K.closing.has(w(tokens[i + 1]))) &&
    K.year.has(w(tokens[i + 2]))
  )
    return partial(tokens, i, i + 2, 'quarter', first ? 1 : 4, 'vi', 'vi.period.quy-dau-cuoi');
  if (K.quarter.has(a)) {
    const n = tokens[i + 1];
    const q = isNum(n) ? +n.text : at(pw('vi').romanNumerals, w(n));
    if (q && q >= 1 && q <= 4) return partial(tokens, i, i + 2, 'quarter', q, 'vi', 'vi.period.quy');
    // `quý đầu tiên của năm 2024`, `quý thứ hai`, `quý cuối cùng của năm`: a quarter by its ordinal,
    // two words after the noun (grammar `periodWords.ordinals`)
    const ord = at(pw('vi').ordinals, `${lw(tokens[i + 1])} ${lw(tokens[i + 2])}`);
    if (ord && ord >= 1 && ord <= 4) return partial(tokens, i, i + 3, 'quarter', ord, 'vi', 'vi.period.quy-ordinal');
  }
  // (tính) đến hết tháng 10: the year to date; after `đến`, the end of a month (`tính đến cuối
  // tháng 9/2024`) too — `cuối tháng 9` alone is the month's end, left to the month reader
  const k = has2(K.until, tokens, i) ? i + 2 : K.until.has(a) ? i + 1 : i;
  const ends = K.untilEnd.has(w(tokens[k])) || (k > i && K.closing.has(w(tokens[k])));
  if (ends && K.month.has(w(tokens[k + 1])) && isNum(tokens[k + 2])) {
    const m = +(tokens[k + 2] as Token).text;
    if (m >= 1 && m <= 12) return partial(tokens, i, k + 3, 'ytd', m, 'vi', 'vi.period.den-het-thang');
  }
  // (`đến giữa tháng 4-2023`: to the middle of a month — the year to that day, read as the year to the
  // month's end, which the certainty pass doubts: `mid-month`)
  if (k > i && K.middle?.has(w(tokens[k])) && K.month.has(w(tokens[k + 1])) && isNum(tokens[k + 2])) {
    const m = +(tokens[k + 2] as Token).text;
    if (m >= 1 && m <= 12) return partial(tokens, i, k + 3, 'ytd', m, 'vi', 'vi.period.den-ngay-giua-thang');
  }
  // `Tính đến tháng 11/2022`, `lũy kế đến tháng 9/2023`: a running total reckoned to a month with
  // no `hết` is the year to date of that month too (the corpus's reading; `tháng 11/2022` alone is
  // the month, `đến tháng 12` inside a clause a deadline)
  const reckoned = has2(K.until, tokens, i) || (K.until.has(a) && runningTotalBefore(tokens, i));
  if (reckoned && k > i && K.month.has(w(tokens[k])) && isNum(tokens[k + 1])) {
    const m = +(tokens[k + 1] as Token).text;
    const after = w(tokens[k + 2]);
    if (m >= 1 && m <= 12 && !(K.opening.has(after) || K.closing.has(after)))
      return partial(tokens, i, k + 2, 'ytd', m, 'vi', 'vi.period.tinh-den-thang');
  }
  // (lũy kế) đến hết quý III/2024: the year to the quarter's last month
  if (k > i && ends && K.quarter.has(w(tokens[k + 1]))) {
    const n = tokens[k + 2];
    const q = isNum(n) ? +n.text : at(pw('vi').romanNumerals, w(n));
    const last = q ? QUARTER_LAST_MONTH[q] : undefined;
    if (last) return partial(tokens, i, k + 3, 'ytd', last, 'vi', 'vi.period.den-het-quy');
  }
  // (tính) đến hết tháng 4.2018: the month and year in one dotted number, still the year to date
  const dottedEnd = k > i && ends && K.month.has(w(tokens[k + 1])) ? dotted(tokens[k + 2]) : null;
  if (dottedEnd)
    return { from: i, to: k + 3, id: idOf('ytd', dottedEnd.month, dottedEnd.year), rule: 'vi.period.den-het-thang' };
  const cutOff = cutOffDayVi(tokens, i);
  if (cutOff) return cutOff;
  const range = monthRangeVi(tokens, i);
  if (range) return range;
  if (K.month.has(a)) {
    const named = monthNameVi(tokens, i);
    if (named) return named;
    // tháng 11/2020, tháng 11 năm 2020
    if (isNum(tokens[i + 1])) {
      const m = +(tokens[i + 1] as Token).text;
      const after = w(tokens[i + 2]);
      if (m >= 1 && m <= 12 && !(K.opening.has(after) || K.closing.has(after)))
        return partial(tokens, i, i + 2, 'month', m, 'vi', 'vi.period.thang');
    }
    // tháng 5.2015: the month and the year in one dotted number (a newspaper's dateline style)
    const mDotY = dotted(tokens[i + 1]);
    if (mDotY)
      return { from: i, to: i + 2, id: idOf('month', mDotY.month, mDotY.year), rule: 'vi.period.thang-m.yyyy' };
  }
  // nửa đầu năm 2024, nửa cuối năm, nửa năm đầu: a half of the year
  if (K.half.has(a)) {
    const k = K.year.has(w(tokens[i + 1])) ? i + 2 : i + 1;
    const side = w(tokens[k]);
    const half = K.opening.has(side) ? 1 : K.closing.has(side) ? 2 : 0;
    // (`nửa đầu tháng 6/2018`: the first half of a month — the month, doubted `part-of-month`; never
    // the year's first half)
    if (half && k === i + 1 && K.month.has(w(tokens[k + 1]))) {
      const month = namedVi(tokens, k + 1);
      return month?.rule === 'vi.period.thang' ? { ...month, from: i, rule: 'vi.period.nua-thang' } : null;
    }
    if (half) return partial(tokens, i, k + 1, 'half', half, 'vi', 'vi.period.nua-nam');
  }
  // cả năm, cả năm 2023: the whole year
  if (K.whole.has(a) && K.year.has(w(tokens[i + 1]))) {
    if (isYear(tokens[i + 2]))
      return { from: i, to: i + 3, id: (tokens[i + 2] as Token).text, rule: 'vi.period.ca-nam' };
    // cả năm ngoái, cả năm trước, cả năm nay: the whole of a relative year
    const r = rel(K.relative, w(tokens[i + 2]));
    if (r !== undefined) return { from: i, to: i + 3, relative: r, rule: 'vi.period.ca-nam-relative' };
    return { from: i, to: i + 2, relative: 0, rule: 'vi.period.ca-nam' };
  }
  return null;
}

/** True when the month's start or end word (`đầu`, `cuối`) and the month noun stand at token `k`. */
function edgeOfMonth(K: ReturnType<typeof keys>, tokens: readonly Token[], k: number): boolean {
  return (K.opening.has(w(tokens[k])) || K.closing.has(w(tokens[k]))) && K.month.has(w(tokens[k + 1]));
}

/** `4.2018`: a month and a year in one dotted number (a newspaper's style), or null. */
function dotted(t: Token | undefined): { month: number; year: string } | null {
  const d = t?.kind === 'number' ? /^(\d{1,2})\.((?:19|20)\d\d)$/u.exec(t.text) : null;
  const month = d ? Number(d[1]) : 0;
  return d && month >= 1 && month <= 12 ? { month, year: d[2] as string } : null;
}

/** The last day of month `m` (1-12): 29 for February (28 is accepted too, whatever the year). */
const lastDay = (m: number): number => (m === 2 ? 29 : [4, 6, 9, 11].includes(m) ? 30 : 31);

/**
 * `Tính đến ngày 31/10/2025`, `tính đến hết ngày 30/9`, `đến hết ngày 31/12/2024`, `tính đến
 * 30/9/2024` (the day word left out), `Đến ngày 31 tháng 12 năm 2020` (the date in words): a cut-off on the LAST day of a month is the year to date of
 * that month. A cut-off inside a month (`tính đến ngày 20/11/2023`) is no period the extractor can
 * name and is left unread; a bare `đến ngày …` inside a clause (a deadline, `kéo dài đến ngày
 * 31/12`) is no cut-off either, but one that OPENS the sentence or a clause and ends on a comma
 * (`Đến 30/9/2024, dư nợ …`, `Đến ngày 31/12/2024, …`) dates what follows.
 */
/** `31.12.2013`: a day, a month and a year written with points (Vietnamese). */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;

function cutOffDayVi(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('vi');
  // `Ước đến 31/12/2021`, `lũy kế đến 30/6/2024`, `cộng dồn đến ngày 31/10`: an estimate's or a
  // running total's `đến` reckons a cut-off as `tính đến` does
  const led =
    K.until.has(w(tokens[i])) &&
    (K.estimateAfter.has(w(tokens[i - 1])) ||
      K.estimateAfter.has(`${w(tokens[i - 2])} ${w(tokens[i - 1])}`) ||
      runningTotalBefore(tokens, i));
  // (`Vào thời điểm 31.12.2013, …`: the point in time a stock is counted at reckons it too; round 53)
  const moment = vi.cutOff.moment !== undefined && has2(vi.cutOff.moment, tokens, i);
  const reckoned = has2(K.until, tokens, i) || led || moment;
  let k = has2(K.until, tokens, i) || moment ? i + 2 : K.until.has(w(tokens[i])) ? i + 1 : i;
  if (k === i) return null;
  const end = K.untilEnd.has(w(tokens[k]));
  if (end) k++;
  const dayWord = vi.cutOff.day.has(w(tokens[k]));
  if (dayWord) k++;
  const day = tokens[k];
  // (`31.12.2013`: a date written with points, one number token to the tokenizer; round 53)
  const dotted = day?.kind === 'number' ? DOTTED_DATE.exec(day.text) : null;
  const month = dotted ? { text: dotted[2] as string } : tokens[k + 2];
  // (`đến ngày 31 tháng 12 năm 2020`: the official date in words reads as `31/12/2020` does)
  const words = dayWord && K.month.has(w(tokens[k + 1]));
  if (!dotted && (!isNum(day) || !(isP(tokens[k + 1], '/') || words) || !isNum(month as Token | undefined)))
    return null;
  const withYear =
    dotted !== null || ((words ? K.year.has(w(tokens[k + 3])) : isP(tokens[k + 3], '/')) && isYear(tokens[k + 4]));
  const to = dotted ? k + 1 : withYear ? k + 5 : k + 3;
  const yearText = dotted ? (dotted[3] as string) : (tokens[k + 4] as Token | undefined)?.text;
  // a bare `đến` only when it opens the sentence or a clause and a comma closes the date, or
  // between an indicator and its value verb with its figure (`Tổng thu ngân sách đến ngày
  // 31/10/2023 là gần 278 tỷ đồng`, `Dư nợ đến 30/9/2024 đạt …`: a stock's cut-off, never a
  // deadline — `Kế đến 30/6/2024 là hạn chót`)
  const opens = i === 0 || isP(tokens[i - 1], ...CLAUSE_OPENERS);
  const verb = i > 0 && !opens ? matchAt(tokens, to, vi.cutOff.verbs) : null;
  const figureAt = (t: Token | undefined): boolean => t?.kind === 'number';
  const valued =
    verb !== null && (figureAt(tokens[verb.to]) || (tokens[verb.to]?.kind === 'word' && figureAt(tokens[verb.to + 1])));
  if (!(reckoned || end || (opens && isP(tokens[to], ',')) || valued)) return null;
  const m = +(month as { text: string }).text;
  const d = dotted ? +(dotted[1] as string) : +(day as Token).text;
  if (m < 1 || m > 12 || d < 1 || d > lastDay(m)) return null;
  // (`tính đến 15/4/2023, cả nước xuất khẩu …`: a reckoned cut-off inside a month is the year to
  // that day — read as the year to the month's end, which the certainty pass doubts: `mid-month`)
  if (!(d === lastDay(m) || (m === 2 && d === 28))) {
    if (!reckoned) return null;
    if (withYear) return { from: i, to, id: idOf('ytd', m, yearText as string), rule: 'vi.period.den-ngay-giua-thang' };
    return partial(tokens, i, to, 'ytd', m, 'vi', 'vi.period.den-ngay-giua-thang');
  }
  if (withYear) return { from: i, to, id: idOf('ytd', m, yearText as string), rule: 'vi.period.den-ngay-cuoi-thang' };
  return partial(tokens, i, to, 'ytd', m, 'vi', 'vi.period.den-ngay-cuoi-thang');
}

/** Marks after which a clause opens (`…; Đến 30/9/2024, …`, `(tính đến 31/10)`). */
const CLAUSE_OPENERS = [',', ';', ':', '(', '.', '-', '+', '–', '•'];

/**
 * `từ tháng 1 đến tháng 9/2023`, `từ tháng Giêng đến hết tháng 10 năm 2024`: the months from
 * January to a month are the year to date of that month (not the month alone); a range of the
 * three months of a quarter, or July to December, is that quarter or half. Any other range that
 * starts later in the year is no such period and is left to the month readers.
 */
function monthRangeVi(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('vi');
  if (!K.monthRangeFrom.has(w(tokens[i])) || !K.month.has(w(tokens[i + 1]))) return null;
  const first = tokens[i + 2];
  const start = isNum(first) ? +first.text : at(pw('vi').monthNames, lw(first));
  if (start === undefined || start < 1 || start > 12) return null;
  let k = i + 3;
  if (K.until.has(w(tokens[k])) || dash(tokens, k)) k++;
  else return null;
  if (K.untilEnd.has(w(tokens[k]))) k++;
  if (!K.month.has(w(tokens[k])) || !isNum(tokens[k + 1])) return null;
  const m = +(tokens[k + 1] as Token).text;
  if (m < 2 || m > 12) return null;
  if (start === 1) return partial(tokens, i, k + 2, 'ytd', m, 'vi', 'vi.period.tu-thang-1-den-thang');
  // `từ tháng 4 đến tháng 6/2022`, `từ tháng 7 đến tháng 12`: a range that is one quarter or the second
  // half (round 52; it had been the first month alone, doubted)
  const quarter = m - start === 2 ? QUARTER_FROM[start - 1] : undefined;
  if (quarter !== undefined)
    return partial(tokens, i, k + 2, 'quarter', quarter, 'vi', 'vi.period.tu-thang-den-thang-quy');
  if (start === 7 && m === 12) return partial(tokens, i, k + 2, 'half', 2, 'vi', 'vi.period.tu-thang-den-thang-quy');
  return null;
}

/** `tháng Mười`, `tháng Mười Một`, `tháng Giêng`, `tháng Chạp`: month names written as words. */
function monthNameVi(tokens: readonly Token[], i: number): PeriodMatch | null {
  if (tokens[i + 1]?.kind !== 'word') return null;
  const m2 = at(pw('vi').monthNames, `${lw(tokens[i + 1])} ${lw(tokens[i + 2])}`);
  if (m2 !== undefined) return partial(tokens, i, i + 3, 'month', m2, 'vi', 'vi.period.thang-chu');
  const one = lw(tokens[i + 1]);
  const m1 = at(pw('vi').monthNames, one);
  // `tháng Năm`, `tháng Ba` only capitalised: `tháng năm 2020` is no month name.
  if (m1 !== undefined && (pw('vi').unambiguousMonthNames.has(one) || /^\p{Lu}/u.test((tokens[i + 1] as Token).text)))
    return partial(tokens, i, i + 2, 'month', m1, 'vi', 'vi.period.thang-chu');
  return null;
}

/**
 * 6 tháng đầu năm, 6 tháng cuối năm, 9 tháng, 11 tháng năm 2020, lũy kế 11 tháng, tính chung 9
 * tháng, trong 10 tháng (qua), bảy tháng: a count of months.
 */
function monthCountVi(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('vi');
  let j = i;
  let cumulative = false;
  let within = false;
  if (has2(K.cumulative, tokens, i)) {
    cumulative = true;
    j = i + 2;
  } else if (K.within.has(w(tokens[i])) && isNum(tokens[i + 1])) {
    within = true;
    j = i + 1;
  }
  const n: Token | undefined = tokens[j];
  // `Tính chung 10/2020, thiên tai làm …`, `lũy kế 9/2024`: a running total over a month and its
  // year reckons the months from January to that month (`tháng 10/2020` alone is the month)
  if (cumulative && isNum(n) && isP(tokens[j + 1], '/') && isYear(tokens[j + 2]) && !isP(tokens[j + 3], '/')) {
    const month = +(n as Token).text;
    if (month >= 1 && month <= 12)
      return {
        from: i,
        to: j + 3,
        id: idOf('ytd', month, (tokens[j + 2] as Token).text),
        rule: 'vi.period.luy-ke-thang',
      };
  }
  // `7 tháng`, `bảy tháng`: the count in digits or as a word.
  const months = n === undefined ? undefined : isNum(n) ? +n.text : at(pw('vi').countWords, lw(n));
  if (months === undefined || !K.month.has(w(tokens[j + 1]))) return null;
  // `8 tháng của năm 2023`: the months counted in a named year (the link, then `năm` and the year)
  if (
    months >= 1 &&
    months <= 12 &&
    K.countOfYear.has(w(tokens[j + 2])) &&
    K.year.has(w(tokens[j + 3])) &&
    isYear(tokens[j + 4])
  ) {
    const [kind, index] = monthsToDate(months);
    return partial(tokens, i, j + 3, kind, index, 'vi', 'vi.period.n-thang-cua-nam');
  }
  // `5 tháng 2023`, `IIP 5 tháng 2023 giảm`: the count and the year right after `tháng`, no `năm` (the
  // months from January of that year; round 52 — it had been no period)
  const bareYear = tokens[j + 2];
  if (months >= 2 && months <= 12 && isYear(bareYear) && !isP(tokens[j + 3], '/', '-', '.', '–')) {
    const [kind, index] = monthsToDate(months);
    return { from: i, to: j + 3, id: idOf(kind, index, bareYear.text), rule: 'vi.period.n-thang-yyyy' };
  }
  const after = w(tokens[j + 2]);
  // (`6 tháng đầu tiên`: the opening word's tail belongs to the phrase; round 40)
  const tail = K.opening.has(after) && K.openingTails?.has(w(tokens[j + 3])) === true ? 1 : 0;
  if (months === 6 && K.closing.has(after)) return partial(tokens, i, j + 3, 'half', 2, 'vi', 'vi.period.6-thang-cuoi');
  if (months === 6 && K.opening.has(after))
    return partial(tokens, i, j + 3 + tail, 'half', 1, 'vi', 'vi.period.6-thang-dau');
  if (months < 1 || months > 12) return null;
  const end = K.opening.has(after) || K.past.has(after) ? j + 3 + tail : j + 2;
  // `3 tháng` alone is a duration, not a period; need `đầu`, `qua`, `năm`, a year or `lũy
  // kế`; `trong 10 tháng` only when a comma, `qua`, `đầu` or a year follows.
  // `9 tháng ước tăng 8,6%`: an estimate of the months so far (`3 tháng ước` is no duration either).
  const closes =
    K.opening.has(after) ||
    K.year.has(after) ||
    K.past.has(after) ||
    isP(tokens[j + 2], '/') ||
    (!within && K.estimateAfter.has(after));
  // (`Ước 8 tháng, khối lượng …`: the months so far, estimated, at the head of a sentence, closed by
  // a comma; round 40)
  const estimated = j === i && K.estimateAfter.has(w(tokens[i - 1])) && isP(tokens[j + 2], ',');
  if (!(within || estimated ? closes || isP(tokens[j + 2], ',') : cumulative || closes)) return null;
  const rule = cumulative ? 'vi.period.luy-ke' : within ? 'vi.period.trong-n-thang' : 'vi.period.n-thang';
  return partial(tokens, i, end, 'ytd', months, 'vi', rule);
}

/**
 * The folded words a Vietnamese period can start with (read off `yearVi`, `namedVi` with
 * `cutOffDayVi` and `monthRangeVi`, and `monthCountVi`: each returns null unless the token at `i`
 * is a number, a count word, or one of these), built on first use.
 */
let viStarts: ReadonlySet<string> | undefined;
/** The count words (`chín`, `mười một`) as a set: the keys `at(countWords, …)` finds a value for. */
let viCounts: ReadonlySet<string> | undefined;
function viStartWords(): ReadonlySet<string> {
  if (viStarts) return viStarts;
  viCounts = new Set(
    Object.entries(pw('vi').countWords)
      .filter(([, n]) => n !== undefined)
      .map(([word]) => word),
  );
  const K = keys('vi');
  viStarts = new Set([
    ...firstsOf(K.span),
    ...firstsOf(K.fiscalYear),
    ...K.year,
    ...K.quarter,
    ...firstsOf(K.until),
    ...K.until,
    ...K.untilEnd,
    ...K.monthRangeFrom,
    ...K.month,
    ...K.half,
    ...K.whole,
    ...firstsOf(K.cumulative),
    ...K.within,
    ...firstsOf(vi.cutOff.moment ?? new Set()),
  ]);
  return viStarts;
}

/**
 * False when no Vietnamese period can start at token `t`: not a number, not a two-letter word
 * (`Q3/2020`, `genrePeriodAt`), not a count word (`chín tháng`) nor a start word above. Most
 * tokens are none of these; they skip the readers (a cheap check, the readers still decide).
 */
function mayStartVi(t: Token): boolean {
  if (t.kind === 'number' || (t.kind === 'word' && t.text.length === 2)) return true;
  return viStartWords().has(w(t)) || (viCounts as ReadonlySet<string>).has(lw(t));
}

function matchVi(tokens: readonly Token[], i: number): PeriodMatch | null {
  const t = tokens[i];
  if (t !== undefined && !mayStartVi(t)) return null;
  return yearVi(tokens, i) ?? namedVi(tokens, i) ?? monthCountVi(tokens, i) ?? genrePeriodAt(tokens, i, 'vi');
}

/**
 * `grew 7 percent from 2016 to 2017`: at `to`, the year a span of years ends at — the figure's period
 * (the span's first year is read as the base before it); round 51, `2017` had been read as the value.
 * English; null elsewhere.
 */
export function yearSpanEndEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  const span = keys('en').yearSpan;
  const end = tokens[i + 1];
  if (!span?.to.has(w(tokens[i])) || !isYear(end) || !isYear(tokens[i - 1]) || !span.from.has(w(tokens[i - 2])))
    return null;
  return +end.text > +(tokens[i - 1] as Token).text
    ? { from: i, to: i + 2, id: end.text, rule: 'en.period.year-span-end' }
    : null;
}

/** `2021-2025`, `in 2020`, `this year`, `Q3`, `H1`: a year, a relative year or an abbreviation. */
function yearEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('en');
  const t0 = tokens[i];
  const a = w(t0);
  if (
    isYear(t0) &&
    isP(tokens[i + 1], '-', '–', '—') &&
    isYear(tokens[i + 2]) &&
    +(tokens[i + 2] as Token).text > +t0.text
  )
    return { from: i, to: i + 3, id: `${t0.text}/${tokens[i + 2]?.text}`, rule: 'en.period.year-range' };
  // (`in 2013Q1`: a quarter or half glued after the year is read with it, genre-periods.ts)
  // (`in 2023/Q1`: the quarter after a glued slash too; round 66)
  const part = isP(tokens[i + 2], '/') && tokens[i + 2]?.gap === '' ? tokens[i + 3] : tokens[i + 2];
  // (`in 2024 H1`: the half after a space; round 67)
  if (K.yearPrepositions.has(a) && isYear(tokens[i + 1]) && !yearPartAfter(part) && !spacedYearPartAt(tokens, i + 1))
    return { from: i, to: i + 2, id: (tokens[i + 1] as Token).text, rule: 'en.period.in-yyyy' };
  const spanEnd = yearSpanEndEn(tokens, i);
  if (spanEnd) return spanEnd;
  // `for calendar 2022`, `in the year 2022`
  const named = namedYearAfterLink(tokens, i + 1);
  if (named && (named.calendar ? K.yearPrepositions : K.prepositions).has(a))
    return {
      from: i,
      to: named.to,
      id: named.year,
      rule: named.calendar ? 'en.period.in-calendar-yyyy' : 'en.period.in-the-year-yyyy',
    };
  // `The country ended 2021 with 70.9 million subscribers`: the year a closing verb ends, before `with`
  if (isYear(t0) && K.closedYearWith.has(w(tokens[i + 1])) && K.closedYearVerbs.has(w(tokens[i - 1])))
    return { from: i, to: i + 1, id: t0.text, rule: 'en.period.ended-yyyy-with' };
  const r = has2(relKeys(K), tokens, i) ? rel(K.relative, `${w(tokens[i])} ${w(tokens[i + 1])}`) : undefined;
  if (r !== undefined)
    return { from: i, to: i + 2, relative: r, rule: r === 0 ? 'en.period.this-year' : 'en.period.next-year' };
  // Q1 2020, Q1/2020, H1
  // (`H1 FY2024`: a part of a fiscal year is no part of the calendar's; round 52)
  const digit = a.length === 2 && !w(tokens[i + 1]).startsWith('fy') ? Number(a[1]) : Number.NaN;
  if (K.quarterLetters.has(a[0] ?? '') && digit >= 1 && digit <= 4)
    return partial(tokens, i, i + 1, 'quarter', digit, 'en', 'en.period.qn');
  if (K.halfLetters.has(a[0] ?? '') && (digit === 1 || digit === 2))
    return partial(tokens, i, i + 1, 'half', digit, 'en', 'en.period.hn');
  // `H12023`, `Q22024`: the letter, its number and the year glued in one word (research notes)
  const glued = /^\p{L}([1-4])((?:19|20)\d\d)$/u.exec(a);
  if (glued && K.quarterLetters.has(a[0] ?? ''))
    return { from: i, to: i + 1, id: `${glued[2]}-Q${glued[1]}`, rule: 'en.period.qn-glued-year' };
  if (glued && K.halfLetters.has(a[0] ?? '') && (glued[1] === '1' || glued[1] === '2'))
    return { from: i, to: i + 1, id: `${glued[2]}-H${glued[1]}`, rule: 'en.period.hn-glued-year' };
  // `Q2’24`, `H1'24`, `H1CY'24`: the letter, its number (and `CY`, the calendar year) and a two-digit
  // year after an apostrophe, in one word (round 52; it had been no period)
  const clipped = /^(\p{L})([1-4])(?:cy)?['’](\d\d)$/u.exec(a);
  if (clipped && K.quarterLetters.has(clipped[1] as string))
    return { from: i, to: i + 1, id: `20${clipped[3]}-Q${clipped[2]}`, rule: 'en.period.qn-clipped-year' };
  if (clipped && K.halfLetters.has(clipped[1] as string) && (clipped[2] === '1' || clipped[2] === '2'))
    return { from: i, to: i + 1, id: `20${clipped[3]}-H${clipped[2]}`, rule: 'en.period.hn-clipped-year' };
  // `YE2018`: the letters of a year's end glued to its year, that year (a stock at its end)
  const yearEnd = /^(\p{L}+)((?:19|20)\d\d)$/u.exec(a);
  if (yearEnd && K.yearEndLetters?.has(yearEnd[1] ?? ''))
    return { from: i, to: i + 1, id: yearEnd[2] as string, rule: 'en.period.year-end-glued' };
  return null;
}

/** `first` … `tenth` as counted ordinals (`last`, which names the fourth quarter, counts no month). */
const TRUE_ORDINALS: ReadonlyMap<string, number> = new Map(en.ordinals.map((p) => [p.text.toLowerCase(), p.data]));

/** The months to date of the first N quarters of a year, three of them (two are the first half; four the year). */
const QUARTERS_TO_DATE: Readonly<Record<number, number>> = { 3: 9 };

/**
 * `the first quarter`, `the first half`, `the first 10 months`, `the first nine months`, `the first
 * six months`, `the first three quarters`.
 */
/**
 * True when the word at `j` opens the months of a year: `first` (grammar `opening`), or `past`
 * (`openingOfYear`) when `N months of <year>` follows — `the past nine months` alone runs back from
 * now. Constant look-ahead.
 */
function opensMonthsEn(tokens: readonly Token[], j: number): boolean {
  const K = keys('en');
  if (K.opening.has(w(tokens[j]))) return true;
  if (!K.openingOfYear?.has(w(tokens[j])) || !K.yearLinks.has(w(tokens[j + 3]))) return false;
  return trailingYear(tokens, j + 3, 'en') !== null;
}

function ordinalEn(tokens: readonly Token[], i: number, j: number): PeriodMatch | null {
  const K = keys('en');
  const digit = digitOrdinalEn(tokens, i, j);
  if (digit) return digit;
  const ord = at(pw('en').ordinals, w(tokens[j]));
  const unit = w(tokens[j + 1]);
  // the first month of 2024, the fifth month of this year: one month counted from January, only
  // OF a year (`last month`, `the first month after reopening` are no month of the calendar)
  const nth = TRUE_ORDINALS.get(w(tokens[j]));
  if (
    nth !== undefined &&
    K.monthSingular.has(unit) &&
    K.yearLinks.has(w(tokens[j + 2])) &&
    (trailingYear(tokens, j + 2, 'en') || relativeYearAt(tokens, j + 2, 'en'))
  )
    return partial(tokens, i, j + 2, 'month', nth, 'en', 'en.period.nth-month');
  if (ord === undefined && !opensMonthsEn(tokens, j)) return null;
  if (ord !== undefined && K.quarter.has(unit))
    return partial(tokens, i, j + 2, 'quarter', ord, 'en', 'en.period.nth-quarter');
  if (ord !== undefined && K.half.has(unit))
    return partial(tokens, i, j + 2, 'half', ord === 4 ? 2 : ord, 'en', 'en.period.nth-half');
  // `first-half 2023`, `second-quarter 2023`, `third-quarter revenue`: the ordinal and its part joined
  // by a hyphen (round 52; it had been no period)
  const joined = ord !== undefined && isP(tokens[j + 1], '-') && tokens[j + 1]?.gap === '' && tokens[j + 2]?.gap === '';
  if (joined && K.quarter.has(w(tokens[j + 2])) && ord <= 4)
    return partial(tokens, i, j + 3, 'quarter', ord, 'en', 'en.period.nth-quarter-hyphen');
  if (joined && K.half.has(w(tokens[j + 2])) && ord <= 2)
    return partial(tokens, i, j + 3, 'half', ord, 'en', 'en.period.nth-half-hyphen');
  // the first two quarters (the first half), the first three quarters (the year to September)
  if (K.opening.has(w(tokens[j])) && K.quarterPlural?.has(w(tokens[j + 2]))) {
    const n = isNum(tokens[j + 1]) ? +(tokens[j + 1] as Token).text : at(pw('en').countWords, w(tokens[j + 1]));
    if (n === 2) return partial(tokens, i, j + 3, 'half', 1, 'en', 'en.period.first-n-quarters');
    const months = n === undefined ? undefined : QUARTERS_TO_DATE[n];
    return months === undefined ? null : partial(tokens, i, j + 3, 'ytd', months, 'en', 'en.period.first-n-quarters');
  }
  // `first 5-month profit of 2020`, `the first nine-month revenue of 2023`: the count of months as a
  // compound adjective after `first` (a hyphen glued on both sides, `month` singular), its noun and
  // the year after `of` (one or two words on) is the months from January of that year; without it
  // the count may be a duration (`its first 5-month contract in 2020`) and is none
  if (K.opening.has(w(tokens[j])) && gluedMonthAt(tokens, j + 2) && ofYearAfterNoun(tokens, j + 4)) {
    const n = isNum(tokens[j + 1]) ? +(tokens[j + 1] as Token).text : at(pw('en').countWords, w(tokens[j + 1]));
    if (n === undefined || n < 2 || n > 11) return null;
    return partial(tokens, i, j + 4, ...monthsToDate(n), 'en', 'en.period.first-n-month-adjective');
  }
  if (!opensMonthsEn(tokens, j) || !K.month.has(w(tokens[j + 2]))) return null;
  if (isNum(tokens[j + 1]))
    return partial(tokens, i, j + 3, 'ytd', +(tokens[j + 1] as Token).text, 'en', 'en.period.first-n-months');
  const n = at(pw('en').countWords, w(tokens[j + 1]));
  // the first six months: the first half; the first nine months, the first eleven months: to date
  if (n === 6) return partial(tokens, i, j + 3, 'half', 1, 'en', 'en.period.first-six-months');
  if (n !== undefined) return partial(tokens, i, j + 3, 'ytd', n, 'en', 'en.period.first-n-months');
  return null;
}

/** `-month` glued on both sides at token `d` (`9-month`, `nine-month`): a count of months as an adjective. */
const gluedMonthAt = (tokens: readonly Token[], d: number): boolean =>
  dash(tokens, d) &&
  tokens[d]?.gap === '' &&
  tokens[d + 1]?.gap === '' &&
  keys('en').monthSingular.has(w(tokens[d + 1]));

/** True when a year after `of` follows the one to `words` words of a noun at token `k` (`profit of 2020`). */
function ofYearAfterNoun(tokens: readonly Token[], k: number, words = 2): boolean {
  for (let n = k + 1; n <= k + words; n++) {
    if (tokens[n - 1]?.kind !== 'word') return false;
    if (keys('en').adjectiveYearLinks?.has(w(tokens[n])) && isYear(tokens[n + 1])) return true;
  }
  return false;
}

/**
 * `the 1st quarter`, `the 2nd half`, `the 3rd month of 2024`: an ordinal written in digits with
 * its suffix glued (`1st`, `2nd`, `4th`; any of the suffixes, as printed: `the 2rd Quarter`) names
 * the quarter, half or month that word would, in range (a fifth quarter or a third half is none).
 * A month needs its year after `of`, as `the first month of 2024` does.
 */
function digitOrdinalEn(tokens: readonly Token[], i: number, j: number): PeriodMatch | null {
  const n = tokens[j];
  const suffix = tokens[j + 1];
  if (!isNum(n) || suffix?.gap !== '' || !matchAt(tokens, j + 1, en.ordinalSuffixes)) return null;
  const K = keys('en');
  const ord = +n.text;
  const unit = w(tokens[j + 2]);
  if (K.quarter.has(unit) && ord >= 1 && ord <= 4)
    return partial(tokens, i, j + 3, 'quarter', ord, 'en', 'en.period.nth-quarter-digits');
  // `the 1st 10 months 2017`, `during 1st 10 months 2017`: `1st` for `first` before a count of months
  // (2 to 11) is the months from January (round 52; it had been the whole year, doubted)
  const count = tokens[j + 2];
  if (ord === 1 && isNum(count) && K.month.has(w(tokens[j + 3])) && +count.text >= 2 && +count.text <= 11)
    return partial(tokens, i, j + 4, ...monthsToDate(+count.text), 'en', 'en.period.first-n-months-digits');
  if (K.half.has(unit) && (ord === 1 || ord === 2))
    return partial(tokens, i, j + 3, 'half', ord, 'en', 'en.period.nth-half-digits');
  if (
    K.monthSingular.has(unit) &&
    ord >= 1 &&
    ord <= 12 &&
    K.yearLinks.has(w(tokens[j + 3])) &&
    (trailingYear(tokens, j + 3, 'en') || relativeYearAt(tokens, j + 3, 'en'))
  )
    return partial(tokens, i, j + 3, 'month', ord, 'en', 'en.period.nth-month-digits');
  return null;
}

/**
 * `the six months of 2021`, `the seven months of this year`: a count of months OF a named year
 * (no `first`) is the months from January; six of them the first half. Without the year the
 * count is only a duration (`in six months`) and no period.
 */
function monthsOfYearEn(tokens: readonly Token[], i: number, j: number): PeriodMatch | null {
  const K = keys('en');
  // Only right after a preposition or an article: `the last five months of 2020` is no count from January
  // — or opening the sentence as its frame, its year closed by a comma (`6 months of 2023, FPT recorded
  // …`, `9 months of 2023, FPT's revenue …`: the press's calque of `6 tháng năm 2023, …`, round 30).
  const opening = j === i && i === 0;
  if (j === i && !opening) return null;
  const n = isNum(tokens[j]) ? +(tokens[j] as Token).text : at(pw('en').countWords, w(tokens[j]));
  if (n === undefined || n < 2 || n > 11) return null;
  // (`for the nine-month period ended 30 September 2019`: the count as an adjective, the noun of a
  // period, then the date it ended — the months to that date; round 41)
  if (!opening && gluedMonthAt(tokens, j + 1) && K.periodNouns.has(w(tokens[j + 3]))) {
    const ended = monthsEnded(tokens, i, j + 4, n);
    if (ended) return ended;
  }
  // (`in the 10-month period of 2024` is a span of its own, whole: rules/en-period-spans.ts)
  if (!opening && !enPeriodSpanAt(tokens, i)) {
    const adjective = monthAdjectiveOfYear(tokens, i, j, n);
    if (adjective) return adjective;
  }
  // `For the two first months of 2022`: the opening word after the count, as the country's press writes it
  const m = !opening && K.opening.has(w(tokens[j + 1])) ? j + 2 : j + 1;
  if (!K.month.has(w(tokens[m]))) return null;
  // `for the six months ended June 30, 2024`: the months to the date's month, of its year
  const ended = opening ? null : monthsEnded(tokens, i, m + 1, n);
  if (ended) return ended;
  // (`the six months to June 2024`, `the nine months to 30 September 2023`: the months to that month;
  // round 57 — the month alone had been read, doubted)
  const toMonth = opening ? null : monthsToMonth(tokens, i, m + 1, n);
  if (toMonth) return toMonth;
  if (!K.yearLinks.has(w(tokens[m + 1]))) return null;
  const named = trailingYear(tokens, m + 1, 'en');
  if (!named && !relativeYearAt(tokens, m + 1, 'en')) return null;
  if (opening && !(named && isP(tokens[named.to], ','))) return null;
  return partial(tokens, i, m + 1, ...monthsToDate(n), 'en', 'en.period.months-of-year');
}

/**
 * `n` months `ended June 30, 2024` from token `k` (the word `ended`): the months to the date's month
 * of its year; three months to a quarter's last day (`the three months ended September 30, 2023`)
 * are that quarter. Null when no such date follows.
 */
function monthsEnded(tokens: readonly Token[], i: number, k: number, n: number): PeriodMatch | null {
  const ended = endedAt(tokens, k, ...monthsToDate(n), 'en');
  if (ended) return { from: i, to: ended.to, id: idOf(...monthsToDate(n), ended.year), rule: 'en.period.months-ended' };
  const quarter = n === 3 ? endedAt(tokens, k, 'quarter', 0, 'en') : null;
  return quarter
    ? { from: i, to: quarter.to, id: idOf('quarter', quarter.index, quarter.year), rule: 'en.period.months-ended' }
    : null;
}

/**
 * `n` months `to June 2024`, `to 30 September 2023` from token `k` (a word of grammar `spanRangeOpen`'s
 * `from` ends: `to`, `through`): from January when `n` is the month's number (the year to date, six of
 * them the first half), three months to a quarter's last month that quarter; any other count (a
 * rolling twelve months) none.
 */
function monthsToMonth(tokens: readonly Token[], i: number, k: number, n: number): PeriodMatch | null {
  if (!en.spanRangeOpen?.from?.has(w(tokens[k]))) return null;
  const date = monthDateAt(tokens, k + 1);
  if (!date) return null;
  const month = date.month + 1;
  if (n === month)
    return { from: i, to: date.to, id: idOf(...monthsToDate(n), date.year), rule: 'en.period.months-to' };
  const quarter = n === 3 ? QUARTER_END_MONTH.indexOf(month) : -1;
  return quarter > 0
    ? { from: i, to: date.to, id: idOf('quarter', quarter, date.year), rule: 'en.period.months-to' }
    : null;
}

/** How many words a noun after a month-count adjective may have before its `of` and year (`9-month consolidated financial statement of 2022`). */
const ADJECTIVE_NOUN_WORDS = 3;

/**
 * `the 9-month consolidated financial statement of 2022`, `its 5-month revenue of 2020`: after an
 * article or a preposition, the count of months as a compound adjective (a hyphen glued on both
 * sides, `month` singular), a noun of at most {@link ADJECTIVE_NOUN_WORDS} words and the year after
 * `of` is the months from January of that year, as `the first 9-month …` is (`ordinalEn`). Without
 * the year the count may be a duration (`a 5-month contract`) and is none.
 */
function monthAdjectiveOfYear(tokens: readonly Token[], i: number, j: number, n: number): PeriodMatch | null {
  if (!gluedMonthAt(tokens, j + 1) || !ofYearAfterNoun(tokens, j + 3, ADJECTIVE_NOUN_WORDS)) return null;
  return partial(tokens, i, j + 3, ...monthsToDate(n), 'en', 'en.period.n-month-adjective');
}

/**
 * `in quarter 1/2023`, `quarter IV/2022`, `for quarter 2 of 2024`: a quarter by its number AFTER the
 * noun, the calque of `quý 1/2023` in the country's English press (test19). Only with its year (or
 * `of this year`): `quarter 1` alone may count something else. Constant look-ahead.
 */
function numberedQuarterEn(tokens: readonly Token[], i: number, j: number): PeriodMatch | null {
  if (!keys('en').quarter.has(w(tokens[j]))) return null;
  const n = tokens[j + 1];
  const q = isNum(n) ? +n.text : at(pw('en').romanNumerals, lw(n));
  if (!q || q < 1 || q > 4) return null;
  const year = trailingYear(tokens, j + 2, 'en');
  if (year) return { from: i, to: year.to, id: idOf('quarter', q, year.year), rule: 'en.period.quarter-n' };
  const r = relativeYearAt(tokens, j + 2, 'en');
  return r
    ? { from: i, to: r.to, partial: { kind: 'quarter', index: q }, relative: r.relative, rule: 'en.period.quarter-n' }
    : null;
}

/**
 * `by 2030`, `by the end of 2025`: a deadline names the year a goal or a stock is of. A bare
 * `by 2020` only when a comma, a stop or the end follows it (`fell by 2000 tonnes` is an amount).
 */
function deadlineEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('en');
  // `at end-2021`, `as of end-2023`, `to end-2022`: the year's end glued to its year by a hyphen
  // names that year, whatever preposition leads it (press and banking shorthand)
  if (
    K.deadlineEnd.has(w(tokens[i])) &&
    isP(tokens[i + 1], '-') &&
    tokens[i + 1]?.gap === '' &&
    tokens[i + 2]?.gap === '' &&
    isYear(tokens[i + 2])
  )
    return { from: i, to: i + 3, id: (tokens[i + 2] as Token).text, rule: 'en.period.end-yyyy' };
  if (!K.deadline.has(w(tokens[i]))) return null;
  const y = tokens[i + 1];
  if (isYear(y)) {
    const after = tokens[i + 2];
    // (`by 2025 and 12 GW by 2030`: a joiner or `from` after the year leaves it a deadline; so
    // does a figure of its own, `increase revenue by 2030 5 times higher than 2020` — but not
    // right after a verb of change, `fell by 2000 with …` is an amount)
    const word = after !== undefined && (after.kind === 'number' || K.deadlineFollowers?.has(w(after)) === true);
    return after === undefined || after.kind === 'punct' || (word && !en.movedValueVerbs.has(w(tokens[i - 1])))
      ? { from: i, to: i + 2, id: y.text, rule: 'en.period.by-yyyy' }
      : null;
  }
  // by the end of 2025, by end-2025
  let k = i + 1;
  if (K.articles.has(w(tokens[k]))) k++;
  if (!K.deadlineEnd.has(w(tokens[k]))) return null;
  k++;
  if (isP(tokens[k], '-') || K.yearLinks.has(w(tokens[k]))) k++;
  return isYear(tokens[k])
    ? { from: i, to: k + 1, id: (tokens[k] as Token).text, rule: 'en.period.by-end-of-yyyy' }
    : null;
}

/**
 * `by the end of September 2022`, `accumulated until the end of May, 2020`, `as of the end of
 * November`, `to the end of Feb`, `as of June 30, 2023`, `as of 31 December 2020` (the month's last
 * day, before or after it), `until August 2023`, `up to October 2023` (a whole month after grammar
 * `throughMonthLeads`): a figure reckoned TO
 * the end of a month (grammar `monthEndLeads`) is of the months of the year to it; `at the end of
 * December 2020` (grammar `monthEndPoints`) measures a stock AT it, of that month. The month is
 * capitalised (`by the end of may` is no month); a day inside a month (`as of December 28`) and a
 * day after `at` name no period; the year after the month is read as after any partial period
 * (`September 2022`, `May, 2020`, `June 30, 2023`). Both readings are doubted
 * (`certainty/weigh-period.ts`, `month-end`): a stock at a month's end is written either way.
 * Constant look-ahead.
 */
function monthEndEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('en');
  const leads = K.monthEndLeads;
  const points = K.monthEndPoints;
  if (!leads || !points) return null;
  const through = K.throughMonthLeads;
  const throughTwo = !!through && has2(through, tokens, i);
  const two = throughTwo || has2(leads, tokens, i);
  const point = !two && points.has(w(tokens[i]));
  if (!two && !point && !leads.has(w(tokens[i]))) return null;
  // (`until August 2023`, `up to October 2023`: a lead that reckons to a whole month)
  const cumulative = throughTwo || (!two && !!through?.has(w(tokens[i])));
  let k = two ? i + 2 : i + 1;
  // `the end of`, `end of`
  if (K.articles.has(w(tokens[k])) && K.deadlineEnd.has(w(tokens[k + 1]))) k++;
  const end = K.deadlineEnd.has(w(tokens[k])) && K.yearLinks.has(w(tokens[k + 1]));
  if (end) k += 2;
  // (`as of 31 December 2020`: the day before its month, as the international date writes it)
  const dayFirst = !end && isNum(tokens[k]) && monthOf(w(tokens[k + 1])) >= 0 ? (tokens[k] as Token) : undefined;
  if (dayFirst) k++;
  const name = tokens[k];
  const month = monthOf(w(name)) + 1;
  if (month < 1 || !/^\p{Lu}/u.test(name?.text ?? '')) return null;
  k++;
  // `until August 2023`, `up to October 2023`: a whole month after a lead that reckons to it (grammar
  // `throughMonthLeads`), no day named
  const wholeMonth = !end && cumulative && !dayFirst && (!isNum(tokens[k]) || isYear(tokens[k]));
  if (!end && !wholeMonth) {
    // `as of June 30, 2023`: the month's last day (28 February too), never after `at`
    const d = dayFirst ?? tokens[k];
    if (point || !isNum(d) || !(+d.text === lastDay(month) || (month === 2 && +d.text === 28))) return null;
    if (!dayFirst) k++;
  }
  const rule = end ? 'en.period.month-end' : wholeMonth ? 'en.period.month-end-through' : 'en.period.month-end-day';
  const m = point
    ? partial(tokens, i, k, 'month', month, 'en', 'en.period.month-end-point')
    : partial(tokens, i, k, 'ytd', month, 'en', rule);
  // (`an eight-fold increase by the end of December 2020 from only 378 MW in 2019`: the end of a
  // move whose start follows is left to the move's base, as before)
  return matchAt(tokens, m.to, en.fromWords) ? null : m;
}

/**
 * `as of the third quarter of 2023`, `by the end of the second quarter`, `until the third quarter of
 * the year`: a quarter after a lead that reckons a figure to it (grammar `monthEndLeads`,
 * `throughMonthLeads`; not `to` alone, which may be a move's end) — the months of the year to the
 * quarter's last month, doubted as a month's end is (round 44; it had been the quarter alone, or
 * nothing). Constant look-ahead.
 */
function quarterCutOffEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('en');
  const leads = K.monthEndLeads;
  const through = K.throughMonthLeads;
  if (!leads) return null;
  const two = has2(leads, tokens, i) || (!!through && has2(through, tokens, i));
  const a = w(tokens[i]);
  if (!two && (!(leads.has(a) || through?.has(a)) || a === 'to')) return null;
  let k = two ? i + 2 : i + 1;
  // (`by the end of the second quarter`)
  if (K.articles.has(w(tokens[k])) && K.deadlineEnd.has(w(tokens[k + 1])) && K.yearLinks.has(w(tokens[k + 2]))) k += 3;
  if (K.articles.has(w(tokens[k]))) k++;
  const ord = at(pw('en').ordinals, w(tokens[k]));
  if (ord === undefined || ord < 1 || ord > 4 || !K.quarter.has(w(tokens[k + 1]))) return null;
  return partial(tokens, i, k + 2, 'ytd', QUARTER_END_MONTH[ord] as number, 'en', 'en.period.month-end-quarter');
}

/**
 * `for the quarter ended March 31, 2023`, `the year ended December 31, 2023`: a quarter or a year
 * with no number, after a preposition or an article, dated by the day it ended — the calendar
 * quarter that day closes, the year when it is December 31 (a fiscal year ended on another day is
 * no calendar year and is not dated). Constant look-ahead.
 */
function endedBareEn(tokens: readonly Token[], i: number, j0: number): PeriodMatch | null {
  const K = keys('en');
  // (`the current interim quarter ended …`: at most two qualifiers before the noun)
  let j = j0;
  while (j < j0 + 2 && K.endedQualifiers?.has(w(tokens[j]))) j++;
  const noun = w(tokens[j]);
  if (K.quarter.has(noun)) {
    const q = endedAt(tokens, j + 1, 'quarter', 0, 'en');
    return q ? { from: i, to: q.to, id: idOf('quarter', q.index, q.year), rule: 'en.period.quarter-ended' } : null;
  }
  if (!K.year.has(noun)) return null;
  const y = endedAt(tokens, j + 1, 'month', 12, 'en');
  if (y) return { from: i, to: y.to, id: y.year, rule: 'en.period.year-ended' };
  // (`in the year ended December 2019`: the month with no day — December closes the calendar year;
  // round 52, it had been the month, certain; another month closes a year of twelve months, doubted
  // as such in certainty/weigh-period.ts)
  const closing = tokens[j + 2];
  if (K.endedWords?.has(w(tokens[j + 1])) && monthOf(w(closing)) === 11 && isYear(tokens[j + 3]))
    return { from: i, to: j + 4, id: (tokens[j + 3] as Token).text, rule: 'en.period.year-ended-december' };
  return null;
}

/** A month's name or abbreviation glued to a two-digit year by an apostrophe: `Aug’20`, `Jul'20`. */
const MONTH_APOSTROPHE_YEAR = /^(\p{L}+)['’](\d{2})$/u;

/**
 * `in Aug’20`, `against Jul'20`: the trade press's month and two-digit year in one word (a month
 * name or abbreviation of the grammar, its first letter capital), the month of 20YY. After an
 * optional preposition; one token.
 */
function monthApostropheYearEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  const j = keys('en').prepositions.has(w(tokens[i])) ? i + 1 : i;
  const t = tokens[j];
  // (the shape only where an apostrophe is: this runs at every word)
  const m = t?.kind === 'word' && /['’]/u.test(t.text) ? MONTH_APOSTROPHE_YEAR.exec(t.text) : null;
  if (!m || !/^\p{Lu}/u.test(m[1] as string)) return null;
  const month = monthOf((m[1] as string).toLowerCase()) + 1;
  if (month < 1) return null;
  return { from: i, to: j + 1, id: idOf('month', month, `20${m[2]}`), rule: 'en.period.month-apostrophe-year' };
}

/**
 * `Malaysia's end-August palm oil stocks`, `end-June 2024 inventories`: a stock measured at the end of a
 * month, written `end-` glued to the capitalised month — that month (of the year after it, when one
 * follows). Round 55: the month had gone unread, and with it the month before (`from July`) as the base.
 */
function endHyphenMonthEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  if (w(tokens[i]) !== 'end' || tokens[i + 1]?.text !== '-' || tokens[i + 1]?.gap !== '') return null;
  const name = tokens[i + 2];
  const month = monthOf(w(name)) + 1;
  if (month < 1 || name?.gap !== '' || !/^\p{Lu}/u.test(name.text)) return null;
  const year = tokens[i + 3];
  if (isYear(year)) return { from: i, to: i + 4, id: idOf('month', month, year.text), rule: 'en.period.end-month' };
  return partial(tokens, i, i + 3, 'month', month, 'en', 'en.period.end-month');
}

function matchEn(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = keys('en');
  const a = w(tokens[i]);
  const year =
    yearEn(tokens, i) ??
    endHyphenMonthEn(tokens, i) ??
    deadlineEn(tokens, i) ??
    monthEndEn(tokens, i) ??
    quarterCutOffEn(tokens, i) ??
    genrePeriodAt(tokens, i, 'en') ??
    monthApostropheYearEn(tokens, i);
  if (year) return year;
  let j = i;
  if (K.prepositions.has(a)) j++;
  if (K.articles.has(w(tokens[j]))) j++;
  const ordinal = ordinalEn(tokens, i, j);
  if (ordinal) return ordinal;
  // `for the month of February 2021`, `in the month of July`: the month the noun names (round 47; `of`
  // had opened a base; `on the month in October` is a base and a month)
  // (`for the months of January and February 2012`: the span of months the plural names; round 64 —
  // `of` had opened a base of the second month)
  if (j > i && K.monthPlural?.has(w(tokens[j])) && K.namedMonthLinks?.has(w(tokens[j + 1]))) {
    const span = enPeriodSpanAt(tokens, j + 2);
    if (span && (span.id !== undefined || span.partial !== undefined)) return { ...span, from: i };
  }
  if (j > i && K.monthSingular.has(w(tokens[j])) && K.namedMonthLinks?.has(w(tokens[j + 1]))) {
    const named = (at(pw('en').monthNames, w(tokens[j + 2])) ?? 0) - 1;
    if (named >= 0) return partial(tokens, i, j + 3, 'month', named + 1, 'en', 'en.period.the-month-of');
  }
  const months = monthsOfYearEn(tokens, i, j);
  if (months) return months;
  const numbered = numberedQuarterEn(tokens, i, j);
  if (numbered) return numbered;
  const ended = j > i ? endedBareEn(tokens, i, j) : null;
  if (ended) return ended;
  // `in the 10-month period of 2024`, `between January and October 2024` (rules/en-period-spans.ts)
  const span = enPeriodSpanAt(tokens, i);
  if (span) return span;
  // the whole year, the full year, full-year
  const whole = w(tokens[j]);
  if (K.whole.has(whole) && (j > i || K.wholeBare.has(a))) {
    const k = isP(tokens[j + 1], '-') ? j + 2 : j + 1;
    if (K.year.has(w(tokens[k]))) {
      const y = trailingYear(tokens, k + 1, 'en');
      if (y) return { from: i, to: y.to, id: y.year, rule: 'en.period.whole-year' };
      return { from: i, to: k + 1, relative: 0, rule: 'en.period.whole-year' };
    }
    // `for the entire 2019`, `in the whole 2023`: the year right after the word of a whole
    const y = tokens[j + 1];
    if (j > i && isYear(y)) return { from: i, to: j + 2, id: y.text, rule: 'en.period.whole-yyyy' };
  }
  // the January-March quarter, the July-September quarter (of 2025): a quarter named by its three months.
  const first = monthOf(w(tokens[j]));
  // (no month is −1: a negative index would be looked up as the property named `-1`, a string made at every token)
  const quarter = first >= 0 ? QUARTER_FROM[first] : undefined;
  if (
    quarter !== undefined &&
    // (`the April to June quarter of 2023`: the months joined by `to` too; round 48)
    (isP(tokens[j + 1], '-', '–') || w(tokens[j + 1]) === 'to') &&
    monthOf(w(tokens[j + 2])) === first + 2 &&
    K.quarter.has(w(tokens[j + 3]))
  )
    return partial(tokens, i, j + 4, 'quarter', quarter, 'en', 'en.period.months-quarter');
  // `the June quarter (of 2023)`, `the March 2023 quarter`: a quarter named by the month it ends in
  // (Australian and Indian reports; round 52 — `the March 2023 quarter` had been the month, certain)
  // (`Goldeer’s December quarter 2021 production`: with no lead word, only with its year after it; round 63)
  const endQuarter = (j > i || isYear(tokens[j + 2])) && first >= 0 ? QUARTER_ENDING[first] : undefined;
  if (endQuarter !== undefined && K.quarter.has(w(tokens[j + 1])))
    return partial(tokens, i, j + 2, 'quarter', endQuarter, 'en', 'en.period.month-quarter');
  const quarterYear = tokens[j + 1];
  if (endQuarter !== undefined && isYear(quarterYear) && K.quarter.has(w(tokens[j + 2])))
    return {
      from: i,
      to: j + 3,
      id: idOf('quarter', endQuarter, quarterYear.text),
      rule: 'en.period.month-year-quarter',
    };
  // (in) the January-September period, `Jan-Oct 2023`, `January-October`: year to date.
  if (first === 0 && isP(tokens[j + 1], '-', '–') && monthOf(w(tokens[j + 2])) > 0) {
    const months = monthOf(w(tokens[j + 2])) + 1;
    const end = K.periodNouns.has(w(tokens[j + 3])) ? j + 4 : j + 3;
    // (`January-June 2024` is the first half, as `the first six months of 2024` is; round 57)
    if (months === 6) return partial(tokens, i, end, 'half', 1, 'en', 'en.period.january-to-month');
    return partial(tokens, i, end, 'ytd', months, 'en', 'en.period.january-to-month');
  }
  const month = (at(pw('en').monthNames, a) ?? 0) - 1;
  // `Aug-2018`, `Dec-2023`: an abbreviated month joined to its year by a hyphen (aviation, port and
  // market statistics); with its year it is no verb nor word
  const abbreviated = month < 0 && isP(tokens[i + 1], '-') && isYear(tokens[i + 2]);
  const short = abbreviated ? (at(pw('en').monthAbbreviations, a) ?? 0) - 1 : -1;
  if (short >= 0) return partial(tokens, i, i + 1, 'month', short + 1, 'en', 'en.period.month-abbreviation');
  const after = K.monthPrepositions.has(w(tokens[i - 1]));
  // (`in may` may be a verb, `in May` is the month: an ambiguous name is a month when capitalised)
  const ambiguous = K.ambiguousMonths.has(a) && !/^\p{Lu}/u.test(tokens[i]?.text ?? '');
  // (`jumped 21 percent over September of 2014`: the month, its link and its year; round 57 — the year
  // alone had been read, certain)
  const linkedYear = K.yearLinks.has(w(tokens[i + 1])) && isYear(tokens[i + 2]) && !ambiguous;
  // (`in its April 2015 World Economic Outlook`: a month and year between a determiner and a title's
  // capitalised word name an edition, no period; round 64)
  const title = tokens[i + 2];
  const edition =
    isYear(tokens[i + 1]) &&
    K.editionDeterminers?.has(w(tokens[i - 1])) === true &&
    title?.kind === 'word' &&
    /^\p{Lu}/u.test(title.text);
  if (edition || K.priceBasisWords?.has(w(tokens[i - 1]))) return null;
  if (month >= 0 && (isYear(tokens[i + 1]) || linkedYear || (after && !ambiguous)))
    return partial(tokens, i, i + 1, 'month', month + 1, 'en', 'en.period.month');
  return null;
}

/**
 * `matchPeriod`'s readings already made, per locale and token array, by start token (`undefined`:
 * not read yet). A reading depends only on the tokens, the start and the locale, and token arrays
 * are never changed once tokenized, so the scan, the sentence readers and the certainty rules that
 * ask again at the same token share one reading (the 1 MB report asks about 1.5 times per token).
 * Callers only read the match; it is the same object each time.
 */
const PERIODS: Record<ExtractLocale, WeakMap<readonly Token[], (PeriodMatch | null | undefined)[]>> = {
  vi: new WeakMap(),
  en: new WeakMap(),
};

/** The period expression that starts at token `i`, if any. */
export function matchPeriod(tokens: readonly Token[], i: number, locale: ExtractLocale): PeriodMatch | null {
  // (most tokens start no period: they answer before the look-up below)
  if (locale === 'vi') {
    const t = tokens[i];
    if (t !== undefined && !mayStartVi(t)) return null;
  }
  if (!(i >= 0 && i < tokens.length && Number.isInteger(i))) return readPeriod(tokens, i, locale);
  let read = PERIODS[locale].get(tokens);
  if (read === undefined) {
    read = new Array<PeriodMatch | null | undefined>(tokens.length).fill(undefined);
    PERIODS[locale].set(tokens, read);
  }
  let match = read[i];
  if (match === undefined) {
    match = readPeriod(tokens, i, locale);
    read[i] = match;
  }
  return match;
}

function readPeriod(tokens: readonly Token[], i: number, locale: ExtractLocale): PeriodMatch | null {
  const m = locale === 'vi' ? matchVi(tokens, i) : matchEn(tokens, i);
  if (m?.partial && m.id === undefined) return bracketedYear(tokens, m, locale) ?? m;
  return m && locale === 'en' ? (yearThroughMonth(tokens, m) ?? m) : m;
}

/**
 * `sales tax collected for 2013 through September`, `in 2023 until May`: a year followed right away by
 * a whole month it is reckoned to (`monthEndEn`'s `through`, no year of its own) is that year to the
 * month — the months of the year to date (round 63; it had been the year, doubted). Constant work.
 */
function yearThroughMonth(tokens: readonly Token[], m: PeriodMatch): PeriodMatch | null {
  if (m.id === undefined || !/^\d{4}$/u.test(m.id)) return null;
  const through = matchEn(tokens, m.to);
  const part = through?.partial;
  if (!through || through.id !== undefined || part?.kind !== 'ytd' || through.rule !== 'en.period.month-end-through')
    return null;
  return { from: m.from, to: through.to, id: idOf('ytd', part.index, m.id), rule: 'en.period.year-through-month' };
}

/**
 * `in the first half of the year (H1’24)`, `the first half of the year (2024)`: a part of a year
 * written without its year, then a bracket holding that part with its year or the year alone, is
 * that part of that year (round 52; it had been no period).
 */
function bracketedYear(tokens: readonly Token[], m: PeriodMatch, locale: ExtractLocale): PeriodMatch | null {
  const part = m.partial;
  if (!part || !isP(tokens[m.to], '(')) return null;
  const bare = tokens[m.to + 1];
  const inner =
    isYear(bare) && isP(tokens[m.to + 2], ')')
      ? { from: m.to + 1, to: m.to + 2, id: bare.text }
      : locale === 'vi'
        ? matchVi(tokens, m.to + 1)
        : matchEn(tokens, m.to + 1);
  const id = inner?.id;
  if (!inner || id === undefined || !isP(tokens[inner.to], ')')) return null;
  const year = id.slice(0, 4);
  if (!/^\d{4}$/.test(year) || (id !== year && id !== idOf(part.kind, part.index, year))) return null;
  return { from: m.from, to: inner.to + 1, id: idOf(part.kind, part.index, year), rule: `${m.rule}+bracketed-year` };
}

/** Completes a period without a year (`quý I`, `6 tháng đầu năm`) with the context year. */
export function completePeriod(match: PeriodMatch, contextYear: number | undefined): string | undefined {
  if (match.id) return match.id;
  if (contextYear === undefined) return undefined;
  const year = contextYear + (match.relative ?? 0);
  if (match.partial) return idOf(match.partial.kind, match.partial.index, String(year));
  return String(year);
}
