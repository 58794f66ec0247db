import { addTo, emptyTally, type SentenceScore, scoreSentence, type Tally } from '../real-corpus/score';
import type { RealFact, RealSentence } from '../real-corpus/types';

/**
 * The phrasebook: the closed classes of report language (how a base, a change, a completion, a
 * period, a goal or a list is said), written out from the language itself rather than copied
 * from a corpus, and crossed with each other in templates, so every combination is read, not a
 * sample of it. A case is scored exactly as a real-corpus sentence (`real-corpus/score.ts`): a
 * fact counts when one statement carries every annotated field; a silent wrong number is a
 * certain field that no annotated fact supports.
 */

/** One generated sentence and the facts a careful reader takes from it. */
export interface PhraseCase {
  readonly text: string;
  readonly facts: readonly RealFact[];
}

/** One area of the phrasebook: its cases in one language. */
export interface Phrasebook {
  /** Short id, `en-bases`, `vi-lists` … */
  readonly area: string;
  readonly locale: 'vi' | 'en';
  readonly cases: readonly PhraseCase[];
}

/** Every combination of the lists, first list slowest (the cartesian product, in order). */
export function cross<T extends readonly (readonly unknown[])[]>(
  ...lists: T
): { [K in keyof T]: T[K] extends readonly (infer E)[] ? E : never }[] {
  let out: unknown[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((item) => [...prefix, item]));
  return out as { [K in keyof T]: T[K] extends readonly (infer E)[] ? E : never }[];
}

export interface PhrasebookScore {
  readonly book: Phrasebook;
  readonly tally: Tally;
  /** Cases with a fact missed or a silent wrong number. */
  readonly failures: readonly SentenceScore[];
}

/** Scores every case of a phrasebook area. */
export function scorePhrasebook(book: Phrasebook): PhrasebookScore {
  const tally = emptyTally();
  const failures: SentenceScore[] = [];
  book.cases.forEach((c, i) => {
    const sentence: RealSentence = {
      id: `${book.area}-${i + 1}`,
      locale: book.locale,
      url: 'phrasebook',
      text: c.text,
      split: 'seen',
      facts: c.facts,
    };
    const score = scoreSentence(sentence);
    addTo(tally, score);
    if (score.missed.length > 0 || score.wrong.length > 0) failures.push(score);
  });
  return { book, tally, failures };
}

/** One failing case as a line a test failure can show: text, missed facts, silent wrong fields. */
export function describeFailure(s: SentenceScore): string {
  const missed = s.missed.map((f) => ` missed ${JSON.stringify(f)}`).join(';');
  const wrong = s.wrong.map((w) => ` WRONG ${w}`).join(';');
  return `${s.sentence.text} ::${missed}${wrong}`;
}

/** Share of facts read whole, 0–1. */
export const wholeShare = (t: Tally): number => (t.facts === 0 ? 1 : t.recalled / t.facts);

/** Adds `from` into `into` (tallies are sums). */
export function mergeTally(into: Tally, from: Tally): void {
  for (const k of [
    'sentences',
    'facts',
    'recalled',
    'recalledCertain',
    'silentWrong',
    'kindRight',
    'kindTotal',
    'kindWrongCertain',
    'spurious',
  ] as const)
    into[k] += from[k];
  for (const [k, f] of Object.entries(from.fields) as [keyof Tally['fields'], { right: number; total: number }][]) {
    into.fields[k].right += f.right;
    into.fields[k].total += f.total;
  }
}

/** Every case of a scored area with a silent wrong number, as {@link describeFailure} lines. */
export const silentWrongCases = (score: PhrasebookScore): string[] =>
  score.failures.filter((f) => f.wrong.length > 0).map(describeFailure);

/** The English month names, January first, as the books spell them in periods and bases. */
export const EN_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
