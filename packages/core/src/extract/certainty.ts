import { fold } from './fold';
import type { Grammar } from './grammar';
import { matchPeriod } from './period-phrase';
import { matchAt, type Phrase } from './phrase';
import { LISTED } from './sentence/list-brackets';
import { PAIRED } from './sentence/list-respectively';
import type { Token } from './tokenize';
import type { Doubt, DoubtReason, Extracted, ExtractedChange, Statement } from './types';

/**
 * The certainty pass: after a statement is assembled, every field gets `confidence`, and a
 * number whose ROLE the text leaves open gets `uncertain` with the reason. Each doubt is one
 * small rule below, in the order they are tried; the words are the grammar's.
 *
 * Cost: each field looks at most {@link WINDOW} tokens back, so the pass is linear.
 */

const WINDOW = 12;
/** Twice {@link WINDOW}: how far a doubt about a whole clause looks. */
const WIDE_WINDOW = WINDOW + WINDOW;
/** How many tokens of a name are looked at (names are short; a runaway name is cut). */
const NAME_WINDOW = 36;

const MESSAGES: Record<DoubtReason, string> = {
  bracketed: 'A figure in brackets whose name is outside them: its role is not stated',
  'plan-frame': 'A figure after a plan word in a statement of results: it may be the plan',
  share: 'A share of a total, not the level of the indicator',
  'percent-role': 'A percentage with neither plan nor base: level, growth or share is not stated',
  range: 'One end of a range',
  'time-like': 'A bare number that reads as part of a period (a year, a number of months)',
  fraction: 'A count out of a total (30/63)',
  conversion: 'The value restated in another currency',
  'other-measure': 'The change of another measure than the value (về số lượng …)',
  'second-figure': 'A second change of the same kind in one statement: it may belong to another clause',
  'second-period':
    'A change after a second period named in its statement (…, and in December rose 0.12%): it may be that period’s, not the statement’s',
  difference: 'A difference between two figures, not a level',
  respectively: 'Names and figures paired by their order (respectively): which figure is whose is not read',
  'counted-noun': 'A bare count of the noun that follows it, not the value of an indicator',
  comparison:
    'A figure after a comparative (higher than, cao hơn): most likely the other side of the comparison, another period or quantity',
  'base-period':
    'A period named after a comparison word (compared to … 2019, so với năm 2019): it may be the base, not the period of the statement',
  'glued-bound':
    'A bound word glued to the word before the figure (saidover 142 …): the figure may be a bound, not exact',
  'partial-period':
    'A year after words of a shorter period that were not read (the last five months of 2020, 5 tháng cuối năm 2021): the statement may be of part of that year',
  contribution:
    'A change after words of a cause (causing the overall CPI to fall by 0.16 percentage point, làm CPI chung tăng …): a contribution to another indicator’s change',
  remainder: 'A remainder’s share of a plan (there remains …, or 9.3 percent of the plan): not a completion',
  'earlier-plan':
    'A figure against the plan or estimate of another period (compared to last year’s estimates): not the completion of this period’s plan',
  'rate-or-ratio':
    'A percentage against a base after a verb that is neither a level nor a change verb: the growth or the level against the base',
  'count-or-multiple':
    'A whole number of times with no base (revised up 13 times): a count of occurrences or a multiple',
  'unread-between': 'A change after a figure of its statement that was not read: it may be that figure’s change',
  'average-rate': 'A percentage per period (7,6%/năm, 5% a year): an average rate of change, not a level',
  'unread-base':
    'A change against a base that was not read (so với kịch bản, compared with the scenario): it may be against a plan, not a growth',
  'exceeded-level':
    'A level right after a verb of exceeding (vượt 107.500 tỷ đồng, surpassed 1.5 million): more than the figure, not exactly it',
  'unread-bound':
    'A bound word before the figure that was not read (at least VNĐ20 trillion, ít nhất 2 tỷ USD): the figure may be a minimum or maximum, not exact',
  'per-unit':
    'A quantity divided a few words on by another unit (6.08 tonnes of rice per ha): a rate per unit, not a level',
  'split-number':
    'A number glued by a point or comma to a token ending in a digit (U$S1.9 billion): the tail of a bigger number',
  'fronted-plan':
    'A percentage after a comparison with the plan that opens the sentence (So với kế hoạch … thì tỷ lệ đạt 13,67%): it may be the completion of the plan, not a level or a growth',
};

const doubt = (reason: DoubtReason): Doubt => ({ reason, message: MESSAGES[reason] });

const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '.', '!', '?', '[', ']', '—', '–']);

/** Token indexes, clause starts and bracket depth of a text, computed once. */
export class TokenIndex {
  /** Each token's start offset, ascending (tokens never overlap). */
  private readonly starts: Int32Array;
  private readonly clauseStart: Int32Array;
  private readonly depth: Int32Array;
  /** Index of the bracket that opened the token's innermost bracket, or −1. */
  private readonly openAt: Int32Array;

