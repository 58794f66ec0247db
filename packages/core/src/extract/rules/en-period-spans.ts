import { en } from '../grammar-en';
import type { PeriodMatch } from '../period-match';
import type { Token } from '../tokenize';
import { tableValue } from '../word-table';

/**
 * English periods written as a SPAN of months, which the year after them must not be read alone:
 *
 * - a count of months as a compound adjective of `period` (`in the 10-month period of 2024`,
 *   `during the ten-month period`, `for the nine-month period of this year`): the months from
 *   January (six of them the first half, twelve the year) — `in the ten-month period of 2024` was
 *   read as the whole of 2024;
 * - two months joined by a range preposition (`between January and October 2024`, `from January
 *   to September`, `from January through June 2023`): from January, the year to date of the second
 *   month (`between January and October 2024` was read as October 2024); three months of one
 *   quarter (`between April and June 2024`) that quarter, `July to December` the second half.
 *   Other spans (`from March to May`) stay unread.
 *
 * Constant time per token (a fixed look-ahead).
 */

const fold = (t: Token | undefined): string => (t && t.kind === 'word' ? t.forms.fold : '');
const own = (table: Readonly<Record<string, number>>, word: string): number | undefined => tableValue(table, word);
/** A month's index from 0 by its full name or press abbreviation, or −1. */
const monthOf = (t: Token | undefined): number => {
  const word = fold(t);
  return (own(en.periodWords.monthNames, word) ?? own(en.periodWords.monthAbbreviations, word) ?? 0) - 1;
};
const isYear = (t: Token | undefined): t is Token =>
  t?.kind === 'number' && /^\d{4}$/.test(t.text) && +t.text >= 1900 && +t.text <= 2100;
const isHyphen = (t: Token | undefined): boolean => t?.kind === 'punct' && (t.text === '-' || t.text === '‐');
const isDash = (t: Token | undefined): boolean => t?.kind === 'punct' && t.text === '–';

/** The quarter a month (from 0) opens: April opens the second. */
const QUARTER_OF_FIRST_MONTH: ReadonlyMap<number, number> = new Map([
  [0, 1],
  [3, 2],
  [6, 3],
  [9, 4],
]);

type Span = { readonly kind: 'ytd' | 'half' | 'quarter'; readonly index: number };

function idOf(span: Span, year: string): string {
  if (span.kind === 'half') return `${year}-H${span.index}`;
  if (span.kind === 'quarter') return `${year}-Q${span.index}`;
  return span.index === 12 ? year : `${year}-YTD-${String(span.index).padStart(2, '0')}`;
}

/** The year after a span: `2024`, `of 2024`, `in 2024`, `, 2024`, `of this year`, or none. */
function withYear(tokens: readonly Token[], from: number, to: number, span: Span, rule: string): PeriodMatch {
  let k = to;
  if (en.periodWords.keys.yearLinks.has(fold(tokens[k]))) k++;
  const t = tokens[k];
  if (isYear(t)) return { from, to: k + 1, id: idOf(span, t.text), rule };
  if (k > to && tableValue(en.periodWords.keys.relative, `${fold(t)} ${fold(tokens[k + 1])}`) === 0)
    return { from, to: k + 2, partial: span, relative: 0, rule };
  return { from, to, partial: span, rule };
}

/** The months from January to month `last` (0-based) as a span: the year to date, a half. */
function fromJanuary(last: number): Span {
  return last === 5 ? { kind: 'half', index: 1 } : { kind: 'ytd', index: last + 1 };
}

/**
 * The span of months `first` to `last` (from 0): from January the year to date (six months the
 * first half), July to December the second half, a quarter's three months that quarter; any other
 * span (`March to May`) none.
 */
function spanOf(first: number, last: number): Span | null {
  if (first < 0 || last <= first) return null;
  if (first === 0) return fromJanuary(last);
  if (first === 6 && last === 11) return { kind: 'half', index: 2 };
  const quarter = QUARTER_OF_FIRST_MONTH.get(first);
  return quarter !== undefined && last === first + 2 ? { kind: 'quarter', index: quarter } : null;
}

