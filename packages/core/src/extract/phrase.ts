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
  const list = entries
    .map(([text, data]) => {
      const tokens = tokenize(text);
      return { text, tokens, words: tokens.filter((t) => t.kind === 'word').length, data };
    })
    .sort((a, b) => b.tokens.length - a.tokens.length);
  indexOf(list as readonly Phrase<unknown>[]);
  return list;
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
  const at = tokens[i];
  if (!at || i >= limit) return null;
  // Most words start no phrase of this list: the word's cached entry answers with one bit per
  // list (never a look into the list's maps), for the word here and for the next one.
  const next = tokens[i + 1];
  const ea = entryOf(at);
  const eb = next && at.kind === 'word' ? entryOf(next) : null;
  if ((ea === null && eb === null) || list.length === 0) return null;
  const ix = indexOf(list as readonly Phrase<unknown>[]);
  const id = ix.id;
  const inFirst = ea !== null && hasBit(FIRST_BITS, ea.at, id);
  const inSecond = eb !== null && hasBit(SECOND_BITS, eb.at, id);
  if (!inFirst && !inSecond) return null;
  const a = inFirst ? (ix.first.get(keyOf(at)) as Bucket) : undefined;
  const b = inSecond ? (ix.second.get(keyOf(next as Token)) as Bucket) : undefined;
  // (a large bucket is narrowed by the text's tokens after the one it is keyed by: see `Narrowed`)
  const one = a
    ? tryAll(tokens, i, (a.length < NARROW_MIN ? a : candidates(a, tokens, i, 1, 0)) as Phrase<T>[], limit)
    : null;
  const two = b
    ? tryAll(tokens, i, (b.length < NARROW_MIN ? b : candidates(b, tokens, i, 0, 1)) as Phrase<T>[], limit)
    : null;
  if (!one) return two;
  if (!two) return one;
  const n1 = one.to - one.from;
  const n2 = two.to - two.from;
  return n2 > n1 ||
    (n2 === n1 &&
      (ix.order.get(two.phrase as Phrase<unknown>) ?? 0) < (ix.order.get(one.phrase as Phrase<unknown>) ?? 0))
    ? two
    : one;
}

/** A bucket of an index (phrases sharing their first or their second key), in the list's order. */
type Bucket = Phrase<unknown>[] & { [NARROWED]?: Narrowed | null };

/** Buckets shorter than this are tried whole (narrowing would cost more than it saves). */
const NARROW_MIN = 8;

const NARROWED = Symbol('narrowed bucket');

/**
 * A large bucket split by one of its phrases' tokens (`at`: the second for a bucket of first keys,
 * then the third, …; the first for a bucket of second keys, then the third, …): for a probe
 * token, the bucket's phrases that could match it there, in the bucket's order — so `tryAll`, which
 * takes the first match of a bucket sorted longest first, finds the same phrase while trying only
 * those (`the` starts ~380 base phrases, `the same` ~190 of them; `by` ends ~150 change verbs). A
 * phrase's word matches a text word only with the same key (exact, variant or unmarked forms) or as
 * a typo, which needs a keyword of 5+ letters and a word within one letter of its length; a number
 * or a mark matches by text alone. Built once per list on its first large look; its lists per key
 * are the bucket's own keys (the grammar's vocabulary, never the text's), each narrowed in turn at
 * the next token when it is still large.
 */
interface Narrowed {
  /** Which of the phrases' tokens the probe is matched against. */
  readonly at: number;
  /** Phrases that end before `at`: tried whatever the probe. */
  readonly singles: Bucket;
  /** Probe word keys the phrases have at `at`: the phrases that may match such a word. */
  readonly byKey: Map<string, Bucket>;
  /** Probe marks and numbers by text: the phrases that may match them. */
  readonly byText: Map<string, Bucket>;
  /** Probe words of another key, by their folded length: the phrases that may take them as a typo. */
  readonly byLength: (Bucket | undefined)[];
}

/**
 * The phrases of `bucket` that may match at token `i`, narrowed token by token from token `at`
 * (`skip`: the token the bucket is keyed by, never looked at again) while the list is large.
 */
function candidates(
  bucket: Bucket,
  tokens: readonly Token[],
  i: number,
  from: number,
  skip: number,
): readonly Phrase<unknown>[] {
  let list = bucket;
  let at = from;
  while (list.length >= NARROW_MIN && at < (list[0] as Phrase<unknown>).tokens.length) {
    let n = list[NARROWED];
    if (n === undefined) n = narrow(list, at);
    if (n === null) return list;
    list = pick(list, n, tokens[i + at]);
    at++;
    if (at === skip) at++;
  }
  return list;
}

