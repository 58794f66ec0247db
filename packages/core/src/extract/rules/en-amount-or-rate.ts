import { negate } from '../numeral';
import { readQuantity } from '../quantity';
import { postChangeAt } from './change-direction-after';
import {
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
  isP,
  m,
  numberAt,
  percentAfter,
  readBase,
} from './context';

/**
 * `the BIR collected Php88.76 billion in tax revenues, Php7.42 billion or 9.12% more than collections
 * made in June 2012`, `amounted to Php38.54 Billion, PhP12.15 Billion or 46.06% more than …`: after
 * a comma, an amount of money or a measure (a scale, a unit or a currency) restated at once by `or`
 * (grammar `restateWords`) or in a bracket (`$252 million (11.5 percent) more than forecast`, round
 * 50) and a percentage with its direction after it (`more than`, `higher than`,
 * `lower than`, read by the direction-after rule) — the amount is by how much the value before the
 * comma moved, an absolute difference, never a value of its own; the percentage is the value's rate
 * with the base after it (against a plan, `$212 million or 5.4% above the forecast`, the value's
 * completion). Read at the amount as the direction-after figure (the amount read past, unread as the
 * model has no field for it). Round 49: the amount had been a certain value with no
 * name — a silent wrong number.
 * @internal
 */
export function amountOrRateAt(c: Cursor, i: number): Found | null {
  // (`revenues … are $92.5 million or 6.4% above FY 2019 revenues`, `The income tax yielded $36.2
  // million or 12.8 percent more than expected`: with no comma too, the amount restated by a rate
  // against a base or a plan is the difference; round 53 — it had been a certain level)
  const loose = !isP(c.tokens[i - 1], ',');
  // (`puts us about $181,000, or 4.7 percent, over the anticipated budget`: a bound before the amount
  // bounds the difference only — the rate after it is stated; round 61)
  const bound = m(c, i, c.g.approximate);
  const q = readQuantity(c.text, c.tokens, bound ? bound.to : i, c.g, c.limit);
  const v = q?.quantity;
  if (!q || !v || q.error !== undefined || v.unitCode === 'percent') return null;
  if (v.scale === 0 && v.unit === undefined && v.unitCode === undefined) return null;
  // (`$252 million (11.5 percent) more than forecast`: the percentage restated in a bracket, round 50)
  // (`representing a US$62.9 million jump or 39.0 per cent increase relative to January 2020`, `a $3.2
  // million or 4.5 per cent rise`: the rate of a change noun after `or`; round 60)
  const nounRate = nounRateAfter(c, q.to);
  if (nounRate) return nounRate;
  const bracket = isP(c.tokens[q.to], '(');
  // (`are $231 million, or 2.4%, above estimates`: `or` and the rate set off by commas; round 57)
  const comma = !bracket && isP(c.tokens[q.to], ',');
  const orAt = comma ? q.to + 1 : q.to;
  const or = bracket ? null : m(c, orAt, c.g.restateWords ?? []);
  if (!bracket && (!or || or.to !== orAt + 1)) return null;
  // (`totaled $4.1 billion, $212 million or 5.4% above the forecast`: against a plan, the rate is the
  // value's completion — 105.4 % — and the amount its excess)
  const found = postChangeAt(c, or ? or.to : q.to + 1, bracket || (comma ? 'comma' : false));
  const rate = found?.fig.kind === 'change' && found.fig.form === 'rate';
  if (!found || (!rate && found.fig.kind !== 'completion')) return null;
  // (with no comma only a rate against a base it names, or a plan's completion: `is $5 million or
  // 3% higher` may restate a level)
  if (loose && rate && found.fig.kind === 'change' && found.fig.base === undefined) return null;
  return { ...found, rule: `${found.rule}-after-amount` };
}

/**
 * At `k` right after an amount: its own noun of change or none, `or`, a percentage and a noun of change
 * (grammar `changeNounsAfterAmount`), and the base after it — the rate of that change, signed by its noun;
 * the amount before is its size (read past, unread). Null otherwise.
 */
function nounRateAfter(c: Cursor, k: number): Found | null {
  const own = m(c, k, c.g.changeNounsAfterAmount);
  const orAt = own ? own.to : k;
  const or = m(c, orAt, c.g.restateWords ?? []);
  if (!or || or.to !== orAt + 1) return null;
  const n = numberAt(c, or.to);
  const pct = n ? percentAfter(c, or.to + 1) : 0;
  const noun = n && pct ? m(c, pct, c.g.changeNounsAfterAmount) : null;
  if (!n || !noun || (own && own.phrase.data !== noun.phrase.data)) return null;
  const base = readBase(c, noun.to);
  if (base?.base.kind === 'plan') return null;
  const amount = noun.phrase.data < 0 ? negate(n) : n;
  const fig: Figure = { kind: 'change', form: 'rate', amount, numberAt: or.to, base: base ?? undefined };
  return { to: base?.to ?? noun.to, fig, rule: `${c.g.locale}.change.noun-rate-after-amount`, level: noun.level };
}

/** The `en-change.amount-or-rate` figure rule. @internal */
// (the amount's sign and number, `or`, the percentage: the figure starts on the amount's first token)
export const amountOrRateRule: FigureRule = {
  id: 'en-change.amount-or-rate',
  locales: ['en'],
  match: amountOrRateAt,
  reach: 20,
};