/**
 * `for the period July - October 2021`, `July–October 2021`: months joined by a dash that make no quarter,
 * half or year to date — a span the model cannot name. Read whole with no id, so that neither month
 * dates the figure alone (round 61: `October 2021` had dated a four months' total, certain; `March to May
 * 2023` is left to `datePeriods`, its last month doubted). `i` is the first month; the span ends after the
 * year when one follows the second month.
 */
function unnamedSpan(tokens: readonly Token[], i: number): PeriodMatch {
  return { from: i, to: isYear(tokens[i + 3]) ? i + 4 : i + 3, rule: 'en.period.month-range-unnamed' };
}

/**
 * A month and its year from token `k` on, a day before or after the month (`June 2024`, `June 30, 2024`,
 * `31 December 2023`): the month (from 0), the year and the token after it, or null. Shared with
 * `period-phrase.ts` (`the six months to June 2024`).
 */
export function monthDateAt(tokens: readonly Token[], k: number): { month: number; year: string; to: number } | null {
  let j = k;
  if (tokens[j]?.kind === 'number' && monthOf(tokens[j + 1]) >= 0) j++;
  const month = monthOf(tokens[j]);
  if (month < 0) return null;
  j++;
  if (tokens[j]?.kind === 'number' && !isYear(tokens[j])) j++;
  if (tokens[j]?.kind === 'punct' && tokens[j]?.text === ',') j++;
  const year = tokens[j];
  return isYear(year) ? { month, year: year.text, to: j + 1 } : null;
}

/** The half a date closes, from token `k` on (`June 30, 2024`, `31 December 2023`, `June 2024`), or null. */
function halfClosedBy(tokens: readonly Token[], from: number, k: number, rule: string): PeriodMatch | null {
  const date = monthDateAt(tokens, k);
  if (!date || (date.month !== 5 && date.month !== 11)) return null;
  return { from, to: date.to, id: `${date.year}-H${date.month === 5 ? 1 : 2}`, rule };
}

/** `the half year ended June 30, 2024`, `the half-year to 31 December 2023` at token `i`, or null. */
function halfYearAt(tokens: readonly Token[], i: number): PeriodMatch | null {
  const K = en.periodWords.keys;
  let k = K.articles.has(fold(tokens[i])) ? i + 1 : i;
  if (!K.half.has(fold(tokens[k]))) return null;
  k = isHyphen(tokens[k + 1]) ? k + 2 : k + 1;
  if (!K.year.has(fold(tokens[k]))) return null;
  const link = fold(tokens[k + 1]);
  const to = en.spanRangeOpen?.from?.has(link) || K.endedWords?.has(link);
  if (!to) return null;
  const on = fold(tokens[k + 2]) === 'on' ? k + 3 : k + 2;
  return halfClosedBy(tokens, i, on, 'en.period.half-year-to');
}

