import type { DataStage } from '../model/types';
import { FIGURE_RULES } from './figure-rules';
import { fold } from './fold';
import type { BaseWord, Grammar } from './grammar';
import { negate, shift } from './numeral';
import { matchPeriod, type PeriodMatch } from './period-phrase';
import { matchAt, matchPhrase, type Phrase, type PhraseMatch } from './phrase';
import { fullDateAt, type QuantityMatch, quantityOf, readQuantity } from './quantity';
import { readNumber } from './read-number';
import type { Token } from './tokenize';
import type { MatchLevel, PrintedNumber, StatedCompletion } from './types';

/** A comparison base read after a figure: `so với cùng kỳ`, `so với năm 2019`, `year on year`. */
export interface BaseRead {
  readonly from: number;
  readonly to: number;
  readonly base:
    | BaseWord
    | { readonly kind: 'named-period'; readonly match: PeriodMatch }
    /** `cùng kỳ năm 2019`, `the same period of 2019`: the statement's period in that year. */
    | { readonly kind: 'same-period-in'; readonly year: string };
  readonly level: MatchLevel;
}

/** A figure phrase: the part of a statement that carries a number, with the rule that read it. */
export type Figure =
  | {
      readonly kind: 'value';
      readonly q: QuantityMatch;
      readonly verbFrom?: number | undefined;
      readonly stage?: DataStage | undefined;
      /** The verb counts the noun after the number (`cung cấp 174 dịch vụ công`). */
      readonly count: boolean;
      readonly approximate?: 'about' | 'over' | 'under' | undefined;
      readonly average: boolean;
    }
  | {
      readonly kind: 'percent';
      readonly q: QuantityMatch;
      readonly verbFrom?: number | undefined;
      readonly stage?: DataStage | undefined;
      readonly approximate?: 'about' | 'over' | 'under' | undefined;
    }
  | {
      readonly kind: 'completion';
      readonly completion: StatedCompletion;
      readonly numberAt: number;
      readonly stage?: DataStage | undefined;
    }
  | {
      readonly kind: 'change';
      readonly form: 'ratio' | 'rate' | 'times' | 'points' | 'absolute';
      readonly amount: PrintedNumber;
      readonly numberAt: number;
      readonly q?: QuantityMatch | undefined;
      readonly base?: BaseRead | undefined;
      /** English `rose 5.2% to 3.63 trillion dong`: the new value. */
      readonly then?: QuantityMatch | undefined;
      /** A percentage and base with no verb (`… và 9,2% so với cùng kỳ`). */
      readonly verbless?: boolean | undefined;
      /** The verb before a percentage with a base (`đạt`, `bằng`), for {@link Figure} ratios. */
      readonly verb?: string | undefined;
      readonly approximate?: 'about' | 'over' | 'under' | undefined;
    }
  | {
      readonly kind: 'density';
      readonly q: QuantityMatch;
      readonly nameFrom?: number | undefined;
      readonly nameTo?: number | undefined;
    }
  | {
      readonly kind: 'rank';
      readonly rank: number;
      readonly of?: number | undefined;
      readonly scopeFrom?: number | undefined;
      readonly scopeTo?: number | undefined;
    }
  | { readonly kind: 'from-to'; readonly previous: QuantityMatch; readonly current: QuantityMatch }
  | { readonly kind: 'plan'; readonly q: QuantityMatch }
  | { readonly kind: 'invalid'; readonly numberAt: number; readonly error: string };

/** One item of a scanned sentence. */
export type Item =
  | { readonly t: 'word'; readonly from: number; readonly to: number }
  | { readonly t: 'sep'; readonly from: number; readonly to: number; readonly ch: string }
  | { readonly t: 'period'; readonly from: number; readonly to: number; readonly match: PeriodMatch }
  | { readonly t: 'base'; readonly from: number; readonly to: number; readonly read: BaseRead }
  | {
      readonly t: 'marker';
      readonly from: number;
      readonly to: number;
      readonly kind: 'of-which' | 'target' | 'topic' | 'joiner' | 'stage';
      readonly stage?: DataStage | undefined;
      readonly level: MatchLevel;
    }
  | {
      readonly t: 'figure';
      readonly from: number;
      readonly to: number;
      readonly fig: Figure;
      readonly rule: string;
      readonly level: MatchLevel;
    }
  | {
      readonly t: 'bad-number';
      readonly from: number;
      readonly to: number;
      readonly error: string;
      /** `7,5-8%`, `7.5–8 percent`: a range, no single figure (never guessed). */
      readonly range?: boolean | undefined;
    }
  | {
      readonly t: 'number';
      readonly from: number;
      readonly to: number;
      readonly why: 'date' | 'identifier' | 'qualifier' | 'stray';
    };

const isP = (t: Token | undefined, ...chars: string[]): boolean => t?.kind === 'punct' && chars.includes(t.text);
const isNum = (t: Token | undefined): t is Token => t?.kind === 'number';
const SEPARATORS = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—']);

/** Context a scan needs: the text, its tokens, the grammar and the end of the sentence. */
/** Where a rule reads: the text, its tokens, the grammar and the sentence's end. @internal */
export interface Cursor {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly g: Grammar;
  readonly limit: number;
}

const m = <T>(c: Cursor, i: number, list: Parameters<typeof matchAt<T>>[2]): PhraseMatch<T> | null =>
  matchAt(c.tokens, i, list, c.limit);
const worst = (...levels: (MatchLevel | undefined)[]): MatchLevel => {
  const order: MatchLevel[] = ['exact', 'variant', 'no-diacritics', 'typo'];
  return levels.reduce<MatchLevel>((a, b) => (b && order.indexOf(b) > order.indexOf(a) ? b : a), 'exact');
};

