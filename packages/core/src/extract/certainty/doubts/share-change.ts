import type { Extracted } from '../../types';
import { type DoubtRule, nameRangeOf } from '../context';
import { within } from '../helpers';

/**
 * `…, raising its market share by 2.6 percentage points to 21.3 percent`, `thị phần chiếm 21,3%,
 * tăng 2,6 điểm phần trăm`: a change of a statement named by a share word (grammar `shareWords`:
 * `market share`, `accounting for`, `chiếm`) moves a share of a whole, whose level the doubts of
 * shares already keep from being shown as an indicator's; its change is the share's too, not a
 * change of an indicator — doubted (`share`) unless the statement's value is an amount (not a
 * percentage), whose own change it is. Looks only at the name. Round 28.
 * @internal
 */
export const shareChangeDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, _f, what) => {
    if (what !== 'change') return false;
    const v = ctx.s.value as Extracted<{ unitCode?: string }> | undefined;
    if (v && v.value.unitCode !== 'percent') return false;
    const [from, to] = nameRangeOf(ctx);
    return from < to && within(ctx.ix.tokens, from, to, ctx.g.shareWords);
  },
};