/** `in the 10-month period (of 2024)`, `between January and October 2024` at token `i`, or null. */
export function enPeriodSpanAt(tokens: readonly Token[], i: number): PeriodMatch | null {
  const a = fold(tokens[i]);
  // between January and October (2024), from January to September
  const links = en.spanRangeOpen && tableValue(en.spanRangeOpen, a);
  if (links) {
    if (!links.has(fold(tokens[i + 2]))) return null;
    const span = spanOf(monthOf(tokens[i + 1]), monthOf(tokens[i + 3]));
    return span ? withYear(tokens, i, i + 4, span, 'en.period.month-range') : null;
  }
  const first = monthOf(tokens[i]);
  // (`Distribution per unit for January to September 2010`: January, `to` and a later month with no
  // opening word — the year to date of that month; round 40, it had been September alone; `for the
  // period July to December 2022`, `starting July to December 2021`: the second half, a quarter's
  // three months that quarter; round 46)
  // (after `from`/`between` the range is that word's, read above — `increased by 12 percent from
  // January to March 2024` is no base of January)
  if (
    first >= 0 &&
    en.spanRangeOpen &&
    tableValue(en.spanRangeOpen, fold(tokens[i - 1])) === undefined &&
    tableValue(en.spanRangeOpen, 'from')?.has(fold(tokens[i + 1]))
  ) {
    const span = spanOf(first, monthOf(tokens[i + 2]));
    if (span) {
      const rule = first === 0 ? 'en.period.january-to-month-span' : 'en.period.month-to-month-span';
      return withYear(tokens, i, i + 3, span, rule);
    }
  }
  // (`For the months of January and February 2012, the island recorded …`: the first two months joined
  // by `and`, the second half of `between … and …` — the year to date of February; round 64, it had
  // been February alone, certain)
  const and = en.spanRangeOpen && tableValue(en.spanRangeOpen, 'between');
  if (
    first === 0 &&
    and?.has(fold(tokens[i + 1])) &&
    monthOf(tokens[i + 2]) === 1 &&
    en.spanRangeOpen &&
    tableValue(en.spanRangeOpen, fold(tokens[i - 1])) === undefined
  )
    return withYear(tokens, i, i + 3, fromJanuary(1), 'en.period.january-and-february');
  // (`during the July-September 2018 period`, `in Jul–Sep 2023`: a quarter's or a half's months
  // joined by a hyphen or a dash — it had been September alone, certain; from January the
  // year-to-date reading of period-phrase.ts is tried first; round 57)
  // (`the first quarter (April-June) of 2005-06`: a gloss in brackets of a period named before it, or
  // a fiscal year after it, is left alone)
  if (first > 0 && (isHyphen(tokens[i + 1]) || isDash(tokens[i + 1])) && tokens[i - 1]?.text !== '(') {
    const last = monthOf(tokens[i + 2]);
    const span = spanOf(first, last);
    const found = span ? withYear(tokens, i, i + 3, span, 'en.period.month-dash-month') : null;
    if (found && !isHyphen(tokens[found.to]) && !isDash(tokens[found.to])) return found;
    if (!span && last > first) return unnamedSpan(tokens, i);
  }
  // (`in the half year ended June 30, 2024`, `for the half-year to 31 December 2023`: the half the date
  // closes, the first to June, the second to December; round 57 — it had been no period, or the year)
  const half = halfYearAt(tokens, i);
  if (half) return half;
  // `profit of 6-month in 2020`, `revenue in 9-month 2024` (a calque of `6 tháng năm 2020`): a
  // count of months glued to `month` with no article, then its year — the months from January; a
  // duration with no year after it (`a 6-month contract`, `for 6-month terms`) is no period
  if (
    en.spanPrepositions?.has(a) &&
    isHyphen(tokens[i + 2]) &&
    en.periodWords.keys.monthSingular.has(fold(tokens[i + 3]))
  ) {
    const bare = tokens[i + 1];
    const months =
      bare?.kind === 'number' && /^\d{1,2}$/.test(bare.text) ? +bare.text : own(en.periodWords.countWords, fold(bare));
    if (months === undefined || months < 2 || months > 12) return null;
    const found = withYear(
      tokens,
      i,
      i + 4,
      months === 12 ? { kind: 'ytd', index: 12 } : fromJanuary(months - 1),
      'en.period.n-month-year',
    );
    return found.id ? found : null;
  }
  // (in) the 10-month period (of 2024), the ten-month period
  if (!en.spanPrepositions?.has(a) || !en.periodWords.keys.articles.has(fold(tokens[i + 1]))) return null;
  const count = tokens[i + 2];
  const n =
    count?.kind === 'number' && /^\d{1,2}$/.test(count.text)
      ? +count.text
      : own(en.periodWords.countWords, fold(count));
  if (n === undefined || n < 2 || n > 12 || !isHyphen(tokens[i + 3])) return null;
  const K = en.periodWords.keys;
  if (!K.monthSingular.has(fold(tokens[i + 4])) || !K.periodNouns.has(fold(tokens[i + 5]))) return null;
  const span: Span = n === 12 ? { kind: 'ytd', index: 12 } : fromJanuary(n - 1);
  return withYear(tokens, i, i + 6, span, 'en.period.n-month-period');
}
