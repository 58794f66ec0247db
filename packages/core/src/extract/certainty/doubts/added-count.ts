import { matchAt } from '../../phrase';
import { type DoubtRule, exactValueToken } from '../context';
import { endsRightAt } from '../helpers';

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
    return leads !== undefined && leads.length > 0 && endsRightAt(t, k, leads);
  },
};
