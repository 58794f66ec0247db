import type { Grammar } from '../../grammar';
import { matchAt, type Phrase, phraseEndingAt } from '../../phrase';
import { OPEN_SHORTHAND_RATE } from '../../rules/percent';
import type { Extracted, ExtractedChange } from '../../types';
import { type Ctx, type DoubtRule, numberToken } from '../context';

/** The lower-case words of a grammar's percent words (`percent`, `per`, `cent`, `pct`), computed once. */
const PERCENT_TOKENS = new WeakMap<Grammar, ReadonlySet<string>>();
function percentTokens(g: Grammar): ReadonlySet<string> {
  let set = PERCENT_TOKENS.get(g);
  if (!set) {
    set = new Set(g.percentWords.flatMap((p) => p.text.toLowerCase().split(' ')));
    PERCENT_TOKENS.set(g, set);
  }
  return set;
}

/**
 * For an English ratio (a percentage against a base), the index of the token right before its
 * number, stepping back over a bound that ends at it (`nearly`, `over`); −1 for any other field.
 */
export function wordBeforeRatio(ctx: Ctx, f: Extracted<unknown>, what: string): number {
  if (what !== 'change' || ctx.g.locale !== 'en' || (f as Extracted<ExtractedChange>).value.form !== 'ratio') return -1;
  const k = numberToken(ctx, f);
  if (k === undefined) return -1;
  const t = ctx.ix.tokens;
  let j = k - 1;
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
    const bound: { to: number } | null = matchAt(t, b, ctx.g.approximate, k);
    if (bound && bound.to === k) j = b - 1;
  }
  return j;
}

/**
 * `increasedby 8.16 percent year on year`, `rose by 5 percent over last year`: a figure after
 * `by` (or a verb glued to it by web text) is the size of a change, never a level against the base.
 */
export const ratioAfterByDoubt: DoubtRule = {
  id: 'rate-or-ratio',
  doubts: (ctx, f, what) => {
    const w = ctx.ix.tokens[wordBeforeRatio(ctx, f, what)];
    const by = ctx.g.byGlued;
    return w?.kind === 'word' && by !== undefined && w.forms.lower.endsWith(by.suffix) && !by.not.has(w.forms.lower);
  },
};

/**
 * `Collection … spurred 152.3% year-on-year`: a percentage against a base right after a past
 * verb that is no level verb (reached, was, equal to) and no change verb: the growth or the
 * level against the base is not stated.
 */
export const ratioAfterPastVerbDoubt: DoubtRule = {
  id: 'rate-or-ratio',
  doubts: (ctx, f, what) => {
    const t = ctx.ix.tokens;
    const j = wordBeforeRatio(ctx, f, what);
    const w = t[j];
    if (w?.kind !== 'word' || !/ed$/u.test(w.forms.lower)) return false;
    const level = (list: readonly Phrase<unknown>[]): boolean => phraseEndingAt(t, j + 1, list, 4) >= 0;
    return !level(ctx.g.percentVerbs) && !level(ctx.g.ratioVerbs) && !level(ctx.g.valueVerbs);
  },
};

/**
 * `reached VND3.6 quadrillion, 11.6 percent year-on-year`, `(11.6% against the same period)`: a
 * percentage against a base right after a comma, a semicolon or a bracket, with no verb: whether
 * it is the growth (11.6 % more) or the level against the base (11.6 % of it) is not stated. A
 * percentage `of` its base (`, 95 percent of the same period last year`) is a ratio and stays.
 */
export const verblessRatioDoubt: DoubtRule = {
  id: 'rate-or-ratio',
  doubts: (ctx, f, what) => {
    const j = wordBeforeRatio(ctx, f, what);
    // (`rose by 180,000 VND …, or 2.5% quarter-on-quarter`: a restating `or` after the comma)
    const r = ctx.g.restateWords;
    const or = r !== undefined && j > 0 && matchAt(ctx.ix.tokens, j, r, j + 1) !== null;
    const w = ctx.ix.tokens[or ? j - 1 : j];
    if (w?.kind !== 'punct' || !(w.text === ',' || w.text === ';' || w.text === '(')) return false;
    // the word after the percentage: `of` (or `that of`) makes it a ratio
    const t = ctx.ix.tokens;
    for (let k = j + 2; k < t.length && k <= j + 5; k++) {
      const x = t[k];
      if (x?.kind === 'word' && percentTokens(ctx.g).has(x.forms.lower)) continue;
      if (x?.kind === 'punct' && x.text === '%') continue;
      return !(x?.kind === 'word' && x.forms.lower === 'of');
    }
    return true;
  },
};

/**
 * `…: 7.4% year-on-year`, `-0.1 percent (m/m) and 9.3 percent (y/y)`: a verbless percentage read
 * as a rate by its shorthand base alone (rules/percent.ts openShorthandRate) — the likelier reading
 * (a level that low against the base would say the measure more than halved), but no verb states
 * the growth.
 */
export const openShorthandRateDoubt: DoubtRule = {
  id: 'rate-or-ratio',
  doubts: (_ctx, f, what) => what === 'change' && f.rule.includes(`.change.${OPEN_SHORTHAND_RATE}`),
};
