import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { afterField, type DoubtRule, numberToken } from '../context';

/** How many tokens after a completion's figure its plan phrase is read for the writer's own word. */
const REACH = 6;

/**
 * `…, respectively completing 44% and 47% of the plan for 2023 and 37% and 38% of our forecast`,
 * `hoàn thành 45% dự phóng của chúng tôi`: a completion of a forecast the WRITER owns (a first-person
 * word and a forecast noun in its plan phrase, grammar `writerForecast`) measures the result against an analyst's estimate,
 * not the plan of the indicator's owner; it is doubted (`own-forecast`). Round 27.
 * @internal
 */
export const ownForecastDoubt: DoubtRule = {
  id: 'own-forecast',
  doubts: (ctx, f, what) => {
    const w = ctx.g.writerForecast;
    if (what !== 'completion' || !w || w.owners.length === 0) return false;
    const k = numberToken(ctx, f);
    const j = afterField(ctx, f);
    if (k === undefined || j === undefined) return false;
    const t = ctx.ix.tokens;
    // (the field's own plan phrase, `% of our forecast`, then a few words after it: a first-person
    // word and a forecast noun both — `52% of our annual plan` is the owner's own plan)
    let owner = false;
    let noun = false;
    for (let i = k + 1; i < t.length && i < j + REACH && !(owner && noun); i++) {
      const x = t[i] as Token;
      if ((x.kind === 'punct' && x.text !== '%' && x.text !== '-') || x.kind === 'number') return false;
      owner ||= matchAt(t, i, w.owners) !== null;
      noun ||= matchAt(t, i, w.nouns) !== null;
    }
    return owner && noun;
  },
};
