import {
  approximationAt,
  type BaseRead,
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
  m,
  numberAt,
  percentAfter,
  worst,
} from './context';

/**
 * `Headline CPI eased to 3.2% y/y`, `Retail sales growth accelerated to 9.1% YoY`, `core
 * inflation came in at 2.6% yoy`, `credit growth stood at 10.2% y/y`: research notes state a rate of
 * change as the LEVEL a measure moved to, with a shorthand base right after the percentage. The
 * percentage is the rate of change against that base (the corpus convention: `inflation surged to 20
 * per cent` is a change of 20), never a level of 3.2 % — read at the verb of moving to a level
 * (`grammar-en` `genreLevelVerbs`), only when a standalone base of a period (same period last year,
 * previous period) follows the percentage at once: `rose to 105% of the same period` (a ratio) and
 * `rose to 3.2%` with no base are left to the other rules. A year-to-date mark after the percentage
 * (`credit growth reached 10.2% ytd`, `5.5%ytd`) makes it the growth since the end of last year, after
 * these verbs or a copula (`was`, `reached`: `genreYtdVerbs`). A bare `to` with such a base right
 * after its percentage is the end of a move between two rates (`core inflation rose from 2.7% y/y in
 * January to 3.0% y/y in February`, `compared to 4.3% (y/y)`): a rate too. Constant time.
 */
export function genreRateLevelAt(c: Cursor, i: number): Found | null {
  const verbs = c.g.genreLevelVerbs;
  if (!verbs) return null;
  const level = m(c, i, verbs);
  // (`credit growth reached 10.2% ytd`: a copula or `reached` only before a year-to-date mark)
  const copula = level ? null : m(c, i, c.g.genreYtdVerbs ?? []);
  // `rose from 2.7% y/y in January to 3.0% y/y in February`, `compared to 4.3% (y/y)`: a bare `to`
  // before a percentage with a base of a period right after it is the level the rate moved to
  // (never `up to`, a bound)
  const bareTo = level || copula || c.tokens[i - 1]?.forms.lower === 'up' ? null : m(c, i, c.g.toWords);
  const verb = level ?? copula ?? bareTo;
  if (!verb) return null;
  const { at: k, approximate } = approximationAt(c, verb.to);
  const n = numberAt(c, k);
  if (!n) return null;
  const pct = percentAfter(c, k + 1);
  if (!pct) return null;
  // `10.2% ytd`, `5.5%ytd`, `YTD`, `y-t-d`: growth since the end of last year
  const ytd = m(c, pct, c.g.genreYtdWords ?? []);
  if (ytd) {
    const base: BaseRead = { from: pct, to: ytd.to, base: { kind: 'december-last-year' }, level: ytd.level };
    const fig: Figure = { kind: 'change', form: 'rate', amount: n, numberAt: k, base, approximate };
    return { to: ytd.to, fig, rule: `${c.g.locale}.change.genre-rate-ytd`, level: worst(verb.level, ytd.level) };
  }
  if (copula) return null;
  const alone = m(c, pct, c.g.standaloneBases);
  if (!alone) return null;
  const kind = alone.phrase.data.kind;
  if (kind !== 'same-period-last-year' && kind !== 'previous-period') return null;
  const base: BaseRead = { from: pct, to: alone.to, base: alone.phrase.data, level: alone.level };
  const fig: Figure = { kind: 'change', form: 'rate', amount: n, numberAt: k, base, approximate };
  // (a bare `to` has its own rule: `sentence/genre-from-rate.ts` gives the rate before it its own statement)
  const rule = verb === bareTo ? 'genre-rate-from-to' : 'genre-rate-level';
  return { to: alone.to, fig, rule: `${c.g.locale}.change.${rule}`, level: worst(verb.level, alone.level) };
}

/** The `genre-rate-level` figure rule (English research shorthand); within 16 tokens of a number. */
export const genreRateLevelRule: FigureRule = {
  id: 'genre-rate-level',
  locales: ['en'],
  match: genreRateLevelAt,
  reach: 16,
};
