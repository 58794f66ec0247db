import type { DoubtRule } from '../context';

/**
 * `Tourism revenue gained 18.4 trillion VND, 12.4 percent higher than …`, `Vietnam gained 19.9
 * billion US dollars from exporting phones, up 3 percent`: an amount after a verb of gain (grammar
 * `gainedLevelVerbs`) with no base and no level after `to` is read as the statement's level — the
 * press of the released sets writes `gained` for `đạt` (reached) — but native English also writes
 * it for the size of a rise (`exports gained $2 billion`): the value is doubted (`difference`).
 * Round 29 (`rules/change.ts` reads it).
 * @internal
 */
export const gainedLevelDoubt: DoubtRule = {
  id: 'difference',
  doubts: (_ctx, f, what) => what === 'value' && f.rule.includes('.value.gained-level'),
};
