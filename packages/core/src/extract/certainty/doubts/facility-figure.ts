import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';
import { capitalised, endsRightAt } from '../helpers';

/** How many name words (capitalised: `LNG`, `Thái Bình`) may stand between a facility noun and its figure. */
const NAME_WORDS = 3;

/** True for a word written with a capital first letter (a name or an acronym: `LNG`, `Thái`). */

/**
 * `khánh thành Kho cảng LNG 1 triệu tấn/năm Thị Vải`, `đưa vào vận hành nhà máy điện Thái Bình 2`,
 * `dự án nhà máy nhiệt điện 1.200 MW`, `the Nghi Son 2 refinery`: a number right after a facility
 * noun (grammar `facilityNouns`), past at most {@link NAME_WORDS} capitalised words of its name, is
 * the facility's capacity or part of its name — a figure that describes the thing acted on, not the
 * indicator's value. Its value is doubted (`attributive`); `Cảng Cái Mép đón 1,2 triệu TEU` (a verb
 * before the figure) keeps its reading. Round 25.
 * @internal
 */
export const facilityFigureDoubt: DoubtRule = {
  id: 'attributive',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const list = ctx.g.facilityNouns;
    const k = numberToken(ctx, f);
    if (k === undefined || !list || list.length === 0) return false;
    const t = ctx.ix.tokens;
    let j = k;
    for (let n = 0; n <= NAME_WORDS && j > 0; n++) {
      if (endsRightAt(t, j, list)) return true;
      const x = t[j - 1] as Token;
      if (!capitalised(x)) return false;
      j--;
    }
    return false;
  },
};