/** The phrases of the narrowed `bucket` that may match `probe` (undefined: the text ends before it). */
function pick(bucket: Bucket, n: Narrowed, probe: Token | undefined): Bucket {
  if (probe === undefined) return n.singles;
  if (probe.kind !== 'word') return n.byText.get(probe.text) ?? n.singles;
  const keyed = n.byKey.get(probe.forms.key);
  if (keyed !== undefined) return keyed;
  const length = probe.forms.fold.length;
  if (length >= n.byLength.length) return n.singles;
  return n.byLength[length] ?? byLength(bucket, n, length);
}

/**
 * Whether phrase `p` may match with `probe` as its token `at` (false only when `matchPhrase`
 * would surely fail there).
 */
function mayMatch(p: Phrase<unknown>, at: number, probe: Token): boolean {
  if (p.tokens.length <= at) return true;
  const want = p.tokens[at] as Token;
  if (want.kind !== probe.kind) return false;
  if (want.kind !== 'word') return want.text === probe.text;
  if (want.forms.key === probe.forms.key) return true;
  return typoAble(p, at) && Math.abs(probe.forms.fold.length - want.forms.fold.length) <= 1;
}

/** Whether token `at` of `p` may match a word as a typo (`matchWord`: a phrase of 2+ words, a keyword of 5+ letters). */
const typoAble = (p: Phrase<unknown>, at: number): boolean =>
  p.words >= 2 && (p.tokens[at] as Token).kind === 'word' && (p.tokens[at] as Token).forms.fold.length >= 5;

function narrow(bucket: Bucket, at: number): Narrowed | null {
  // `tryAll` takes the first match only when the bucket runs longest first (compiled lists do)
  let sorted = true;
  for (let k = 1; k < bucket.length; k++)
    if ((bucket[k] as Phrase<unknown>).tokens.length > (bucket[k - 1] as Phrase<unknown>).tokens.length) sorted = false;
  if (!sorted) {
    Object.defineProperty(bucket, NARROWED, { value: null, enumerable: false });
    return null;
  }
  const singles = bucket.filter((p) => p.tokens.length <= at);
  const byKey = new Map<string, Bucket>();
  const byText = new Map<string, Bucket>();
  let longest = 0;
  for (const p of bucket) {
    const want = p.tokens[at];
    if (!want) continue;
    if (want.kind !== 'word') {
      // (by text alone: a probe of the other kind with this text gets a few phrases more, never fewer)
      const text = want.text;
      if (!byText.has(text))
        byText.set(
          text,
          bucket.filter(
            (q) =>
              q.tokens.length <= at ||
              ((q.tokens[at] as Token).kind !== 'word' && (q.tokens[at] as Token).text === text),
          ),
        );
      continue;
    }
    if (!byKey.has(want.forms.key))
      byKey.set(
        want.forms.key,
        bucket.filter((q) => mayMatch(q, at, want)),
      );
    if (typoAble(p, at) && want.forms.fold.length > longest) longest = want.forms.fold.length;
  }
  const n: Narrowed = { at, singles, byKey, byText, byLength: new Array(longest > 0 ? longest + 2 : 0) };
  Object.defineProperty(bucket, NARROWED, { value: n, enumerable: false });
  return n;
}

/** The phrases of `bucket` that may take a word of another key, `length` letters long, as a typo (made once per length). */
function byLength(bucket: Bucket, n: Narrowed, length: number): Bucket {
  const list = bucket.filter(
    (p) =>
      p.tokens.length <= n.at ||
      (typoAble(p, n.at) && Math.abs(length - (p.tokens[n.at] as Token).forms.fold.length) <= 1),
  );
  n.byLength[length] = list;
  return list;
}

/** The longest phrase of `candidates` (longest first) that matches at token `i`. */
function tryAll<T>(
  tokens: readonly Token[],
  i: number,
  candidates: readonly Phrase<T>[],
  limit: number,
): PhraseMatch<T> | null {
  let best: PhraseMatch<T> | null = null;
  for (const phrase of candidates) {
    if (best && phrase.tokens.length <= best.to - best.from) break;
    const m = matchPhrase(tokens, i, phrase, limit);
    if (m && (!best || m.to - m.from > best.to - best.from)) best = m;
  }
  return best;
}

