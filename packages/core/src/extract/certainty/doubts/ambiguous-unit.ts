import { matchAt } from '../../phrase';
import type { Quantity } from '../../types';
import { type Ctx, type DoubtRule, nameRangeOf, numberToken } from '../context';

/**
 * Integer digits from which a figure in an ambiguous unit is in the smaller one (`16,500 MT`, `167,259 MT`:
 * metric tonnes). Four digits are either: `IR has loaded 1512 MT during 2022-23` and `a coal production target
 * of 1,080 MT` are billions of tonnes written in million tonnes (round 69, probe of South Asian state firms —
 * they had been certain tonnes; round 48 had kept `3,500 MT` certain).
 */
const LARGE_DIGITS = 5;
/** The same with a fraction (`1,243.46 MT` may be million tonnes; `32,854.92 MT` is not: Indian output is in hundreds of million tonnes, freight in a few thousand). */
const FRACTION_DIGITS = 5;

/**
 * `the production stood at 433.76 mt`, `set at 243.3mt`: a unit the grammar lists as naming two
 * sizes (`scaleAmbiguousUnits`: `mt`, a metric tonne to traders and customs, a million tonnes in
 * Indian output reports), after a figure under 10,000 ({@link LARGE_DIGITS} digits) with no scale word (or under 10,000 with a fraction),
 * is not certain to be the size it is read as (`3.86 million mt`, `16,500 MT` are: Indian output is in a few thousand million tonnes at most). Constant time.
 */
export const ambiguousUnitDoubt: DoubtRule = {
  id: 'ambiguous-unit',
  doubts: (ctx, f, what) => {
    const units = ctx.g.scaleAmbiguousUnits;
    if (what !== 'value' || !units) return false;
    const q = (f as { value: Quantity }).value;
    if (q.scale !== 0 || q.unit === undefined || !units.has(q.unit.toLowerCase())) return false;
    // (the decimal string's integer digits: no float on a measured value)
    const [whole = '', fraction] = q.number.value.replace('-', '').split('.');
    // (`1,243.46 MT` of a year's freight loading: hundredths of a tonne on thousands of them is a
    // million-tonne figure's precision — a fraction doubts one digit more; round 48)
    return whole.length < (fraction === undefined ? LARGE_DIGITS : FRACTION_DIGITS);
  },
};

/**
 * The number token of value `f` read in US dollars from a bare `$` (no country's letters glued before
 * it: `US$`, `S$`), or undefined.
 */
function bareDollarAt(ctx: Ctx, f: Parameters<DoubtRule['doubts']>[1]): number | undefined {
  if ((f as { value: Quantity }).value.unitCode !== 'USD') return undefined;
  const k = numberToken(ctx, f);
  const t = ctx.ix.tokens;
  const sign = k === undefined ? undefined : t[k - 1];
  if (k === undefined || sign?.text !== '$' || (t[k - 2]?.kind === 'word' && sign.gap === '')) return undefined;
  return k;
}

/** How many tokens after the amount its bracket may open, and how many inside it the currency may stand (`(US$555 million)`, `(about US$5 million)`). */
const BRACKET_WINDOW = 3;

/**
 * `In February, profits reached $447,201 million (US$555 million)`: a figure after a bare `$` (no
 * country's letters) restated in a bracket right after it in the US dollar written with its letters
 * (`US$`, `USD`, `U$S`) is in another currency that writes `$` — the Chilean, Mexican or Colombian
 * peso, another country's dollar — not in US dollars as read (round 62: it had been a certain 447
 * billion USD). Constant time.
 */
export const localDollarDoubt: DoubtRule = {
  id: 'ambiguous-unit',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = bareDollarAt(ctx, f);
    const t = ctx.ix.tokens;
    if (k === undefined) return false;
    let open = -1;
    for (let j = k + 1; j <= k + 1 + BRACKET_WINDOW && j < t.length && open < 0; j++) if (t[j]?.text === '(') open = j;
    for (let j = open + 1; open >= 0 && j <= open + BRACKET_WINDOW && j < t.length; j++) {
      const m = matchAt(t, j, ctx.g.currencyBefore);
      if (m && m.phrase.data === 'USD' && m.to - j >= 2) return true;
      if (t[j]?.text === ')') break;
    }
    return false;
  },
};

/**
 * `The Guyana Revenue Authority (GRA) raked in $17.8B`, `The Zimbabwe Revenue Authority (Zimra) saw its
 * revenue reached $57 billion`, `Australian agriculture had a bumper year …, with a 17 per cent increase in
 * value to $70.9 billion`: a figure after a bare `$` (no country's letters) whose statement's name holds a
 * place whose money is written so and is no US dollar (grammar `localDollarPlaces`) is not certain to be
 * in US dollars as read (round 67, probe of revenue authorities; each had been certain US dollars). A
 * place after a word of a trading partner (`goods from Australia`) is the partner's. Looks at the name's
 * tokens only.
 */
export const placeDollarDoubt: DoubtRule = {
  id: 'ambiguous-unit',
  doubts: (ctx, f, what) => {
    const local = ctx.g.localDollarPlaces;
    if (what !== 'value' || !local || bareDollarAt(ctx, f) === undefined) return false;
    const t = ctx.ix.tokens;
    const [from, to] = nameRangeOf(ctx);
    for (let j = from; j < to; j++)
      if (matchAt(t, j, local.places, to) && !local.partnerLeads.has(t[j - 1]?.forms.lower ?? '')) return true;
    return false;
  },
};