/** `11-1`, `5-8-2020`, `11/01/2021`: day-month dates, glued with no spaces. */
function dateAt(c: Cursor, i: number): number {
  const t = c.tokens;
  const a = t[i];
  if (!isNum(a) || !/^\d{1,2}$/.test(a.text)) return 0;
  const sep = t[i + 1];
  if (!isP(sep, '-', '/') || sep?.gap !== '' || !isNum(t[i + 2]) || t[i + 2]?.gap !== '') return 0;
  const b = t[i + 2] as Token;
  if (!/^\d{1,2}$/.test(b.text) || +a.text > 31 || +b.text > 12 || +a.text === 0 || +b.text === 0) return 0;
  // `/100 dân` is a density, `14 giờ/01 ngày` never starts with a number
  if (isP(t[i + 3], sep?.text ?? '') && t[i + 3]?.gap === '' && isNum(t[i + 4])) return 5;
  const before = t[i - 1];
  const dateWords = ['ngay', 'sang', 'chieu', 'toi', 'trua', 'dem', 'on', 'hom'];
  if (sep?.text === '-' || (before?.kind === 'word' && dateWords.includes(fold(before.text)))) return 3;
  return 0;
}

/** A number that is part of a name: `mức độ 3`, `level-3`, `số 58`. */
function afterQualifier(c: Cursor, i: number): boolean {
  for (let back = 1; back <= 3; back++) {
    let start = i - back;
    if (start < 0) break;
    const match = matchAt(c.tokens, start, c.g.qualifierNouns, i);
    if (match && match.to === i) return true;
    if (match && match.to === i - 1 && isP(c.tokens[i - 1], '-')) return true;
    start--;
  }
  return false;
}

/** A number glued to a following `-NQ`, `/QĐ`: a document number. */
const identifierAt = (c: Cursor, i: number): boolean => {
  const next = c.tokens[i + 1];
  const after = c.tokens[i + 2];
  return (
    isP(next, '-', '/') && next?.gap === '' && after?.kind === 'word' && after.gap === '' && /^\p{Lu}/u.test(after.text)
  );
};

/** `4G`, `5G`, `COVID19`: a number glued to letters that are no scale, unit or ordinal suffix. */
function gluedWordAt(c: Cursor, i: number): boolean {
  const next = c.tokens[i + 1];
  if (next?.kind !== 'word' || next.gap !== '') return false;
  return !(
    m(c, i + 1, c.g.scales) ||
    m(c, i + 1, c.g.units) ||
    m(c, i + 1, c.g.ordinalSuffixes) ||
    m(c, i + 1, c.g.percentWords)
  );
}

/** `so với cùng kỳ`, `so với năm 2019`, `year on year`, `than in 2019` at token `i`. */
export function readBase(c: Cursor, i: number): BaseRead | null {
  const read = readBaseWords(c, i);
  if (read?.base.kind !== 'same-period-last-year') return read;
  // `cùng kỳ năm 2019`, `/2019`, `the same period of 2019`, `in 2019`: the year is named.
  const t = c.tokens;
  let k = read.to;
  const link = fold(t[k]?.text ?? '');
  if (
    (c.g.locale === 'vi' && link === 'nam') ||
    isP(t[k], '/') ||
    (c.g.locale === 'en' && (link === 'of' || link === 'in'))
  )
    k++;
  const year = t[k];
  if (k > read.to && k < c.limit && isNum(year) && /^(19|20)\d\d$/.test(year.text))
    return { ...read, to: k + 1, base: { kind: 'same-period-in', year: year.text } };
  return read;
}

function readBaseWords(c: Cursor, i: number): BaseRead | null {
  const standalone = m(c, i, c.g.standaloneBases);
  // Every compare phrase that starts here (`so với`, `so với cùng`), longest reading wins: `so
  // với cùng kỳ năm trước` is one base, never `so với cùng` + `kỳ` with `năm trước` left over.
  let best: BaseRead | null = null;
  for (const phrase of c.g.compareWords) {
    const compare = matchPhrase(c.tokens, i, phrase, c.limit);
    if (!compare) continue;
    const read = baseAfterCompare(c, i, compare);
    if (read && (!best || read.to > best.to)) best = read;
  }
  if (best) return best;
  // `2.3 times the 2015 level`: the base year with no compare word.
  const level = yearLevelAt(c, i);
  if (level) {
    const at = level.at;
    const match: PeriodMatch = { from: at, to: at + 1, id: level.year.text, rule: 'en.period.year-level' };
    return { from: i, to: level.to, base: { kind: 'named-period', match }, level: 'exact' };
  }
  if (standalone) return { from: i, to: standalone.to, base: standalone.phrase.data, level: standalone.level };
  return null;
}

/** `the 2019 level`, `the 2019 figure`: an English base year inside a noun phrase. */
function yearLevelAt(c: Cursor, k: number): { year: Token; at: number; to: number } | null {
  if (c.g.locale !== 'en') return null;
  const the = fold(c.tokens[k]?.text ?? '') === 'the' ? k + 1 : k;
  const year = c.tokens[the];
  const noun = m(c, the + 1, c.g.yearLevelNouns);
  if (isNum(year) && /^(19|20)\d\d$/.test(year.text) && noun?.to === the + 2 && the + 2 <= c.limit)
    return { year, at: the, to: the + 2 };
  return null;
}

/**
 * `31/12/2022`, `thời điểm 31/12/2022`, `cuối năm 2022`, `the end of 2022`: a point in time as a
 * base, read as its month (`2022-12`).
 */