  constructor(readonly tokens: readonly Token[]) {
    const n = tokens.length;
    this.starts = new Int32Array(n);
    this.clauseStart = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.openAt = new Int32Array(n).fill(-1);
    const opens: number[] = [];
    let clause = 0;
    let depth = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      this.starts[i] = t.start;
      if (t.gap.includes('\n')) {
        depth = 0;
        opens.length = 0;
        clause = i;
      }
      if (t.kind === 'punct' && (t.text === '(' || t.text === '[')) {
        depth++;
        opens.push(i);
      }
      this.depth[i] = depth;
      this.openAt[i] = opens.length ? (opens[opens.length - 1] as number) : -1;
      this.clauseStart[i] = clause;
      if (t.kind === 'punct' && (t.text === ')' || t.text === ']')) {
        depth = Math.max(0, depth - 1);
        opens.pop();
      }
      if (t.kind === 'punct' && CLAUSE_ENDS.has(t.text)) clause = i + 1;
    }
  }

  /** The token that starts at `offset`, if one does (binary search: no map per token). */
  at(offset: number): number | undefined {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = starts[mid] as number;
      if (v === offset) return mid;
      if (v < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The first token that starts at or after `offset` (binary search; the token count when none does). */
  from(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  depthAt(i: number): number {
    return this.depth[i] ?? 0;
  }

  clauseOf(i: number): number {
    return this.clauseStart[i] ?? 0;
  }

  /** The bracket token that opened token `i`'s innermost bracket, or −1. */
  bracketOf(i: number): number {
    return this.openAt[i] ?? -1;
  }
}

/** True when a phrase of `list` ENDS in tokens `[from, to)`, looking back from `to`. */
function endsWithin(tokens: readonly Token[], from: number, to: number, list: readonly Phrase[]): boolean {
  for (let i = to - 1; i >= from; i--) {
    const m = matchAt(tokens, i, list, to);
    if (m) return true;
  }
  return false;
}

/** True when a phrase of `list` starts anywhere in tokens `[from, to)`. */
function within(tokens: readonly Token[], from: number, to: number, list: readonly Phrase<unknown>[]): boolean {
  for (let i = from; i < to; i++) if (matchAt(tokens, i, list, to)) return true;
  return false;
}

interface Ctx {
  readonly ix: TokenIndex;
  readonly g: Grammar;
  readonly s: Statement;
  /** First token of the name, and the token after it. */
  readonly nameFrom: number | undefined;
  readonly nameTo: number | undefined;
}

/** First token of a field. */
function first(ctx: Ctx, f: Extracted<unknown>): number | undefined {
  return ctx.ix.at(f.span.start);
}

/** The number's token inside a field (the first number token of its span). */
function numberToken(ctx: Ctx, f: Extracted<unknown>): number | undefined {
  const from = first(ctx, f);
  if (from === undefined) return undefined;
  const tokens = ctx.ix.tokens;
  for (let i = from; i < tokens.length && i < from + WINDOW; i++) {
    const t = tokens[i] as Token;
    if (t.start >= f.span.end) break;
    if (t.kind === 'number') return i;
  }
  return undefined;
}

/**
 * True when the name holds a bare count: a number that is no year, no part of a period
 * (`7 tháng`), no bracketed aside, not glued to a slash or a dash.
 */
function countInName(ctx: Ctx): boolean {
  const t = ctx.ix.tokens;
  const from = ctx.nameFrom as number;
  const to = Math.min(ctx.nameTo as number, from + NAME_WINDOW);
  for (let i = from; i < to; i++) {
    const x = t[i] as Token;
    if (x.kind !== 'number' || /^(19|20)\d\d$/.test(x.text) || ctx.ix.depthAt(i) > ctx.ix.depthAt(from)) continue;
    const next = t[i + 1];
    if (next?.kind === 'punct' && next.gap === '') continue;
    // `4G subscribers`, `5G`, `3D`: a number glued to letters is part of a word, not a count.
    if (next?.kind === 'word' && next.gap === '') continue;
    const prev = t[i - 1];
    if (prev?.kind === 'punct' && x.gap === '') continue;
    if (matchAt(t, i + 1, ctx.g.periodCountNouns)) continue;
    // The counted noun is part of the name: `3 địa phương có tỷ lệ …`, not `mức độ 4` + verb.
    if (next?.kind === 'word' && i + 1 < to) return true;
  }
  return false;
}

/** True when a plan word follows the field in its clause (at most {@link WINDOW} tokens on). */
function planAfter(ctx: Ctx, f: Extracted<unknown>, k: number): boolean {
  const t = ctx.ix.tokens;
  let end = k;
  while (end < t.length && (t[end] as Token).start < f.span.end) end++;
  for (let i = end; i < t.length && i < end + WINDOW; i++) {
    const x = t[i] as Token;
    if (x.kind === 'punct' || x.gap.includes('\n')) return false;
    if (matchAt(t, i, ctx.g.planFrameWords)) return true;
  }
  return false;
}

/**
 * `in the last five months of 2020`, `hai quý đầu năm 2021`: a whole year read right after words
 * of a part of a year (a month, quarter or half word, `first`/`last`, `đầu`/`cuối`) in its
 * clause, which the period reader did not take in: the year may be the end of an unread shorter
 * period. Looks at most four tokens back.
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
    if (part(f) || (g.locale === 'en' && f.endsWith('s') && part(f.slice(0, -1)))) return true;
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
function rangeSideMonth(ix: TokenIndex, g: Grammar, at: number, end: number, period: unknown): boolean {
  if (typeof period !== 'string' || !/^\d{4}-\d{2}$/u.test(period)) return false;
  const isTo = (x: Token | undefined): boolean => x?.kind === 'word' && g.rangeToWords.has(x.forms.lower);
  // (`từ tháng 2 đến tháng 5/2023` read as `tháng 2`: the range's start, right after `from`.)
  const before = at - 1;
  if (before >= 0 && matchAt(ix.tokens, before, g.fromWords, at)?.to === at && isTo(ix.tokens[ix.from(end)]))
    return true;
  if (!isTo(ix.tokens[at - 1])) return false;
  for (let i = at - 2; i >= 0 && i >= at - 9 && i >= ix.clauseOf(at); i--)
    if (matchAt(ix.tokens, i, g.fromWords, at - 1)) return true;
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
  for (let b = l - 1; b >= 0 && b >= l - 6; b--)
    if (matchAt(ix.tokens, b, g.bases, l)?.phrase.data?.kind === 'same-period-last-year') return true;
  return false;
}

/**
 * `… compared to the implementation in 2019`, `gấp 3,2 lần năm 2023`: the statement's period was
 * read after a comparison word of its clause, so it may be the base's period. A word inside one of
 * the statement's figures is that figure's (`reached more than US$2.2 billion in 2022`: `than` is
 * the value's bound), not a comparison.
 */
function weighPeriod<T>(
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
  let lead = false;
  for (let i = from; i < at && !lead; i++) lead = !inFigure(i) && matchAt(ix.tokens, i, g.periodBaseLeads, at) !== null;
  if (lead) return { ...p, confidence: 'uncertain', doubt: doubt('base-period'), rule: `${p.rule}?base-period` };
  if (rangeSideMonth(ix, g, at, p.span.end, p.value))
    return { ...p, confidence: 'uncertain', doubt: doubt('range'), rule: `${p.rule}?range-end` };
  if (partOfYearBefore(ix, g, at, p.value) || samePeriodYear(ix, g, at, p.value))
    return { ...p, confidence: 'uncertain', doubt: doubt('partial-period'), rule: `${p.rule}?partial-period` };
  return { ...p, confidence: 'certain' };
}

/**
 * From the number at `k`, steps over tokens glued to it (a currency word or sign, at most three)
 * to one glued dash and on to another number: `US$3.1-US$3.4` read from either number.
 */
function gluedRangeSide(t: readonly Token[], k: number, step: 1 | -1): boolean {
  let dashes = 0;
  let j = k + step;
  for (let n = 0; n < 6; n++, j += step) {
    const x = t[j];
    const inner = step < 0 ? t[j + 1] : x;
    if (!x || inner?.gap !== '') return false;
    if (x.kind === 'number') return dashes === 1 && n > 1;
    if (x.kind === 'punct' && ['-', '–', '—'].includes(x.text)) {
      if (++dashes > 1) return false;
    } else if (x.kind === 'punct' && !['$', '€', '¥', '£'].includes(x.text)) return false;
  }
  return false;
}

/** Per token index: the tokens inside a list that a `respectively` word pairs by order. */
const RESPECTIVE = new WeakMap<TokenIndex, Uint8Array>();
const LIST_PUNCT = new Set([',', '%', '$', '€', '£', '¥', '-', '–']);

/**
 * How many tokens of a list of figures end at token `k` (reading back) or start at it (reading
 * on): a number, a comma, a percent sign, a currency, or a phrase of the grammar that belongs to
 * a figure (`and`/`và`, percent, scale and unit words, a bound, a base such as `year-on-year`, a
 * change verb, `by`); 0 when the token ends the list.
 */
function listStep(t: readonly Token[], g: Grammar, k: number, back: boolean): number {
  const x = t[k];
  if (!x || x.gap.includes('\n')) return 0;
  if (x.kind === 'number' || (x.kind === 'punct' && LIST_PUNCT.has(x.text))) return 1;
  if (x.kind !== 'word') return 0;
  const lists = [
    g.joiners,
    g.percentWords,
    g.pointWords,
    g.scales,
    g.units,
    g.currencyBefore,
    g.approximate,
    g.bases,
    g.standaloneBases,
    g.changeVerbs,
    g.exceedBy,
    g.percentVerbs,
  ] as readonly (readonly Phrase<unknown>[])[];
  for (const list of lists) {
    if (!back) {
      const m = matchAt(t, k, list);
      if (m) return m.to - k;
      continue;
    }
    // Reading back: a phrase of at most six tokens that holds `k` (`US$` from its `US`).
    for (let from = k; from >= 0 && from > k - 6; from--)
      if ((matchAt(t, from, list)?.to ?? 0) > k) return k + 1 - from;
  }
  return 0;
}

/** True when token `k` can end a figure: a number, `%`, or the last word of a percent, scale, unit or base phrase. */
function figureEnd(t: readonly Token[], g: Grammar, k: number): boolean {
  const x = t[k];
  if (x?.kind === 'number' || (x?.kind === 'punct' && x.text === '%')) return true;
  if (x?.kind !== 'word') return false;
  for (const list of [
    g.percentWords,
    g.pointWords,
    g.scales,
    g.units,
    g.bases,
  ] as readonly (readonly Phrase<unknown>[])[])
    for (let from = k; from >= 0 && from > k - 6; from--) if (matchAt(t, from, list)?.to === k + 1) return true;
  return false;
}

/**
 * The tokens of the lists a `respectively` word pairs by order, however long: reading back from
 * the word (`increasing 44.4 percent, 45.7 percent and 2 percent year-on-year respectively`) and
 * on from it (`lần lượt là 8% và 8,5%`) over the figures of the list; an earlier clause of the
 * sentence (`…, down 24.1 percent on-year, while … US$16.4 billion and US$0.9 billion,
 * respectively`) stays certain. Computed once per text; each token is stepped over a bounded
 * number of times, so the rule stays linear.
 */
function respectiveList(ix: TokenIndex, g: Grammar, k: number): boolean {
  let marks = RESPECTIVE.get(ix);
  if (!marks) {
    const t = ix.tokens;
    marks = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++) {
      const m = (t[i] as Token).kind === 'word' ? matchAt(t, i, g.respectiveWords) : null;
      if (!m) continue;
      // `up 11% and 9% in volume and value, respectively`: the names may stand between the
      // figures and the word; the figures' list ends within a few tokens before it.
      let j = i - 1;
      for (let b = i - 1; b >= 0 && b >= i - 8; b--) {
        if (figureEnd(t, g, b)) {
          j = b;
          break;
        }
        const x = t[b] as Token;
        if ((x.kind === 'punct' && x.text !== ',') || x.gap.includes('\n')) break;
      }
      while (j >= 0 && !marks[j]) {
        const n = listStep(t, g, j, true);
        if (n === 0) break;
        marks.fill(1, j - n + 1, j + 1);
        j -= n;
      }
      for (let f = m.to; f < t.length; ) {
        const n = listStep(t, g, f, false);
        if (n === 0) break;
        marks.fill(1, f, f + n);
        f += n;
      }
      i = m.to - 1;
    }
    RESPECTIVE.set(ix, marks);
  }
  return marks[k] === 1;
}

/** Per grammar: its one-word bound words of four letters or more (`over`, `nearly`, `khoảng`). */
const BOUNDS = new WeakMap<Grammar, readonly string[]>();

/**
 * True when the word before the number at `k` (or before a currency glued to it: `US$`, `VND`)
 * ends with a bound word of the grammar glued to other letters (`saidover`, `reachednearly`):
 * one word that the tokenizer could not split with certainty.
 */
function gluedBoundBefore(t: readonly Token[], g: Grammar, k: number): boolean {
  let bounds = BOUNDS.get(g);
  if (!bounds) {
    bounds = g.approximate
      .filter((p) => p.tokens.length === 1 && p.tokens[0]?.kind === 'word' && p.text.length >= 4)
      .map((p) => (p.tokens[0] as Token).forms.lower);
    BOUNDS.set(g, bounds);
  }
  let j = k - 1;
  for (let n = 0; n < 3 && j > 0 && (t[j + 1] as Token).gap === ''; n++) {
    const x = t[j] as Token;
    const currency = (x.kind === 'punct' && ['$', '€', '£', '¥'].includes(x.text)) || /^\p{Lu}+$/u.test(x.text);
    if (!currency) break;
    j--;
  }
  const w = t[j];
  if (w?.kind !== 'word') return false;
  const lower = w.forms.lower;
  return bounds.some((b) => lower.length > b.length + 1 && lower.endsWith(b));
}

/** The tokens of the statement's name (at most {@link NAME_WINDOW}), or an empty range. */
function nameRangeOf(ctx: Ctx): readonly [number, number] {
  if (ctx.nameFrom === undefined || ctx.nameTo === undefined) return [0, 0];
  return [ctx.nameFrom, Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW)];
}