/** One phrase at token `i`, or null (no index: for a phrase tried on its own). */
export function matchPhrase<T>(
  tokens: readonly Token[],
  i: number,
  phrase: Phrase<T>,
  limit = tokens.length,
): PhraseMatch<T> | null {
  const n = phrase.tokens.length;
  if (i + n > limit) return null;
  let level: MatchLevel = 'exact';
  let typos = 0;
  let bare = false;
  let marked = false;
  for (let k = 0; k < n; k++) {
    const want = phrase.tokens[k] as Token;
    const got = tokens[i + k] as Token;
    if (want.kind !== got.kind) return null;
    if (want.kind !== 'word') {
      if (want.text !== got.text) return null;
      continue;
    }
    const m = matchWord(got.forms, want.forms, phrase.words >= 2 && typos === 0);
    if (m === null) return null;
    if (m === 'typo') {
      typos++;
      marked ||= !got.forms.bare;
    }
    if (m === 'no-diacritics') bare = true;
    level = worse(level, m);
  }
  if (typos > 0 && phrase.words - typos < 1) return null;
  // `suy dinh dưỡng` is no `định hướng`: a word read without its marks beside a typo written WITH
  // marks is two slips in one phrase of a text that writes its marks — a different phrase.
  if (bare && marked) return null;
  // `công nghiệp da giày` is no `đã`, `Việt Nam` no `năm`: a word without marks between words
  // written WITH marks is a word of its own (a text that writes its marks writes them here too);
  // a text without marks (`tong thu ngan sach da dat`) has bare words around it.
  if (bare && (markedWord(tokens[i - 1]) || markedWord(tokens[i + n]))) return null;
  return { phrase, from: i, to: i + n, level };
}

/** True when the token is a word written with a Vietnamese mark (`giày`, `Việt`). */
const markedWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && !t.forms.bare;

/** The key a token is indexed under: its folded letters (`y` as `i`) or its text. */
const keyOf = (t: Token): string => (t.kind === 'word' ? t.forms.key : t.text);

interface PhraseIndex {
  /** The list's number: its bit in every key's {@link KeyEntry}. */
  readonly id: number;
  /** Phrases by the key of their first token. */
  readonly first: Map<string, Phrase<unknown>[]>;
  /** Multi-word phrases by the key of their second token (a typo may be in the first word). */
  readonly second: Map<string, Phrase<unknown>[]>;
  readonly order: Map<Phrase<unknown>, number>;
}

/**
 * A key of some compiled phrase: where its bits start in {@link FIRST_BITS} and {@link SECOND_BITS}
 * (one bit per list number: the lists whose phrases start with the key, or have it second).
 * Entries exist only for keys of compiled phrases (the grammars' vocabulary, never the text's).
 */
interface KeyEntry {
  at: number;
}

const KEYS = new Map<string, KeyEntry>();
/** 32-bit words of bits per key (one bit per compiled list), and the next free word. */
let stride = 1;
let used = 0;
let FIRST_BITS = new Int32Array(1024);
let SECOND_BITS = new Int32Array(1024);
let lists = 0;
/** Bumped whenever a compiled list adds a key: a word cached as starting nothing is looked at again. */
let vocabStamp = 0;

const hasBit = (bits: Int32Array, at: number, id: number): boolean =>
  ((bits[at + (id >>> 5)] as number) & (1 << (id & 31))) !== 0;

/** Room for one more word of bits per key (a list numbered past the last word): every key's bits move. */
function widen(): void {
  const wider = stride + 1;
  let size = FIRST_BITS.length;
  while (size < used + KEYS.size) size <<= 1;
  const first = new Int32Array(size);
  const second = new Int32Array(size);
  let at = 0;
  for (const e of KEYS.values()) {
    first.set(FIRST_BITS.subarray(e.at, e.at + stride), at);
    second.set(SECOND_BITS.subarray(e.at, e.at + stride), at);
    e.at = at;
    at += wider;
  }
  FIRST_BITS = first;
  SECOND_BITS = second;
  stride = wider;
  used = at;
}

function setBit(entry: KeyEntry, bits: 'first' | 'second', id: number): void {
  const words = bits === 'first' ? FIRST_BITS : SECOND_BITS;
  const w = entry.at + (id >>> 5);
  words[w] = (words[w] as number) | (1 << (id & 31));
}

function keyEntry(key: string): KeyEntry {
  let entry = KEYS.get(key);
  if (!entry) {
    if (used + stride > FIRST_BITS.length) {
      const first = new Int32Array(FIRST_BITS.length << 1);
      first.set(FIRST_BITS);
      FIRST_BITS = first;
      const second = new Int32Array(SECOND_BITS.length << 1);
      second.set(SECOND_BITS);
      SECOND_BITS = second;
    }
    entry = { at: used };
    used += stride;
    KEYS.set(key, entry);
    vocabStamp++;
  }
  return entry;
}

/** The entry of token `t`'s key (null: no compiled phrase has it first or second), cached per word. */
function entryOf(t: Token): KeyEntry | null {
  const forms = t.forms;
  const cached = forms.vocab;
  // (an entry never goes away; a word with none is looked at again when a list adds a key)
  if (typeof cached === 'object') return cached as KeyEntry;
  if (cached === vocabStamp) return null;
  const entry = KEYS.get(keyOf(t)) ?? null;
  forms.vocab = entry ?? vocabStamp;
  return entry;
}

