import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';
import { endsRightAt } from '../helpers';

/** How many bound or `up to` phrases may stand between the word of size and the figure (`sâu đến khoảng 110 km`). */
const BETWEEN = 2;

/**
 * `cây cầu treo dài 170m bắc qua sông Chảy`, `một đoạn bờ biển dài khoảng 500 m tiếp tục sạt lở`,
 * `nước mặn xâm nhập sâu đến 110km`: a length (grammar `dimensions.units`) right after a word of size
 * (`dimensions.leads`: `dài`, `rộng`, `sâu`, `chiều dài`), past a bound or `đến`/`tới`, is how long,
 * wide or deep the thing named before it is — a description of a bridge or a road, or the reach of an
 * event the report may count (the eroded coast) — not a figure the sentence certainly reports: its
 * value is doubted (`attributive`). A length with no word of size (`khiến khoảng 300 m Quốc lộ 1 ngập
 * sâu`, `xây dựng 12 km đường`) and a figure of another unit after one (`tăng cao 12%`) keep their
 * reading. Vietnamese (English writes the size after the figure: `a 170m-long bridge`). Round 28.
 * @internal
 */
export const dimensionDoubt: DoubtRule = {
  id: 'attributive',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const dim = ctx.g.dimensions;
    const k = dim ? numberToken(ctx, f) : undefined;
    if (!dim || k === undefined) return false;
    const t = ctx.ix.tokens;
    if (!matchAt(t, k + 1, dim.units)) return false;
    let j = k;
    for (let n = 0; n <= BETWEEN && j > 0; n++) {
      if (endsRightAt(t, j, dim.leads)) return true;
      let back = -1;
      for (let b = j - 1; b >= 0 && b >= j - 3 && back < 0; b--)
        if (matchAt(t, b, dim.upTo, j)?.to === j || matchAt(t, b, ctx.g.approximate, j)?.to === j) back = b;
      if (back < 0 || (t[back] as Token).kind !== 'word') return false;
      j = back;
    }
    return false;
  },
};