/** The first token after a field's span (at most {@link WINDOW} tokens on from its first). */
function afterField(ctx: Ctx, f: Extracted<unknown>): number | undefined {
  const from = first(ctx, f);
  if (from === undefined) return undefined;
  const t = ctx.ix.tokens;
  let j = from;
  while (j < t.length && j < from + WIDE_WINDOW && (t[j] as Token).start < f.span.end) j++;
  return j;
}

/** Base kinds that name an earlier period than the statement's. */
const EARLIER: ReadonlySet<string> = new Set(['previous-period', 'same-period-last-year']);

/** Per grammar: the folded texts of its base phrases that name an earlier period. */
const PERIOD_BASES = new WeakMap<Grammar, ReadonlySet<string>>();

/**
 * `last year's`, `the previous year’s`: a base phrase of the grammar whose last word carries a
 * possessive `'s` (one token to the tokenizer), starting at token `j` (two or three words).
 */
function possessiveBase(t: readonly Token[], g: Grammar, j: number): boolean {
  let set = PERIOD_BASES.get(g);
  if (!set) {
    set = new Set(g.bases.filter((b) => EARLIER.has(b.data.kind)).map((b) => fold(b.text)));
    PERIOD_BASES.set(g, set);
  }
  const words: string[] = [];
  for (let n = 0; n < 3 && j + n < t.length; n++) {
    const x = t[j + n] as Token;
    if (x.kind !== 'word') return false;
    const f = x.forms.fold;
    const bare = f.replace(/['’]s$/u, '');
    if (bare !== f) return n > 0 && set.has([...words, bare].join(' '));
    words.push(f);
  }
  return false;
}

/** `per year`, `/năm`, `a year`, `mỗi năm` at token `j`: a per-period tail. */
function perPeriodAt(t: readonly Token[], g: Grammar, j: number): boolean {
  const x = t[j];
  if (!x) return false;
  if (x.kind === 'punct' && x.text === '/' && x.gap === '') return matchAt(t, j + 1, g.timeWords) !== null;
  const per = matchAt(t, j, g.perWords);
  if (per) return matchAt(t, per.to, g.timeWords) !== null;
  const f = x.forms.fold;
  return (f === 'a' || f === 'moi' || f === 'hang' || f === 'each') && matchAt(t, j + 1, g.timeWords) !== null;
}

/**
 * The doubts that keep a number whose role the sentence leaves open from being shown as if right
 * (round 11, set fresh4): each names a general shape, its words in the grammars.
 */
/** Token right after a percentage at `k` (`%`, `percent`, `phần trăm`), or `k + 1` when none. */
function afterPercent(t: readonly Token[], g: Grammar, k: number): { to: number; percent: boolean } {
  const x = t[k + 1];
  if (x?.kind === 'punct' && x.text === '%') return { to: k + 2, percent: true };
  const w = matchAt(t, k + 1, g.percentWords);
  return w ? { to: w.to, percent: true } : { to: k + 1, percent: false };
}

const YEAR = /^(19|20)\d\d$/u;

/** True when the field at number token `k` is a percentage: a `%` value or a rate/points change. */
function percentField(f: Extracted<unknown>, what: string): boolean {
  if (what === 'change') return ['rate', 'points'].includes((f as Extracted<ExtractedChange>).value.form);
  return what === 'value' && (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent';
}

/**
 * `by 8.6 to 8.8%`, `by 9% to 10%`, `from 7.5% to 8%`, `từ 7,5% đến 8%`: a percentage next to a
 * range word with another percentage on its other side is one end of a range (of a growth or
 * of a level: the sentence does not say which). `by 9% to 10 billion USD` (a change, then the
 * new level in a unit) is no range.
 */
function percentRangeSide(t: readonly Token[], g: Grammar, k: number): boolean {
  const ahead = afterPercent(t, g, k);
  const to = t[ahead.to];
  const other = t[ahead.to + 1];
  if (to?.kind === 'word' && g.rangeToWords.has(to.forms.lower) && other?.kind === 'number' && !YEAR.test(other.text))
    if (afterPercent(t, g, ahead.to + 1).percent) return true;
  // `… 7.5% to 8%`: this number is the upper end.
  const back = t[k - 1];
  if (!(back?.kind === 'word' && g.rangeToWords.has(back.forms.lower)) || !afterPercent(t, g, k).percent) return false;
  for (let b = k - 2; b >= 0 && b >= k - 4; b--) {
    const x = t[b] as Token;
    if (x.kind === 'number') return !YEAR.test(x.text) && (afterPercent(t, g, b).to === k - 1 || b === k - 2);
    if (x.kind === 'punct' && x.text !== '%') return false;
  }
  return false;
}

/** Sentence ends for the look ahead to a `respectively`. */
const SENTENCE_ENDS = new Set(['.', ';', '!', '?']);

/** A doubt: its reason, and whether it doubts a field (`value`, `completion`, `change`, …) of the statement in `ctx`. */
interface DoubtRule {
  readonly id: DoubtReason;
  readonly doubts: (ctx: Ctx, f: Extracted<unknown>, what: string) => boolean;
}

/**
 * Doubts found on the fifth held-out set (round 13). Each looks at most a few tokens back.
 */
const SILENT_WRONG_3_RULES: readonly DoubtRule[] = [
  {
    // `targets … at least VNĐ55.6 trillion in budget collection, and at least $3 billion in FDI`:
    // a bound word (`at least`, `up to`, `ít nhất`) right before the figure, or before the
    // currency written before it, that the figure's reader did not take in: the level is a bound.
    id: 'unread-bound',
    doubts: (ctx, f, what) => {
      if (what !== 'value' || (f.value as { approximate?: unknown } | undefined)?.approximate) return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      let j = k;
      for (let b = k - 1; b >= 0 && b >= k - 3; b--) if (matchAt(t, b, ctx.g.currencyBefore, k)?.to === j) j = b;
      for (let b = j - 1; b >= 0 && b >= j - 3; b--) if (matchAt(t, b, ctx.g.approximate, j)?.to === j) return true;
      return false;
    },
  },
  {
    // `productivity estimated at 6.08 tonnes of unmilled rice per ha`, `5.2 kg of waste per person`:
    // a quantity whose unit is divided, a few words on, by another (`per`): a rate per unit (a
    // density), not a level of the indicator. English only: Vietnamese `trên` is mostly `in/on`.
    id: 'per-unit',
    doubts: (ctx, f, what) => {
      if (what !== 'value' || ctx.g.locale !== 'en') return false;
      const unit = (f.value as { unitCode?: string } | undefined)?.unitCode;
      if (!unit || unit === 'percent') return false;
      const t = ctx.ix.tokens;
      const j = afterField(ctx, f);
      if (j === undefined || t[j]?.kind !== 'word') return false;
      for (let i = j + 1; i < t.length && i <= j + 4; i++) {
        const x = t[i] as Token;
        if (x.kind !== 'word') return false;
        if (matchAt(t, i, ctx.g.perWords)) return true;
      }
      return false;
    },
  },
  {
    // `(U$S1.9 billion)` tokenized as `S1` `.` `9`: a number glued by a point or comma to a token
    // that ends in a digit is the tail of a bigger number the tokenizer split, not a figure.
    id: 'split-number',
    doubts: (ctx, f, what) => {
      if (what !== 'value' && what !== 'change') return false;
      const k = numberToken(ctx, f);
      if (k === undefined || k < 2) return false;
      const t = ctx.ix.tokens;
      const sep = t[k - 1] as Token;
      const head = t[k - 2] as Token;
      return (
        (t[k] as Token).gap === '' &&
        sep.kind === 'punct' &&
        (sep.text === '.' || sep.text === ',') &&
        sep.gap === '' &&
        /\d$/u.test(head.text)
      );
    },
  },
  {
    // `So với kế hoạch Thủ tướng giao thì tỷ lệ giải ngân đạt 13,67%, tăng 3,32%`, `Compared with
    // the plan, the disbursement rate reached 13.7 percent`: a sentence that opens with a comparison
    // against a plan; a percentage level or a change with no base of its own after it may be the
    // completion of that plan, or a change against it, not a level or a growth.
    id: 'fronted-plan',
    doubts: (ctx, f, what) => {
      if (!percentField(f, what)) return false;
      if (what === 'change' && (f as Extracted<ExtractedChange>).value.base) return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      let s = k;
      while (s > 0 && s > k - WIDE_WINDOW) {
        const x = t[s - 1] as Token;
        if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) break;
        s--;
      }
      if (s > 0 && !SENTENCE_ENDS.has((t[s - 1] as Token).text)) return false;
      const cmp = matchAt(t, s, ctx.g.compareWords, k);
      if (!cmp) return false;
      let b = cmp.to;
      if (t[b]?.kind === 'word' && t[b]?.forms.lower === 'the') b++;
      return matchAt(t, b, ctx.g.bases, k)?.phrase.data?.kind === 'plan';
    },
  },
];

/**
 * Doubts found on the third held-out set (round 12): each is a shape of sentence whose number a
 * reader took as certain and read wrong. Each looks at most {@link WIDE_WINDOW} tokens.
 */
const SILENT_WRONG_2_RULES: readonly DoubtRule[] = [
  {
    // `tăng 19,57% so với kịch bản`, `up 22 percent compared with the scenario`: a change whose
    // comparison word is followed by no base the reader knows may be against a plan (a completion),
    // not a growth; its kind is not certain.
    id: 'unread-base',
    doubts: (ctx, f, what) => {
      if (what !== 'change' || (f as Extracted<ExtractedChange>).value.base) return false;
      const j = afterField(ctx, f);
      if (j === undefined) return false;
      const t = ctx.ix.tokens;
      const cmp = matchAt(t, j, ctx.g.compareWords);
      if (!cmp) return false;
      // (`of`, `với`: too common to mean a comparison on their own; `from 100 to 120`: a from-to.)
      const w = (t[j] as Token).forms.lower;
      if (cmp.to - j < 2 && (w === 'of' || w === 'với')) return false;
      if (t[cmp.to]?.kind !== 'word') return false;
      if (matchPeriod(t, cmp.to, ctx.g.locale)) return false;
      // (`so với vụ mùa năm 2018`, `so vụ Đông Xuân năm trước`, `compared to with the same period in
      // 2019`: a base the reader did not read whole that still names an earlier period is a growth.)
      for (let i = cmp.to; i < t.length && i < cmp.to + 6; i++) {
        const x = t[i] as Token;
        if (x.kind === 'punct') break;
        if (x.kind === 'number') {
          if (YEAR.test(x.text)) return false;
          continue;
        }
        if (matchAt(t, i, ctx.g.bases) || matchAt(t, i, ctx.g.standaloneBases) || matchPeriod(t, i, ctx.g.locale))
          return false;
      }
      return true;
    },
  },
  {
    // `Thu hút đầu tư vượt 107.500 tỷ đồng`, `visitors surpassed 1.5 million`, `exports topped
    // US$10 billion`: a level right after a verb of exceeding is a lower bound, not exact.
    id: 'exceeded-level',
    doubts: (ctx, f, what) => {
      if (what !== 'value' || (f.value as { approximate?: unknown } | undefined)?.approximate) return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      let j = k;
      for (let b = k - 1; b >= 0 && b >= k - 3; b--) if (matchAt(t, b, ctx.g.currencyBefore, k)?.to === k) j = b;
      for (let b = j - 1; b >= 0 && b >= j - 3; b--)
        if (matchAt(t, b, ctx.g.exceedLevelVerbs, j)?.to === j) return true;
      return false;
    },
  },
  {
    // `by 8.6 to 8.8%`, `from 7.5% to 8%`, `by 9% to 10%`: one end of a range of percentages.
    id: 'range',
    doubts: (ctx, f, what) => {
      if (!percentField(f, what)) return false;
      const k = numberToken(ctx, f);
      return k !== undefined && percentRangeSide(ctx.ix.tokens, ctx.g, k);
    },
  },
  {
    // `an increase of 27 percent and 32.6 percent in terms of volume and value, respectively`:
    // two figures joined by `and` and paired later in the sentence by `respectively` (with words
    // between them the list reader does not follow) are not certain to be whose they were read.
    id: 'respectively',
    doubts: (ctx, f, what) => {
      // (values joined by `and` are each read with their own noun: `12.6 million foreign visitors and
      // 108 million domestic tourists, up 57 percent and 6 percent, respectively`)
      if (what !== 'change' || f.rule.includes(PAIRED)) return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      const joined = (from: number, step: 1 | -1): boolean => {
        for (let i = from, n = 0; n < 4 && i >= 0 && i < t.length; i += step, n++) {
          const x = t[i] as Token;
          if (x.kind === 'number') return true;
          if (x.kind === 'punct' && !LIST_PUNCT.has(x.text)) return false;
        }
        return false;
      };
      const and = (i: number): boolean => t[i]?.kind === 'word' && matchAt(t, i, ctx.g.joiners)?.to === i + 1;
      const ahead = afterPercent(t, ctx.g, k).to;
      let paired = (and(ahead) && joined(ahead + 1, 1)) || false;
      if (!paired) for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (and(i) && joined(i - 1, -1)) paired = true;
      if (!paired) return false;
      for (let i = k + 1; i < t.length && i <= k + WIDE_WINDOW; i++) {
        const x = t[i] as Token;
        if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
        if (matchAt(t, i, ctx.g.respectiveWords)) return true;
      }
      return false;
    },
  },
  {
    // `White rice accounted for the largest proportion of total exports with 50.5 percent`,
    // `Ngành chế biến chiếm tỷ trọng lớn nhất trong tổng kim ngạch với 60%`: a share word earlier in
    // the clause of a percentage makes it a share, however far from the number.
    id: 'share',
    doubts: (ctx, f, what) => {
      if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      return within(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - WIDE_WINDOW), k, ctx.g.shareWords);
    },
  },
  {
    // `increasedby 8.16 percent year on year`, `rose by 5 percent over last year`: a figure after
    // `by` (or a verb glued to it by web text) is the size of a change, never a level against the base.
    id: 'rate-or-ratio',
    doubts: (ctx, f, what) => {
      const w = ctx.ix.tokens[wordBeforeRatio(ctx, f, what)];
      return (
        w?.kind === 'word' && /by$/u.test(w.forms.lower) && !/^(nearby|standby|thereby|whereby)$/u.test(w.forms.lower)
      );
    },
  },
  {
    // `down by 0.6 percentage points in the general growth rate`, `đóng góp 1,2 điểm phần trăm vào
    // mức tăng chung`: points followed, in their clause, by a growth noun are a contribution to
    // that growth, not the statement's own change.
    id: 'contribution',
    doubts: (ctx, f, what) => {
      if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'points') return false;
      const j = afterField(ctx, f);
      if (j === undefined) return false;
      const t = ctx.ix.tokens;
      for (let i = j; i < t.length && i < j + 5; i++) {
        const x = t[i] as Token;
        if (x.kind === 'punct' || x.kind === 'number') return false;
        if (matchAt(t, i, ctx.g.growthWords)) return true;
      }
      return false;
    },
  },
];

