/**
 * A word table's value for a word of the text, own keys only (`constructor` is no month). Read
 * through a Map made once per table: `Object.hasOwn(table, word)` with a word that no property
 * is named after looks the word up in the engine's string table every time (it runs at every
 * token of a report, in the period phrases). Tables are the grammars' constant literals.
 * @internal
 */
const MAPS = new WeakMap<object, ReadonlyMap<string, unknown>>();

export function tableValue<V>(table: Readonly<Record<string, V>>, word: string): V | undefined {
  let map = MAPS.get(table) as ReadonlyMap<string, V> | undefined;
  if (!map) {
    map = new Map(Object.entries(table));
    MAPS.set(table, map);
  }
  return map.get(word);
}
