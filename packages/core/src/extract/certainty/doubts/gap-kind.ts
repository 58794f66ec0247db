import { matchAt } from '../../phrase';
import type { DoubtReason, Extracted, Statement } from '../../types';
import { type Ctx, type DoubtRule, numberToken } from '../context';

/**
 * The value of a target statement whose only figure is that value, doubted for `reason` (no completion, no
 * certain change: those are framed on their own) — the shared test of the kind doubts below; undefined otherwise.
 */
function onlyDoubtedValue(ctx: Ctx, f: Extracted<unknown>, what: string, reason: DoubtReason): Statement['value'] {
  if (what !== 'kind' || (f as Statement['kind']).value !== 'target') return undefined;
  const s = ctx.s;
  if (s.completion || s.changes.some((c) => c.confidence !== 'uncertain')) return undefined;
  return s.value?.confidence === 'uncertain' && s.value.doubt?.reason === reason ? s.value : undefined;
}

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
  doubts: (ctx, f, what) => onlyDoubtedValue(ctx, f, what, 'difference') !== undefined,
};

/**
 * `Out of the 26 targets, 22 had been achieved`, `we achieved or exceeded 33 targets`, `3 indicators were
 * currently off target`: a goal word framed the statement as a target, but its only figure is a value
 * already doubted as a count of a noun (`counted-noun`) — here the count of goals met or missed, a result
 * about the plans rather than a plan (round 68, probe of councils' performance reports: each had been a
 * certain target). The kind is doubted with the count — only when a plan noun or a verb of meeting one
 * (grammar `planHeadNouns`, `fulfilVerbs`) stands beside the number, in a language with plan head nouns.
 */
/** How many tokens around a count a plan noun or a verb of meeting one may stand (`22 had been achieved`). */
const GOAL_COUNT_REACH = 3;

export const countKindDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    const value = ctx.g.planHeadNouns.length > 0 ? onlyDoubtedValue(ctx, f, what, 'counted-noun') : undefined;
    if (!value) return false;
    // (the count is of goals: a plan noun or a verb of meeting one beside its number — `33 targets`, `22 had
    // been achieved`; a goal's own count, `to open 16 new stores`, keeps its kind)
    const k = numberToken(ctx, value);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    // (the plan noun after the number: `Vietnam plans to build 21 wind power plants` is a goal's count)
    for (let i = Math.max(0, k - GOAL_COUNT_REACH); i <= k + GOAL_COUNT_REACH && i < t.length; i++)
      if ((i > k && matchAt(t, i, ctx.g.planHeadNouns)) || matchAt(t, i, ctx.g.fulfilVerbs)) return true;
    return false;
  },
};

/**
 * `Trong số 35 chỉ tiêu kế hoạch năm 2023, đến nay đã có 19 chỉ tiêu đạt 50% kế hoạch và vượt kế hoạch
 * năm`: a completion whose statement's value is a bare count (no unit) of goal nouns right after its number (grammar `goalNouns`: `19 chỉ tiêu`, `12 targets`) is the threshold each
 * of those goals reached, no completion of a quantity (round 69, probe of district reports: it had been
 * a certain 50 %).
 */
export const goalCountCompletionDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, _f, what) => {
    if (what !== 'completion') return false;
    // (the value is not weighed yet when the completion is: its bare count, no unit, is read here)
    const v = ctx.s.value;
    if (!v || v.value.unitCode !== undefined || v.value.unit !== undefined) return false;
    const k = numberToken(ctx, v);
    return k !== undefined && matchAt(ctx.ix.tokens, k + 1, ctx.g.goalNouns) !== null;
  },
};