const SILENT_WRONG_RULES: readonly DoubtRule[] = [
  ...SILENT_WRONG_3_RULES,
  ...SILENT_WRONG_2_RULES,
  {
    // `causing the overall CPI to fall by 0.16 percentage point`, `làm CPI chung giảm 0,05 điểm
    // phần trăm`: points after words of a cause, in the statement's name or between it and the
    // number, are a contribution to another indicator's change — not this statement's change.
    id: 'contribution',
    doubts: (ctx, f, what) => {
      if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'points') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const start = ctx.nameFrom !== undefined && ctx.nameFrom < k ? ctx.nameFrom : ctx.ix.clauseOf(k);
      return within(ctx.ix.tokens, Math.max(start, k - WIDE_WINDOW), k, ctx.g.causeWords);
    },
  },
  {
    // `there remains 35 trillion VND, or 9.3 percent of the plan`, `số vốn còn lại 5.000 tỷ đồng,
    // bằng 12% kế hoạch`: the percentage of a plan is the remainder's share, not a completion.
    id: 'remainder',
    doubts: (ctx, f, what) => {
      if (what !== 'completion') return false;
      const [nf, nt] = nameRangeOf(ctx);
      if (nt > nf && within(ctx.ix.tokens, nf, nt, ctx.g.remainderWords)) return true;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      if (within(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - WINDOW), k, ctx.g.remainderWords)) return true;
      // `VND 120 trillion, or 22 percent of the plan, remains undisbursed`: the remainder word may
      // follow the figure, past one comma.
      const j = afterField(ctx, f);
      if (j === undefined) return false;
      const t = ctx.ix.tokens;
      let commas = 0;
      for (let i = j; i < t.length && i < j + 4; i++) {
        const x = t[i] as Token;
        if (x.kind === 'punct' && (x.text !== ',' || ++commas > 1)) return false;
        if (matchAt(t, i, ctx.g.remainderWords)) return true;
      }
      return false;
    },
  },
  {
    // `a rise of 1.68 percent compared to last year's estimates`, `up 5 percent from the 2022
    // estimate` in a statement of 2023: a figure against ANOTHER period's plan or estimate is no
    // completion of this period's plan (that plan's own figure is not stated).
    id: 'earlier-plan',
    doubts: (ctx, f, what) => {
      if (what !== 'completion') return false;
      const from = first(ctx, f);
      if (from === undefined) return false;
      const t = ctx.ix.tokens;
      const own = ctx.s.period?.value;
      // The plan's own words may follow the figure (`so với dự toán năm trước`): up to three
      // tokens after its span, in its clause.
      let tail = 0;
      for (let j = from; j < t.length && j < from + WIDE_WINDOW; j++) {
        const x = t[j] as Token;
        if (x.start >= f.span.end && (x.kind === 'punct' || ++tail > 3)) break;
        if (x.kind === 'number' && /^(19|20)\d\d$/u.test(x.text)) {
          if (own !== undefined && !own.startsWith(x.text)) return true;
          continue;
        }
        if (x.kind !== 'word') continue;
        const p = matchPeriod(t, j, ctx.g.locale);
        if (p && p.relative !== undefined && p.relative < 0) return true;
        // (`would be VND2.07 quadrillion, a rise of 16.3% as compared with this year's estimate`: a
        // rise against a plan owned by a period (`year's`, `quarter's`) in a statement that names no
        // period of its own: the figure may be of another period than the plan's.)
        if (
          own === undefined &&
          (f.value as { form?: string } | undefined)?.form === 'exceeded-by' &&
          x.forms.fold !== x.forms.fold.replace(/['’]s$/u, '')
        ) {
          const K = ctx.g.periodWords.keys;
          const bare = x.forms.fold.replace(/['’]s$/u, '');
          if (K.year.has(bare) || K.quarter.has(bare) || K.month.has(bare)) return true;
        }
        // `năm trước`, `last year's estimates`, `the previous year's plan`: a base phrase (not a
        // plan word) owns the plan.
        // (`kế hoạch giao đầu năm`, `the target set at the beginning of the year`: this year's.)
        const base = p ? null : matchAt(t, j, ctx.g.bases);
        if (base && EARLIER.has(base.phrase.data.kind)) return true;
        if (possessiveBase(t, ctx.g, j)) return true;
      }
      return false;
    },
  },
  {
    // `Collection … spurred 152.3% year-on-year`: a percentage against a base right after a past
    // verb that is no level verb (reached, was, equal to) and no change verb: the growth or the
    // level against the base is not stated.
    id: 'rate-or-ratio',
    doubts: (ctx, f, what) => {
      const t = ctx.ix.tokens;
      const j = wordBeforeRatio(ctx, f, what);
      const w = t[j];
      if (w?.kind !== 'word' || !/ed$/u.test(w.forms.lower)) return false;
      const level = (list: readonly Phrase<unknown>[]): boolean => {
        for (let b = j; b >= 0 && b > j - 4; b--) if (matchAt(t, b, list, j + 1)?.to === j + 1) return true;
        return false;
      };
      return !level(ctx.g.percentVerbs) && !level(ctx.g.ratioVerbs) && !level(ctx.g.valueVerbs);
    },
  },
  {
    // `fuel prices have been revised up 13 times through five months`: a whole number of times
    // with no base may count occurrences; `gấp 3 lần`, `-fold` and a base make it a multiple.
    id: 'count-or-multiple',
    doubts: (ctx, f, what) => {
      if (what !== 'change') return false;
      const c = (f as Extracted<ExtractedChange>).value;
      if (c.form !== 'times' || c.amount.value.includes('.')) return false;
      const folded = fold(f.span.text);
      if (/\bgap\b|fold|\bdouble|\btriple|\bquadruple/u.test(folded)) return false;
      // `13 times higher than the same period in 2022`: a comparison names what it is a multiple of.
      const from = first(ctx, f);
      const to = afterField(ctx, f);
      if (from === undefined || to === undefined) return true;
      // (`cut 7 times in 2022`: a period after the multiple is no base, whatever the reader made of it;
      // `jumped 2 times year-on-year`: a base word is.)
      const t = ctx.ix.tokens;
      for (let i = from; i < to; i++) {
        if (matchAt(t, i, ctx.g.compareWords, to)) return false;
        if (ctx.g.comparatives.has(`${(t[i] as Token).forms.fold} ${t[i + 1]?.forms.fold ?? ''}`)) return false;
        if (matchAt(t, i, ctx.g.bases, to) || matchAt(t, i, ctx.g.standaloneBases, to)) return false;
      }
      return true;
    },
  },
  {
    // `13 dự án … với tổng vốn đăng ký tăng thêm hơn 1,556 tỷ USD, tăng 15,5 lần so với cùng kỳ`:
    // a change after a figure of its statement that could not be read (after the value) may be
    // that figure's change, not the value's.
    id: 'unread-between',
    doubts: (ctx, f, what) => {
      if (what !== 'change') return false;
      const after = ctx.s.value?.span.end ?? ctx.s.completion?.span.end;
      const at = first(ctx, f);
      if (after === undefined || at === undefined) return false;
      // (`đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng) và tăng 2,5%`: a bracketed aside is
      // the plan's figure, not a figure the change could be of.)
      const depth = ctx.ix.depthAt(at);
      return ctx.s.unread.some((u) => {
        if (u.reason !== 'unrecognised-figure' || u.what === 'name') return false;
        if (u.span.start < after || u.span.end > f.span.start) return false;
        const k = ctx.ix.at(u.span.start);
        return k !== undefined && ctx.ix.depthAt(k) === depth;
      });
    },
  },
  {
    // `GRDP ước tăng bình quân 7,6%/năm`, `grew an average of 7.6% per year`: a percentage per
    // period is an average rate of change over several periods, never a level.
    id: 'average-rate',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const q = (f as Extracted<{ unit?: string; unitCode?: string }>).value;
      if (q.unitCode === undefined && q.unit !== undefined && /^\s*(%|percent|per cent|phần trăm)/iu.test(q.unit))
        return true;
      if (q.unitCode !== 'percent') return false;
      const j = afterField(ctx, f);
      if (j !== undefined && perPeriodAt(ctx.ix.tokens, ctx.g, j)) return true;
      // `the economy expanded at an average annual rate of 6.8 percent`, `GRDP tăng trưởng bình
      // quân 7,6%`: an average word with a change verb or a growth word before the percentage.
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      const from = Math.max(ctx.nameFrom ?? ctx.ix.clauseOf(k), ctx.ix.clauseOf(k), k - WINDOW);
      return (
        within(t, from, k, ctx.g.averageWords) &&
        (within(t, from, k, ctx.g.changeVerbs) || within(t, from, k, ctx.g.growthWords))
      );
    },
  },
  {
    // `the growth was 8.6 percent …, 0.1 percent higher than the same period last year`: after a
    // rate of growth, `N percent higher/lower than` compares two rates — a difference of points or
    // a relative one, which the sentence does not say.
    id: 'difference',
    doubts: (ctx, f, what) => {
      if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'rate') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      let comparative = false;
      for (let i = k + 1; i <= k + 4 && i + 1 < t.length && !comparative; i++) {
        const x = t[i] as Token;
        if (x.kind === 'punct' && x.text !== '%') break;
        // (`up 3.34% as compared to December 2019`: a compare word opens the rate's own base.)
        if (matchAt(t, i, ctx.g.compareWords)) break;
        comparative = ctx.g.comparatives.has(`${x.forms.fold} ${(t[i + 1] as Token).forms.fold}`);
      }
      if (!comparative) return false;
      const earlierRate = ctx.s.changes.some((c) => c.value.form === 'rate' && c.span.end <= f.span.start);
      const [nf, nt] = nameRangeOf(ctx);
      return earlierRate || (nt > nf && within(t, nf, nt, ctx.g.growthWords));
    },
  },
  {
    // `tăng đến 100.000 tỉ, so với năm ngoái`, `rose by VND 2 trillion compared with last year`: an
    // amount right after a change verb and measured against a base is the size of the change, not
    // a level (`tăng lên 100.000 tỷ đồng` with no base stays the level it rose to).
    id: 'difference',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      let verb = false;
      for (let b = Math.max(0, k - 3); b < k && !verb; b++) {
        const m = matchAt(t, b, ctx.g.changeVerbs, k);
        verb = m !== null && m.to >= k - 1;
      }
      if (!verb) return false;
      // (`tăng lên 100.000 tỷ đồng, so với …`, `increased to 100 trillion VND, compared with …`: a
      // value verb says the figure is the level reached.)
      for (let b = Math.max(0, k - 3); b < k; b++) if (matchAt(t, b, ctx.g.valueVerbs, k)?.to === k) return false;
      let j = afterField(ctx, f);
      if (j === undefined) return false;
      if ((t[j] as Token | undefined)?.kind === 'punct' && (t[j] as Token).text === ',') j++;
      return matchAt(t, j, ctx.g.compareWords) !== null;
    },
  },
  {
    // `its foreign investment from 2 to 2.5 billion USD`, `từ 2 đến 2,5 tỷ USD`: with no change
    // verb before it, `(from) A to B` where A borrows B's scale or unit is a range; B is its upper end.
    id: 'range',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const k = numberToken(ctx, f);
      if (k === undefined || k < 2) return false;
      const t = ctx.ix.tokens;
      const to = t[k - 1] as Token;
      if (to.kind !== 'word' || !ctx.g.rangeToWords.has(to.forms.lower)) return false;
      if ((t[k - 2] as Token).kind !== 'number') return false;
      // (`đạt 56.000 đến 61.000 tỷ đồng`, `projected at 56 to 61 trillion VND`: `from` may be left out.)
      const from = k >= 3 && matchAt(t, k - 3, ctx.g.fromWords, k - 2)?.to === k - 2 ? k - 3 : k - 2;
      const q = (f as Extracted<{ scale: number; unitCode?: string }>).value;
      if (q.scale === 0 && q.unitCode === undefined) return false;
      return !within(t, Math.max(ctx.ix.clauseOf(k), k - WINDOW), from, ctx.g.changeVerbs);
    },
  },
  {
    // `…, trong khi cùng kỳ năm trước nhập siêu 1 tỷ USD`, `while the same period last year saw a
    // deficit of US$1 billion`: a level in a clause that names an earlier period as its subject
    // (a base phrase with no compare word before it) is that period's figure, not the statement's.
    id: 'comparison',
    doubts: (ctx, f, what) => {
      if (what !== 'value' && what !== 'completion') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW);
      // (the base is the clause's subject: within its first three tokens, and of two words or more —
      // `kỳ` alone is also the first syllable of `kỳ vọng`, `Hoa Kỳ`)
      for (let i = from; i < k && i < from + 3; i++) {
        const base = matchAt(t, i, ctx.g.bases, k);
        if (!base || base.to - i < 2 || !EARLIER.has(base.phrase.data.kind)) continue;
        let compared = false;
        for (let b = Math.max(from, i - 3); b < i && !compared; b++)
          compared = matchAt(t, b, ctx.g.compareWords, i)?.to === i;
        if (!compared) return true;
        i = base.to - 1;
      }
      return false;
    },
  },
  {
    // `disbursement is estimated at US$264.4 billion, equal to 61.5 percent of the total`,
    // `giải ngân … bằng 61,5% tổng vốn đăng ký`: a percentage of a total is a share, not a ratio to
    // a base nor a level (a ratio names its base: `bằng 95% so với cùng kỳ`).
    id: 'share',
    doubts: (ctx, f, what) => {
      if (what === 'change') {
        const c = (f as Extracted<ExtractedChange>).value;
        if (c.form !== 'ratio' || c.base) return false;
      } else if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      let j = k + 1;
      const pct = matchAt(t, j, ctx.g.percentWords);
      if (pct) j = pct.to;
      else if ((t[j] as Token | undefined)?.kind === 'punct' && (t[j] as Token).text === '%') j++;
      else return false;
      const tail = matchAt(t, j, ctx.g.shareTails);
      if (!tail) return false;
      // (`bằng 85% tổng kim ngạch đạt được trong cả năm ngoái`: the total of another period is a
      // base, and the figure a ratio to it.)
      for (let i = tail.to; i < t.length && i < tail.to + WINDOW; i++) {
        const x = t[i] as Token;
        if (x.kind === 'punct') break;
        const p = x.kind === 'word' ? matchPeriod(t, i, ctx.g.locale) : null;
        if (p?.relative !== undefined && p.relative < 0) return false;
        const base = matchAt(t, i, ctx.g.bases);
        if (base && base.to - i >= 2 && EARLIER.has(base.phrase.data.kind)) return false;
      }
      return true;
    },
  },
  {
    // `this year's growth of 7.2 percent is 0.7 percentage points higher than last year`: another
    // number between a change and its base (the size of a difference) may own that base.
    id: 'comparison',
    doubts: (ctx, f, what) => {
      if (what !== 'change') return false;
      const c = (f as Extracted<ExtractedChange>).value;
      if (!c.base || !c.baseSpan || c.baseSpan.start < f.span.start) return false;
      const k = numberToken(ctx, f);
      const b = ctx.ix.at(c.baseSpan.start);
      if (k === undefined || b === undefined) return false;
      const t = ctx.ix.tokens;
      for (let i = k + 1; i < b && i < k + WINDOW; i++) {
        const x = t[i] as Token;
        if (x.kind === 'punct' && x.text !== '%') return false;
        if (x.kind !== 'number') continue;
        // (only the size of a difference: the number is followed by a comparative before the base)
        for (let j = i + 1; j < b && j <= i + 5; j++) {
          const y = t[j] as Token;
          if ((y.kind === 'punct' && y.text !== '%') || matchAt(t, j, ctx.g.compareWords)) break;
          if (ctx.g.comparatives.has(`${y.forms.fold} ${t[j + 1]?.forms.fold ?? ''}`)) return true;
        }
      }
      return false;
    },
  },
  {
    // `expanding its GRDP from 11.5% to 12%`, `tăng từ 11,5% lên 12%`: a rate read right after
    // `from` is the level the change started from, not the change.
    id: 'comparison',
    doubts: (ctx, f, what) => {
      if (what !== 'change') return false;
      const k = numberToken(ctx, f);
      if (k === undefined || k === 0) return false;
      const t = ctx.ix.tokens;
      let j = k;
      for (let b = k - 1; b >= 0 && b >= k - 3; b--) if (matchAt(t, b, ctx.g.approximate, k)?.to === k) j = b;
      if (!(j > 0 && matchAt(t, j - 1, ctx.g.fromWords, j)?.to === j)) return false;
      // `growth recovered from 5.15 percent in the first quarter to …`: a rate dated by its own
      // period right after it is that period's rate, read as such.
      const end = afterField(ctx, f);
      return !(end !== undefined && (matchPeriod(t, end, ctx.g.locale) || matchPeriod(t, end + 1, ctx.g.locale)));
    },
  },
];

