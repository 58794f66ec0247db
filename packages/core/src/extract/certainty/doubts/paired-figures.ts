import { matchAt } from '../../phrase';
import { SLASH_PAIR } from '../../sentence/slash-pair';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, numberToken } from '../context';

/**
 * `đạt hơn 2.458/7.758 tỉ đồng, đạt 31,6% kế hoạch`, `(24.013/9.278 tỷ đồng)`, `gấp 1,3 lần của
 * tỉnh (83,5/64 triệu đồng)`, `revenue of 1,250/1,400 billion`: two figures joined by a slash with
 * one unit after the second. Report prose writes `actual/plan`, `this period/that period` or `ours/
 * theirs` this way without saying which is which, so a statement whose value is the second figure
 * of such a pair (the figure the unit follows) is not certain to be the statement's own: its value,
 * completion and changes are doubted. The first figure of the pair is the `fraction` doubt's
 * (`30/63 địa phương`). A date (`29/9`) is a date token, not two numbers, and stays out.
 */
function secondOfPair(ctx: Ctx, f: Extracted<unknown> | undefined): boolean {
  if (f === undefined) return false;
  const k = numberToken(ctx, f);
  if (k === undefined || k < 2) return false;
  const t = ctx.ix.tokens;
  const slash = t[k - 1] as Token;
  const gap = (t[k] as Token).gap;
  // (`33/ 31,5 ha`: one space after the slash is still the pair)
  if ((gap !== '' && gap !== ' ') || slash.kind !== 'punct' || slash.text !== '/' || slash.gap !== '') return false;
  if ((t[k - 2] as Token).kind === 'number') return true;
  // (`1,052 tỷ đồng/1,218 tỷ đồng có điều kiện thi hành`: each figure with its own scale and unit, the
  // slash glued to the first one's last word — round 27)
  let j = k - 2;
  while (j > 0 && j >= k - 2 - QUANTITY_WORDS && (t[j] as Token).kind === 'word') j--;
  if (j === k - 2 || (t[j] as Token).kind !== 'number') return false;
  return matchAt(t, j + 1, ctx.g.scales) !== null || matchAt(t, j + 1, ctx.g.units) !== null;
}

/** How many words of a scale and unit may stand between a pair's first figure and its slash (`tỷ đồng`). */
const QUANTITY_WORDS = 3;

export const pairedFiguresDoubt: DoubtRule = {
  id: 'paired-figures',
  doubts: (ctx, _f, what) => {
    if (what !== 'value' && what !== 'completion' && what !== 'change') return false;
    // (a pair told apart by the completion stated with it: `sentence/slash-pair.ts`)
    if (ctx.s.value?.rule.endsWith(SLASH_PAIR)) return false;
    return secondOfPair(ctx, ctx.s.value);
  },
};
