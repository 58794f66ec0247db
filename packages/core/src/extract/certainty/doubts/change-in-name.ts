import { matchAt, type Phrase } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, nameRangeOf, numberToken } from '../context';
import { currencyStart, endsRightAt, within } from '../helpers';

/**
 * True when a change word (grammar `nameChangeWords`) stands in tokens `[from, to)` and no stop
 * word holds it (`tăng cường`, `tăng trưởng`, `hạ tầng`: no change).
 */
function changeWordIn(
  t: readonly Token[],
  from: number,
  to: number,
  words: readonly Phrase[],
  stops: readonly Phrase[],
): boolean {
  for (let i = from; i < to; i++) {
    if (!matchAt(t, i, words, to)) continue;
    // (a stop starting here or one token before covers the word)
    const stop = matchAt(t, i, stops) ?? (i > 0 ? matchAt(t, i - 1, stops) : null);
    if (stop && stop.to > i) continue;
    return true;
  }
  return false;
}

/**
 * `Ước kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`, `Tỷ lệ hộ nghèo giảm hằng năm theo
 * tiêu chí mới mỗi năm 3%`, `giảm tỷ suất sinh thô 0,30‰/năm`, `tỷ lệ giảm nghèo … bình quân đạt
 * 3,81%`, `the reduction of the poverty rate in 2022 was 1.1%`: a change verb or noun inside the
 * name of a statement valued by a bare percentage makes that percentage the size of the change (the
 * points or percent the rate moved), not the rate's level. The value is doubted (`difference`).
 * A level the change moved TO stays certain (`giảm tỷ lệ hộ nghèo xuống còn 2,5%`, `reducing the
 * rate to 3%`: grammar `toWords` right before the figure), and so does a name that is a growth
 * (`tốc độ tăng trưởng`, `tỷ lệ tăng dân số`: grammar `growthWords`), whose percentage is a rate of
 * growth read by other rules. Looks only at the name (at most `NAME_WINDOW` tokens).
 * @internal
 */
export const changeInNameDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    if ((f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
    const g = ctx.g;
    if (!g.nameChangeWords || g.nameChangeWords.length === 0) return false;
    const [from, to] = nameRangeOf(ctx);
    if (from === to) return false;
    const t = ctx.ix.tokens;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    // (the level reached: `xuống còn 2,5%`, `to 3%`, `to over 77%` — the move's end, a level)
    let at = currencyStart(t, g, k);
    for (let b = at - 1; b >= 0 && b >= at - 3; b--) if (matchAt(t, b, g.approximate, at)?.to === at) at = b;
    if (endsRightAt(t, at, g.toWords)) return false;
    const stops = g.nameChangeStops ?? [];
    // (the change word and the figure in one predicate: `tỷ lệ che phủ rừng không ngừng tăng và đạt
    // 42%` joins another predicate, a level, after the change)
    for (let i = from; i < k; i++) {
      if (!changeWordIn(t, i, i + 1, g.nameChangeWords, stops)) continue;
      return !within(t, i + 1, k, g.joiners) && !within(t, from, to, g.growthWords);
    }
    return false;
  },
};
