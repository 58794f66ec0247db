import { matchWord } from './fold';
import { type Token, tokenize } from './tokenize';
import type { MatchLevel } from './types';

/** A keyword phrase, tokenized once: `kế hoạch giao`, `so với cùng kỳ`, `tờ, cuốn`. */
export interface Phrase<T = undefined> {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly words: number;
  readonly data: T;
}

/** A phrase found in the text: tokens `[from, to)` and the loosest word match. */
export interface PhraseMatch<T = undefined> {
  readonly phrase: Phrase<T>;
  readonly from: number;
  readonly to: number;
  readonly level: MatchLevel;
}

const RANK: Record<MatchLevel, number> = { exact: 0, variant: 1, 'no-diacritics': 2, typo: 3 };
const worse = (a: MatchLevel, b: MatchLevel): MatchLevel => (RANK[a] >= RANK[b] ? a : b);

/** Compiles a list of phrases; longer phrases are tried first so `kế hoạch giao` beats `kế hoạch`. */
export function phrases<T>(entries: ReadonlyArray<readonly [string, T]>): Phrase<T>[] {
  return entries
    .map(([text, data]) => {
      const tokens = tokenize(text);
      return { text, tokens, words: tokens.filter((t) => t.kind === 'word').length, data };
    })
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Compiles phrases that carry no data. */
export const words = (list: readonly string[]): Phrase[] => phrases(list.map((t) => [t, undefined] as const));

/**
 * The longest phrase that starts at token `i` (and ends before `limit`), or null. A typo is
 * forgiven in one word of 4+ letters, only when the phrase has at least two words and the
 * others matched without one.
 */
export function matchAt<T>(
  tokens: readonly Token[],
  i: number,
  list: readonly Phrase<T>[],
  limit = tokens.length,
): PhraseMatch<T> | null {
  let best: PhraseMatch<T> | null = null;
  for (const phrase of list) {
    if (best && phrase.tokens.length <= best.to - best.from) break;
    const n = phrase.tokens.length;
    if (i + n > limit) continue;
    let level: MatchLevel = 'exact';
    let typos = 0;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const want = phrase.tokens[k] as Token;
      const got = tokens[i + k] as Token;
      if (want.kind !== got.kind) ok = false;
      else if (want.kind !== 'word') ok = want.text === got.text;
      else {
        const m = matchWord(got.forms, want.forms, phrase.words >= 2 && typos === 0);
        if (m === null) ok = false;
        else {
          if (m === 'typo') typos++;
          level = worse(level, m);
        }
      }
    }
    if (ok && !(typos > 0 && phrase.words - typos < 1)) {
      if (!best || n > best.to - best.from) best = { phrase, from: i, to: i + n, level };
    }
  }
  return best;
}

/** The first phrase of `list` found anywhere in tokens `[from, to)`. */
export function findIn<T>(
  tokens: readonly Token[],
  from: number,
  to: number,
  list: readonly Phrase<T>[],
): PhraseMatch<T> | null {
  for (let i = from; i < to; i++) {
    const m = matchAt(tokens, i, list, to);
    if (m) return m;
  }
  return null;
}
