import { matchAt, type Phrase } from '../phrase';
import type { Draft } from '../place/context';
import type { BaseRead } from '../rules/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { withBase } from './give-base';
import { listComplete } from './list-complete';
import { PAIRED } from './list-respectively';
import { tokenAt } from './token-at';
import { baseAt } from './vi-base-value';
import { PLAN_MEASURE } from './vi-plan-measure';

/** At most this many words name a statement that only carries a list of changes (`representing respective`, `annual`, `showing`). */
const LINK_WORDS = 3;

/** A statement with a value and nothing else of its own (no change, completion, density or rank). */
/** (a completion moved to it from a later clause by its plan's measure, `vi-plan-measure.ts`, is no figure of the list) */
const valueOnly = (d: Draft): boolean =>
  d.value !== undefined &&
  d.changes.length === 0 &&
  (!d.completion || d.completion.rule.endsWith(`+${PLAN_MEASURE}`)) &&
  !d.density &&
  !d.rank &&
  !d.target;

/**
 * True when the statement `d` only carries a list of N ≥ 2 changes of one form: no value of its
 * own, no completion, not yet paired, and a name of at most {@link LINK_WORDS} words that is no
 * list of names (`representing respective`, `annual`, `showing`, or none) — the words that link an
 * appositive or a participle clause to the figures before it.
 */
function changeList(a: SentenceContext, d: Draft): boolean {
  if (d.changes.length < 2 || d.value || d.completion || d.density || d.rank || d.target) return false;
  const form = d.changes[0]?.value.form;
  // (changes whose bases were paired by order are still one list; changes paired with names are not)
  const pairedByName = (c: Extracted<ExtractedChange>) =>
    c.rule.includes(PAIRED) && !c.rule.includes('respective-bases');
  if (d.changes.some((c) => c.value.form !== form || pairedByName(c))) return false;
  if (!d.name) return true;
  const from = tokenAt(a.tokens, d.name.span.start);
  const to = tokenAt(a.tokens, d.name.span.end);
  const base = (i: number) => matchAt(a.tokens, i, a.g.bases, to) ?? matchAt(a.tokens, i, a.g.standaloneBases, to);
  let words = 0;
  for (let i = from; i < to; ) {
    // (`…, respectively, representing respective growth of …`: the `respectively` closing the list
    // of values before, its comma and the participle that carries the list on are no names)
    const closing = matchAt(a.tokens, i, a.g.respectiveWords, to);
    if (closing) {
      i = closing.to;
      if (a.tokens[i]?.kind === 'punct' && a.tokens[i]?.text === ',') i++;
      i = matchAt(a.tokens, i, a.g.joiners, to)?.to ?? i;
      continue;
    }
    const t = a.tokens[i] as Token;
    if (t.kind !== 'word') return false;
    // (`respective month-on-month and year-on-year`: the bases paired by order are no names)
    const b = base(i);
    if (b) {
      i = b.to;
      continue;
    }
    const joiner = matchAt(a.tokens, i, a.g.joiners, to);
    if (joiner && (joiner.to >= to || base(joiner.to))) {
      i = joiner.to;
      continue;
    }
    if (joiner) return false;
    if (!a.g.respectiveAdjectives.has(t.forms.fold)) words++;
    i++;
  }
  return words <= LINK_WORDS;
}

/** Where a sentence pairs by order: its first `respectively` word, and its first word of either kind (`respective` too). */
interface PairWords {
  readonly word: { readonly from: number; readonly to: number } | undefined;
  readonly any: number;
}
const PAIR_WORDS = new WeakMap<SentenceState, PairWords>();

/** The sentence's words that pair by order, found in one pass over its tokens and kept for the steps of this file. */
function pairWords(a: SentenceContext, st: SentenceState): PairWords {
  const known = PAIR_WORDS.get(st);
  if (known) return known;
  const { from, to } = st.sentence;
  let word: PairWords['word'];
  let any = -1;
  for (let i = from; i < to && !word; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (any < 0 && a.g.respectiveAdjectives.has(t.forms.fold)) any = i;
    // (`…, tương ứng tăng 22,16% và 6,04%`: a lead that pairs only a list of changes, round 37)
    const m =
      matchAt(a.tokens, i, a.g.respectiveWords, to) ??
      (a.g.respectiveListLeads ? matchAt(a.tokens, i, a.g.respectiveListLeads, to) : null);
    if (m) {
      word = { from: i, to: m.to };
      if (any < 0) any = i;
    }
  }
  const found = { word, any };
  PAIR_WORDS.set(st, found);
  return found;
}

