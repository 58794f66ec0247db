import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, nameRangeOf, numberToken, WIDE_WINDOW } from '../context';
import { SENTENCE_ENDS, within } from '../helpers';

/** How far back in its sentence an amount per unit looks for a threshold noun (`the poverty threshold … is raised from … to VND1.5 million per person`). */
const SENTENCE_REACH = 48;

/** True when an amount per unit follows the number at `k` (`VND300/liter`, `33 đồng/kg`, `VND2 million per person`). */
function perUnitAfter(ctx: Parameters<DoubtRule['doubts']>[0], k: number): boolean {
  const t = ctx.ix.tokens;
  for (let i = k + 1; i < t.length && i <= k + 4; i++) {
    const x = t[i] as Token;
    if (x.kind === 'punct') return x.text === '/';
    if (matchAt(t, i, ctx.g.perWords)) return true;
  }
  return false;
}

/**
 * Amounts a decision sets, no measured figure (the lead's convention: thresholds and rates set by
 * decision are no value facts): `the income-based poverty threshold … is raised from VND700,000 …
 * to VND1.5 million per person per month`, `In urban areas, the threshold is VND2 million per
 * person per month`, `chuẩn nghèo … là 1,5 triệu đồng/người/tháng` (a threshold noun in the name,
 * grammar `thresholdNouns`), and `a fund … was set up at the rate of VND100/liter`, `kerosene at the
 * rate of VND300/liter and Mazut fuel oil at VND33/kg`, `mức trích quỹ 300 đồng/lít` (an amount per
 * unit a few tokens after a word of a set rate, `chargeRateLeads`, the list it opens included). A
 * price per unit with no such word (`RON95 at VND23,000 a liter`) stays read.
 * @internal
 */
export const setAmountDoubt: DoubtRule = {
  id: 'policy-rate',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const g = ctx.g;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    // (`the poverty ratio based on the multi-dimensional poverty standards … at 21.92%`: a rate of
    // those under the threshold is measured; the threshold is an amount)
    if ((f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent') return false;
    // (an amount per unit: `VND2 million per person per month`, `1,5 triệu đồng/người/tháng`, `VND300/liter`;
    // `crossing the VND50 trillion threshold` is a milestone, no amount set)
    if (!perUnitAfter(ctx, k)) return false;
    const [from, to] = nameRangeOf(ctx);
    if (g.thresholdNouns && from < to && within(ctx.ix.tokens, from, to, g.thresholdNouns)) return true;
    // (an amount per unit a threshold's sentence moves to, `… is raised from VND700,000 … to VND1.5
    // million per person per month`, or one after a word of a set rate and the list it opens)
    const t = ctx.ix.tokens;
    for (let j = k - 1; j >= 0 && j >= k - SENTENCE_REACH; j--) {
      const x = t[j] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
      if (g.thresholdNouns && matchAt(t, j, g.thresholdNouns, k)) return true;
      if (j >= k - WIDE_WINDOW && g.chargeRateLeads && matchAt(t, j, g.chargeRateLeads, k)) return true;
    }
    return false;
  },
};
