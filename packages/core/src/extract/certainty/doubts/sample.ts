import { matchAt } from '../../phrase';
import { type DoubtRule, numberToken } from '../context';
import { endsRightAt } from '../helpers';

/**
 * `CEL Consulting published a survey of 143 trucking businesses`, `polled 1,000 consumers`, `khảo
 * sát 500 doanh nghiệp`, `chỉ tính 15 doanh nghiệp chăn nuôi lợn quy mô lớn … nuôi giữ khoảng 35%
 * đàn lợn`: a count right after a word of a survey or of a scope (grammar `sampleLeads`) is the
 * size of the sample the figures are taken from, or the group they are counted over, no figure of
 * the indicator. Looks one phrase back, past a bound (`a survey of more than 500 firms`).
 * @internal
 */
export const sampleDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    const leads = ctx.g.sampleLeads;
    if (!leads || leads.length === 0 || what !== 'value') return false;
    const n = numberToken(ctx, f);
    if (n === undefined) return false;
    const t = ctx.ix.tokens;
    if (endsRightAt(t, n, leads)) return true;
    // (`a survey of more than 500 firms`: the bound ends at the number, the lead right before it)
    for (let b = n - 1; b >= 1 && b >= n - 3; b--)
      if (endsRightAt(t, b, leads) && matchEnds(t, b, n, ctx.g.approximate)) return true;
    return false;
  },
};

/** True when a phrase of `list` runs exactly over tokens `[from, to)`. */
function matchEnds(
  t: Parameters<typeof endsRightAt>[0],
  from: number,
  to: number,
  list: Parameters<typeof endsRightAt>[2],
): boolean {
  return matchAt(t, from, list, to)?.to === to;
}