const paired = <T>(f: Extracted<T>, how: string): Extracted<T> => ({ ...f, rule: `${f.rule}+${how}+${PAIRED}` });

/**
 * `There were 10,800 new enterprises with total registered capital of 99.1 trillion VND, representing
 * respective decreases of 16.6% and 48.5%`, `set to serve 11.9 million tourists, including 4.8 million
 * foreigners, annual increases of 10 per cent and 17 per cent respectively`, `earned US$739 million
 * from 73,000 tonnes, showing surges of 43.6% and 31%, respectively` (English; `lần lượt`/`tương
 * ứng` in Vietnamese): in a sentence that pairs by order, a statement that only carries N ≥ 2
 * changes of one form, right after exactly N statements that each carry a value and nothing else,
 * gives change k to value k, in order (marked as paired: the certainty pass does not doubt the
 * pairing). When the run of values before it is longer or shorter than the list of changes, nothing
 * is paired and the changes stay doubted (`respectively`). One value followed by a list of changes
 * whose bases were each paired by order (`worth 1.25 million USD, recording respective
 * month-on-month and year-on-year increases of 18.3% and 17.2%`) takes the whole list: they are
 * that value's changes against two bases. Linear: each statement of the sentence is visited once.
 */
export function pairChangesWithValues(a: SentenceContext, st: SentenceState): void {
  const word = pairWords(a, st).any;
  if (word < 0) {
    implicitOrder(a, st);
    return;
  }
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const c = drafts[n] as Draft;
    if (valueWithChangeList(c)) {
      pairLastValueList(a, st, drafts, n, word);
      continue;
    }
    if (!changeList(a, c)) continue;
    // The word pairs this list: it stands after the values (`respective` before the changes, `respectively` after).
    const before = drafts[n - 1] as Draft;
    if (!before.value || word < tokenAt(a.tokens, before.value.span.end)) continue;
    let run = 0;
    while (n - run - 1 >= 0 && valueOnly(drafts[n - run - 1] as Draft)) run++;
    const count = c.changes.length;
    if (run === 1 && c.changes.every((x) => x.rule.includes('respective-bases'))) {
      const v = drafts[n - 1] as Draft;
      v.changes = c.changes;
      for (const x of c.changes) {
        const year = c.sameIn.get(x);
        if (year !== undefined) v.sameIn.set(x, year);
      }
      c.changes = [];
      c.sameIn.clear();
      continue;
    }
    if (run !== count) continue;
    const members = drafts.slice(n - count, n);
    const firstValue = (members[0] as Draft).value as Extracted<unknown>;
    const lastOf = c.changes[count - 1] as Extracted<ExtractedChange>;
    if (!listComplete(a, st, drafts, firstValue.span.start, lastOf.span.end)) continue;
    giveByOrder(c, members, true);
  }
}

/**
 * `doanh thu … đạt hơn 4.606 tỷ đồng và lợi nhuận trước thuế đạt 249,7 tỷ đồng, tăng trưởng 10% và 5%
 * so với cùng kỳ`: with no word that pairs by order, a list of N ≥ 2 changes read onto the last of N
 * values joined as one list ({@link pairLastValueList}'s shape) goes by order all the same — change
 * k to value k, the only order the list allows (round 54: the last value had held both changes, the
 * first none). Moved unmarked: a `respectively` the certainty pass reads elsewhere still doubts them.
 * Linear: each statement once.
 */
function implicitOrder(a: SentenceContext, st: SentenceState): void {
  // (English lists are paired by order in `en-list-order-pairs.ts`, which reads the measure words after them)
  if (a.g.locale !== 'vi') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const c = drafts[n] as Draft;
    if (!valueWithChangeList(c) || !ellipticList(a, c)) continue;
    const members = lastValueRun(a, st, drafts, n);
    if (members) giveByOrder(c, members, false);
  }
}

/**
 * True when the changes of `c` are one list under one verb and one base (`tăng trưởng 10% và 5% so
 * với cùng kỳ`): every change after the first is elliptic (no verb of its own) and all share the
 * first's base. Two changes with verbs of their own (`tăng 1% so với tháng trước và tăng 12,9% so với
 * cùng kỳ`) are one value's against two bases.
 */