function pointInTimeAt(c: Cursor, k: number): { id: string; at: number; to: number; rule: string } | null {
  const t = c.tokens;
  let j = k;
  const skip = c.g.locale === 'vi' ? ['thoi diem', 'ngay', 'thoi diem ngay'] : ['the', 'end of'];
  for (const word of skip) {
    const parts = word.split(' ');
    if (parts.every((p, x) => fold(t[j + x]?.text ?? '') === p)) j += parts.length;
  }
  if (fullDateAt(t, j) && j + 5 <= c.limit) {
    const month = String(+(t[j + 2] as Token).text).padStart(2, '0');
    return { id: `${(t[j + 4] as Token).text}-${month}`, at: j, to: j + 5, rule: `${c.g.locale}.period.date-base` };
  }
  // cuối năm 2022, the end of 2022, end-2022
  const end = c.g.locale === 'vi' ? ['cuoi', 'nam'] : ['end', 'of'];
  let e = k;
  if (c.g.locale === 'en' && fold(t[e]?.text ?? '') === 'the') e++;
  if (fold(t[e]?.text ?? '') === end[0]) {
    let y = e + 1;
    if (fold(t[y]?.text ?? '') === end[1] || isP(t[y], '-')) y++;
    const year = t[y];
    if (isNum(year) && /^(19|20)\d\d$/.test(year.text) && y < c.limit)
      return { id: `${year.text}-12`, at: y, to: y + 1, rule: `${c.g.locale}.period.end-of-year-base` };
  }
  return null;
}

/**
 * `so với ước thực hiện năm 2023`, `so với kết quả năm 2022`: words naming the figure of a
 * period (its estimate, its result) before that period. Returns the token after them, or null.
 */
function resultWordsAt(c: Cursor, k: number): number | null {
  const w = m(c, k, c.g.resultWords);
  return w && w.to < c.limit ? w.to : null;
}

function baseAfterCompare(c: Cursor, i: number, compare: PhraseMatch): BaseRead | null {
  const result = resultWordsAt(c, compare.to);
  if (result !== null) {
    const named = matchPeriod(c.tokens, result, c.g.locale);
    const year = c.tokens[result];
    let match: PeriodMatch | null = null;
    if (named && named.relative === undefined && named.to <= c.limit)
      match = { ...named, rule: `${named.rule}+result-words` };
    else if (isNum(year) && /^(19|20)\d\d$/.test(year.text))
      match = { from: result, to: result + 1, id: year.text, rule: `${c.g.locale}.period.bare-year+result-words` };
    if (match) return { from: i, to: match.to, base: { kind: 'named-period', match }, level: compare.level };
    // `so với mức năm trước`: a relative base after the words.
    const words = m(c, result, c.g.bases);
    if (words && words.phrase.data.kind !== 'plan')
      return { from: i, to: words.to, base: words.phrase.data, level: worst(compare.level, words.level) };
  }
  const k = compare.to;
  const point = pointInTimeAt(c, k);
  if (point) {
    const match: PeriodMatch = { from: point.at, to: point.to, id: point.id, rule: point.rule };
    return { from: i, to: point.to, base: { kind: 'named-period', match }, level: compare.level };
  }
  // A relative period (`so với năm trước`) is read by the base words first: it names no year.
  const base = m(c, k, c.g.bases);
  const period = matchPeriod(c.tokens, k, c.g.locale);
  if (period && period.to <= c.limit && !(base && period.relative !== undefined && base.to >= period.to))
    return { from: i, to: period.to, base: { kind: 'named-period', match: period }, level: compare.level };
  const level = yearLevelAt(c, k);
  const year = level ? level.year : c.tokens[k];
  if (isNum(year) && /^(19|20)\d\d$/.test(year.text) && k < c.limit) {
    const at = level ? level.at : k;
    const match: PeriodMatch = { from: at, to: at + 1, id: year.text, rule: `${c.g.locale}.period.bare-year` };
    return { from: i, to: level ? level.to : k + 1, base: { kind: 'named-period', match }, level: compare.level };
  }
  if (base && base.to > base.from)
    return { from: i, to: base.to, base: base.phrase.data, level: worst(compare.level, base.level) };
  const alone = m(c, k, c.g.standaloneBases);
  if (alone) return { from: i, to: alone.to, base: alone.phrase.data, level: worst(compare.level, alone.level) };
  return null;
}

/**
 * `Kim ngạch xuất khẩu 9 tháng đạt …`: `N tháng` between a name and the verb of its figure is
 * the year to date (`3 tháng` elsewhere is a duration and stays unread).
 */
function monthsBeforeVerb(c: Cursor, i: number): PeriodMatch | null {
  if (c.g.locale !== 'vi') return null;
  const n = c.tokens[i];
  if (!isNum(n) || !/^\d{1,2}$/.test(n.text) || +n.text < 1 || +n.text > 12) return null;
  if (c.tokens[i - 1]?.kind !== 'word' || fold(c.tokens[i + 1]?.text ?? '') !== 'thang') return null;
  const k = i + 2;
  const verb =
    m(c, k, c.g.valueVerbs) ??
    m(c, k, c.g.changeVerbs) ??
    m(c, k, c.g.percentVerbs) ??
    m(c, k, c.g.exceedVerbs) ??
    m(c, k, c.g.stageWords) ??
    m(c, k, c.g.timesVerbs);
  if (!verb || verb.phrase.text === ':' || verb.phrase.text === 'với' || verb.phrase.text === 'còn') return null;
  return { from: i, to: k, partial: { kind: 'ytd', index: +n.text }, rule: 'vi.period.n-thang-before-verb' };
}

/** `%`, `phần trăm`, `percent` after a number. */
function percentAfter(c: Cursor, k: number): number {
  if (isP(c.tokens[k], '%') && k < c.limit) return k + 1;
  const w = m(c, k, c.g.percentWords);
  return w ? w.to : 0;
}

