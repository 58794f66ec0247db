import type { Grammar } from '../grammar';
import { matchAt } from '../phrase';
import { readQuantity } from '../quantity';
import type { Token } from '../tokenize';
import { approximationAt, type Cursor, type FigureRule, type Found, isNum, isP, m } from './context';

/** How many words the counted noun phrase may hold between the number and the auxiliary (`new FDI projects`). */
const NOUN_WORDS = 4;

/** A whole number as English prints a count (`64,758`, `1200`): no decimal point. */
const WHOLE = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/u;

/** Clause breaks after which a bare count may stand alone as the subject (`Among them, 64,758 were …`). */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '(', '–', '—']);

/** True when the count at `k` opens its clause: the sentence's first token or right after a clause break. */
function opensClause(c: Cursor, k: number): boolean {
  const prev = c.tokens[k - 1];
  return prev === undefined || (prev.kind === 'punct' && CLAUSE_BREAKS.has(prev.text));
}

/** True when an abbreviation in brackets — `(`, one word, `)` — stands at `j` (`(CBU)`, `(SMEs)`). */
function abbreviationAt(c: Cursor, j: number): boolean {
  const t = c.tokens;
  return t[j]?.kind === 'punct' && t[j]?.text === '(' && t[j + 1]?.kind === 'word' && isP(t[j + 2], ')');
}

/** True when the number at `k` follows a capitalised word that itself follows a word (`Thu Thiem 2`, `the Line 1`). */
function nameNumberAt(c: Cursor, k: number): boolean {
  const name = c.tokens[k - 1];
  if (name?.kind !== 'word' || name.gap === '' || c.tokens[k]?.gap === '') return false;
  const ch = name.text.charAt(0);
  return ch !== ch.toLowerCase() && c.tokens[k - 2]?.kind === 'word';
}

/** True when token `k` is a past participle: a word in `-ed`, or one of the grammar's irregular ones. */
function participleAt(c: Cursor, k: number): boolean {
  const t = c.tokens[k];
  if (t?.kind !== 'word') return false;
  const w = t.forms.fold;
  return (w.length > 3 && w.endsWith('ed')) || c.g.irregularParticiples.has(w);
}

/**
 * `while 17,400 new jobs were created during the period`, `some 1,250 households have been
 * supported`, `2,300 violations were handled`, `Among them, 64,758 were newly established`: a bare
 * number (no unit, no scale), a counted noun phrase of a few words (none when a whole number opens
 * its clause), a past auxiliary, maybe one adverb in `-ly`, and a participle — the count of that noun, a figure of
 * its own (a bare number is otherwise read only after a verb or with a measure word). A year
 * (`In 2020 jobs were …`) or a time noun (`12 months were …`) is no count; a present auxiliary
 * (`are expected`) is left to the other rules.
 * @internal
 */
export function passiveCountAt(c: Cursor, i: number): Found | null {
  const { at: k, approximate, approx } = approximationAt(c, i);
  const t = c.tokens[k];
  if (!isNum(t) || /^(1[89]|20)\d\d$/u.test(t.text)) return null;
  // (`of the Thu Thiem 2 bridge has been completed`, `Line 1 trains were …`: a number after a
  // capitalised word that follows another word is a name's number, no count; R26EN)
  if (!approx && nameNumberAt(c, k)) return null;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.numberAt !== k || q.quantity.unit !== undefined || q.quantity.scale !== 0) return null;
  let j = q.to;
  let words = 0;
  for (; words < NOUN_WORDS && j < c.limit; words++, j++) {
    // (`120,609 completely built up (CBU) cars were sold`: an abbreviation in brackets is read past)
    if (words > 0 && abbreviationAt(c, j)) j += 3;
    if (m(c, j, c.g.passiveAuxiliaries)) break;
    if (words > 0 && perfectAt(c, j)) return perfectCount(c, q, approximate, j);
    // `20,280 traffic accidents happened in …`, `some 140 fires broke out`: a verb of occurrence
    // after the counted noun (grammar `occurrenceVerbs`) — the count of the events.
    if (words > 0 && c.g.occurrenceVerbs && m(c, j, c.g.occurrenceVerbs))
      return {
        to: q.to,
        fig: { kind: 'value', q, count: true, approximate, average: false },
        rule: `${c.g.locale}.value.occurrence-count`,
        level: 'exact',
      };
    const w = c.tokens[j];
    if (w?.kind !== 'word' || m(c, j, c.g.timeWords)) return null;
  }
  // No noun at all (`Among those businesses, 64,758 were newly established`): only a whole number
  // that opens its clause is the subject of the auxiliary (never `the rate, 6.5 were …`).
  const bare = words === 0 && WHOLE.test(t.text) && opensClause(c, approx && approximate ? approx.from : k);
  const aux = words > 0 || bare ? m(c, j, c.g.passiveAuxiliaries) : null;
  if (!aux) return futureCountAt(c, q, approximate, approx ? approx.from : k);
  // One adverb in `-ly` may stand before the participle (`were newly established`, `were officially licensed`).
  const adverb = c.tokens[aux.to];
  const at =
    adverb?.kind === 'word' && adverb.forms.fold.length > 4 && adverb.forms.fold.endsWith('ly') ? aux.to + 1 : aux.to;
  if (!participleAt(c, at)) return null;
  return {
    to: q.to,
    fig: { kind: 'value', q, count: true, approximate, average: false },
    rule: `${c.g.locale}.value.passive-count`,
    level: aux.level,
  };
}