function ellipticList(a: SentenceContext, c: Draft): boolean {
  const [first, ...rest] = c.changes;
  const base = JSON.stringify(first?.value.base ?? null);
  // (`tăng 47,1% và chiếm 35,4% tổng vốn`: a word of its own before the number is no elliptic item)
  const bare = (x: Extracted<ExtractedChange>): boolean => {
    const k = tokenAt(a.tokens, x.span.start);
    return a.tokens[k]?.kind === 'number' && matchAt(a.tokens, k - 1, a.g.joiners, k) !== null;
  };
  const last = c.changes[c.changes.length - 1];
  // (`…, tăng 5% và 7% về lượng và giá trị`: measure words after the list name the rates, no order)
  const end = last ? tokenAt(a.tokens, Math.max(last.span.end, last.value.baseSpan?.end ?? 0)) : 0;
  const closed = end >= a.tokens.length || a.tokens[end]?.kind === 'punct';
  return (
    closed &&
    rest.length > 0 &&
    rest.every(
      (x) => x.rule.includes('.change.elliptic-rate') && bare(x) && JSON.stringify(x.value.base ?? null) === base,
    )
  );
}

/**
 * The run of statements a list of N changes read onto statement `n` goes to: the N − 1 statements before
 * it that each hold a value and nothing else, then `n` itself — when the values and the changes form one
 * complete list (`list-complete.ts`); null for any other count. Shared by {@link pairLastValueList} and
 * {@link implicitOrder}.
 */
function lastValueRun(a: SentenceContext, st: SentenceState, drafts: readonly Draft[], n: number): Draft[] | null {
  const c = drafts[n] as Draft;
  const count = c.changes.length;
  let run = 0;
  while (n - run - 1 >= 0 && valueOnly(drafts[n - run - 1] as Draft)) run++;
  // (`… are 1,042,800 units and 369,300 units, decrease 0.04% and 6.55% compared with last month
  // respectively, increase 19.42 % and 36.59% compared with the same period of last year`: two lists,
  // each of its own base — change k and k + N go to value k; round 56)
  if (run !== count - 1 && !(run + 1 + run + 1 === count && twoLists(c))) return null;
  const members = [...drafts.slice(n - run, n), c];
  const firstValue = (members[0] as Draft).value as Extracted<unknown>;
  const lastOf = c.changes[count - 1] as Extracted<ExtractedChange>;
  // (the statements around the run only — the list's numbers are theirs — so each list costs its own size)
  const around = drafts.slice(Math.max(0, n - run - 1), n + 2);
  return listComplete(a, st, around, firstValue.span.start, lastOf.span.end, new Set(members)) ? members : null;
}

/**
 * True when the 2N changes of `c` are two lists of N (N ≥ 2), each sharing one base of its own, the two
 * bases differing (`decrease 0.04% and 6.55% compared with last month, increase 19.42% and 36.59%
 * compared with the same period of last year`).
 */
function twoLists(c: Draft): boolean {
  const n = c.changes.length >> 1;
  if (n + n !== c.changes.length || n < 2) return false;
  const base = (k: number): string => JSON.stringify(c.changes[k]?.value.base ?? null);
  const [first, second] = [base(0), base(n)];
  if (first === 'null' || second === 'null' || first === second) return false;
  for (let k = 0; k < n + n; k++) if (base(k) !== (k < n ? first : second)) return false;
  return true;
}

/**
 * Moves the changes of `c` to `members` by order (change k to member k, its same-period year with
 * it; `c` may be the last member): marked paired when `sure`, or only moved, so the certainty pass
 * still doubts them (`respectively`).
 */
function giveByOrder(c: Draft, members: readonly Draft[], sure: boolean): void {
  const list = c.changes;
  const years = new Map(c.sameIn);
  c.changes = [];
  c.sameIn.clear();
  list.forEach((x, k) => {
    const m = members[k < members.length ? k : k - members.length] as Draft;
    const moved = sure ? paired(x, 'respective-values') : { ...x, rule: `${x.rule}+respective-values` };
    // (a second list of as many changes: change k + N to value k too)
    m.changes = k < members.length ? [moved] : [...m.changes, moved];
    if (m.value && sure) m.value = paired(m.value, 'respective-values');
    const year = years.get(x);
    if (year !== undefined) m.sameIn.set(moved, year);
  });
}

/**
 * True when statement `d` has a value and after it N ≥ 2 changes of one form that no earlier step
 * paired, and nothing else (no completion, density, rank or target): the list of changes read onto
 * the last value of a run (see {@link pairLastValueList}).
 */
