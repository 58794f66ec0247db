import { en } from '../grammar-en';
import type { PeriodMatch } from '../period-match';
import type { Token } from '../tokenize';
import type { ExtractLocale } from '../types';
import { tableValue } from '../word-table';

/**
 * The period shorthand of research notes, macro briefs and company results (brokers' and banks'
 * Vietnam updates, investor-relations news, business press in both languages):
 *
 * - a count glued to a period letter and a year: `9M24`, `9M2024`, `10M24` (the months from
 *   January: year to date; `6M24` the first half), `1H25`, `1H2025` (a half), `2Q24`, `4Q2024` (a
 *   quarter); the same with a space before a four-digit year in English (`10M 2025`, `4M 2024`,
 *   `3Q 2024`, `1H 2025`); Vietnamese `9T2024`, `9T/2024`, `6T/2024` (`tháng`: months from January) and
 *   `2Q/2024`;
 * - `Q2/2024`, `H1/2025` in Vietnamese text (the English forms are read by `period-phrase.ts`);
 * - a fiscal year: `FY2024`, `FY24`, `FY 2024`, `FY 24` (Vietnamese companies' fiscal year is the calendar
 *   year), never a part of one (`H1 FY2024`); a calendar year: `CY2023`, `CY23`;
 * - a year with a quarter or a half glued after it: `2013Q1`, `2024H2`; or after a space, in capitals
 *   (`2016 Q3`, `2024 H1`, English);
 * - a forecast year: `2025F`, `2025E`, `2025f` (the year; the letter only marks the estimate);
 * - a month abbreviation with its year: `Oct 2024`, `Sept 2023` (English).
 *
 * Two-digit years are read in this century (`24` is 2024). Constant time per token.
 */

/** The four-digit year of `24`, `2024`, or null. */
function yearOf(digits: string): string | null {
  if (/^\d{2}$/.test(digits)) return `20${digits}`;
  if (/^(?:19|20)\d{2}$/.test(digits)) return digits;
  return null;
}

const isP = (t: Token | undefined, ...chars: string[]): boolean => t?.kind === 'punct' && chars.includes(t.text);
const isYear = (t: Token | undefined): t is Token =>
  t?.kind === 'number' && /^(?:19|20)\d{2}$/.test(t.text) && t.gap !== '';

/** The period letters of each language: months from January, a half, a quarter. */
const LETTERS: Readonly<Record<ExtractLocale, Readonly<Record<string, 'ytd' | 'half' | 'quarter'>>>> = {
  en: { m: 'ytd', h: 'half', q: 'quarter' },
  vi: { t: 'ytd', q: 'quarter', h: 'half' },
};

const MAX: Readonly<Record<'ytd' | 'half' | 'quarter', number>> = { ytd: 12, half: 2, quarter: 4 };

function idOf(kind: 'ytd' | 'half' | 'quarter', n: number, year: string): string {
  if (kind === 'half') return `${year}-H${n}`;
  if (kind === 'quarter') return `${year}-Q${n}`;
  if (n === 12) return year;
  // six months from January are the first half (the corpus convention in both languages)
  if (n === 6) return `${year}-H1`;
  return `${year}-YTD-${String(n).padStart(2, '0')}`;
}

/** A word glued after the token before it (no space). */
const glued = (t: Token | undefined): t is Token => t?.kind === 'word' && t.gap === '';

