import type { ComparisonBase } from '../../model/types';
import type { Draft } from '../place/context';
import type { Span } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { linkAt } from './dated-move';
import { type LevelTime, levelTimeAt } from './from-level-base';
import { tokenAt } from './token-at';

/** How many words (a participle of the move: `climbing`, `rising`) may stand between the rate's comma and `from`. */
const MOVE_WORDS = 2;

/** How many words of a unit may follow a level's number before its time (`£23.8 billion [of goods] in April`). */
const UNIT_WORDS = 3;

/** The time written after a level that ends before token `j` (past at most {@link UNIT_WORDS} words), or null. */
function timeAfter(a: SentenceContext, j: number, end: number): LevelTime | null {
  for (let n = 0; n <= UNIT_WORDS && j < end; n++, j++) {
    const time = levelTimeAt(a, j, a.g.samePeriodYearLinks, end);
    if (time) return time;
    if (a.tokens[j]?.kind !== 'word') return null;
  }
  return null;
}

/** The month (1–12) of a level's own time, written with or without its year (`in April`, `in March 2025`). */
function monthOf(time: LevelTime | null): number | undefined {
  if (!time) return undefined;
  if ('own' in time) return time.month;
  const id = time.base.kind === 'period' ? /^\d{4}-(\d\d)$/u.exec(time.base.period)?.[1] : undefined;
  return id === undefined ? undefined : Number(id);
}

/**
 * The base of a move `from A [time] to B [time]`: A's period when it writes its year (`from Sh4.10
 * trillion in December 2024 to …`); the period before when A's month (no year) is the month right
 * before B's (`from £23.8 billion in April to £25.7 billion in May`); else none.
 */
function moveBase(a: SentenceContext, e: Draft, f: Draft, end: number): { base: ComparisonBase; span: Span } | null {
  const earlier = timeAfter(a, tokenAt(a.tokens, e.value?.span.end ?? 0), end);
  if (earlier && 'base' in earlier && earlier.base.kind === 'period') return { base: earlier.base, span: earlier.span };
  const month = monthOf(earlier);
  const later = monthOf(timeAfter(a, tokenAt(a.tokens, f.value?.span.end ?? 0), end));
  if (!earlier || month === undefined || later !== (month === 12 ? 1 : month + 1)) return null;
  return { base: { kind: 'previous-period' }, span: earlier.span };
}

/** Gives rate `c` to `f`, the level a move from `e`'s reached, based on `e`'s time ({@link moveBase}), its rule marked `mark`. */
function rateOfReached(
  a: SentenceContext,
  c: Draft['changes'][number],
  e: Draft,
  f: Draft,
  end: number,
  mark: string,
): void {
  const read = moveBase(a, e, f, end);
  f.changes.push({ ...c, value: { ...c.value, base: read?.base, baseSpan: read?.span }, rule: `${c.rule}+${mark}` });
}

/** True when only a comma, a closing bracket and at most {@link MOVE_WORDS} words stand in tokens `[from, to)`. */
function movePrefix(a: SentenceContext, from: number, to: number): boolean {
  let words = 0;
  let comma = false;
  for (let k = from; k < to; k++) {
    const t = a.tokens[k];
    if (t?.kind === 'punct' && t.text === ',') comma = true;
    else if (t?.kind === 'word') {
      if (!comma || ++words > MOVE_WORDS) return false;
    } else if (!(t?.kind === 'punct' && t.text === ')')) return false;
  }
  return comma;
}

/**
 * `The survey indicates that gross loans rose by 0.6 per cent, climbing from Sh4.10 trillion in
 * December 2024 to Sh4.12 trillion in March 2025`, `Exports of goods increased by £1.9 billion (7.8
 * per cent), from £23.8 billion in April to £25.7 billion in May`: a rate with no value and no base,
 * then after a comma (and at most {@link MOVE_WORDS} words, a participle of the move) the move `from
 * A … to B` read as two statements. The rate is the change of B, the level the move reached; its base
 * is A's time ({@link moveBase}), or none. B and A take the rate's statement's name when theirs is the
 * link words. Had been: the rate alone with no base, and B with no change (round 50). Adjacent
 * statements; one pass.
 */
export function rateBeforeMoves(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  const end = st.sentence.to;
  for (let n = 0; n + 2 < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const e = drafts[n + 1] as Draft;
    const f = drafts[n + 2] as Draft;
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    if (c?.value.form !== 'rate' || c.value.base !== undefined || d.value || d.completion) continue;
    if (!e.value || !f.value || e.changes.length > 0 || f.changes.length > 0 || e.completion || f.completion) continue;
    const from = linkAt(a, tokenAt(a.tokens, e.value.span.start), a.g.fromWords);
    if (from < 0 || !movePrefix(a, tokenAt(a.tokens, c.span.end), from)) continue;
    if (linkAt(a, tokenAt(a.tokens, f.value.span.start), a.g.toWords) < 0) continue;
    rateOfReached(a, c, e, f, end, 'rate-before-move');
    d.changes.length = 0;
    for (const x of [e, f])
      if (d.name && (!x.name || x.name.span.start >= c.span.end)) {
        x.name = d.name;
        x.fullName = d.fullName;
        x.subject = d.subject;
      }
  }
}

/** How many words may name the measure between a rate's change noun and `from` (`increase in world milk production`). */
const MEASURE_WORDS = 6;

/**
 * `FAO reported 2.1% increase in world milk production from 815 million tonnes in 2015 to 822million
 * tones in 2016`: a rate with no base read on the move's earlier level — only words (the measure,
 * at most {@link MEASURE_WORDS}) between the rate and `from` — is the change of the level the move
 * reached, against the earlier level's time ({@link moveBase}). Round 58: the rate had stayed on the
 * earlier level, with no base. Adjacent statements; one pass.
 */
export function rateOnFromLevels(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  const end = st.sentence.to;
  for (let n = 0; n + 1 < drafts.length; n++) {
    const e = drafts[n] as Draft;
    const f = drafts[n + 1] as Draft;
    const c = e.changes.length === 1 ? e.changes[0] : undefined;
    if (c?.value.form !== 'rate' || c.value.base !== undefined || !e.value || e.completion) continue;
    if (!f.value || f.changes.length > 0 || f.completion || c.span.end > e.value.span.start) continue;
    const from = linkAt(a, tokenAt(a.tokens, e.value.span.start), a.g.fromWords);
    const rateEnd = tokenAt(a.tokens, c.span.end);
    if (from < rateEnd || from - rateEnd > MEASURE_WORDS) continue;
    let words = true;
    for (let k = rateEnd; k < from && words; k++) words = a.tokens[k]?.kind === 'word';
    if (!words || linkAt(a, tokenAt(a.tokens, f.value.span.start), a.g.toWords) < 0) continue;
    rateOfReached(a, c, e, f, end, 'rate-on-from-level');
    e.changes.length = 0;
  }
}