/** A number token read strictly, or null. */
function numberAt(c: Cursor, k: number): PrintedNumber | null {
  const t = c.tokens[k];
  if (!isNum(t) || k >= c.limit) return null;
  const r = readNumber(t.text, c.g.locale);
  return 'error' in r ? null : r;
}

/** What a figure rule found: the figure, the token after it, its rule id and match level. @internal */
export type Found = { to: number; fig: Figure; rule: string; level: MatchLevel };

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function rankAt(c: Cursor, i: number): Found | null {
  const L = c.g.locale;
  const first = m(c, i, c.g.firstRank);
  let k: number;
  let rank: number | undefined;
  let level: MatchLevel;
  if (first) {
    rank = 1;
    k = first.to;
    level = first.level;
  } else {
    const verb = m(c, i, c.g.rankVerbs);
    if (!verb) return null;
    k = verb.to;
    level = verb.level;
    if (['thu', 'hang'].includes(fold(c.tokens[k]?.text ?? '')) && c.tokens[k]?.kind === 'word') k++;
    const n = c.tokens[k];
    if (isNum(n) && /^\d+$/.test(n.text)) {
      rank = +n.text;
      k++;
      const suffix = m(c, k, c.g.ordinalSuffixes);
      if (suffix && c.tokens[k]?.gap === '') k = suffix.to;
    } else {
      const ord = m(c, k, c.g.ordinals);
      if (!ord) return null;
      rank = ord.phrase.data;
      k = ord.to;
    }
  }
  let of: number | undefined;
  if (isP(c.tokens[k], '/') && isNum(c.tokens[k + 1])) {
    of = +(c.tokens[k + 1] as Token).text;
    k += 2;
  } else if (['tren', 'out', 'among'].includes(fold(c.tokens[k]?.text ?? ''))) {
    const j = fold(c.tokens[k + 1]?.text ?? '') === 'of' ? k + 2 : k + 1;
    if (isNum(c.tokens[j])) {
      of = +(c.tokens[j] as Token).text;
      k = j + 1;
    }
  }
  // `63 tỉnh, thành phố` after `trên`/`/`: the peers' noun belongs to the rank.
  const scope = m(c, k, c.g.rankScopes);
  const fig: Figure = scope
    ? { kind: 'rank', rank, of, scopeFrom: scope.from, scopeTo: scope.to }
    : { kind: 'rank', rank, of };
  return { to: scope ? scope.to : k, fig, rule: first ? `${L}.rank.first` : `${L}.rank.nth`, level };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function densityAt(c: Cursor, i: number): Found | null {
  const w = m(c, i, c.g.densityWords);
  if (!w) return null;
  // `mật độ thuê bao điện thoại đạt 80,00 máy/100 dân`: up to eight words name the density.
  for (let k = w.to; k < Math.min(c.limit, w.to + 10); k++) {
    const t = c.tokens[k] as Token;
    if (t.kind === 'punct' && SEPARATORS.has(t.text)) return null;
    if (t.kind !== 'number') continue;
    const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
    if (!q?.quantity || !q.density) return null;
    let nameTo = k;
    const verb = m(c, Math.max(w.to, k - 1), c.g.valueVerbs);
    if (verb && verb.to === k) nameTo = verb.from;
    else if (k - 2 >= w.to) {
      const two = m(c, k - 2, c.g.valueVerbs);
      if (two && two.to === k) nameTo = two.from;
    }
    const fig: Figure = nameTo > w.to ? { kind: 'density', q, nameFrom: w.to, nameTo } : { kind: 'density', q };
    return { to: q.to, fig, rule: `${c.g.locale}.density.mat-do`, level: w.level };
  }
  return null;
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function exceedAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.exceedVerbs);
  if (!verb) return null;
  let k = verb.to;
  let plan = m(c, k, c.g.planWords);
  if (plan) k = plan.to;
  const approx = m(c, k, c.g.approximate);
  const approximate = approx && isNum(c.tokens[approx.to]) ? approx.phrase.data : undefined;
  if (approx && approximate) k = approx.to;
  const n = numberAt(c, k);
  const pct = n ? percentAfter(c, k + 1) : 0;
  if (!n || !pct) return null;
  let to = pct;
  // `exceeding the plan by 8.9%`: the plan is named inside the verb phrase.
  const inVerb = /plan|target|budget|estimate/u.exec(verb.phrase.text)?.[0];
  if (!plan && inVerb) {
    const of = inVerb === 'plan' ? 'plan' : inVerb === 'target' ? 'target' : 'budget';
    const completion: StatedCompletion = { percent: shift(n, '100'), form: 'exceeded-by', of, approximate };
    return {
      to,
      fig: { kind: 'completion', completion, numberAt: k },
      rule: `${c.g.locale}.completion.exceeded-by`,
      level: verb.level,
    };
  }
  if (!plan) {
    const compare = m(c, to, c.g.compareWords);
    plan = m(c, compare ? compare.to : to, c.g.planWords);
    if (!plan) return null;
    to = plan.to;
  }
  const completion: StatedCompletion = {
    percent: shift(n, '100'),
    form: 'exceeded-by',
    of: plan.phrase.data,
    approximate,
  };
  return {
    to,
    fig: { kind: 'completion', completion, numberAt: k },
    rule: `${c.g.locale}.completion.exceeded-by`,
    level: worst(verb.level, plan.level),
  };
}

