import { negate } from '../numeral';
import { readQuantity } from '../quantity';
import {
  approximationAt,
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
  m,
  numberAt,
  percentAfter,
  readBase,
  worst,
} from './context';

/** How many words of a measure may follow the noun (`the fall in exports of rice was …`). */
const MEASURE_WORDS = 4;

/** Where `the` + a change noun (+ `in`/`of` + a short measure) starting before `i` ends at `i`: its sign, or null. */
function subjectBefore(c: Cursor, i: number): { sign: 1 | -1; from: number } | null {
  const w = c.g.subjectChange;
  for (let from = i - 2; from >= 0 && from >= i - 3 - MEASURE_WORDS; from--) {
    if (!c.g.definiteArticles.has(c.tokens[from]?.forms.fold ?? '')) continue;
    const noun = m(c, from + 1, w.nouns);
    if (!noun) continue;
    if (noun.to === i) return { sign: noun.phrase.data, from };
    // (`the decline in exports was`: a measure of plain words after `in`/`of`)
    if (!w.links.has(c.tokens[noun.to]?.forms.fold ?? '')) continue;
    let plain = true;
    for (let j = noun.to + 1; j < i; j++) if (c.tokens[j]?.kind !== 'word') plain = false;
    if (plain && i > noun.to + 1) return { sign: noun.phrase.data, from };
  }
  return null;
}

/**
 * `The decrease was 9% for domestic firms`, `the decline was 3.2 percent compared with the previous
 * month`, `In 2023, the drop was 4.5% year-on-year`, `the increases were 8.9 percent …`: a change
 * noun as the subject (the grammar's `subjectChange.nouns`, with `the`), a copula, then a percentage
 * or points: the amount is the change, signed by the noun — never a ratio nor a level. Read at the
 * copula (the noun phrase stays the statement's name); constant look-back.
 * @internal
 */
export function nounSubjectChangeAt(c: Cursor, i: number): Found | null {
  const w = c.g.subjectChange;
  if (w.copulas.length === 0) return null;
  const cop = m(c, i, w.copulas);
  if (!cop) return null;
  const subject = subjectBefore(c, i);
  if (!subject) return null;
  const { at: k, approximate } = approximationAt(c, cop.to);
  const n = numberAt(c, k);
  // (`the increase was VND 5 trillion`: an absolute change, listed as unread — never the level)
  const before = n ? null : readQuantity(c.text, c.tokens, k, c.g, c.limit);
  const points = n ? m(c, k + 1, c.g.pointWords) : null;
  const pct = !n ? 0 : points ? points.to : percentAfter(c, k + 1);
  const q = pct ? null : (before ?? readQuantity(c.text, c.tokens, k, c.g, c.limit));
  if (!pct && q?.quantity && (q.quantity.unit !== undefined || q.quantity.scale !== 0)) {
    const amount = q.quantity.number;
    const base = readBase(c, q.to);
    const fig: Figure = {
      kind: 'change',
      form: 'absolute',
      amount: subject.sign < 0 ? negate(amount) : amount,
      numberAt: q.numberAt,
      q,
      base: base ?? undefined,
    };
    return { to: base?.to ?? q.to, fig, rule: `${c.g.locale}.change.noun-subject-absolute`, level: cop.level };
  }
  if (!n || !pct) return null;
  // (`the increase was 2 percentage points lower than that of the same period …`: a comparative after the
  // amount compares this change with another — its own direction, read by `change.direction-after`; round
  // 69, test53, it had been a certain rise of 2 points)
  if (m(c, pct, c.g.directionAfter)) return null;
  const base = readBase(c, pct);
  if (base?.base.kind === 'plan') return null;
  const fig: Figure = {
    kind: 'change',
    form: points ? 'points' : 'rate',
    amount: subject.sign < 0 ? negate(n) : n,
    numberAt: k,
    base: base ?? undefined,
    approximate,
  };
  return { to: base?.to ?? pct, fig, rule: `${c.g.locale}.change.noun-subject`, level: worst(cop.level, base?.level) };
}

/** The `change.noun-subject` figure rule (English). @internal */
export const nounSubjectChangeRule: FigureRule = {
  id: 'change.noun-subject',
  locales: ['en'],
  match: nounSubjectChangeAt,
};
