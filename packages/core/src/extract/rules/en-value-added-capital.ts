import { type Cursor, type FigureRule, type Found, isNum, m } from './context';
import { valueAt } from './value';

/** How many tokens the verb's object may hold between the verb and `by` (`their total registered capital`). */
const OBJECT_TOKENS = 6;

/** The currency codes of a grammar (the codes its currency words stand for), computed once. */
const CURRENCIES = new WeakMap<Cursor['g'], ReadonlySet<string>>();
function currencies(c: Cursor): ReadonlySet<string> {
  let set = CURRENCIES.get(c.g);
  if (!set) {
    set = new Set(c.g.currencyBefore.map((p) => p.data));
    CURRENCIES.set(c.g, set);
  }
  return set;
}

/**
 * `4,500 businesses increased their capital by 279 trillion VND`, `32,600 enterprises registered to
 * increase their capital by more than 2,298 trillion VND in total`, `investors raised their
 * investment by US$1.2 billion`: a verb of increase whose object is a noun of capital, then `by`
 * and an amount of money — the capital ADDED, a level of its own (the English of `vốn tăng thêm`),
 * not an absolute change of the subject (which the change rule would leave unread). Read at `by` as
 * a value with its bound. Left to the other rules: a percentage (`raised its capital by 20 percent`:
 * a rate), an amount followed by the level it reached (`increased its capital by VND 5 trillion to
 * VND 30 trillion`: the amount is a change), a verb of decrease, an object with no capital noun.
 * @internal
 */
export function addedCapitalEnAt(c: Cursor, i: number): Found | null {
  return addedToCapitalAt(c, i) ?? capitalByAt(c, i);
}

/** How many words may stand between `to` and the capital noun (`to their registered capital`). */
const OWNER_WORDS = 2;

/**
 * `registered to add about VND 1.73 quadrillion to their capital`, `injected US$500 million to its
 * charter capital`: a verb of adding, an amount of money, `to` and a noun of capital a word or
 * two on — the added capital, read at the verb as a value with its bound.
 */
function addedToCapitalAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.addedWords);
  if (!verb) return null;
  const value = valueAt(c, verb.to);
  if (value?.fig.kind !== 'value' || !money(c, value)) return null;
  const to = m(c, value.to, c.g.toWords);
  if (!to) return null;
  for (let j = to.to; j <= to.to + OWNER_WORDS && j < c.limit; j++) {
    if (c.tokens[j]?.kind !== 'word') return null;
    if (m(c, j, c.g.capitalNouns)) return { ...value, rule: 'en.value.added-capital' };
  }
  return null;
}

/** True when a value is an amount of money (its unit one of the grammar's currencies). */
function money(c: Cursor, value: Found): boolean {
  const unit = value.fig.kind === 'value' ? value.fig.q.quantity?.unitCode : undefined;
  return unit !== undefined && currencies(c).has(unit);
}

/** `increased their capital by 279 trillion VND`: see {@link addedCapitalEnAt}. */
function capitalByAt(c: Cursor, i: number): Found | null {
  const t = c.tokens[i];
  if (t?.kind !== 'word' || !c.g.transitiveChangeBy.has(t.forms.fold)) return null;
  let capital = false;
  let verb = false;
  for (let j = i - 1, n = 0; j >= 0 && n <= OBJECT_TOKENS; j--, n++) {
    const w = c.tokens[j];
    if (w?.kind !== 'word') return null;
    const hit = m(c, j, c.g.transitiveChangeVerbs);
    if (hit && hit.to <= i) {
      verb = hit.phrase.data === 1 && hit.to < i;
      break;
    }
    if (m(c, j, c.g.capitalNouns)) capital = true;
  }
  if (!verb || !capital) return null;
  const value = valueAt(c, i + 1);
  if (value?.fig.kind !== 'value' || !money(c, value)) return null;
  // `… by VND 5 trillion to VND 30 trillion`: the amount is the change, the level comes after `to`.
  const to = m(c, value.to, c.g.toWords);
  if (to && (isNum(c.tokens[to.to]) || m(c, to.to, c.g.currencyBefore) || m(c, to.to, c.g.approximate))) return null;
  return { ...value, rule: 'en.value.added-capital' };
}

/** The `en-value.added-capital` figure rule; see {@link addedCapitalEnAt}. @internal */
export const addedCapitalEnRule: FigureRule = {
  id: 'en-value.added-capital',
  locales: ['en'],
  match: addedCapitalEnAt,
  reach: 24,
};
