import { matchAt } from '../../phrase';
import { PAIRED } from '../../sentence/list-respectively';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import {
  afterField,
  type Ctx,
  type DoubtRule,
  exactValueToken,
  nameRangeOf,
  numberToken,
  passedValueToken,
} from '../context';
import { afterPercent, currencyStart, endsRightAt, within } from '../helpers';

/**
 * Doubts found on the English sentences of the seventh and eighth held-out sets (round 16). Each
 * looks a few tokens around its figure; their words are the grammar's.
 * @internal
 */

/** True when token `i` is a joiner of a list (`and`, `,`). */
function joinerAt(ctx: Ctx, i: number): number {
  const t = ctx.ix.tokens;
  const x = t[i];
  if (x?.kind === 'punct' && x.text === ',') return i + 1;
  if (x?.kind !== 'word') return -1;
  return matchAt(t, i, ctx.g.joiners)?.to ?? -1;
}

/** The figure before a list's joiner: its first token (its currency), its last, and whether an aside stood between. */
interface ListFigure {
  readonly start: number;
  readonly last: number;
  readonly aside: boolean;
}

/**
 * The figure before the joiner that ends at token `s` (a figure's first token) in a list, past an
 * aside in brackets after it (`khoảng 3,2 tỷ USD (chưa kể dầu thô) và 2,1 tỷ USD`), or undefined
 * when no figure stands right before the joiner.
 */
function listFigureBefore(ctx: Ctx, s: number): ListFigure | undefined {
  const t = ctx.ix.tokens;
  // the joiner right before the figure (`and`, `,`, `, and`)
  let j = -1;
  for (let b = s - 1; b >= 0 && b >= s - 2; b--) if (joinerAt(ctx, b) === s) j = b;
  if (j > 0 && t[j - 1]?.kind === 'punct' && (t[j - 1] as Token).text === ',') j--;
  if (j <= 0) return undefined;
  // (an aside in brackets right after the earlier figure, round 29)
  const aside = t[j - 1]?.kind === 'punct' && (t[j - 1] as Token).text === ')';
  if (aside) j = ctx.ix.bracketOf(j - 1);
  // back over the earlier figure's scale and unit words to its number
  for (let b = j - 1; b >= 0 && b >= j - 5; b--) {
    const x = t[b] as Token;
    if (x.kind === 'number') return { start: currencyStart(t, ctx.g, b), last: j - 1, aside };
    if (x.kind === 'punct' && x.text !== '%') return undefined;
  }
  return undefined;
}

/** How many figures back a list's bound is looked for (`khoảng A, B, C và D`: D three back). */
const LIST_REACH = 6;

/**
 * `exceeded $24 billion and $22 billion`, `over 5 million tonnes and 3 million tonnes`: a later
 * figure of a list whose first is bounded; the writer may mean the bound for every item, so the
 * later ones are not certain to be exact. The list is followed back figure by figure (`lần lượt đạt
 * khoảng 3,2 tỷ USD, 2,1 tỷ USD và 980 triệu USD`: the third too) and past an aside in brackets
 * after a figure (`khoảng 3,2 tỷ USD (chưa kể dầu thô) và 2,1 tỷ USD`), both only through figures
 * that end on the same word as this one (`trên 150,1 triệu USD (…) và 15 lượt dự án`, `More than 165
 * kilometers of national road, 801 kilometers of local roads and three bridges` are lists of other
 * things); round 29, found by the Vietnamese noise sweep.
 */
export const listBoundDoubt: DoubtRule = {
  id: 'unread-bound',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const end = afterField(ctx, f);
    const unit = end === undefined ? undefined : t[end - 1]?.forms.fold;
    let s = currencyStart(t, ctx.g, k);
    for (let n = 0; n < LIST_REACH; n++) {
      const before = listFigureBefore(ctx, s);
      if (before === undefined || before.start <= 0) return false;
      if ((before.aside || n > 0) && t[before.last]?.forms.fold !== unit) return false;
      if (endsRightAt(t, before.start, ctx.g.approximate)) return true;
      s = before.start;
    }
    return false;
  },
};

/**
 * `43.69 billion USD came from the domestic sector and 113.08 billion USD from the foreign-invested
 * one, rising 20.5% and 13.3%`, `year-on-year increases of 24.2% and 14.9%`: two changes of one
 * form joined by `and` and read into one statement belong, by their order, to figures the sentence
 * pairs without `respectively`; neither is certain to be the statement's.
 */
export const joinedChangesDoubt: DoubtRule = {
  id: 'second-figure',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const c = f as Extracted<ExtractedChange>;
    if (c.rule.includes(PAIRED)) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const byToken = changesByNumber(ctx);
    // another change of the statement, of the same form and base, whose number is token `i`
    const changeAt = (i: number): boolean => {
      const o = byToken.get(i);
      return o !== undefined && o !== c && o.value.form === c.value.form && baseKey(o) === baseKey(c);
    };
    const ahead = afterPercent(t, ctx.g, k).to;
    const next = joinerAt(ctx, ahead);
    if (next > 0 && changeAt(next)) return true;
    for (let b = k - 1; b >= 1 && b >= k - 2; b--)
      if (joinerAt(ctx, b) === k) {
        const x = t[b - 1];
        const before = x?.kind === 'punct' && x.text === '%' ? b - 2 : b - 1;
        for (let i = before; i >= 0 && i >= before - 2; i--) if (t[i]?.kind === 'number') return changeAt(i);
      }
    return false;
  },
};