/** `9M24`, `1H2025`, `2Q24`, `9T/2024`, `FY2024`, `2025F`, `Oct 2024` at token `i`, or null. */
export function genrePeriodAt(tokens: readonly Token[], i: number, locale: ExtractLocale): PeriodMatch | null {
  const t = tokens[i];
  // (cheap tests first: this runs at every token — only a number or word glued to what follows it,
  // or a short word, goes further)
  if (!t) return null;
  const next = tokens[i + 1];
  if (t.kind === 'number') {
    // (`in 2023/Q1`, `compared to 2022/Q4`: the Nigerian regulator's quarters, the part after a glued
    // slash; round 66 — it had been the whole year)
    const slash = locale === 'en' && next?.kind === 'punct' && next.text === '/' && next.gap === '' ? 1 : 0;
    // (`down 18.5 percent from 2016 Q3 of $5.64 billion`, `in 2024 H1`: a four-digit year, a space and a
    // capital `Q` or `H` with its number — the quarter or the half; round 67, it had been the whole year)
    if (slash === 0 && !glued(next)) return locale === 'en' ? spacedYearPartAt(tokens, i) : null;
    if (slash === 0 && glued(next) && t.text.length <= 2) return countLetterAt(tokens, i, t, next, locale);
    // `2013Q1`, `2024H2`: a four-digit year with a quarter or a half glued after it (statistics
    // offices' tables; round 52 — it had been the whole year)
    const after = yearPartAfter(tokens[i + 1 + slash]);
    if (t.text.length === 4 && after && /^(?:19|20)\d{2}$/.test(t.text) && !glued(tokens[i + 2 + slash]))
      return after.n <= MAX[after.kind]
        ? {
            from: i,
            to: i + 2 + slash,
            id: idOf(after.kind, after.n, t.text),
            rule: `${locale}.period.genre-year-letter-count`,
          }
        : null;
    // `2025F`, `2025E`, `2025f`: a forecast or estimate year
    if (t.text.length === 4 && next?.text.length === 1 && /^[FEfe]$/.test(next.text) && /^(?:19|20)\d{2}$/.test(t.text))
      return glued(tokens[i + 2])
        ? null
        : { from: i, to: i + 2, id: t.text, rule: `${locale}.period.genre-forecast-year` };
    return null;
  }
  if (t.kind !== 'word') return null;
  // `Q2/2024`, `H1/2025` in Vietnamese business press (English reads them in period-phrase.ts)
  if (locale === 'vi') return t.text.length === 2 && isP(next, '/', '.') ? letterYearVi(tokens, i, t) : null;
  const lower = t.forms.lower;
  // `CY2023`, `CY23`, `CY 2023`: a calendar year (round 52)
  if (lower.length <= 6 && lower.startsWith('cy')) {
    const tail = lower.slice(2);
    const year = tail === '' ? (isYear(next) ? next.text : null) : yearOf(tail);
    if (!year || (tail !== '' && glued(next))) return null;
    return { from: i, to: tail === '' ? i + 2 : i + 1, id: year, rule: 'en.period.genre-calendar-year' };
  }
  // `FY2024`, `FY24`, `FY 2024`
  if (lower.length <= 6 && lower.startsWith('fy')) {
    // (`H1 FY2024`, `Q3 FY24`: a part of a fiscal year is no calendar period, nor the whole year; round 52)
    if (fiscalPartBefore(tokens, i)) return null;
    const tail = lower.slice(2);
    // (`in FY 12 came to $219,190,219 compared to $215,377,074 in FY 11`: two digits after a space too;
    // round 67 — neither had been a period)
    // (not a count of time: `FY 12 months`)
    const unit = tokens[i + 2]?.forms.lower;
    const short =
      next?.kind === 'number' &&
      /^\d{2}$/.test(next.text) &&
      next.gap !== '' &&
      !glued(tokens[i + 2]) &&
      !en.timeWords.some((w) => w.text === unit)
        ? yearOf(next.text)
        : null;
    const year = tail === '' ? (isYear(next) ? next.text : short) : yearOf(tail);
    if (!year || (tail !== '' && glued(next))) return null;
    // (`1Q FY17/18`, `FY2017/18`, `FY2023-24`: a fiscal year across two calendar years is neither;
    // round 40 — it had been a certain 2017)
    const at = tail === '' ? i + 2 : i + 1;
    const split = tokens[at];
    if (isP(split, '/', '-') && split?.gap === '' && tokens[at + 1]?.kind === 'number') return null;
    return { from: i, to: tail === '' ? i + 2 : i + 1, id: year, rule: 'en.period.genre-fiscal-year' };
  }
  // `Oct 2024`, `Sept. 2023`: a month abbreviation with its year
  if (lower.length > 4) return null;
  const month = tableValue(en.periodWords.monthAbbreviations, lower);
  if (month === undefined) return null;
  const k = isP(next, '.') && next?.gap === '' ? i + 2 : i + 1;
  const y = tokens[k];
  if (!isYear(y) || glued(tokens[k + 1])) return null;
  return {
    from: i,
    to: k + 1,
    id: `${y.text}-${String(month).padStart(2, '0')}`,
    rule: 'en.period.genre-month-abbreviation',
  };
}

/**
 * `2016 Q3`, `2024 H1`: a year at `i`, then after a space a capital `Q` or `H` with a number 1–4 (1–2
 * for a half) that nothing glues on to (English), or null.
 */
export function spacedYearPartAt(tokens: readonly Token[], i: number): PeriodMatch | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!isYear(t) || next?.kind !== 'word' || next.text.length !== 2 || next.gap === '') return null;
  const kind = /^[QH]$/.test(next.text.charAt(0)) ? LETTERS.en[next.forms.lower.charAt(0)] : undefined;
  const n = +next.text.charAt(1);
  if ((kind !== 'half' && kind !== 'quarter') || !(n >= 1 && n <= MAX[kind]) || glued(tokens[i + 2])) return null;
  return { from: i, to: i + 2, id: idOf(kind, n, t.text), rule: 'en.period.genre-year-spaced-part' };
}