/** The value of a multiple word (`đôi` 2, `rưỡi` 1.5), printed as the word. */
function multiple(c: Cursor, word: PhraseMatch<string>): PrintedNumber | null {
  const read = readNumber(word.phrase.data, 'en');
  if ('error' in read) return null;
  const text = c.text.slice((c.tokens[word.from] as Token).start, (c.tokens[word.to - 1] as Token).end);
  return { ...read, text };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function timesAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.timesVerbs);
  const k = verb ? verb.to : i;
  // `gấp đôi`, `double the figure for 2022`, `twice`: a multiple written as a word.
  const word = m(c, k, c.g.multipleWords);
  const n = word ? multiple(c, word) : numberAt(c, k);
  if (!n) return null;
  const times = word ? { to: word.to, level: word.level } : m(c, k + 1, c.g.timesWords);
  if (!times) return null;
  // `double-digit` is no multiple; without `gấp` before it, a multiple word needs its base after
  // it (`double the figure for 2022`).
  if (word && isP(c.tokens[word.to], '-')) return null;
  if (word && !verb?.phrase.text.includes('gấp') && !readBase(c, word.to)) return null;
  let to = times.to;
  if (c.g.locale === 'en') {
    const more = m(c, to, c.g.changeVerbs) ?? m(c, to, c.g.timesTail);
    if (more) to = more.to;
  }
  // `gấp 3,2 lần năm 2023`: a named period right after the multiple is its base (not the
  // statement's period).
  const after = readBase(c, to);
  const named = after ? null : matchPeriod(c.tokens, to, c.g.locale);
  const base: BaseRead | null =
    after ??
    (named?.id && named.to <= c.limit
      ? { from: to, to: named.to, base: { kind: 'named-period', match: named }, level: 'exact' }
      : null);
  const fig: Figure = { kind: 'change', form: 'times', amount: n, numberAt: k, base: base ?? undefined };
  return {
    to: base ? base.to : to,
    fig,
    rule: `${c.g.locale}.change.times`,
    level: worst(verb?.level, times.level, base?.level),
  };
}

/**
 * `a year-on-year increase of 25 percent`, `a month-on-month decline of 1.2%`: a change written
 * as a noun with its base as an adjective before it. Returns the noun's sign and the base.
 */
function nounChangeAt(c: Cursor, i: number): { verb: PhraseMatch<1 | -1>; base: BaseRead } | null {
  if (c.g.changeNouns.length === 0 || m(c, i, c.g.articles)?.to !== i + 1) return null;
  const alone = m(c, i + 1, c.g.standaloneBases);
  if (!alone) return null;
  const noun = m(c, alone.to, c.g.changeNouns);
  if (!noun) return null;
  const base: BaseRead = { from: i + 1, to: alone.to, base: alone.phrase.data, level: alone.level };
  return { verb: { ...noun, from: i }, base };
}

/**
 * `marking a 1.6 per cent decrease over the same period`, `a 12.3 percent year-on-year growth`:
 * article, amount, percent, (base adjective,) change noun, then an optional base.
 */
/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function preNounChangeAt(c: Cursor, i: number): Found | null {
  if (c.g.changeNounsAfterAmount.length === 0 || m(c, i, c.g.articles)?.to !== i + 1) return null;
  const n = numberAt(c, i + 1);
  if (!n) return null;
  const pct = percentAfter(c, i + 2);
  if (!pct) return null;
  let k = pct;
  const alone = m(c, k, c.g.standaloneBases);
  if (alone) k = alone.to;
  const noun = m(c, k, c.g.changeNounsAfterAmount);
  if (!noun) return null;
  const after = readBase(c, noun.to);
  const base: BaseRead | undefined =
    after ?? (alone ? { from: pct, to: alone.to, base: alone.phrase.data, level: alone.level } : undefined);
  const amount = noun.phrase.data < 0 ? negate(n) : n;
  const fig: Figure = { kind: 'change', form: 'rate', amount, numberAt: i + 1, base };
  return {
    to: after ? after.to : noun.to,
    fig,
    rule: `${c.g.locale}.change.rate-amount-before-noun`,
    level: worst(noun.level, base?.level),
  };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function changeAt(c: Cursor, i: number): Found | null {
  const noun = m(c, i, c.g.changeVerbs) ? null : nounChangeAt(c, i);
  const verb = m(c, i, c.g.changeVerbs) ?? noun?.verb;
  if (!verb) return null;
  let k = verb.to;
  const approx = m(c, k, c.g.approximate);
  const approximate = approx && isNum(c.tokens[approx.to]) ? approx.phrase.data : undefined;
  if (approx && approximate) k = approx.to;
  // `tăng trưởng -2,1%`: a minus sign glued to the number flips the verb.
  let minus = false;
  if (isP(c.tokens[k], '-', '−') && isNum(c.tokens[k + 1]) && c.tokens[k + 1]?.gap === '') {
    minus = true;
    k++;
  }
  let n = numberAt(c, k);
  // `an increase of USD 160`: an absolute change with the currency before its number.
  const before = n ? null : readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (before?.quantity && before.numberAt > k) n = before.quantity.number;
  if (!n) return null;
  const sign = minus ? -verb.phrase.data : verb.phrase.data;
  const amount = sign < 0 ? negate(n) : n;
  let to: number;
  let form: 'rate' | 'points' | 'absolute';
  let q: QuantityMatch | undefined;
  const points = m(c, k + 1, c.g.pointWords);
  const pct = percentAfter(c, k + 1);
  if (before?.quantity) {
    q = before;
    form = 'absolute';
    to = before.to;
  } else if (points) {
    form = 'points';
    to = points.to;
  } else if (pct) {
    form = 'rate';
    to = pct;
    const alsoPoints = m(c, pct, c.g.pointWords);
    if (alsoPoints && c.g.locale === 'vi') {
      form = 'points';
      to = alsoPoints.to;
    }
  } else {
    const read = readQuantity(c.text, c.tokens, k, c.g, c.limit);
    if (!read?.quantity) return null;
    q = read;
    form = 'absolute';
    to = read.to;
  }
  const after = readBase(c, to) ?? baseAfterBracket(c, to);
  const base = after ?? noun?.base ?? null;
  if (after) to = after.to;
  // `tăng 15,2% so với dự toán`, `giảm 5% so với kế hoạch`: over or under the plan, a completion.
  if (base?.base.kind === 'plan' && form === 'rate') {
    const completion: StatedCompletion = {
      percent: shift(amount, '100'),
      form: 'exceeded-by',
      of: base.base.of,
      approximate,
    };
    return {
      to,
      fig: { kind: 'completion', completion, numberAt: k },
      rule: `${c.g.locale}.completion.change-vs-plan`,
      level: worst(verb.level, base.level),
    };
  }
  let then: QuantityMatch | undefined;
  const toWord = c.g.locale === 'en' ? m(c, to, c.g.toWords) : null;
  if (toWord) {
    const next = readQuantity(c.text, c.tokens, toWord.to, c.g, c.limit);
    if (next?.quantity) {
      then = next;
      to = next.to;
    }
  }
  const fig: Figure = { kind: 'change', form, amount, numberAt: k, q, base: base ?? undefined, then, approximate };
  const rule = `${c.g.locale}.change.${form}${!after && noun ? '-noun-phrase-base' : ''}`;
  return { to, fig, rule, level: worst(verb.level, base?.level) };
}

/**
 * `giảm 1,6% (-673 ha) so cùng kỳ`, `tăng 14,8% (tăng 33,92 tỷ USD) so với cùng kỳ năm ngoái`: a
 * short bracket between a change and its base states the change's size; the base after it is
 * the change's. The bracket is read as part of the change (its number is no statement).
 */
function baseAfterBracket(c: Cursor, i: number): BaseRead | null {
  if (!isP(c.tokens[i], '(')) return null;
  for (let k = i + 1; k < c.limit && k <= i + 10; k++) {
    const t = c.tokens[k];
    if (isP(t, '(')) return null;
    if (isP(t, ')')) return readBase(c, k + 1);
  }
  return null;
}

/** True when a phrase of `list` ends right before token `i` (`giảm` before `từ`). */
function endsAt(c: Cursor, i: number, list: Parameters<typeof matchAt>[2]): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    if (matchAt(c.tokens, i - back, list, i)?.to === i) return true;
  }
  return false;
}

