import { matchAt } from '../phrase';
import type { BaseOf, Draft } from '../place/context';
import type { BaseRead } from '../rules/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { withBase } from './give-base';
import { PAIRED } from './list-respectively';
import { tokenAt } from './token-at';
import { baseAt } from './vi-base-value';

/** How many tokens after a list's last number its first base may start (`3.2 percent month-on-month`). */
const AFTER_NUMBER = 4;
/** How many tokens before a list's first number `respective` may stand (`respective … increases of`). */
const RESPECTIVE_BACK = 12;

/** A base at `k`: with its compare word, or a bare base phrase after a joiner (`and the same period last year`). */
function baseHere(a: SentenceContext, k: number, to: number): BaseRead | null {
  const read = baseAt(a, k, to);
  if (read) return read.base.kind === 'plan' ? null : read;
  const bare = matchAt(a.tokens, k, a.g.bases, to) ?? matchAt(a.tokens, k, a.g.standaloneBases, to);
  if (!bare || bare.phrase.data.kind === 'plan') return null;
  return { from: k, to: bare.to, base: bare.phrase.data, level: bare.level };
}

/** Bases joined by commas and joiners from token `k`: the list and where it ends. */
function baseList(a: SentenceContext, k: number, to: number): { reads: BaseRead[]; end: number } {
  const reads: BaseRead[] = [];
  let j = k;
  for (;;) {
    const read = baseHere(a, j, to);
    if (!read) break;
    reads.push(read);
    let next = read.to;
    const t = a.tokens[next];
    if (t?.kind === 'punct' && t.text === ',') next++;
    const joiner = matchAt(a.tokens, next, a.g.joiners, to);
    if (joiner) next = joiner.to;
    if (next === read.to || !baseHere(a, next, to)) {
      j = read.to;
      break;
    }
    j = next;
  }
  return { reads, end: j };
}

/**
 * `rose 0.3% and 3.2% month-on-month and year-on-year, respectively`, `up 5% and 12% compared
 * with April and the same period last year, respectively`, `recording respective month-on-month
 * and year-on-year increases of 18.3% and 17.2%` (English): a list of bases paired by order with
 * the statement's list of changes — after the last amount and closed by `respectively`, or between
 * `respective` and the change noun — gives each change its own base (the certainty pass does not
 * doubt the pairing). Only when the counts are equal and every base is read; otherwise nothing
 * changes (the changes stay doubted). Linear: a bounded look around each statement's changes.
 */
export function respectiveBases(a: SentenceContext, st: SentenceState): void {
  if (a.g.respectiveAdjectives.size === 0) return;
  const to = st.sentence.to;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.changes.length < 2) continue;
    const ordered = [...d.changes].sort((x, y) => x.span.start - y.span.start);
    const lastAt = tokenAt(a.tokens, (ordered[ordered.length - 1] as Extracted<ExtractedChange>).span.start);
    const firstAt = tokenAt(a.tokens, (ordered[0] as Extracted<ExtractedChange>).span.start);
    let reads: BaseRead[] | null = null;
    // after the list: `… 3.2% month-on-month and year-on-year, respectively`
    let last = lastAt;
    while (last < to && a.tokens[last]?.kind !== 'number') last++;
    for (let k = last + 1; k < to && k <= last + AFTER_NUMBER && !reads; k++) {
      const list = baseList(a, k, to);
      if (list.reads.length < 2) continue;
      let end = list.end;
      const comma = a.tokens[end];
      if (comma?.kind === 'punct' && comma.text === ',') end++;
      if (matchAt(a.tokens, end, a.g.respectiveWords, to)) reads = list.reads;
      else break;
    }
    // before the change noun: `respective month-on-month and year-on-year increases of …`
    for (let r = firstAt; !reads && r >= st.sentence.from && r >= firstAt - RESPECTIVE_BACK; r--) {
      const t = a.tokens[r];
      if (t?.kind !== 'word' || !a.g.respectiveAdjectives.has(t.forms.fold)) continue;
      const list = baseList(a, r + 1, to);
      const noun = matchAt(a.tokens, list.end, a.g.pluralChangeNouns, to);
      if (list.reads.length >= 2 && noun && list.end <= firstAt) reads = list.reads;
      break;
    }
    if (!reads || reads.length !== ordered.length) continue;
    const bases: BaseOf[] = reads.map((read) => a.base(read));
    if (bases.some((b) => b.base === undefined && b.sameIn === undefined)) continue;
    d.changes = d.changes.map((c) => {
      const of = bases[ordered.indexOf(c)] as BaseOf;
      d.sameIn.delete(c);
      return withBase(d, c, of, `respective-bases+${PAIRED}`);
    });
  }
}

