import type { Grammar } from '../grammar';
import type { Token } from '../tokenize';
import type { DoubtReason, Extracted, Statement } from '../types';
import type { TokenIndex } from './token-index';

/**
 * What every doubt reads with: the statement, its tokens and grammar, the windows that keep each
 * look bounded (so the pass stays linear), and the small steps that find a field's tokens.
 * @internal
 */

/** How many tokens a doubt looks around a field. */
export const WINDOW = 12;
/** Twice {@link WINDOW}: how far a doubt about a whole clause looks. */
export const WIDE_WINDOW = WINDOW + WINDOW;
/** How many tokens of a name are looked at (names are short; a runaway name is cut). */
export const NAME_WINDOW = 36;

/** The statement being weighed, with its token index, grammar and name's tokens. */
export interface Ctx {
  readonly ix: TokenIndex;
  readonly g: Grammar;
  readonly s: Statement;
  /** First token of the name, and the token after it. */
  readonly nameFrom: number | undefined;
  readonly nameTo: number | undefined;
}

/** A doubt: its reason, and whether it doubts a field (`value`, `completion`, `change`, …) of the statement in `ctx`. */
export interface DoubtRule {
  readonly id: DoubtReason;
  readonly doubts: (ctx: Ctx, f: Extracted<unknown>, what: string) => boolean;
}

/** First token of a field. */
export function first(ctx: Ctx, f: Extracted<unknown>): number | undefined {
  return ctx.ix.at(f.span.start);
}

/** The number's token inside a field (the first number token of its span). */
export function numberToken(ctx: Ctx, f: Extracted<unknown>): number | undefined {
  const from = first(ctx, f);
  if (from === undefined) return undefined;
  const tokens = ctx.ix.tokens;
  for (let i = from; i < tokens.length && i < from + WINDOW; i++) {
    const t = tokens[i] as Token;
    if (t.start >= f.span.end) break;
    if (t.kind === 'number') return i;
  }
  return undefined;
}

/**
 * The number's token of the statement's first figure (its value, completion or first change, the
 * one that starts first): the verb a field's span opens with (`has 120 vessels`) stands before it.
 */
export function figureToken(ctx: Ctx): number | undefined {
  const s = ctx.s;
  let firstField: Extracted<unknown> | undefined;
  for (const f of [s.value, s.completion, s.changes[0]] as (Extracted<unknown> | undefined)[])
    if (f && (firstField === undefined || f.span.start < firstField.span.start)) firstField = f;
  return firstField ? numberToken(ctx, firstField) : undefined;
}

/**
 * The number's token of an exact value field (not `approximate`), or undefined for any other field:
 * the prelude of the doubts that look at the words right before a level (`vượt`, `at least`, a list
 * opened by a bound).
 */
export function exactValueToken(ctx: Ctx, f: Extracted<unknown>, what: string): number | undefined {
  if (what !== 'value' || (f.value as { approximate?: unknown } | undefined)?.approximate) return undefined;
  return numberToken(ctx, f);
}

/**
 * As {@link exactValueToken}, and a value read as a lower bound too (`crossing the VND50 trillion
 * threshold`, `surpassed the 1-million-tonne mark`: more than the milestone, which is still no level
 * of its own).
 */
export function passedValueToken(ctx: Ctx, f: Extracted<unknown>, what: string): number | undefined {
  if (what !== 'value') return undefined;
  const approximate = (f.value as { approximate?: unknown } | undefined)?.approximate;
  return approximate === undefined || approximate === 'over' ? numberToken(ctx, f) : undefined;
}

/** The tokens of the statement's name (at most {@link NAME_WINDOW}), or an empty range. */
export function nameRangeOf(ctx: Ctx): readonly [number, number] {
  if (ctx.nameFrom === undefined || ctx.nameTo === undefined) return [0, 0];
  return [ctx.nameFrom, Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW)];
}

/** The first token after a field's span (at most {@link WINDOW} tokens on from its first). */
export function afterField(ctx: Ctx, f: Extracted<unknown>): number | undefined {
  const from = first(ctx, f);
  if (from === undefined) return undefined;
  const t = ctx.ix.tokens;
  let j = from;
  while (j < t.length && j < from + WIDE_WINDOW && (t[j] as Token).start < f.span.end) j++;
  return j;
}