/** `5 percentage points higher than in 2022`, `3% lower than last year`: the direction after the amount. */
/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function postChangeAt(c: Cursor, i: number): Found | null {
  if (c.g.directionAfter.length === 0) return null;
  const n = numberAt(c, i);
  if (!n) return null;
  const points = m(c, i + 1, c.g.pointWords);
  const pct = points ? 0 : percentAfter(c, i + 1);
  if (!points && !pct) return null;
  const k = points ? points.to : pct;
  const dir = m(c, k, c.g.directionAfter);
  if (!dir) return null;
  const base = readBase(c, dir.to);
  if (!base) return null;
  const amount = dir.phrase.data < 0 ? negate(n) : n;
  const form = points ? 'points' : 'rate';
  const fig: Figure = { kind: 'change', form, amount, numberAt: i, base };
  return {
    to: base.to,
    fig,
    rule: `${c.g.locale}.change.${form}-direction-after`,
    level: worst(dir.level, base.level),
  };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function fromToAt(c: Cursor, i: number): Found | null {
  const from = m(c, i, c.g.fromWords);
  if (!from) return null;
  const a = readQuantity(c.text, c.tokens, from.to, c.g, c.limit);
  if (!a?.quantity) return null;
  const to = m(c, a.to, c.g.toWords);
  if (!to) return null;
  // `từ 7,5 đến 8%`, `from 7 to 7.5%` with no change verb before: a range, not a change.
  const neutral = ['đến', 'to'].includes(to.phrase.text);
  if (neutral && !endsAt(c, i, c.g.changeVerbs) && !endsAt(c, i, changeToVerbs(c.g))) return null;
  const b = readQuantity(c.text, c.tokens, to.to, c.g, c.limit);
  if (!b?.quantity) return null;
  // `từ 2 lên 3 nghìn tỷ đồng`, `from 3.5 to 3.2%`: a bare first number shares the second's
  // scale and unit (it is never read as 2 đồng).
  const bare = a.quantity.scale === 0 && a.quantity.unit === undefined;
  const shared = b.quantity.scale !== 0 || b.quantity.unit !== undefined;
  const previous: QuantityMatch =
    bare && shared
      ? {
          ...a,
          quantity: quantityOf(a.quantity.number, b.quantity.scale, {
            ...(b.quantity.scaleWord !== undefined ? { scaleWord: b.quantity.scaleWord } : {}),
            ...(b.quantity.unit !== undefined ? { unit: b.quantity.unit } : {}),
            ...(b.quantity.unitCode !== undefined ? { unitCode: b.quantity.unitCode } : {}),
          }),
        }
      : a;
  return {
    to: b.to,
    fig: { kind: 'from-to', previous, current: b },
    rule: `${c.g.locale}.from-to${bare && shared ? '+shared-scale' : ''}`,
    level: worst(from.level, to.level),
  };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function planValueAt(c: Cursor, i: number): Found | null {
  const w = m(c, i, c.g.planValueWords);
  if (!w) return null;
  let k = w.to;
  if (isP(c.tokens[k], ':') || ['la', 'is', 'of'].includes(fold(c.tokens[k]?.text ?? ''))) k++;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
  return { to: q.to, fig: { kind: 'plan', q }, rule: `${c.g.locale}.plan.value`, level: w.level };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function percentAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.percentVerbs);
  let k = verb ? verb.to : i;
  // `đạt khoảng 95% kế hoạch`: an approximate completion or ratio (never audited).
  const approx = verb ? m(c, k, c.g.approximate) : null;
  const approximate = approx && isNum(c.tokens[approx.to]) ? approx.phrase.data : undefined;
  if (approx && approximate) k = approx.to;
  const n = numberAt(c, k);
  if (!n) return null;
  const pct = percentAfter(c, k + 1);
  if (!pct) return null;
  const stage = verb && fold(verb.phrase.text).startsWith('uoc') ? ('estimate' as const) : undefined;
  const plan = m(c, pct, c.g.planWords);
  if (plan) {
    const completion: StatedCompletion = { percent: n, form: 'of-plan', of: plan.phrase.data, approximate };
    return {
      to: plan.to,
      fig: { kind: 'completion', completion, numberAt: k, stage },
      rule: `${c.g.locale}.completion.of-plan`,
      level: worst(verb?.level, plan.level),
    };
  }
  const base = readBase(c, pct);
  if (base && base.base.kind === 'plan') {
    const completion: StatedCompletion = { percent: n, form: 'of-plan', of: base.base.of, approximate };
    return {
      to: base.to,
      fig: { kind: 'completion', completion, numberAt: k, stage },
      rule: `${c.g.locale}.completion.so-voi-plan`,
      level: worst(verb?.level, base.level),
    };
  }
  // `was up to 23.3 percent against the same period`: `up` is the rise, not a bound.
  if (base && approx?.phrase.text === 'up to') {
    const fig: Figure = { kind: 'change', form: 'rate', amount: n, numberAt: k, base };
    return { to: base.to, fig, rule: `${c.g.locale}.change.rate-up-to`, level: worst(verb?.level, base.level) };
  }
  if (base) {
    const fig: Figure = {
      kind: 'change',
      form: 'ratio',
      amount: n,
      numberAt: k,
      base,
      verbless: !verb,
      verb: verb?.phrase.text,
      approximate,
    };
    return { to: base.to, fig, rule: `${c.g.locale}.change.ratio`, level: worst(verb?.level, base.level) };
  }
  if (!verb) return null;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q) return null;
  return {
    to: q.to,
    fig: { kind: 'percent', q, verbFrom: i, stage, approximate },
    rule: `${c.g.locale}.percent.bare`,
    level: verb.level,
  };
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function valueAt(c: Cursor, i: number): Found | null {
  let k = i;
  let verbFrom: number | undefined;
  let stage: DataStage | undefined;
  let count = false;
  let level: MatchLevel = 'exact';
  const verb = m(c, i, c.g.valueVerbs);
  const counting = m(c, i, c.g.countVerbs);
  const chosen = counting && (!verb || counting.to > verb.to) ? counting : verb;
  if (chosen) {
    verbFrom = i;
    k = chosen.to;
    level = chosen.level;
    count = chosen === counting;
    stage = chosen === verb ? verb?.phrase.data : undefined;
  }
  let approximate: 'about' | 'over' | 'under' | undefined;
  let average = false;
  for (let guard = 0; guard < 2; guard++) {
    const ap = m(c, k, c.g.approximate);
    if (
      ap &&
      ap.to < c.limit &&
      (isNum(c.tokens[ap.to]) || m(c, ap.to, c.g.averageWords) || m(c, ap.to, c.g.currencyBefore))
    ) {
      approximate = ap.phrase.data;
      k = ap.to;
      continue;
    }
    const av = m(c, k, c.g.averageWords);
    if (av && av.to < c.limit) {
      average = true;
      k = av.to;
      continue;
    }
    break;
  }
  if (verbFrom !== undefined) {
    // `were 51 times higher`, `bằng 1,5 lần`: a multiple after a copula is a change.
    const times = timesAt(c, k);
    if (times) return times;
  }
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q) return null;
  const L = c.g.locale;
  if (q.error !== undefined) {
    if (verbFrom === undefined) return null;
    return {
      to: q.to,
      fig: { kind: 'invalid', numberAt: q.numberAt, error: q.error },
      rule: `${L}.value.invalid-number`,
      level,
    };
  }
  if (!q.quantity) return null;
  if (q.density) return { to: q.to, fig: { kind: 'density', q }, rule: `${L}.density.per-n-unit`, level };
  if (q.quantity.unitCode === 'percent' && !count) {
    return { to: q.to, fig: { kind: 'percent', q, verbFrom, stage, approximate }, rule: `${L}.percent.bare`, level };
  }
  // A bare number needs a verb, a measure word or a clause of its own to be a figure:
  // `cho 20 tập thể` is not an indicator statement.
  const measured = q.quantity.unit !== undefined || q.quantity.scale !== 0;
  if (verbFrom === undefined && !measured) return null;
  const rule = count ? `${L}.value.count-verb` : verbFrom !== undefined ? `${L}.value.verb` : `${L}.value.measure`;
  return { to: q.to, fig: { kind: 'value', q, verbFrom, stage, count, approximate, average }, rule, level };
}

