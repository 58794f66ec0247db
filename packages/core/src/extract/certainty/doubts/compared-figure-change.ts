import { matchAt, type PhraseMatch } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Statement } from '../../types';
import { type DoubtRule, first, numberToken } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

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
    if (compareRightBefore(ctx, v)) return true;
    for (let i = start - 1; i >= 0 && i >= start - REACH; i--) {
      const x = t[i] as Token;
      if (x.kind === 'punct' || x.kind === 'number') return false;
      const cw: PhraseMatch<unknown> | null = matchAt(t, i, ctx.g.compareWords, start);
      if (!cw || cw.to >= start) continue;
      // (a base phrase fills the words between the compare word and the figure, to the figure)
      if (matchAt(t, cw.to, ctx.g.bases, start)?.to === start) return true;
      // (`… Rs. 2578.05 Cr during December 2023 against a corresponding collection of 1515.88 Cr during
      // Dec-2022 registering a phenomenal growth rate of 70.07%`: the base figure's noun and `of`, grammar
      // `quantityOf`, to the figure; round 66 — Indian states' tax releases)
      // (the value's span may open on its `of`, read as its verb; only a compare word of grammar
      // `baseFigureCompares` — `with value of $10.5 billion` compares nothing)
      const of = matchAt(t, start, ctx.g.quantityOf) !== null || endsRightAt(t, start, ctx.g.quantityOf);
      if (of && matchAt(t, i, ctx.g.baseFigureCompares ?? [], start)?.to === cw.to) return true;
    }
    return false;
  },
};

/** How many tokens a compare word of grammar `baseFigureCompares` may take (`as compared with`). */
const COMPARE_TOKENS = 3;

/**
 * True when a compare word of grammar `baseFigureCompares` ends right at the figure of value `v` (past its
 * currency): `rose to N15.67 trillion …, compared to N10.47 trillion in the same period of 2024 —
 * representing a 49.7 percent increase` — the compared figure, whose change after it is the figure
 * before's (round 67, probe of revenue authorities; it had been the base figure's certain rise).
 */
function compareRightBefore(ctx: Parameters<DoubtRule['doubts']>[0], v: NonNullable<Statement['value']>): boolean {
  const k = numberToken(ctx, v);
  const compares = ctx.g.baseFigureCompares;
  if (k === undefined || !compares) return false;
  const t = ctx.ix.tokens;
  const fig = currencyStart(t, ctx.g, k);
  for (let i = fig - 1; i >= 0 && i >= fig - COMPARE_TOKENS; i--)
    if (matchAt(t, i, compares, fig)?.to === fig) return true;
  return false;
}

/**
 * `… delivered 28,220 e-scooters, up 177.2 percent over the 10,182 units delivered in the second
 * quarter`, `… 112.9 percent more than the 13,253 e-scooters …`: the statement's value stands right
 * after the change's compare word and its article — it is the level the change is measured FROM, the
 * base period's figure — so the change is not that figure's own (round 31, the mirror of
 * {@link comparedFigureChangeDoubt}; `fromLevelFiguresDoubt` reads a bare `from`).
 */
export const changeOverComparedFigureDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const v = ctx.s.value;
    if (v === undefined || v.span.start < f.span.end) return false;
    const start = first(ctx, v);
    const end = ctx.ix.from(f.span.end);
    if (start === undefined) return false;
    const t = ctx.ix.tokens;
    const the = t[start - 1] as Token | undefined;
    if (the?.kind !== 'word' || !ctx.g.periodWords.keys.articles.has(the.forms.fold)) return false;
    return matchAt(t, end, ctx.g.compareWords, start - 1)?.to === start - 1;
  },
};
