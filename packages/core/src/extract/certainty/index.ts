/**
 * The certainty pass: after a statement is assembled, every field gets `confidence`, and a
 * number whose ROLE the text leaves open gets `uncertain` with the reason. Each doubt is one
 * small rule of `doubts/` (one file per reason), tried in the order of `doubt-rules.ts`; the words
 * are the grammar's. `weigh.ts` runs them and the list-level steps; `weigh-period.ts` weighs the
 * period; `messages.ts` says each reason in words; `token-index.ts` indexes the tokens once.
 *
 * Cost: each field looks at most `WINDOW` (or `WIDE_WINDOW`) tokens around it, so the pass is linear.
 * @internal
 */
export { TokenIndex } from './token-index';
export { weigh } from './weigh';