const CHANGE_TO = new WeakMap<Grammar, readonly Phrase<DataStage | undefined>[]>();
/** The value verbs that say the value moved, filtered once per grammar (a list is indexed once). */
function changeToVerbs(g: Grammar): readonly Phrase<DataStage | undefined>[] {
  let list = CHANGE_TO.get(g);
  if (!list) {
    list = g.valueVerbs.filter(isChangeToVerb);
    CHANGE_TO.set(g, list);
  }
  return list;
}

/** `tăng lên`, `giảm xuống`, `rose to`: value verbs that say the value moved. */
const isChangeToVerb = (p: { readonly text: string }): boolean =>
  /^(tăng|giảm|rose|fell|increased|decreased|grew|climbed|dropped|declined)\b/u.test(p.text);

/** The first figure rule of {@link FIGURE_RULES} (in its order) that reads a figure at token `i`. */
function firstFigure(c: Cursor, i: number): Found | null {
  for (const r of FIGURE_RULES) {
    if (!r.locales.includes(c.g.locale)) continue;
    const found = r.match(c, i);
    if (found) return found;
  }
  return null;
}

/**
 * Scans tokens `[from, to)` of one sentence into items: separators, periods, bases, markers,
 * figures and the words left over (which become names). Left to right, longest rule first at
 * each position, so the result is deterministic.
 */
