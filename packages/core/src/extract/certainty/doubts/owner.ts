import { findUnit } from '../../../model/units';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { afterField, type DoubtRule, exactValueToken, numberToken, WIDE_WINDOW } from '../context';
import { currencyStart } from '../helpers';

/**
 * Figures whose OWNER is another thing than the statement's indicator (round 21): the sentence
 * ties the number to a noun or a clause the statement never read as its own, so the figure is
 * shown uncertain rather than as the indicator's. Each rule looks a few tokens around the field.
 * @internal
 */

/** The first token of the figure at number token `k`: its currency (`US$`) and bound or approximation (`over`, `around`). */
function figureStart(ctx: Parameters<DoubtRule['doubts']>[0], k: number): number {
  const t = ctx.ix.tokens;
  let j = currencyStart(t, ctx.g, k);
  for (let b = j - 1; b >= 0 && b >= j - 3; b--) if (matchAt(t, b, ctx.g.approximate, j)?.to === j) j = b;
  return j;
}

/** How many words between a figure and the thing it describes (`a 1,200 MW [coal-fired] power plant`). */
const THING_REACH = 3;
/** How many capitalised words of a name may stand between the figure and the thing (`the 600 MW Dau Tieng Solar Power Complex`). */
const NAME_REACH = 5;

/**
 * `… to the output of a 1,200 MW power plant`, `licensed a US$2 billion steel project`, `an
 * 11,000-tonne vessel`: a figure between an indefinite article and the thing it describes
 * (grammar `thingNouns`: plants, projects, vessels, hotels, …, within {@link THING_REACH} words
 * after it) is an attribute of that thing — its size, its cost — not a level of the indicator. A
 * measure after the figure (`a $2 billion trade surplus`, `from a $2.8 billion surplus`) stays.
 * English only (Vietnamese has no article; grammar `articles`).
 */
export const attributiveFigureDoubt: DoubtRule = {
  id: 'attributive',
  doubts: (ctx, f, what) => {
    const things = ctx.g.thingNouns;
    const k = things ? exactValueToken(ctx, f, what) : undefined;
    if (!things || k === undefined) return false;
    const t = ctx.ix.tokens;
    const j = figureStart(ctx, k);
    if (j === 0) return false;
    // (`the` only before a NAMED thing: `the 600 MW Dau Tieng Solar Power Complex`; `the 120 km road
    // was completed` is the work done)
    const indefinite = matchAt(t, j - 1, ctx.g.articles, j)?.to === j;
    if (!indefinite && matchAt(t, j - 1, ctx.g.thingArticles ?? ctx.g.articles, j)?.to !== j) return false;
    const end = afterField(ctx, f);
    if (end === undefined) return false;
    // (words glued by `-` or `/` are one modifier — `gas-fired`, `Mt/year` — and capitalised words a
    // name — `Dau Tieng Solar Power` — neither counts toward the reach; a name stays short)
    let reach = THING_REACH;
    let names = NAME_REACH;
    for (let i = end; i < t.length && i < end + reach; i++) {
      const x = t[i] as Token;
      if (x.kind === 'number') return false;
      if (x.kind === 'punct') {
        if (x.text !== '-' && !(x.text === '/' && x.gap === '')) return false;
        reach += 2;
        continue;
      }
      if (x.kind === 'word' && matchAt(t, i, things)) return indefinite || names < NAME_REACH;
      if (x.kind === 'word' && i > end && /^\p{Lu}/u.test(x.text) && names > 0) {
        names--;
        reach++;
      }
    }
    return false;
  },
};

/**
 * `attributable to the sluggish implementation of 47 power projects`, `delays in the construction
 * of 12 bridges`, `the approval of 35 new projects`: a figure after `of` whose head is an action
 * done to things (grammar `actionNouns`) counts or measures the things acted on, not the
 * indicator. A figure in money after such a head (`the disbursement of VND5 trillion`) is the
 * action's own measure and stays.
 */
export const actionObjectDoubt: DoubtRule = {
  id: 'attributive',
  doubts: (ctx, f, what) => {
    const nouns = ctx.g.actionNouns;
    const k = nouns ? exactValueToken(ctx, f, what) : undefined;
    if (!nouns || k === undefined) return false;
    const q = (f as Extracted<{ unitCode?: string; scale: number }>).value;
    if (q.unitCode !== undefined && findUnit(q.unitCode)?.kind === 'currency') return false;
    const t = ctx.ix.tokens;
    const j = figureStart(ctx, k);
    // `of` right before the figure, the action noun right before `of`
    const of = j - 1;
    if (of < 1 || (t[of] as Token).forms.fold !== 'of') return false;
    for (let b = of - 1; b >= 0 && b >= of - 2; b--) if (matchAt(t, b, nouns, of)?.to === of) return true;
    return false;
  },
};

/**
 * `… focus on disbursing 100 per cent of the capital planned for 2025 while mobilizing around
 * VND1.5 quadrillion in private investment`, `đạt 95% kế hoạch, trong khi huy động 2.000 tỷ đồng`:
 * a value and a completion read into one statement with a contrasting clause word between them
 * (grammar `clauseContrasts`: `while`, `whereas`, `trong khi`; not `but`, `nhưng`, which join two
 * predicates of one subject) belong to two clauses, maybe two indicators: neither is certain to be the other's. Looks at most
 * {@link WIDE_WINDOW} tokens between the two figures.
 */
export const otherClauseDoubt: DoubtRule = {
  id: 'other-clause',
  doubts: (ctx, _f, what) => {
    const words = ctx.g.clauseContrasts;
    if (!words || (what !== 'value' && what !== 'completion') || !ctx.s.value || !ctx.s.completion) return false;
    const a = numberToken(ctx, ctx.s.value);
    const b = numberToken(ctx, ctx.s.completion);
    if (a === undefined || b === undefined) return false;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (hi - lo > WIDE_WINDOW) return false;
    const t = ctx.ix.tokens;
    for (let i = lo + 1; i < hi; i++) if (matchAt(t, i, words, hi)) return true;
    return false;
  },
};
