import { matchAt, type PhraseMatch } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, first } from '../context';

/** How many tokens before a value a compare word and its base may take (`so với cùng kỳ năm trước`). */
const REACH = 8;

/**
 * `… đạt 204.291 lượt khách, so với cùng kỳ 182.907 lượt, tăng 11,69%`, `… reached 1.2 million,
 * compared with the same period last year 1.05 million, up 14%`: the statement's value stands right
 * after a compare word and its base — it is the base period's figure — so a change read after it
 * compares the figure BEFORE with it, and is not the base figure's own change (round 27). The value
 * itself is another rule's (`comparison`); this doubts the change the figure was given.
 */
export const comparedFigureChangeDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const v = ctx.s.value;
    if (v === undefined || v.span.start >= f.span.start) return false;
    const start = first(ctx, v);
    if (start === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = start - 1; i >= 0 && i >= start - REACH; i--) {
      const x = t[i] as Token;
      if (x.kind === 'punct' || x.kind === 'number') return false;
      const cw: PhraseMatch<unknown> | null = matchAt(t, i, ctx.g.compareWords, start);
      if (!cw || cw.to >= start) continue;
      // (a base phrase fills the words between the compare word and the figure, to the figure)
      if (matchAt(t, cw.to, ctx.g.bases, start)?.to === start) return true;
    }
    return false;
  },
};
