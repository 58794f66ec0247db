import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { afterField, type DoubtRule, first } from '../context';
import { endsRightAt } from '../helpers';

/**
 * `productivity estimated at 6.08 tonnes of unmilled rice per ha`, `5.2 kg of waste per person`:
 * a quantity whose unit is divided, a few words on, by another (`per`): a rate per unit (a
 * density), not a level of the indicator. English only: Vietnamese `trên` is mostly `in/on`.
 */
export const perUnitDoubt: DoubtRule = {
  id: 'per-unit',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'en') return false;
    const unit = (f.value as { unitCode?: string } | undefined)?.unitCode;
    if (!unit || unit === 'percent') return false;
    const t = ctx.ix.tokens;
    const j = afterField(ctx, f);
    if (j === undefined || t[j]?.kind !== 'word') return false;
    for (let i = j + 1; i < t.length && i <= j + 4; i++) {
      const x = t[i] as Token;
      if (x.kind !== 'word') return false;
      if (matchAt(t, i, ctx.g.perWords)) return true;
    }
    return false;
  },
};

/**
 * `The tax rate is $1.20 per $100 of assessed value`, `an increase per $100,000 in assessed residential
 * value of $40`: an amount right after a word of rate (grammar `perWords`) is the unit another figure is
 * counted by — no level of its own (round 65: it had been a certain value of $100,000).
 */
export const perDenominatorDoubt: DoubtRule = {
  id: 'per-unit',
  doubts: (ctx, f, what) => {
    // (English only: Vietnamese `trên` is mostly `on`, `trên hơn 73 nghìn ha`)
    if (what !== 'value' || ctx.g.locale !== 'en') return false;
    const from = first(ctx, f);
    return from !== undefined && from > 0 && endsRightAt(ctx.ix.tokens, from, ctx.g.perWords);
  },
};