/**
 * True when a word that opens a list of examples (`such as`, `including`, `như`, `gồm`; not a
 * copula, which the grammar also lists as a list lead) stands within two tokens after `offset`
 * (the end of a head's base): the items of the list share that head's base.
 */
function listLeadAfter(ctx: Ctx, offset: number): boolean {
  const t = ctx.ix.tokens;
  const at = ctx.ix.from(offset);
  for (let i = at; i < t.length && i <= at + 2; i++) {
    const x = t[i] as Token;
    if (x.kind === 'punct' && x.text !== ',' && x.text !== ':') return false;
    if (matchAt(t, i, ctx.g.listLeads) && !matchAt(t, i, ctx.g.valueVerbs)) return true;
  }
  return false;
}

/**
 * For an English ratio (a percentage against a base), the index of the token right before its
 * number, stepping back over a bound that ends at it (`nearly`, `over`); −1 for any other field.
 */
function wordBeforeRatio(ctx: Ctx, f: Extracted<unknown>, what: string): number {
  if (what !== 'change' || ctx.g.locale !== 'en' || (f as Extracted<ExtractedChange>).value.form !== 'ratio') return -1;
  const k = numberToken(ctx, f);
  if (k === undefined) return -1;
  const t = ctx.ix.tokens;
  let j = k - 1;
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
    const bound: { to: number } | null = matchAt(t, b, ctx.g.approximate, k);
    if (bound && bound.to === k) j = b - 1;
  }
  return j;
}

