import { units } from '../model/units';
import type { Grammar } from './grammar';

/**
 * Currency codes a value may be restated in (`5,7 triệu tỷ đồng (234,6 tỷ USD)`): the built-in
 * currency units' codes (the only codes a quantity's unit is read as). @internal
 */
export const CURRENCIES: ReadonlySet<string> = new Set(
  Object.values(units)
    .filter((u) => u.kind === 'currency')
    .map((u) => u.code),
);

/** Each grammar's currency words by their text (`Rp` → IDR, `RM` → MYR, `baht` → THB), built once. */
const WORDS = new WeakMap<Grammar, ReadonlyMap<string, string>>();

/** A currency code of the grammar's tables: three capitals (`IDR`, `THB`), built-in or not. */
const CODE = /^[A-Z]{3}$/u;

/**
 * The currency of an amount: its unit code when that is a built-in currency, else the code its
 * sign or word stands for in the grammar (`currencyBefore`: `Rp`, `P`, `RM`; `units`: `baht`,
 * `pesos` — currencies with no built-in unit, kept as the unit's text), else undefined.
 * @internal
 */
export function currencyOf(
  g: Grammar,
  q: { readonly unitCode?: string | undefined; readonly unit?: string | undefined },
): string | undefined {
  if (q.unitCode !== undefined) return CURRENCIES.has(q.unitCode) ? q.unitCode : undefined;
  if (q.unit === undefined) return undefined;
  let words = WORDS.get(g);
  if (!words) {
    const entries: [string, string][] = [];
    for (const p of g.currencyBefore) entries.push([p.text, p.data]);
    for (const p of g.units) if (p.data !== undefined && CODE.test(p.data)) entries.push([p.text, p.data]);
    words = new Map(entries);
    WORDS.set(g, words);
  }
  return words.get(q.unit);
}
