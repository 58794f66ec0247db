import { matchAt } from '../../phrase';
import { SENTENCE_ENDS, type Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type Ctx, type DoubtRule, first, WIDE_WINDOW } from '../context';
import { afterPercent } from '../helpers';

/** How many tokens after a change its word of comparison may follow (`, or 5.94 per cent, over the planned level`). */
const AFTER = 6;

/**
 * True when a plan noun of `nouns` (grammar `planGapNouns`) opens within {@link WIDE_WINDOW} tokens
 * before token `k` in its sentence with a clause break (`,`, `;`, `:`) between it and `k`: the
 * plan was set in a clause before the change's (`the government set production target of rice at
 * 6.818 million tons …, however the production remained 7.2 per cent higher`).
 */
function planClauseBefore(t: readonly Token[], k: number, nouns: NonNullable<Ctx['g']['planGapNouns']>): boolean {
  let broken = false;
  for (let b = k - 1; b >= 0 && b >= k - WIDE_WINDOW; b--) {
    const x = t[b] as Token;
    if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
    if (x.kind === 'punct' && CLAUSE_BREAKS.has(x.text)) broken = true;
    else if (broken && matchAt(t, b, nouns, k)) return true;
  }
  return false;
}

/** True when a percentage follows within two tokens of `k` (`a target of 6.5%`): the plan is a rate's. */
function percentPlanAt(ctx: Ctx, k: number): boolean {
  const t = ctx.ix.tokens;
  for (let j = k; j <= k + 2 && j < t.length; j++)
    if (t[j]?.kind === 'number') return afterPercent(t, ctx.g, j).percent;
  return false;
}

/** Marks that end a clause inside a sentence. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':']);

/**
 * `the government set production target of rice at 6.818 million tons …, however the production
 * remained 7.2 per cent higher`, `… set target for 3.5 million tons …, showing an increase of 6.9 per
 * cent`, `climbed by 4,852 million units, or 5.94 per cent, over the planned level of 81,740 million
 * units`: a change with no base, on a statement with no level, no completion and no period, in a
 * sentence that sets a plan in a clause before it, or compared with a plan right after it, may be the
 * gap to that plan (a completion of 107.2 %), not a growth over an earlier period (round 66: it had
 * been a certain rise). Grammar `planGapNouns`, `planGapCompares` (English); at most
 * {@link WIDE_WINDOW} tokens back and {@link AFTER} on.
 */
export const planGapDoubt: DoubtRule = {
  id: 'plan-gap',
  doubts: (ctx, f, what) => {
    const nouns = ctx.g.planGapNouns;
    if (what !== 'change' || !nouns || (f as Extracted<ExtractedChange>).value.base) return false;
    // (`set a revenue target of VND 63,163 billion, an increase of 4.4%`, `achieving 127.3% of the plan,
    // up 4%`: a change beside a level or a completion of its own is that figure's growth)
    if (ctx.s.value || ctx.s.completion) return false;
    // (`set a target of 6.5% growth for 2026, after the economy expanded an estimated 6.1% in 2025`, `set
    // targets for 2026: …, CPI growth of 4.5 percent`: a change of a period of its own is that period's)
    if (ctx.s.period) return false;
    const from = first(ctx, f);
    const after = afterField(ctx, f);
    if (from === undefined || after === undefined) return false;
    const t = ctx.ix.tokens;
    // (`…, over the planned level of 81,740 million units`: a word of comparison, then the plan — not
    // `at least the 8% growth target`, where the plan is the change's own noun)
    for (let j = after; j < t.length && j < after + AFTER; j++) {
      const x = t[j] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) break;
      const cmp = matchAt(t, j, ctx.g.compareWords) ?? matchAt(t, j, ctx.g.planGapCompares ?? []);
      if (!cmp) continue;
      for (let k = cmp.to; k <= cmp.to + 1 && k < t.length; k++) {
        const plan = matchAt(t, k, nouns);
        // (`GDP grew 7.09% in 2024, against a target of 6.5%`: a plan of a rate is the growth's own goal)
        if (plan) return !percentPlanAt(ctx, plan.to);
      }
    }
    return planClauseBefore(t, from, nouns);
  },
};
