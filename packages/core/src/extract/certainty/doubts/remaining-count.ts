import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, exactValueToken } from '../context';
import { capitalised, endsRightAt } from '../helpers';

/** How many lowercase words of the counted noun may stand between a count and `còn lại`. */
const NOUN_WORDS = 3;

/**
 * `dữ liệu tài chính của 3 doanh nghiệp còn lại cho thấy …`, `the remaining 3 companies`, `the 3
 * remaining plants`: a whole count of the items left over once others were named (a remainder word
 * right before the count, or right after it or after its counted noun) points back at a subset the
 * sentence already spoke of — it describes them, it is no figure of an indicator. Its value is doubted
 * (`counted-noun`); an amount left (`số vốn còn lại 5.000 tỷ đồng`: a scale or a decimal) keeps its
 * reading. Round 27.
 * @internal
 */
export const remainingCountDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const q = (f.value as { scale?: number; unitCode?: string } | undefined) ?? {};
    const t = ctx.ix.tokens;
    if ((q.scale ?? 0) !== 0 || /\D/u.test((t[k] as Token).text)) return false;
    const words = ctx.g.leftoverWords;
    if (!words || words.length === 0) return false;
    // (`the remaining 3 companies`)
    if (endsRightAt(t, k, words)) return true;
    for (let j = k + 1, n = 0; j < t.length && n <= NOUN_WORDS; j++, n++) {
      const x = t[j] as Token;
      if (x.kind !== 'word' || capitalised(x)) return false;
      // (`3 doanh nghiệp còn lại`: after the noun, where Vietnamese puts its adjectives; `the 3
      // remaining plants`: right after the count, where English does — `45 projects remaining to be
      // disbursed` is a clause of its own)
      if ((n === 0 || ctx.g.locale === 'vi') && matchAt(t, j, words)) return true;
    }
    return false;
  },
};