/** A paired change with its statement. */
type Paired = { d: Draft; c: Extracted<ExtractedChange> };

/** How many tokens past the last paired change's number `respectively` may stand (`% in value`, `%`). */
const RESPECTIVELY_REACH = 6;

/**
 * `… earning US$304 million, up 18.7% but down 0.6%, respectively, year on year`, `… two-fold and
 * 23-fold rises, respectively, compared to the same period last year` (English): one base after the
 * `respectively` that closed a list of changes paired with their values is the base of every one of
 * them that names none — when it ends the clause (a comma, a stop or the sentence's end after it). The
 * certainty pass still weighs the pairing. Round 40. Linear: each change is visited once, a bounded
 * look after the last.
 */
export function respectivelySharedBase(a: SentenceContext, st: SentenceState): void {
  const to = st.sentence.to;
  const paired: Paired[] = [];
  let based: Paired | undefined;
  let basedCount = 0;
  for (const d of a.sentenceDrafts(st.span))
    for (const c of d.changes) {
      if (!c.rule.includes(PAIRED)) continue;
      if (!c.value.base && !c.value.baseSpan) paired.push({ d, c });
      else if (c.value.baseSpan) {
        based = { d, c };
        basedCount++;
      }
    }
  if (pairedLastBase(paired, based, basedCount)) return;
  if (a.g.respectiveAdjectives.size === 0) return;
  if (paired.length < 2) return;
  let last = 0;
  for (const { c } of paired) last = Math.max(last, tokenAt(a.tokens, c.span.start));
  let word: ReturnType<typeof matchAt> = null;
  for (let k = last; k < to && k <= last + RESPECTIVELY_REACH && !word; k++)
    word = matchAt(a.tokens, k, a.g.respectiveWords, to);
  if (!word) return;
  let b = word.to;
  if (a.tokens[b]?.kind === 'punct' && a.tokens[b]?.text === ',') b++;
  const read = baseHere(a, b, to);
  if (!read) return;
  const after = a.tokens[read.to];
  if (read.to < to && !(after?.kind === 'punct' && (after.text === ',' || after.text === '.' || after.text === ';')))
    return;
  const of = a.base(read);
  if (of.base === undefined && of.sameIn === undefined) return;
  for (const { d, c } of paired) {
    const i = d.changes.indexOf(c);
    if (i >= 0) d.changes[i] = withBase(d, c, of, 'respectively-shared-base');
  }
}

/**
 * `Mức doanh thu và lợi nhuận … gấp lần lượt khoảng 12 lần và 20 lần so với năm 2004`, `rose 5% and
 * 7% over last year, respectively`: in a list of changes paired with their names by order, a base
 * written once after the last change (the only one with a base) is every earlier one's — they are
 * one comparison (round 41; both languages). True when it gave the base.
 */
function pairedLastBase(open: readonly Paired[], based: Paired | undefined, basedCount: number): boolean {
  const span = based?.c.value.baseSpan;
  if (!based || !span || basedCount !== 1 || open.length === 0) return false;
  // the based change is the last of the list, of the same form as every other
  if (open.some(({ c }) => c.span.start >= based.c.span.start || c.value.form !== based.c.value.form)) return false;
  const sameIn = based.d.sameIn.get(based.c);
  const of: BaseOf = {
    span,
    ...(based.c.value.base ? { base: based.c.value.base } : {}),
    ...(sameIn ? { sameIn } : {}),
  };
  for (const { d, c } of open) {
    const i = d.changes.indexOf(c);
    if (i >= 0) d.changes[i] = withBase(d, c, of, 'respectively-last-base');
  }
  return true;
}