/** Per statement: its changes by the token of their number (built once, so each look is O(1)). */
const BY_NUMBER = new WeakMap<object, ReadonlyMap<number, Extracted<ExtractedChange>>>();

function changesByNumber(ctx: Ctx): ReadonlyMap<number, Extracted<ExtractedChange>> {
  let m = BY_NUMBER.get(ctx.s);
  if (!m) {
    const map = new Map<number, Extracted<ExtractedChange>>();
    for (const o of ctx.s.changes) {
      const n = numberToken(ctx, o);
      if (n !== undefined) map.set(n, o);
    }
    m = map;
    BY_NUMBER.set(ctx.s, m);
  }
  return m;
}

const baseKey = (c: Extracted<ExtractedChange>): string => {
  const b = c.value.base;
  if (!b) return '-';
  return b.kind === 'period' ? `period:${b.period}` : b.kind;
};

/**
 * `to 20th July`, `the 5th largest market`: a number glued to an ordinal suffix is a day or a rank,
 * not a level.
 */
export const ordinalDoubt: DoubtRule = {
  id: 'time-like',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const x = ctx.ix.tokens[k + 1];
    return x?.kind === 'word' && x.gap === '' && matchAt(ctx.ix.tokens, k + 1, ctx.g.ordinalSuffixes)?.to === k + 2;
  },
};

/**
 * `had not reached the planned 35%`, `the targeted US$5 billion`: a figure right after an article
 * and a plan participle is the plan, not a result.
 */
export const plannedFigureDoubt: DoubtRule = {
  id: 'plan-frame',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const start = currencyStart(ctx.ix.tokens, ctx.g, k);
    for (let b = start - 1; b >= 1 && b >= start - 2; b--) {
      const m = matchAt(t, b, ctx.g.plannedWords, start);
      if (m?.to !== start || m.phrase.data === 'budget') continue;
      const a = t[b - 1];
      return a?.kind === 'word' && ctx.g.planDeterminers?.owner.has(a.forms.lower) === true;
    }
    return false;
  },
};

/**
 * `GDP growth came in …: 7.4% year-on-year`: a percentage read as a ratio to its base in a
 * statement named by a growth word is most likely the growth itself.
 */
export const growthRatioDoubt: DoubtRule = {
  id: 'rate-or-ratio',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'ratio') return false;
    const [from, to] = nameRangeOf(ctx);
    return to > from && within(ctx.ix.tokens, from, to, ctx.g.growthWords);
  },
};

/**
 * `more than double initial post-storm estimates`: a multiple of a plan noun that other words
 * qualify (an earlier estimate of the same figure) is no completion of this period's plan.
 */
export const qualifiedMultipleDoubt: DoubtRule = {
  id: 'earlier-plan',
  doubts: (ctx, f, what) => {
    if (what !== 'completion' || !f.rule.includes('times-plan')) return false;
    const t = ctx.ix.tokens;
    const from = ctx.ix.at(f.span.start);
    if (from === undefined) return false;
    for (let i = from; i < t.length && i < from + 4; i++) {
      const m = matchAt(t, i, ctx.g.multipleWords);
      if (!m) continue;
      const x = t[m.to];
      // `double the plan`, `twice its target`: the article or possessive is all; anything else qualifies the plan
      if (x?.kind !== 'word') return false;
      if (matchAt(t, m.to, ctx.g.planNouns)) return false;
      const w = x.forms.lower;
      const article = ctx.g.planDeterminers?.any.has(w) === true;
      return !article || !matchAt(t, m.to + 1, ctx.g.planNouns);
    }
    return false;
  },
};

/**
 * `to exceed the US$500-billion mark`, `surpassed the 1-million mark`, `surpassed the benchmark of
 * 10,000 workers`: a figure after a verb of exceeding and an article (and a milestone noun with its
 * link) is a threshold passed, more than the figure, not exactly it.
 */
export const exceededTheDoubt: DoubtRule = {
  id: 'exceeded-level',
  doubts: (ctx, f, what) => {
    const k = passedValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let start = currencyStart(t, ctx.g, k);
    // (`surpassed the benchmark of 10,000 workers`: the milestone noun and its link before the figure, round 26)
    const links = ctx.g.notAFigure.milestoneLinks;
    if (links && links.length > 0)
      for (let b = start - 1; b >= 0 && b >= start - 2; b--) {
        if (matchAt(t, b, links, start)?.to !== start) continue;
        for (let c = b - 1; c >= 0 && c >= b - 2; c--)
          if (matchAt(t, c, ctx.g.notAFigure.milestoneNouns, b)?.to === b) {
            start = c;
            break;
          }
        break;
      }
    const a = t[start - 1];
    return (
      a?.kind === 'word' && ctx.g.definiteArticles.has(a.forms.lower) && endsRightAt(t, start - 1, ctx.g.approximate)
    );
  },
};