/** The rules, in order: the first that doubts the field gives the reason. */
const RULES: readonly DoubtRule[] = [
  {
    // `(cùng kỳ năm trước tăng 7,3%)` after a statement: the brackets hold another figure; and
    // `tăng 0,32% (1.216 tấn)`: a bracket that opens on the number qualifies the figure before.
    id: 'bracketed',
    doubts: (ctx, f) => {
      // `gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%)`: an entry of a bracketed list whose head
      // gives its role (`sentence/list-brackets.ts`) is named right before its bracket.
      if (f.rule.includes(LISTED)) return false;
      const at = first(ctx, f);
      if (at === undefined) return false;
      const d = ctx.ix.depthAt(at);
      if (d === 0) return false;
      if (ctx.nameFrom === undefined || ctx.ix.depthAt(ctx.nameFrom) < d) return true;
      // `tăng 7,31% (cao hơn mức tăng 7,23% …)`: a bracket after a figure that opens with a
      // comparison remarks on that figure; it states no figure of its own.
      const opener = ctx.ix.bracketOf(at);
      const before = ctx.ix.tokens[opener - 1];
      const afterFigure = before?.kind === 'number' || (before?.kind === 'punct' && before.text === '%');
      if (opener > 0 && afterFigure && matchAt(ctx.ix.tokens, opener + 1, ctx.g.differenceWords)) return true;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      let open = k - 1;
      if (t[open]?.kind === 'punct' && ['+', '-', '−'].includes((t[open] as Token).text)) open--;
      return t[open]?.kind === 'punct' && ['(', '['].includes((t[open] as Token).text);
    },
  },
  {
    // `được giao chỉ tiêu tăng trưởng lần lượt là 8% và 8,5%`, `US$16.4 billion and US$0.9
    // billion, respectively`: the sentence pairs names and figures by order, which the reader
    // does not follow; no figure near the word is certain.
    id: 'respectively',
    doubts: (ctx, f) => {
      // `Coffee and pepper exports rose 7% and 9%, respectively`: paired with its name by order
      // (`sentence/list-respectively.ts`), the counts of names and figures being equal.
      if (f.rule.includes(PAIRED)) return false;
      const k = numberToken(ctx, f);
      return k !== undefined && respectiveList(ctx.ix, ctx.g, k);
    },
  },
  {
    // `The ministry saidover 142 trillion VND …`: web text glued a bound word to the word before
    // the figure; the figure may be a bound, so it is never certain as exact.
    id: 'glued-bound',
    doubts: (ctx, f) => {
      if ((f.value as { approximate?: unknown } | undefined)?.approximate) return false;
      const k = numberToken(ctx, f);
      return k !== undefined && gluedBoundBefore(ctx.ix.tokens, ctx.g, k);
    },
  },
  {
    // `7 Bộ và 12 địa phương có tỷ lệ giải ngân …`: a bare number (no unit, no scale) right
    // before the statement's name counts that noun; it is not the indicator's value.
    id: 'counted-noun',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      // `tăng trưởng GRDP 2 con số`, `3-digit growth`: a number of digits names a class, no value.
      const d = numberToken(ctx, f);
      if (d !== undefined && matchAt(ctx.ix.tokens, d + 1, ctx.g.digitNouns)) return true;
      // `lọt top 500 doanh nghiệp lớn nhất`: the size of a ranking list is part of its name.
      if (d !== undefined && d > 0 && matchAt(ctx.ix.tokens, d - 1, ctx.g.rankListWords, d)?.to === d) return true;
      if (ctx.nameFrom === undefined) return false;
      // `27 Bộ và 3 địa phương có tỷ lệ giải ngân dưới 20%`: a name that swallowed a count is a
      // group of subjects, and the figure is not that indicator's value.
      if (ctx.nameTo !== undefined && countInName(ctx)) return true;
      const q = (f as Extracted<{ scale: number; unit?: string }>).value;
      if (q.scale !== 0 || q.unit !== undefined) return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      if (ctx.nameFrom > k && ctx.nameFrom <= k + 2) return true;
      // `… là 5 địa phương có kim ngạch …`: a bare number followed by a noun that is no unit
      // counts that noun, whatever the statement's name.
      const t = ctx.ix.tokens;
      const next = t[k + 1];
      return (
        next?.kind === 'word' &&
        next.gap !== '' &&
        ctx.ix.depthAt(k + 1) === ctx.ix.depthAt(k) &&
        !matchAt(t, k + 1, ctx.g.periodCountNouns) &&
        !matchAt(t, k + 1, ctx.g.timeWords)
      );
    },
  },
  {
    // `33-33.7 per cent`: the number is glued to another by a dash.
    id: 'range',
    doubts: (ctx, f) => {
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      const dash = (x: Token | undefined): boolean => x?.kind === 'punct' && ['-', '–', '—'].includes(x.text);
      if (
        (dash(t[k - 1]) && t[k - 2]?.kind === 'number' && (t[k - 1] as Token).gap === '') ||
        (dash(t[k + 1]) && t[k + 2]?.kind === 'number' && (t[k + 2] as Token).gap === '')
      )
        return true;
      // `56.000 - 61.000 tỷ đồng`: a dash with a space on both sides between two numbers (no year
      // span: `2021 - 2025` is a period) is a range too.
      const year = (x: Token | undefined): boolean => /^(19|20)\d\d$/u.test(x?.text ?? '');
      const spaced = (d: number, n: number): boolean =>
        dash(t[d]) &&
        t[n]?.kind === 'number' &&
        (t[d] as Token).gap !== '' &&
        (t[d + 1] as Token | undefined)?.gap !== '' &&
        !(year(t[n]) && year(t[k]));
      if (spaced(k - 1, k - 2) || spaced(k + 1, k + 2)) return true;
      // `US$3,772-US$3,861`, `VND5-VND6 million`: a dash between two numbers with a currency glued
      // to the second (or the first) is a range too.
      if (gluedRangeSide(t, k, -1) || gluedRangeSide(t, k, 1)) return true;
      // `between 10 percent and 10.8 percent`, `trong khoảng 8-10%`.
      return within(t, Math.max(ctx.ix.clauseOf(k), k - 6), k, ctx.g.rangeOpeners);
    },
  },
  {
    // `chiếm 54,5%`, `accounting for 26.4 percent`: a share (values only; a ratio names its base).
    id: 'share',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      return endsWithin(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - 4), k, ctx.g.shareWords);
    },
  },
  {
    // `thấp hơn Bắc Ninh khoảng 870 triệu USD`: a difference.
    id: 'difference',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      // `exceeding the annual target by nearly US$100 billion`: an amount after `by` is a difference.
      const start = ctx.ix.at(f.span.start);
      if (start !== undefined && start > 0 && matchAt(ctx.ix.tokens, start - 1, ctx.g.exceedBy, start)) return true;
      const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW, ctx.nameTo ?? 0);
      return within(ctx.ix.tokens, from, k, ctx.g.differenceWords);
    },
  },
  {
    // `grew 5.03 percent, higher than the 4.72 percent growth rate in the same period last
    // year`, `tuy thấp hơn mức tăng 7,45% của quý I`: a rate, completion or value after a
    // comparative in its own clause is what the statement is compared WITH — another period's
    // or another quantity's figure — whatever words follow.
    id: 'comparison',
    doubts: (ctx, f, what) => {
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW);
      const t = ctx.ix.tokens;
      // `so với 31/12/2021 tăng 2.375 tỷ đồng`: a compare word that opens the change's own base.
      const baseSpan = what === 'change' ? (f as Extracted<ExtractedChange>).value.baseSpan : undefined;
      // `…, trong khi cùng kỳ năm trước giảm 9,9%`, `last year it fell 2 percent`: a base named
      // BEFORE the verb with no compare word is the subject — the figure is the base period's own.
      if (baseSpan !== undefined && baseSpan.start < f.span.start) {
        const b = ctx.ix.at(baseSpan.start);
        // (`a year-on-year rise of 5%`, `recorded year-on-year growth of 8.89%`: an adjective base
        // before a change NOUN is the change's own; `So với cùng kỳ, …` opens with a compare word.)
        const after = ctx.ix.at(f.span.start);
        // (`… rose sharply year-on-year, such as steel up 25 percent`: a list item's base is its
        // head's, given by `sentence/list-head-base.ts`.)
        const ownNoun =
          f.rule.includes('noun-phrase-base') ||
          f.rule.includes('+list-head-base') ||
          listLeadAfter(ctx, baseSpan.end) ||
          (b !== undefined && matchAt(t, b - 1, ctx.g.articles, b) !== null) ||
          (after !== undefined && matchAt(t, after, ctx.g.changeNouns) !== null);
        if (b !== undefined && !ownNoun && !matchAt(t, b, ctx.g.compareWords)) return true;
      }
      // `narrowed to US$2.1 billion in April from US$3.4 billion in March`: a level right after
      // `from` is the earlier level a change started from, not this statement's value.
      if (what === 'value') {
        const start = ctx.ix.at(f.span.start);
        if (start !== undefined && start > 0 && matchAt(t, start - 1, ctx.g.fromWords, start)) return true;
      }
      // `was 2.3% higher than in the same period last year`: a level followed by a comparative is
      // the size of a difference (percent or points of what?), not the level.
      // (Only within the figure's own phrase: `US$23.31 billion, compared with …` is another clause.)
      if (what === 'value') {
        for (let i = k + 1; i <= k + 3 && i + 1 < t.length; i++) {
          if ((t[i] as Token).kind === 'punct' && (t[i] as Token).text !== '%') break;
          if (ctx.g.comparatives.has(`${(t[i] as Token).forms.fold} ${(t[i + 1] as Token).forms.fold}`)) return true;
        }
      }
      const own = (i: number): boolean =>
        baseSpan !== undefined && (t[i] as Token).start >= baseSpan.start && (t[i] as Token).start < baseSpan.end;
      for (let i = from; i < k; i++) {
        if (own(i)) continue;
        if (ctx.g.comparatives.has(`${(t[i] as Token).forms.fold} ${t[i + 1]?.forms.fold ?? ''}`)) return true;
        // `…, so với mức giảm 4,1% của năm trước`, `compared with a rise of 3.1 percent`: the clause
        // opens with a base, so its figure is the base's, not a result.
        // (`gấp 2 lần`: a lead that is the field's own verb is no base.)
        const lead = i === ctx.ix.clauseOf(k) && (t[i] as Token).start < f.span.start;
        if (lead && matchAt(t, i, ctx.g.periodBaseLeads)) return true;
      }
      return within(t, from, k, ctx.g.differenceWords);
    },
  },
  {
    // `vượt tốc độ tăng trưởng theo kế hoạch đề ra … là 8,42%`: a plan's figure in a results clause.
    id: 'plan-frame',
    doubts: (ctx, f, what) => {
      if (ctx.s.kind.value !== 'actual' || (what !== 'value' && what !== 'change')) return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW, ctx.nameTo ?? 0);
      if (within(ctx.ix.tokens, from, k, ctx.g.planFrameWords)) return true;
      // `vượt xa so với mục tiêu theo Nghị quyết … là 1,765 tỷ USD`: a plan word inside the name
      // of an actual statement: the figure may be the plan's, not the result — a value, or a
      // growth's rate with no base (`vượt tốc độ tăng trưởng theo kế hoạch đề ra là 8,42%`).
      const baseless = what === 'change' && !(f as Extracted<ExtractedChange>).value.base;
      // `rising 22.5% above estimates`, `tăng 5% theo kế hoạch`: a change with no base whose clause
      // names a plan after it is measured against the plan, not against a past period.
      if (baseless && planAfter(ctx, f, k)) return true;
      if ((what !== 'value' && !baseless) || ctx.nameFrom === undefined || ctx.nameTo === undefined || ctx.nameTo > k)
        return false;
      return within(
        ctx.ix.tokens,
        ctx.nameFrom,
        Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW),
        ctx.g.planFrameWords,
      );
    },
  },
  {
    // A percentage with neither plan nor base on a name that is no rate: level, growth or share?
    id: 'percent-role',
    doubts: (ctx, f, what) => {
      if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
      if (ctx.nameFrom === undefined || ctx.nameTo === undefined) return true;
      const to = Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW);
      // `GDP growth rate … 6.8%`, `tốc độ tăng trưởng … 5,64%`, `GRDP tăng trưởng đạt 7,5%`: a
      // growth, not a level, with no base — in the name or between the name and the number.
      if (within(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.growthWords)) return true;
      const k = numberToken(ctx, f);
      if (
        k !== undefined &&
        k > ctx.nameTo &&
        within(ctx.ix.tokens, Math.max(ctx.nameTo, k - WINDOW), k, ctx.g.growthWords)
      )
        return true;
      // `Chỉ số sản xuất công nghiệp đạt 9,5%`: an index of change is a level against a base or a growth.
      if (within(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.changeIndexNouns)) return true;
      return !within(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.levelNouns);
    },
  },
  {
    // `From 2015 to 2017, …`, `ước 10 tháng 19.460 tỷ đồng`: a bare number that is a period.
    id: 'time-like',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const q = (f as Extracted<{ scale: number; unit?: string; unitCode?: string; number: { text: string } }>).value;
      // `within the first 15 days of February`, `10 ngày đầu tháng`: a number of days or months
      // after an opening or closing word is a period, whatever unit text the reader gave it.
      if (q.scale === 0 && q.unitCode === undefined && q.unit !== undefined) {
        const k = numberToken(ctx, f);
        const prev = k !== undefined ? ctx.ix.tokens[k - 1] : undefined;
        const K = ctx.g.periodWords.keys;
        const isEdge = (x: Token | undefined): boolean =>
          x?.kind === 'word' && (K.opening.has(x.forms.fold) || K.closing.has(x.forms.fold));
        const time = k !== undefined ? matchAt(ctx.ix.tokens, k + 1, ctx.g.timeWords) : null;
        if (time && (isEdge(prev) || isEdge(ctx.ix.tokens[time.to]))) return true;
      }
      if (q.scale !== 0 || q.unit !== undefined) return false;
      if (/^(19|20)\d\d$/.test(q.number.text)) return true;
      const k = numberToken(ctx, f);
      return k !== undefined && matchAt(ctx.ix.tokens, k + 1, ctx.g.timeWords) !== null;
    },
  },
  {
    // `tăng 41,97% về số lượng dự án`: the change of another measure than the statement's value.
    id: 'other-measure',
    doubts: (ctx, f, what) => {
      if (what !== 'change') return false;
      const end = ctx.ix.at(f.span.start);
      if (end === undefined) return false;
      let k = end;
      const t = ctx.ix.tokens;
      while (k < t.length && (t[k] as Token).end <= f.span.end) k++;
      const measure = matchAt(t, k, ctx.g.measureWords);
      if (!measure) return false;
      // `115 dự án …, tăng 41,97% về số lượng dự án`: the measure is the statement's own counted noun.
      const unit = ctx.s.value?.value.unit;
      if (!unit) return true;
      const words = fold(unit).split(' ');
      return !words.every((w, n) => (t[measure.to + n] as Token | undefined)?.forms.fold === w);
    },
  },
  {
    // `Có 30/63 địa phương`: a count out of a total.
    id: 'fraction',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      const t = ctx.ix.tokens;
      const slash = t[k + 1];
      return slash?.kind === 'punct' && slash.text === '/' && slash.gap === '' && t[k + 2]?.kind === 'number';
    },
  },
  {
    // `equivalent to $189 billion` after a VND value: the same amount in another currency.
    id: 'conversion',
    doubts: (ctx, f, what) => {
      if (what !== 'value') return false;
      const unit = (f as Extracted<{ unitCode?: string }>).value.unitCode;
      if (unit !== 'USD' && unit !== 'VND') return false;
      const k = numberToken(ctx, f);
      if (k === undefined) return false;
      return endsWithin(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - 4), k, ctx.g.conversionWords);
    },
  },
  ...SILENT_WRONG_RULES,
];

