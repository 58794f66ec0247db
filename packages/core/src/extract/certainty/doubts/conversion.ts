import { matchAt } from '../../phrase';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, numberToken } from '../context';
import { endsWithin } from '../helpers';

/** How many tokens a restating bracket may hold before its number (`(or about 7.4 GW)`). */
const RESTATE_WINDOW = 3;

/**
 * `equivalent to $189 billion` after a VND value: the same amount in another currency; `9.3 GWp
 * (or 7.4 GW)`, `120,000 ha (or some 1,200 km2)`: the same quantity restated in another unit in a
 * bracket that opens with a conversion word.
 */
export const conversionDoubt: DoubtRule = {
  id: 'conversion',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const q = (f as Extracted<{ unitCode?: string; unit?: string }>).value;
    const unit = q.unitCode;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    // (English only: Vietnamese `(khoảng 31 triệu con …)` is another figure about, no restatement)
    if (unit !== 'USD' && unit !== 'VND')
      return ctx.g.locale === 'en' && q.unit !== undefined && unit !== 'percent' && restatedInBracket(ctx, k);
    return (
      endsWithin(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - 4), k, ctx.g.conversionWords) ||
      restatedAfterAmount(ctx, k)
    );
  },
};

/** How many tokens back from the bracket or comma the amount restated may end (`5.700 tỷ đồng (`). */
const AMOUNT_WINDOW = 4;

/**
 * `5.700 tỷ đồng (khoảng 250 triệu USD)`, `…, khoảng 250 triệu USD`: a word of grammar
 * `conversionAfterAmountWords` ends right before token `k` and follows a bracket or a comma that
 * comes right after another amount.
 */
function restatedAfterAmount(ctx: Ctx, k: number): boolean {
  const list = ctx.g.conversionAfterAmountWords;
  if (!list) return false;
  const tokens = ctx.ix.tokens;
  for (let j = k - 1; j >= 1 && j >= k - 2; j--) {
    if (matchAt(tokens, j, list, k)?.to !== k) continue;
    const sep = tokens[j - 1];
    if (sep?.kind !== 'punct' || (sep.text !== '(' && sep.text !== ',')) return false;
    for (let i = j - 2; i >= 0 && i >= j - 1 - AMOUNT_WINDOW; i--) if (tokens[i]?.kind === 'number') return true;
    return false;
  }
  return false;
}

/** True when a conversion word right after an opening bracket ends just before token `k` (`(or 7.4 GW)`). */
function restatedInBracket(ctx: Ctx, k: number): boolean {
  const tokens = ctx.ix.tokens;
  for (let j = k - 1; j >= 1 && j >= k - RESTATE_WINDOW; j--) {
    const open = tokens[j - 1];
    if (open?.kind === 'punct' && open.text === '(' && matchAt(tokens, j, ctx.g.conversionWords, k)?.to === k)
      return true;
  }
  return false;
}