/**
 * `Q1`, `H2` glued after the token before it (`2013Q1`, `2024H2`): the part of the year it names
 * (its number 1–4, checked against the part's count by the caller), or null.
 */
export function yearPartAfter(t: Token | undefined): { kind: 'half' | 'quarter'; n: number } | null {
  if (!glued(t) || t.text.length !== 2) return null;
  const kind = LETTERS.en[t.forms.lower.charAt(0)];
  const n = +t.text.charAt(1);
  return (kind === 'half' || kind === 'quarter') && n >= 1 && n <= 4 ? { kind, n } : null;
}

/** True for a half or quarter letter of English (`h`, `q`). */
const partLetter = (x: string | undefined): boolean => {
  const kind = x === undefined ? undefined : LETTERS.en[x];
  return kind === 'half' || kind === 'quarter';
};

/** `H1`, `Q3`, `1H`, `3Q` right before token `i` (`H1 FY2024`, `3Q FY24`): a part of the fiscal year at `i`. */
function fiscalPartBefore(tokens: readonly Token[], i: number): boolean {
  const part = tokens[i - 1]?.forms.lower ?? '';
  if (part.length === 1) return partLetter(part) && tokens[i - 1]?.gap === '' && tokens[i - 2]?.kind === 'number';
  if (part.length !== 2) return false;
  const digit = (ch: string | undefined): boolean => ch !== undefined && ch >= '1' && ch <= '4';
  return (partLetter(part[0]) && digit(part[1])) || (digit(part[0]) && partLetter(part[1]));
}

/** `9M24`, `1H2025`, `2Q24`, `3Q24F`, `9T/2024`: a count (`t`) glued to a period letter (`next`). */
function countLetterAt(
  tokens: readonly Token[],
  i: number,
  t: Token,
  next: Token,
  locale: ExtractLocale,
): PeriodMatch | null {
  const kind = LETTERS[locale][next.forms.lower.charAt(0)];
  const n = +t.text;
  if (!kind || n < 1 || n > MAX[kind]) return null;
  // `9M24`, `1H2025`: the year glued to the letter (`3Q24F`, `2Q20E`: a forecast of that period)
  const tail = next.text.slice(1).replace(/(?<=\d)[FEfe]$/u, '');
  if (tail !== '') {
    const year = yearOf(tail);
    if (!year || glued(tokens[i + 2])) return null;
    return { from: i, to: i + 2, id: idOf(kind, n, year), rule: `${locale}.period.genre-count-letter-year` };
  }
  // `10M 2025`, `4M 2024`, `3Q 2024`, `1H 2025` (English): the letter alone, a space, a four-digit
  // year (`4M` with no year after it stays a count: `4M units`)
  if (locale === 'en' && next.text.length === 1) {
    const y = tokens[i + 2];
    if (isYear(y) && !glued(tokens[i + 3]))
      return { from: i, to: i + 3, id: idOf(kind, n, y.text), rule: 'en.period.genre-count-letter-space-year' };
  }
  // `9T/2024`, `6T/2024`: the letter, a slash, the year
  const slash = tokens[i + 2];
  const y = tokens[i + 3];
  if (!isP(slash, '/') || slash?.gap !== '' || y?.kind !== 'number' || y.gap !== '') return null;
  const year = yearOf(y.text);
  return year
    ? { from: i, to: i + 4, id: idOf(kind, n, year), rule: `${locale}.period.genre-count-letter-year` }
    : null;
}

/** `Q2/2024`, `H1/2025` (Vietnamese): a period letter and its number, a slash or a dot, the year. */
function letterYearVi(tokens: readonly Token[], i: number, t: Token): PeriodMatch | null {
  const letter = t.forms.lower.charAt(0);
  const kind = letter === 'q' ? 'quarter' : letter === 'h' ? 'half' : undefined;
  const n = +t.text.charAt(1);
  const slash = tokens[i + 1];
  const y = tokens[i + 2];
  if (!kind || !(n >= 1 && n <= MAX[kind]) || slash?.gap !== '' || y?.kind !== 'number' || y.gap !== '') return null;
  const year = yearOf(y.text);
  return year ? { from: i, to: i + 3, id: idOf(kind, n, year), rule: 'vi.period.genre-letter-year' } : null;
}