function weighField<T>(ctx: Ctx, f: Extracted<T>, what: string): Extracted<T> {
  for (const r of RULES) {
    if (r.doubts(ctx, f as Extracted<unknown>, what))
      return { ...f, confidence: 'uncertain', doubt: doubt(r.id), rule: `${f.rule}?${r.id}` };
  }
  return { ...f, confidence: 'certain' };
}

const sure = <T>(f: Extracted<T> | undefined): Extracted<T> | undefined =>
  f ? { ...f, confidence: 'certain' } : undefined;

const baseKey = (c: Extracted<ExtractedChange>): string | undefined => {
  const b = c.value.base;
  if (!b) return undefined;
  return b.kind === 'period' ? `period:${b.period}` : b.kind;
};

/**
 * `tăng 15% …, tăng 11%` read into one statement, `so với tháng 12 tăng 3,12% và so với cùng kỳ
 * tăng 3,66%` with one base for both: a second change of a form with no base, or with the
 * base of an earlier one, is uncertain (it most likely belongs to another clause or base).
 */
function secondFigures(changes: Extracted<ExtractedChange>[]): Extracted<ExtractedChange>[] {
  const seen = new Set<string>();
  return changes.map((c) => {
    const key = `${c.value.form}|${baseKey(c) ?? '-'}`;
    const repeat =
      seen.has(key) || (baseKey(c) === undefined && [...seen].some((k) => k.startsWith(`${c.value.form}|`)));
    seen.add(key);
    if (!repeat || c.confidence === 'uncertain') return c;
    return { ...c, confidence: 'uncertain', doubt: doubt('second-figure'), rule: `${c.rule}?second-figure` };
  });
}

