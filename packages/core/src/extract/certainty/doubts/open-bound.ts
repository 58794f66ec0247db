import { openBoundAt } from '../../rules/open-bound';
import type { Extracted } from '../../types';
import { afterField, type DoubtRule, numberToken } from '../context';

/**
 * `mỗi năm phấn đấu có từ 5 xã trở lên`, `trồng rừng mới từ 3.485ha trở lên`: a level the value
 * reader took as a bound from `từ` before it and `trở lên`/`trở xuống` after it (grammar
 * `fromTrailingBounds`, rules/open-bound.ts). The bound is read, but the same words also set the
 * threshold of a definition (`tàu có chiều dài từ 15 mét trở lên là 1.690 phương tiện`, `có kim
 * ngạch xuất khẩu từ 10 tỷ USD trở lên`), no level at all: doubted. Round 32.
 */
export const openBoundDoubt: DoubtRule = {
  id: 'open-bound',
  doubts: (ctx, f: Extracted<unknown>, what) => {
    if (what !== 'value' || !(f.value as { approximate?: unknown } | undefined)?.approximate) return false;
    const k = numberToken(ctx, f);
    const j = afterField(ctx, f);
    if (k === undefined || j === undefined) return false;
    return openBoundAt(ctx.ix.tokens, ctx.g, k, j) !== null;
  },
};