export function scanSentence(text: string, tokens: readonly Token[], from: number, to: number, g: Grammar): Item[] {
  const c: Cursor = { text, tokens, g, limit: to };
  const items: Item[] = [];
  let i = from;
  let sawWord = false;
  let lastChange: 1 | -1 | undefined;
  while (i < to) {
    const t = tokens[i] as Token;
    // The full stop that ends the sentence is no part of a name before it.
    if (t.kind === 'punct' && i === to - 1 && ['.', '!', '?', '…'].includes(t.text)) {
      items.push({ t: 'sep', from: i, to: i + 1, ch: t.text });
      i++;
      continue;
    }
    if (
      t.kind === 'punct' &&
      SEPARATORS.has(t.text) &&
      !(t.text === '–' && isNum(tokens[i - 1]) && isNum(tokens[i + 1]))
    ) {
      items.push({ t: 'sep', from: i, to: i + 1, ch: t.text });
      i++;
      sawWord = false;
      if (t.text === ';') lastChange = undefined;
      continue;
    }
    if (t.kind === 'number') {
      const d = dateAt(c, i);
      if (d) {
        items.push({ t: 'number', from: i, to: i + d, why: 'date' });
        i += d;
        continue;
      }
      if (identifierAt(c, i) || gluedWordAt(c, i)) {
        items.push({ t: 'number', from: i, to: i + 1, why: 'identifier' });
        i++;
        continue;
      }
    }
    const period = matchPeriod(tokens, i, g.locale) ?? monthsBeforeVerb(c, i);
    if (period && period.to <= to) {
      items.push({ t: 'period', from: i, to: period.to, match: period });
      i = period.to;
      continue;
    }
    if (t.kind === 'number' && afterQualifier(c, i)) {
      items.push({ t: 'number', from: i, to: i + 1, why: 'qualifier' });
      i++;
      continue;
    }
    const ofWhich = m(c, i, g.ofWhich);
    if (ofWhich) {
      items.push({ t: 'marker', from: i, to: ofWhich.to, kind: 'of-which', level: ofWhich.level });
      i = ofWhich.to;
      continue;
    }
    const target = m(c, i, g.targetMarkers);
    if (target) {
      items.push({ t: 'marker', from: i, to: target.to, kind: 'target', level: target.level });
      i = target.to;
      continue;
    }
    // `kế hoạch năm 2021`, `đến năm 2025`, `the plan for 2021`: a plan for a named period.
    const planWord = m(c, i, g.planValueWords);
    const before = planWord;
    if (before && matchPeriod(tokens, before.to, g.locale)) {
      items.push({ t: 'marker', from: i, to: before.to, kind: 'target', level: before.level });
      i = before.to;
      continue;
    }
    const found = firstFigure(c, i);
    // `tăng 7,5-8%`, `growth of 7.5-8%`: the figure is a range, read as neither end.
    if (found && isP(tokens[found.to], '-', '–', '—') && isNum(tokens[found.to + 1]) && found.to + 1 < to) {
      const second = readQuantity(text, tokens, found.to + 1, g, to);
      const end = second?.quantity ? second.to : found.to + 2;
      const error = `A range (${text.slice((tokens[i] as Token).start, (tokens[end - 1] as Token).end)}), no single figure`;
      items.push({ t: 'bad-number', from: i, to: end, error, range: true });
      i = end;
      continue;
    }
    if (found) {
      let { fig, rule } = found;
      // `tăng 1,8% so với tháng trước và 9,2% so với cùng kỳ`: the verb of the change before
      // carries over to a bare percentage with a base.
      if (fig.kind === 'change' && fig.form === 'ratio' && fig.verbless && lastChange) {
        fig = { ...fig, form: 'rate', amount: lastChange < 0 ? negate(fig.amount) : fig.amount };
        rule = `${g.locale}.change.elliptic-rate`;
      }
      if (fig.kind === 'change' && (fig.form === 'rate' || fig.form === 'points'))
        lastChange = fig.amount.value.startsWith('-') ? -1 : 1;
      items.push({ t: 'figure', from: i, to: found.to, fig, rule, level: found.level });
      i = found.to;
      continue;
    }
    const base = readBase(c, i);
    if (base) {
      items.push({ t: 'base', from: i, to: base.to, read: base });
      i = base.to;
      continue;
    }
    const stage = m(c, i, g.stageWords);
    if (stage) {
      items.push({ t: 'marker', from: i, to: stage.to, kind: 'stage', stage: stage.phrase.data, level: stage.level });
      i = stage.to;
      continue;
    }
    if (!sawWord) {
      const joiner = m(c, i, g.joiners) ?? null;
      if (joiner) {
        items.push({ t: 'marker', from: i, to: joiner.to, kind: 'joiner', level: joiner.level });
        i = joiner.to;
        continue;
      }
      const topic = m(c, i, g.topicWords);
      if (topic && !isNum(tokens[topic.to])) {
        items.push({ t: 'marker', from: i, to: topic.to, kind: 'topic', level: topic.level });
        i = topic.to;
        continue;
      }
    }
    if (t.kind === 'number') {
      const read = readNumber(t.text, g.locale);
      if ('error' in read) items.push({ t: 'bad-number', from: i, to: i + 1, error: read.error });
      else items.push({ t: 'number', from: i, to: i + 1, why: 'stray' });
      i++;
      continue;
    }
    if (t.kind === 'word') sawWord = true;
    items.push({ t: 'word', from: i, to: i + 1 });
    i++;
  }
  return items;
}
