import type { Statement } from '../../types';
import type { DoubtRule } from '../context';

/**
 * `Tax Administration Jamaica, TAJ, has exceeded its first quarter collections target by almost
 * $7-billion`, `the revenue target for this period was short by 13 million euros`, `customs duties came
 * in R192-million under target`: a goal word framed the statement as a target, but its only figure is
 * a value already doubted as a difference — by how much the result passed or missed the plan. Such a
 * figure is no target, nor is it the result's level: the kind is doubted with it (round 67, probes of
 * revenue authorities and budget execution; it had been a certain target). A statement with a
 * completion or a certain change keeps its kind: those figures are framed on their own.
 */
export const gapKindDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'kind' || (f as Statement['kind']).value !== 'target') return false;
    const s = ctx.s;
    if (s.completion || s.changes.some((c) => c.confidence !== 'uncertain')) return false;
    return s.value?.confidence === 'uncertain' && s.value.doubt?.reason === 'difference';
  },
};
