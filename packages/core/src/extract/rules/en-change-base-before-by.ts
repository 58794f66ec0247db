import { type BaseRead, type Cursor, m } from './context';

/**
 * `increased year-on-year by 13.9 per cent`, `fell month-on-month by 2%`, `rose on the year by
 * 5 percent`: an adverbial base (a standalone base of the grammar) between a change verb and
 * `by` is the base of the amount after `by`. Only with `by`: `rose year-on-year 5%` is left to
 * the rules that read a base after the amount. Constant time. Returns the base and where the
 * amount starts, or null.
 * @internal
 */
export function baseBeforeBy(c: Cursor, k: number): { base: BaseRead; at: number } | null {
  if (c.g.locale !== 'en') return null;
  const alone = m(c, k, c.g.standaloneBases);
  if (!alone) return null;
  const by = m(c, alone.to, c.g.exceedBy);
  if (!by || by.to >= c.limit) return null;
  return { base: { from: k, to: alone.to, base: alone.phrase.data, level: alone.level }, at: by.to };
}