function valueWithChangeList(d: Draft): boolean {
  const v = d.value;
  if (!v || d.changes.length < 2 || d.completion || d.density || d.rank || d.target) return false;
  const form = d.changes[0]?.value.form;
  return d.changes.every((c) => c.value.form === form && !c.rule.includes(PAIRED) && c.span.start >= v.span.end);
}

/**
 * `over 20 million passengers and over 140,000 flights flown in 2023, 41 percent and 30 percent higher
 * year on year, respectively`, `5.3 million passengers flown on 35,000 flights, which are 27 percent and
 * 18 percent higher year-on-year, respectively` (round 32, test21): the list of N changes was read onto
 * the last of N values; when the N − 1 statements before it each hold a value and nothing else and the
 * word that pairs by order stands after the last value, change k goes to value k (the last value keeps
 * the last change), marked as paired — or, when a value of the run is a bare count (no sure item),
 * moved but left unpaired, so the changes stay doubted. Any other count leaves the list.
 */
function pairLastValueList(
  a: SentenceContext,
  st: SentenceState,
  drafts: readonly Draft[],
  n: number,
  word: number,
): void {
  const c = drafts[n] as Draft;
  const v = c.value as Extracted<unknown>;
  if (word < tokenAt(a.tokens, v.span.end)) return;
  const members = lastValueRun(a, st, drafts, n);
  if (!members) return;
  // (a bare count among the values, `rules/bare-count.ts`, is no sure item: the changes go by order
  // but stay unpaired, so the certainty pass doubts them — `respectively`)
  giveByOrder(
    c,
    members,
    members.every((m) => !m.value?.rule.includes('.value.bare-count')),
  );
}

/**
 * `Exports to the EU and ASEAN fell 12 percent and 13.4 percent, with turnover of 12.9 billion USD
 * and 9.4 billion USD, respectively`: after N ≥ 2 statements whose changes were paired by order with
 * a list of names (and that have no value), a run of exactly N statements that each hold only a
 * value, all under one name (`turnover`) or none, gives value k to the k-th named statement —
 * when the `respectively` word closes the values. Any other count pairs nothing (the values stay
 * doubted). Linear: the statements of the sentence are sorted once.
 */
export function pairValuesWithNames(a: SentenceContext, st: SentenceState): void {
  const word = pairWords(a, st).word?.from ?? -1;
  if (word < 0) return;
  const drafts = a.sentenceDrafts(st.span);
  const owners = drafts
    .filter(
      (d) =>
        !d.value &&
        !d.completion &&
        d.changes.length === 1 &&
        d.name?.rule.endsWith(`.name.${PAIRED}`) &&
        (d.changes[0] as Extracted<ExtractedChange>).rule.includes(PAIRED),
    )
    .sort(
      (x, y) =>
        (x.changes[0] as Extracted<ExtractedChange>).span.start -
        (y.changes[0] as Extracted<ExtractedChange>).span.start,
    );
  if (owners.length < 2) return;
  const lastChange = (owners[owners.length - 1] as Draft).changes[0] as Extracted<ExtractedChange>;
  const values = drafts
    .filter((d) => valueOnly(d) && (d.value as Extracted<unknown>).span.start > lastChange.span.end)
    .sort((x, y) => (x.value as Extracted<unknown>).span.start - (y.value as Extracted<unknown>).span.start);
  if (values.length !== owners.length) return;
  const lastValue = (values[values.length - 1] as Draft).value as Extracted<unknown>;
  if (tokenAt(a.tokens, lastValue.span.end) > word) return;
  const firstChange = (owners[0] as Draft).changes[0] as Extracted<ExtractedChange>;
  if (!listComplete(a, st, drafts, firstChange.span.start, lastValue.span.end)) return;
  const name = values[0]?.name?.value;
  if (name === undefined || values.some((v, k) => k > 0 && v.name !== undefined && v.name.value !== name)) return;
  values.forEach((v, k) => {
    const owner = owners[k] as Draft;
    owner.value = paired(v.value as NonNullable<Draft['value']>, 'respective-values');
    v.value = undefined;
  });
}

/** How many tokens a figure phrase of a list may take when read back (`US$`, `per cent`). */
const PHRASE_BACK = 4;
/** How many tokens back from `respectively` a single base before it may start. */
const BASE_BACK = 8;

