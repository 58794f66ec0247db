import { matchAt } from '../../phrase';
import type { Extracted } from '../../types';
import { afterField, type DoubtRule, exactValueToken, first, numberToken } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/**
 * `the government has approved 34 more projects, which will provide …`, `đang đề nghị công nhận
 * thêm 2 sản phẩm OCOP`, `tỉnh có thêm 15 xã đạt chuẩn`: a count made an ADDED count by a word
 * right after it (`more`) or right before it (`thêm`; grammar `addedCountTails`,
 * `addedCountLeads`) is a difference from the count before, not the indicator's level; its value is
 * doubted (`difference`). A planned addition (`will need 50,000 more workers by 2030`, `an additional
 * 2.48 million people`: a target) and `approved 34 projects` keep their reading. Round 25.
 * @internal
 */
export const addedCountDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    // (a planned addition — `will need 50,000 more workers by 2030` — is the goal itself)
    if (ctx.s.kind.value !== 'actual') return false;
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const tails = ctx.g.addedCountTails;
    if (tails && tails.length > 0 && matchAt(t, k + 1, tails)) return true;
    const leads = ctx.g.addedCountLeads;
    // (`an additional 387.7 million dollars were received`, `adding $2 million`: the lead may stand
    // before the amount's currency sign; round 61)
    return leads !== undefined && leads.length > 0 && endsRightAt(t, currencyStart(t, ctx.g, k), leads);
  },
};

/**
 * `The additional $1.4 billion will raise the investment to $4.65 billion`, `the extra 500 MW will come
 * online in 2025`: a figure right after a definite article and an additive word (grammar
 * `restatedAddedLeads`; a currency sign may stand between) is an addition the text has told before,
 * restated as the subject of what it does — no new level, and the difference it is — doubted
 * (`difference`), planned or not. `an additional 41,000 units by 2030`, `another $3.3 billion` (a new
 * addition, often a goal) keep their reading. Round 29.
 * @internal
 */
export const restatedAddedDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const leads = ctx.g.restatedAddedLeads;
    if (what !== 'value' || leads === undefined || leads.length === 0) return false;
    const k = numberToken(ctx, f);
    const from = first(ctx, f);
    if (k === undefined || from === undefined) return false;
    const t = ctx.ix.tokens;
    return endsRightAt(t, k, leads) || (from < k && k - from <= 2 && endsRightAt(t, from, leads));
  },
};

/**
 * `a goal to hit $20 billion by 2025, a $9 billion increase at the time`, `a 300,000-tonne drop on the
 * year`: an amount right before a change noun (grammar `changeNounsAfterAmount`, a base adjective
 * between allowed: `a $2 billion year-on-year rise`) is the size of a change, not a level — its value is
 * doubted (`difference`). A percentage there is read as the change itself (`a 12.4% increase`,
 * `rules/change-amount-before-noun.ts`); `a $2 billion trade surplus` (no change noun) keeps its reading.
 * Round 29.
 * @internal
 */
export const amountBeforeChangeNounDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent') return false;
    const j = afterField(ctx, f);
    if (j === undefined) return false;
    const t = ctx.ix.tokens;
    const base =
      matchAt(t, j, ctx.g.changeNounBases) ?? matchAt(t, j, ctx.g.standaloneBases) ?? matchAt(t, j, ctx.g.bases);
    return matchAt(t, base ? base.to : j, ctx.g.changeNounsAfterAmount) !== null;
  },
};