// The index rides on the list itself (lists are compiled once, in the grammars).
const INDEX = Symbol('phrase index');
type Indexed = readonly Phrase<unknown>[] & { [INDEX]?: PhraseIndex };

/**
 * The list's index (built on its first use). Kept apart from {@link buildIndex}: a function whose
 * variables a closure captures allocates their context on every call, even one that only reads
 * the built index (that was 40 bytes per look, 265 MB per MB of English text).
 */
function indexOf(list: Indexed): PhraseIndex {
  return list[INDEX] ?? buildIndex(list);
}

function buildIndex(list: Indexed): PhraseIndex {
  const id = lists++;
  if (id >>> 5 >= stride) widen();
  const ix: PhraseIndex = { id, first: new Map(), second: new Map(), order: new Map() };
  list.forEach((p, n) => {
    ix.order.set(p, n);
    const [a, b] = p.tokens;
    if (!a) return;
    const push = (map: Map<string, Phrase<unknown>[]>, key: string): void => {
      const bucket = map.get(key);
      if (bucket) bucket.push(p);
      else map.set(key, [p]);
    };
    push(ix.first, keyOf(a));
    setBit(keyEntry(keyOf(a)), 'first', id);
    if (b && a.kind === 'word' && p.words >= 2) {
      push(ix.second, keyOf(b));
      setBit(keyEntry(keyOf(b)), 'second', id);
    }
  });
  Object.defineProperty(list, INDEX, { value: ix, enumerable: false });
  return ix;
}

const NONE: readonly never[] = [];

/**
 * Every phrase of `list` that matches at token `i` (ending before `limit`), in the list's order
 * (longest first), found through the list's index: for a caller that weighs every reading, not
 * only the longest (`so với`, `so với cùng kỳ`, …).
 */
export function matchesAt<T>(
  tokens: readonly Token[],
  i: number,
  list: readonly Phrase<T>[],
  limit = tokens.length,
): readonly PhraseMatch<T>[] {
  const at = tokens[i];
  if (!at || i >= limit || list.length === 0) return NONE;
  const ix = indexOf(list as readonly Phrase<unknown>[]);
  const next = tokens[i + 1];
  const ea = entryOf(at);
  const eb = next && at.kind === 'word' ? entryOf(next) : null;
  const a =
    ea !== null && hasBit(FIRST_BITS, ea.at, ix.id) ? (ix.first.get(keyOf(at)) as readonly Phrase<T>[]) : undefined;
  const b =
    eb !== null && hasBit(SECOND_BITS, eb.at, ix.id)
      ? (ix.second.get(keyOf(next as Token)) as readonly Phrase<T>[])
      : undefined;
  if (!a && !b) return NONE;
  const found: PhraseMatch<T>[] = [];
  for (const p of a ?? NONE) {
    const m = matchPhrase(tokens, i, p, limit);
    if (m) found.push(m);
  }
  for (const p of b ?? NONE) {
    if (a?.includes(p)) continue;
    const m = matchPhrase(tokens, i, p, limit);
    if (m) found.push(m);
  }
  if (a && b && found.length > 1) {
    const order = ix.order as Map<Phrase<T>, number>;
    found.sort((x, y) => (order.get(x.phrase) ?? 0) - (order.get(y.phrase) ?? 0));
  }
  return found;
}

/**
 * Where a phrase of `list` ending right at token `end` starts, looking at most `reach` tokens back
 * and never before `floor`: the nearest start (the shortest such phrase), or with `longest` the
 * farthest (the longest); -1 when no phrase of the list ends there. The look-behind every step uses
 * for "a word right before the figure" (`about`, `khoảng`, `to`, a currency, a verb).
 */
export function phraseEndingAt(
  tokens: readonly Token[],
  end: number,
  list: readonly Phrase<unknown>[],
  reach = 3,
  floor = 0,
  longest = false,
): number {
  const from = Math.max(floor, end - reach);
  if (longest) {
    for (let b = from; b < end; b++) if (matchAt(tokens, b, list, end)?.to === end) return b;
  } else {
    for (let b = end - 1; b >= from; b--) if (matchAt(tokens, b, list, end)?.to === end) return b;
  }
  return -1;
}

/**
 * True when a phrase of `list` ends right at token `at`, or at an earlier token with only words (at
 * most `words` of them) between its end and `at`: `as against a target`, `out of the annual target`
 * before a plan noun. Constant work.
 */
export function endsBeforeWords(
  tokens: readonly Token[],
  at: number,
  list: readonly Phrase<unknown>[],
  words: number,
): boolean {
  for (let p = at; p >= 0 && p >= at - words; p--) {
    if (phraseEndingAt(tokens, p, list) >= 0) return true;
    if (tokens[p - 1]?.kind !== 'word') return false;
  }
  return false;
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
