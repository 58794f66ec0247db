import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken, WINDOW } from '../context';
import { SENTENCE_ENDS } from '../helpers';

/**
 * `the construction work of Line 1, which covers 19.7 kilometres, including 2.6 kilometres of
 * underground tracks, has been completed`, `the bridge, which spans 1.2 km, …`: a figure inside a
 * relative clause opened by a verb of size (grammar `relativeAttributeLeads`: `which covers`, `which
 * spans`, `that stretches`) describes the thing named before it — its length or area — and is no
 * figure of the indicator the sentence reports (`attributive`). Looks {@link WINDOW} tokens back to
 * the lead, with no value or change verb between it and the figure, and no comma but one that goes
 * on with an addition (`…, including 2.6 kilometres`; grammar `relativeAttributeGoesOn`): `The
 * bridge, which spans 1.2 km, cost VND 2 trillion` keeps its cost. Round 26.
 * @internal
 */
export const relativeAttributeDoubt: DoubtRule = {
  id: 'attributive',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const leads = ctx.g.relativeAttributeLeads;
    if (!leads || leads.length === 0) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    for (let b = k - 1; b >= 0 && b >= k - WINDOW; b--) {
      const x = t[b] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
      // (a comma between the lead and the figure closes the clause unless an addition goes on with it:
      // `…, including 2.6 kilometres of underground tracks`; `…, cost VND 2 trillion` is the main clause)
      if (x.kind === 'punct' && x.text === ',' && b < k - 1 && !matchAt(t, b + 1, ctx.g.relativeAttributeGoesOn ?? []))
        return false;
      if (b < k - 1 && (matchAt(t, b, ctx.g.valueVerbs, k) || matchAt(t, b, ctx.g.changeVerbs, k))) {
        // (the lead's own verb is no value verb of another clause)
        if (!matchAt(t, b - 1, leads)) return false;
      }
      const lead = matchAt(t, b, leads, k);
      if (lead && (t[b - 1] as Token | undefined)?.text === ',') return true;
    }
    return false;
  },
};
