import type { Grammar } from '../grammar';
import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Token } from '../tokenize';

/** The folded text of the word at `j`, or '' for any other token. */
function wordFold(c: Reader, j: number): string {
  const t = c.tokens[j];
  return t?.kind === 'word' ? t.forms.fold : '';
}

/** What the stand-in reader needs of a rule's cursor (its tokens, grammar and sentence end). */
interface Reader {
  readonly tokens: readonly Token[];
  readonly g: Grammar;
  readonly limit: number;
}

/**
 * `than the number recorded during the same period last year`, `over the level posted a year
 * earlier`, `from the figures registered in 2019`, `against those reported in June`: a noun phrase
 * standing for the compared figure between a compare word and its period. Read structurally (the
 * grammar's `baseStandIns`): an optional `the`/`that`/`those` (`standInDeterminers`), a figure noun
 * (or a demonstrative alone: `baseDemonstratives`), an optional participle (after `that were`,
 * `which was`: `relatives`), an optional preposition — at least the noun or the participle. With
 * `relativeOnly` (after `of`), only a noun with its relative clause stands in.
 * The period after it is read by the caller as usual, so nothing is read when none follows (`up 5%
 * over the number of projects` names no period). Constant time. Returns where the period may
 * start, or null.
 * @internal
 */
export function afterBaseStandIn(c: Reader, k: number, relativeOnly = false): number | null {
  const w = c.g.baseStandIns;
  if (w.nouns.size === 0) return null;
  const fold = (j: number): string => wordFold(c, j);
  const word = (x: number): boolean => c.tokens[x]?.kind === 'word' && c.tokens[x]?.gap !== '';
  let j = k;
  const lead = fold(j);
  const demonstrative = c.g.baseDemonstratives.has(lead);
  if (demonstrative || c.g.standInDeterminers?.has(lead)) j++;
  let noun = w.nouns.has(fold(j)) && !demonstrative;
  // (`up 0.6% from strong March sales a year ago`, `from the level a year ago`: a short noun phrase ending
  // on the measure's noun — one written earlier, or a stand-in noun — right before a relative base;
  // round 61, the rise had no base)
  const beforeBase = demonstrative || relativeOnly ? null : nounBeforeBaseEnd(c, j);
  if (beforeBase !== null) return beforeBase;
  // (`31.7 percent more than gross gaming revenues in October 2012`: a stand-in noun after one or two
  // modifiers, before its preposition; round 55)
  // (only right after `than`, with no determiner, and modifiers of no time: `the previous year's figure
  // of`, `April's shipment of` are bases and levels read elsewhere; `plans to earn US$45.5 billion from
  // budget revenue in 2025` names the source, no base)
  const plain = (x: number): boolean =>
    word(x) && !/['’]/u.test(c.tokens[x]?.text ?? '') && !matchAt(c.tokens, x, c.g.bases);
  if (
    !noun &&
    !demonstrative &&
    j === k &&
    c.tokens[k - 1]?.forms.fold === 'than' &&
    !matchPeriod(c.tokens, j, c.g.locale)
  )
    for (const n of [1, 2])
      if (plain(j) && plain(j + n - 1) && w.nouns.has(fold(j + n)) && w.preps.has(fold(j + n + 1))) {
        noun = true;
        j += n;
        break;
      }
  // (`an increase of 399 (3.5 per cent) compared to visitor arrivals October 2013`: after `compared
  // to`, up to three words the sentence has already written before — the measure's own name repeated —
  // and a period right after them, or after a preposition; round 59)
  if (!noun && !demonstrative && j === k && c.g.compareRepeatLinks?.has(fold(k - 1))) {
    const repeated = repeatedNameEnd(c, k);
    if (repeated !== null) return repeated;
  }
  // (`than the profit achieved in the same period`, `from the credit balance recorded in 2022`: after
  // a determiner, the measure's own noun of one or two words before a participle stands in too;
  // `compared to revenue collected in …`: with no determiner, one noun — round 46)
  if (!noun && !demonstrative) {
    const participleAt = (x: number): boolean => w.participles.has(fold(x)) || relativeAt(x);
    const relativeAt = (x: number): boolean =>
      !!w.relatives?.has(fold(x)) && !!w.relativeAuxiliaries?.has(fold(x + 1)) && w.participles.has(fold(x + 2));
    if (word(j) && participleAt(j + 1)) {
      noun = true;
    } else if (j > k && word(j) && word(j + 1) && participleAt(j + 2)) {
      noun = true;
      j++;
    }
  }
  if (noun) j++;
  // (`of the collections that were recorded during …`: a relative pronoun and its auxiliary before
  // the participle, grammar `relatives`)
  const relative =
    noun && !!w.relatives?.has(fold(j)) && !!w.relativeAuxiliaries?.has(fold(j + 1)) && w.participles.has(fold(j + 2));
  if (relative) j += 2;
  const participle = w.participles.has(fold(j));
  if (participle) j++;
  if (!noun && !participle) return null;
  // (after `of`, only a figure a relative clause says was recorded stands in for a base: `26 percent
  // of the total in 2022`, `26 percent of the total recorded in 2022` are shares)
  if (relativeOnly && !relative) return null;
  // (a noun alone needs its preposition: `than the number in 2022`; `the number of` + a period only)
  if (w.preps.has(fold(j))) j++;
  else if (!participle) return null;
  return j > k && j < c.limit ? j : null;
}

/** How many words a noun phrase standing for the compared figure may hold before a relative base. */
const BEFORE_BASE_WORDS = 3;

/**
 * The token where a relative base (grammar `bases`: `a year ago`, `last year`) starts right after one
 * to {@link BEFORE_BASE_WORDS} plain words at `k` (no number, no possessive, no period) whose last is a
 * stand-in noun or a word the sentence wrote within {@link REPEATED_BACK} tokens before — the measure's
 * own noun (`strong March sales`, `the level`); else null. Constant time.
 */
function nounBeforeBaseEnd(c: Reader, k: number): number | null {
  const fold = (j: number): string => wordFold(c, j);
  const plain = (x: number): boolean =>
    c.tokens[x]?.kind === 'word' &&
    !/['’]/u.test(c.tokens[x]?.text ?? '') &&
    !matchAt(c.tokens, x, c.g.bases) &&
    !matchPeriod(c.tokens, x, c.g.locale)?.id;
  const seen = (x: number): boolean => {
    const f = fold(x);
    if (f.length < 3) return false;
    for (let b = Math.max(0, k - REPEATED_BACK); b < k - 1; b++) if (fold(b) === f) return true;
    return false;
  };
  for (let n = 1; n <= BEFORE_BASE_WORDS && k + n < c.limit; n++) {
    if (!plain(k + n - 1) && !(n > 1 && c.tokens[k + n - 1]?.kind === 'word')) return null;
    const base = matchAt(c.tokens, k + n, c.g.bases);
    if (!base || base.phrase.data.kind === 'plan') continue;
    const last = k + n - 1;
    return c.g.baseStandIns.nouns.has(fold(last)) || seen(last) ? k + n : null;
  }
  return null;
}

/** How many words of the measure's name may be repeated after a compare word; how far back they are looked for. */
const REPEATED_WORDS = 3;
const REPEATED_BACK = 40;

/**
 * The token where a period starts after one to {@link REPEATED_WORDS} plain words at `k` that all stand
 * earlier in the text (at most {@link REPEATED_BACK} tokens back) — a repeated name, `visitor arrivals`
 * — with the period right after them or after one of the stand-ins' prepositions; else null. Constant time.
 */
function repeatedNameEnd(c: Reader, k: number): number | null {
  const fold = (j: number): string => wordFold(c, j);
  const seen = (x: number): boolean => {
    const f = fold(x);
    if (f.length < 3) return false;
    for (let b = Math.max(0, k - REPEATED_BACK); b < k - 1; b++) if (fold(b) === f) return true;
    return false;
  };
  for (let n = 1; n <= REPEATED_WORDS; n++) {
    if (!seen(k + n - 1) || matchPeriod(c.tokens, k + n - 1, c.g.locale)) return null;
    const at = c.g.baseStandIns.preps.has(fold(k + n)) ? k + n + 1 : k + n;
    const p = matchPeriod(c.tokens, at, c.g.locale);
    if (p && p.id !== undefined && at < c.limit) return at;
  }
  return null;
}