/** The perfect auxiliary (`have`, `has`, `had`) at `j` with a participle right after it, or null. */
function perfectAt(c: Cursor, j: number): { to: number; level: Found['level'] } | null {
  const aux = c.g.perfectAuxiliaries ? m(c, j, c.g.perfectAuxiliaries) : null;
  if (!aux || m(c, j, c.g.passiveAuxiliaries)) return null;
  return participleAt(c, aux.to) ? { to: aux.to, level: aux.level } : null;
}

/**
 * `over 886,000 students have registered for the exam`, `some 12,000 guest workers have returned
 * home`: a bare count, its noun (a word or more) and the perfect of an intransitive verb — the count
 * of the noun that did it. A number right after the participle (`3 provinces have reported 1,200
 * cases`) makes the count a description of the subject, and the object the figure: no reading.
 */
function perfectCount(
  c: Cursor,
  q: NonNullable<ReturnType<typeof readQuantity>>,
  approximate: 'about' | 'over' | 'under' | undefined,
  j: number,
): Found | null {
  const aux = perfectAt(c, j);
  if (!aux) return null;
  const after = aux.to + 1;
  if (isNum(c.tokens[after]) || m(c, after, c.g.approximate) || m(c, after, c.g.currencyBefore)) return null;
  return {
    to: q.to,
    fig: { kind: 'value', q, count: true, approximate, average: false },
    rule: `${c.g.locale}.value.perfect-count`,
    level: aux.level,
  };
}

/** How many tokens the subject's noun phrase may hold before a future auxiliary (`sqm NLA from Gia Lam’s Techno Park Tower`). */
const SUBJECT_TOKENS = 9;

/**
 * The future auxiliary (a goal or forecast marker of the grammar led by `will`, a modal or `is`/`are`
 * + participle + `to`: `will`, `will be`, `are expected to`, `are set to`, `is scheduled to`) at `j`,
 * or null.
 * @internal
 */
export function futureAuxAt(
  tokens: readonly Token[],
  g: Grammar,
  j: number,
  limit = tokens.length,
): { to: number; level: Found['level'] } | null {
  const marker = matchAt(tokens, j, g.targetMarkers, limit);
  if (!marker) return null;
  const words = marker.phrase.text.toLowerCase().split(' ');
  const first = words[0] ?? '';
  if (!g.futureAuxiliaryFirsts?.has(first)) return null;
  if (g.futureCopulas?.has(first) && words[words.length - 1] !== 'to') return null;
  return { to: marker.to, level: marker.level };
}

/**
 * `Some 3,000 new rooms will enter the market in 2025`, `Around 117,000 sqm NLA from the Tower
 * will come online in 2H21`, `…, while 29 more products are scheduled to be launched by year-end`:
 * a bare count that OPENS its clause (the sentence's start, a clause break, `while`), its noun
 * phrase (a few words, a possessive) and a future auxiliary before a verb — the count the future
 * is about (`frame.ts` makes it a target). A count after a preposition or an article (`exports to
 * the 27 EU countries will rise`) is no subject of its own and is left alone.
 */
function futureCountAt(
  c: Cursor,
  q: NonNullable<ReturnType<typeof readQuantity>>,
  approximate: 'about' | 'over' | 'under' | undefined,
  start: number,
): Found | null {
  if (c.g.locale !== 'en') return null;
  const prev = c.tokens[start - 1];
  const opens =
    opensClause(c, start) ||
    (prev?.kind === 'word' && c.g.clauseOpeners?.has(prev.forms.fold) === true && opensClause(c, start - 1));
  if (!opens) return null;
  let j = q.to;
  let words = 0;
  for (let n = 0; n < SUBJECT_TOKENS && j < c.limit; n++, j++) {
    const w = c.tokens[j];
    if (words > 0 && futureAuxAt(c.tokens, c.g, j, c.limit)) break;
    // (a possessive's apostrophe: `Gia Lam’s`)
    if (w?.kind === 'punct' && (w.text === '’' || w.text === "'") && w.gap === '' && words > 0) continue;
    if (w?.kind !== 'word' || m(c, j, c.g.timeWords) || m(c, j, c.g.joiners)) return null;
    words++;
  }
  const aux = words > 0 ? futureAuxAt(c.tokens, c.g, j, c.limit) : null;
  if (!aux || c.tokens[aux.to]?.kind !== 'word') return null;
  return {
    to: q.to,
    fig: { kind: 'value', q, count: true, approximate, average: false },
    rule: `${c.g.locale}.value.future-count`,
    level: aux.level,
  };
}

/** The `en-value.passive-count` figure rule. @internal */
export const passiveCountRule: FigureRule = {
  id: 'en-value.passive-count',
  locales: ['en'],
  match: passiveCountAt,
  reach: 16,
};