/** The tokens of a figure list that end at token `k` (reading back): 0 when `k` ends no part of a list. */
function listStepBack(a: SentenceContext, k: number): number {
  const t = a.tokens[k];
  if (!t || t.gap.includes('\n')) return 0;
  if (t.kind === 'number') return 1;
  if (t.kind === 'punct') return t.text === ',' || t.text === '%' || t.text === '$' ? 1 : 0;
  const g = a.g;
  for (const list of [
    g.joiners,
    g.percentWords,
    g.pointWords,
    g.timesWords,
    g.approximate,
    g.scales,
    g.units,
    g.currencyBefore,
  ] as const)
    for (let from = k; from >= 0 && from > k - PHRASE_BACK; from--)
      if (matchAt(a.tokens, from, list as readonly Phrase<unknown>[])?.to === k + 1) return k + 1 - from;
  return 0;
}

/** A base (with its compare word or bare, never a plan) that starts at token `k`. */
function baseFrom(a: SentenceContext, k: number, to: number): BaseRead | null {
  const read = baseAt(a, k, to);
  if (read) return read.base.kind === 'plan' ? null : read;
  const bare = matchAt(a.tokens, k, a.g.bases, to) ?? matchAt(a.tokens, k, a.g.standaloneBases, to);
  if (!bare || bare.phrase.data.kind === 'plan') return null;
  return { from: k, to: bare.to, base: bare.phrase.data, level: bare.level };
}

/** True when token `k` ends the clause: the end of the sentence, a comma, a semicolon or a full stop. */
function clauseEnd(a: SentenceContext, k: number, to: number): boolean {
  const t = a.tokens[k];
  return k >= to || (t?.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === '.'));
}

/**
 * `dropped by 15%, 14% and 16%, respectively, year-on-year`, `surges of 43.6% and nearly 31%,
 * respectively from the same period last year`, `up 2.8 times and 3.6 times year-on-year,
 * respectively`: one base written once, right after the `respectively` word or right before it
 * after the last figure, is the base of every change of the list the word closes — each change
 * whose figure is in that list and that names no base of its own. Two bases (one before and one
 * after the word) or a list of bases (paired by `en-change-respective-bases.ts`) give nothing.
 * Runs before the pairing, so each paired change keeps its base. Bounded look-arounds per word.
 */
export function respectiveTailBase(a: SentenceContext, st: SentenceState): void {
  const { from, to } = st.sentence;
  const word = pairWords(a, st).word;
  if (!word) return;
  // After the word: `…, respectively, year-on-year.`
  let k = word.to;
  if ((a.tokens[k] as Token | undefined)?.kind === 'punct' && a.tokens[k]?.text === ',') k++;
  const after = baseFrom(a, k, to);
  const afterRead = after && clauseEnd(a, after.to, to) ? after : null;
  // Before the word: `… 3.6 times year-on-year, respectively`.
  let end = word.from;
  if (a.tokens[end - 1]?.kind === 'punct' && a.tokens[end - 1]?.text === ',') end--;
  let beforeRead: BaseRead | null = null;
  for (let j = Math.max(from, end - BASE_BACK); j < end && !beforeRead; j++) {
    const read = baseFrom(a, j, end);
    if (read && read.to === end) beforeRead = read;
  }
  if (afterRead && beforeRead) return;
  const read = afterRead ?? beforeRead;
  if (!read) return;
  // The list the word closes: back over numbers, commas, joiners, percent, times and unit words.
  let last = (beforeRead ? beforeRead.from : end) - 1;
  if (a.tokens[last]?.kind === 'punct' && a.tokens[last]?.text === ',') last--;
  let first = last + 1;
  for (let j = last; j >= from; ) {
    const n = listStepBack(a, j);
    if (n === 0) break;
    j -= n;
    first = j + 1;
  }
  if (first > last) return;
  const listFrom = (a.tokens[first] as Token).start;
  // (the last change's span may hold the base before the word: `3.6 times year-on-year`)
  const listTo = (a.tokens[beforeRead ? beforeRead.to - 1 : last] as Token).end;
  const inList = (c: Extracted<ExtractedChange>): boolean => c.span.end > listFrom && c.span.end <= listTo;
  const drafts = a.sentenceDrafts(st.span);
  let listed = 0;
  for (const d of drafts) for (const c of d.changes) if (inList(c)) listed++;
  if (listed < 2) return;
  let of: ReturnType<SentenceContext['base']> | undefined;
  for (const d of drafts) {
    d.changes = d.changes.map((c) => {
      if (!inList(c) || c.value.base !== undefined || c.value.baseSpan || d.sameIn.has(c)) return c;
      of ??= a.base(read);
      return withBase(d, c, of, 'respective-tail-base');
    });
  }
}
