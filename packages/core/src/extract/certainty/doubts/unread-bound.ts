import { matchAt, type Phrase } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { afterField, type Ctx, type DoubtRule, exactValueToken } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/**
 * `edged up to 3.1 percent`: a value verb that starts before the bound word and ends right at the
 * figure holds the bound word (`up to`): no bound (`reach up to` keeps its bound).
 */
function verbAround(t: readonly Token[], j: number, verbs: readonly Phrase<unknown>[]): boolean {
  for (let b = j - 2; b >= 0 && b >= j - 4; b--) if (matchAt(t, b, verbs, j)?.to === j) return true;
  return false;
}

/**
 * `the US$1.9 billion (approximate) project`, `7,2 triệu USD (ước tính)`: a word of approximation
 * alone in brackets right after the figure (grammar `bracketedApproximations`), round 26.
 */
function bracketedApproximation(ctx: Ctx, f: Extracted<unknown>): boolean {
  const list = ctx.g.bracketedApproximations;
  const j = afterField(ctx, f);
  if (!list || list.length === 0 || j === undefined) return false;
  const t = ctx.ix.tokens;
  if ((t[j] as Token | undefined)?.text !== '(') return false;
  const m = matchAt(t, j + 1, list);
  return m !== null && (t[m.to] as Token | undefined)?.text === ')';
}

/** How many tokens of a unit or a rate's `per …` may stand between the figure's span and a trailing bound. */
const TRAILING_REACH = 4;

/**
 * `a primary price of $12,000 per square meter or more`, `rated 3 stars or higher`, `từ 10 đảng viên
 * trở lên`: a bound written after the figure (grammar `trailingBounds`), past at most
 * {@link TRAILING_REACH} words of its unit, and not before another figure (`$31.47 billion and over
 * $48 billion` bounds the second). Round 29; a plus glued to the figure (`$5mn+`), round 30.
 */
function trailingBound(ctx: Ctx, f: Extracted<unknown>): boolean {
  const list = ctx.g.trailingBounds;
  const j = afterField(ctx, f);
  if (!list || list.length === 0 || j === undefined) return false;
  const t = ctx.ix.tokens;
  // (`20 projects with a scale of $5mn+`, `10,000+ stores`: a plus glued right after the figure, no
  // number after it, is `or more`; round 30)
  const plus = t[j];
  if (plus?.kind === 'punct' && plus.text === '+' && plus.gap === '' && t[j + 1]?.kind !== 'number') return true;
  for (let i = j; i < t.length && i <= j + TRAILING_REACH; i++) {
    const x = t[i] as Token;
    const m = x.kind === 'word' ? matchAt(t, i, list) : null;
    if (m) {
      const next = t[m.to] as Token | undefined;
      return !(next?.kind === 'number' || (next && matchAt(t, m.to, ctx.g.currencyBefore)));
    }
    if (x.kind !== 'word') return false;
  }
  return false;
}

/**
 * `targets … at least VNĐ55.6 trillion in budget collection, and at least $3 billion in FDI`:
 * a bound word (`at least`, `up to`, `ít nhất`) right before the figure, or before the
 * currency written before it, that the figure's reader did not take in: the level is a bound;
 * so is one before a word that stresses the size (`tối đa lên đến 100 triệu đồng`).
 */
export const unreadBoundDoubt: DoubtRule = {
  id: 'unread-bound',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let at = currencyStart(t, ctx.g, k);
    // (`at least an additional 1,837km`, `up to a further 500 MW`: an additive word between the bound and the figure)
    // (the longest such phrase: `an additional`, not `additional`)
    for (let b = Math.max(0, at - 2); b < at; b++)
      if (ctx.g.additiveWords && matchAt(t, b, ctx.g.additiveWords, at)?.to === at) {
        at = b;
        break;
      }
    // (`sâu đến 110 km`, `as far as 110 km`: the farthest point an extent reached, round 28)
    if (ctx.g.extentBounds && endsRightAt(t, at, ctx.g.extentBounds)) return true;
    // (`tối đa lên đến 100 triệu đồng`, `at most up to 20%`: a rise word that stresses the size
    // between the bound and the figure, round 26)
    const emphatic = ctx.g.emphaticBounds;
    if (emphatic)
      for (let b = Math.max(0, at - 3); b < at; b++)
        if (matchAt(t, b, emphatic, at)?.to === at) {
          at = b;
          break;
        }
    if (bracketedApproximation(ctx, f) || trailingBound(ctx, f)) return true;
    // (`ít nhất có 300 căn nhà`: a bound before the count verb that leads the figure, round 28)
    for (let b = Math.max(0, at - 2); b < at; b++)
      if (matchAt(t, b, ctx.g.countVerbs, at)?.to === at && endsRightAt(t, b, ctx.g.approximate)) return true;
    return endsRightAt(t, at, ctx.g.approximate) && !verbAround(t, at, ctx.g.valueVerbs);
  },
};
