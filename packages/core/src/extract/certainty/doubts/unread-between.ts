import { type DoubtRule, first } from '../context';
import { afterConversion } from './bracketed';

/**
 * `13 dự án … với tổng vốn đăng ký tăng thêm hơn 1,556 tỷ USD, tăng 15,5 lần so với cùng kỳ`:
 * a change after a figure of its statement that could not be read (after the value) may be
 * that figure's change, not the value's.
 */
export const unreadBetweenDoubt: DoubtRule = {
  id: 'unread-between',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const after = ctx.s.value?.span.end ?? ctx.s.completion?.span.end;
    const at = first(ctx, f);
    if (after === undefined || at === undefined) return false;
    // (`đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng) và tăng 2,5%`: a bracketed aside is
    // the plan's figure, not a figure the change could be of.)
    const depth = ctx.ix.depthAt(at);
    // (`VND38.6 trillion (about USD1.47 billion, up +3.1% YoY)`: the figure left unread is the
    // value converted into another currency, and the change is the value's)
    if (depth > 0 && afterConversion(ctx, at, depth)) return false;
    return ctx.s.unread.some((u) => {
      if (u.reason !== 'unrecognised-figure' || u.what === 'name') return false;
      if (u.span.start < after || u.span.end > f.span.start) return false;
      const k = ctx.ix.at(u.span.start);
      return k !== undefined && ctx.ix.depthAt(k) === depth;
    });
  },
};
