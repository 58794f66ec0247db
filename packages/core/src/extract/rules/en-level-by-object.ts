import { matchPeriod } from '../period-phrase';
import { changeAt } from './change';
import { type Cursor, type FigureRule, type Found, isNum, isP, m, percentAfter } from './context';

/** How many tokens the verb's object may hold between the verb and `by` (`the province’s index of industrial production`). */
const OBJECT_TOKENS = 10;

/**
 * `managed to increase shipments by 10 percent year-on-year to 1.094 billion USD`, `cut costs by
 * 5% from last year`, `raised its revenue by VND 2 trillion to VND 15 trillion`: a transitive verb
 * of change, its object (a few words, no number and no clause break), then `by` and the amount —
 * read at `by` as the change the verb states (`by 10 percent` is a rate, never a ratio), with its
 * base and the level it reached after `to`, exactly like `rose by 10 percent … to …`. The object
 * stays in the statement's name. A bare number after `by` is a date (`raise exports by 2030`):
 * nothing is read.
 * @internal
 */
export function levelByObjectAt(c: Cursor, i: number): Found | null {
  const t = c.tokens[i];
  if (t?.kind !== 'word' || !c.g.transitiveChangeBy.has(t.forms.fold)) return null;
  // walk back over the object to the verb: words, an apostrophe or a hyphen inside a word, brackets
  let verb = null;
  for (let j = i - 1, n = 0; j >= 0 && n <= OBJECT_TOKENS; j--, n++) {
    // (right before `by` the verb is no transitive one: `increased by 5%` is the change rule's)
    const hit = j < i - 1 ? m(c, j, c.g.transitiveChangeVerbs) : null;
    if (hit && hit.to === j + 1 && (hit.level === 'exact' || hit.level === 'variant')) {
      verb = hit;
      break;
    }
    const w = c.tokens[j];
    // (`has increased during 1st 10 months 2017 by 11.1%`: a period between the verb and `by` is
    // skipped whole; round 52 — the rate had been a ratio)
    if (w?.kind === 'number') {
      const from = periodOver(c, j);
      if (from === undefined) return null;
      n += j - from;
      j = from;
      continue;
    }
    if (!w || (w.kind !== 'word' && !isP(w, '’', "'", '-', '(', ')'))) return null;
    // (another verb of change in between: `increased by 5 percent, cutting costs by` is no object)
    if (m(c, j, c.g.changeVerbs)) return null;
  }
  if (!verb) return null;
  const found = changeAt(c, i, { ...verb, from: i, to: i + 1 });
  if (!found) return null;
  // (`increased its revenue by 15 percent compared to the estimate`: over a plan, a completion,
  // as `rose 15 percent compared to the estimate` is)
  if (found.fig.kind !== 'change' && found.fig.kind !== 'completion') return null;
  // a bare number with no unit after `by` is a year or a count of nothing: no change
  if (found.fig.kind === 'change' && found.fig.form === 'absolute' && !found.fig.q?.quantity?.unit) return null;
  return { ...found, rule: `${found.rule}-after-object` };
}

/** How many tokens back a period over a number may start (`during 1st 10 months 2017`). */
const PERIOD_BACK = 6;

/** The first token of a period phrase that covers the number at `j`, or undefined. */
function periodOver(c: Cursor, j: number): number | undefined {
  for (let p = Math.max(0, j - PERIOD_BACK); p <= j; p++)
    if ((matchPeriod(c.tokens, p, c.g.locale)?.to ?? 0) > j) return p;
  return undefined;
}

/** The `en-level.by-object` figure rule. @internal */
export const levelByObjectRule: FigureRule = { id: 'en-level.by-object', locales: ['en'], match: levelByObjectAt };

/** How many words the verb's object may hold right before a rate with no `by` (`lifted iron ore production`). */
const BARE_OBJECT_WORDS = 4;

/**
 * `boosted throughput 17.9 percent to 169 million TEUs`, `raised output 5 percent from a year earlier`: a
 * transitive verb of change, its object (at most {@link BARE_OBJECT_WORDS} plain words, no stop word), then
 * the rate with no `by` — read at the rate's number as the change the verb states, only when the level it
 * reached (`to …`) or a base follows (`raised wages 5 percent` alone may be a share or a level: left as it
 * was). Round 51.
 * @internal
 */
export function rateAfterObjectAt(c: Cursor, i: number): Found | null {
  if (!isNum(c.tokens[i]) || !percentAfter(c, i + 1)) return null;
  let verb = null;
  for (let j = i - 2, n = 0; j >= 0 && n < BARE_OBJECT_WORDS; j--, n++) {
    const w = c.tokens[j + 1];
    if (w?.kind !== 'word' || c.g.planPhraseStops.has(w.forms.fold) || m(c, j + 1, c.g.changeVerbs)) return null;
    const hit = m(c, j, c.g.transitiveChangeVerbs);
    if (hit && hit.to === j + 1 && (hit.level === 'exact' || hit.level === 'variant')) {
      verb = hit;
      break;
    }
  }
  if (!verb) return null;
  const found = changeAt(c, i, { ...verb, from: i, to: i });
  if (found?.fig.kind !== 'change' || found.fig.form !== 'rate') return null;
  if (!found.fig.then?.quantity && !found.fig.base) return null;
  return { ...found, rule: `${found.rule}-after-bare-object` };
}

/** The `en-level.rate-after-object` figure rule. @internal */
export const rateAfterObjectRule: FigureRule = {
  id: 'en-level.rate-after-object',
  locales: ['en'],
  match: rateAfterObjectAt,
};