/**
 * `the index in the fourth quarter went up 3.54% …, and that in December increased 0.12%`: a
 * change with a period phrase between it and the statement's figure before it (not the
 * statement's own period, not the change's base) is most likely that other period's change.
 * Looks at most {@link WINDOW} tokens back per change.
 */
function secondPeriods(
  s: Statement,
  ix: TokenIndex,
  g: Grammar,
  changes: Extracted<ExtractedChange>[],
): Extracted<ExtractedChange>[] {
  const ends: number[] = [];
  if (s.value) ends.push(s.value.span.end);
  if (s.completion) ends.push(s.completion.span.end);
  for (const c of changes) ends.push(c.span.end);
  const own = s.period?.span;
  const bases = changes.flatMap((c) => (c.value.baseSpan ? [c.value.baseSpan] : []));
  return changes.map((c) => {
    if (c.confidence === 'uncertain') return c;
    let before = -1;
    for (const e of ends) if (e <= c.span.start && e > before) before = e;
    if (before < 0) return c;
    const at = ix.at(c.span.start);
    if (at === undefined) return c;
    const t = ix.tokens;
    // (only in the change's own clause: `attracted US$27.26 billion in the first 10 months, a rise
    // of 1.9%` names the value's period, before the clause of the change)
    const from = Math.max(ix.clauseOf(at), at - WINDOW);
    for (let j = at - 1; j >= from && (t[j] as Token).start >= before; j--) {
      const start = (t[j] as Token).start;
      if (own && start >= own.start && start < own.end) continue;
      if (bases.some((b) => start >= b.start && start < b.end)) continue;
      const p = matchPeriod(t, j, g.locale);
      // (`last year`, `năm nay`: a relative period is a base's or the statement's, not another.)
      if (p && p.to <= at && p.relative === undefined)
        return { ...c, confidence: 'uncertain', doubt: doubt('second-period'), rule: `${c.rule}?second-period` };
    }
    return c;
  });
}

/**
 * `increased slightly by 0.005% from the previous month, 3.6% against December 2021, and 2.89%
 * year-on-year`: percentages listed after one doubted as the size of a change (`by`,
 * {@link RULES} `rate-or-ratio`) share its verb; read as levels against their bases (ratios),
 * each is just as uncertain. Looks one or two tokens before each figure.
 */
function ratioListAfterBy(ctx: Ctx, changes: Extracted<ExtractedChange>[]): Extracted<ExtractedChange>[] {
  let open = false;
  return changes.map((c) => {
    if (c.value.form !== 'ratio') return c;
    if (c.doubt?.reason === 'rate-or-ratio') {
      open = true;
      return c;
    }
    if (!open || c.confidence === 'uncertain') return c;
    const j = wordBeforeRatio(ctx, c, 'change');
    const t = ctx.ix.tokens;
    const w = t[j];
    const joined =
      (w?.kind === 'punct' && w.text === ',') ||
      (w?.kind === 'word' && matchAt(t, j, ctx.g.joiners, j + 1)?.to === j + 1);
    if (!joined) {
      open = false;
      return c;
    }
    return { ...c, confidence: 'uncertain', doubt: doubt('rate-or-ratio'), rule: `${c.rule}?rate-or-ratio` };
  });
}

/**
 * `a growth rate of 23.05%, 10.3 percentage points higher than that in the same period of 2023`:
 * percentage points after a rate of change in one statement measure the change OF that rate (the
 * growth sped up), another measure than the indicator's own change.
 */
function pointsAfterRate(changes: Extracted<ExtractedChange>[]): Extracted<ExtractedChange>[] {
  let rate = false;
  return changes.map((c) => {
    if (c.value.form === 'rate') rate = true;
    if (c.value.form !== 'points' || !rate || c.confidence === 'uncertain') return c;
    return { ...c, confidence: 'uncertain', doubt: doubt('other-measure'), rule: `${c.rule}?other-measure` };
  });
}

/** Gives every field of a statement its confidence. */
export function weigh(s: Statement, ix: TokenIndex, g: Grammar): Statement {
  const nameFrom = s.name ? ix.at(s.name.span.start) : undefined;
  let nameTo: number | undefined;
  if (s.name && nameFrom !== undefined) {
    nameTo = nameFrom;
    while (nameTo < ix.tokens.length && (ix.tokens[nameTo] as Token).end <= s.name.span.end) nameTo++;
  }
  const ctx: Ctx = { ix, g, s, nameFrom, nameTo };
  const weighed: { readonly [K in keyof Statement]?: Statement[K] } = {
    kind: { ...s.kind, confidence: 'certain' },
    name: sure(s.name),
    fullName: sure(s.fullName),
    subject: sure(s.subject),
    period: weighPeriod(ix, g, s.period, s),
    stage: sure(s.stage),
    rank: sure(s.rank),
    parent: sure(s.parent),
    value: s.value ? weighField(ctx, s.value, 'value') : undefined,
    completion: s.completion ? weighField(ctx, s.completion, 'completion') : undefined,
    target: sure(s.target),
    previous: sure(s.previous),
    density: s.density ? weighField(ctx, s.density, 'density') : undefined,
    changes: secondPeriods(
      s,
      ix,
      g,
      secondFigures(ratioListAfterBy(ctx, pointsAfterRate(s.changes.map((c) => weighField(ctx, c, 'change'))))),
    ),
    unread: [...s.unread],
  };
  // Keep the statement's shape: fields that were absent stay absent. (Built key by key, never
  // with `delete`, which would turn every statement into a slow dictionary object.)
  const out: Record<string, unknown> = {};
  for (const k in s) {
    const v = k in weighed ? weighed[k as keyof Statement] : s[k as keyof Statement];
    if (v !== undefined) out[k] = v;
  }
  return out as unknown as Statement;
}
