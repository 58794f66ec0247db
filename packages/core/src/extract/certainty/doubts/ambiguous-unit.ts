import type { Quantity } from '../../types';
import type { DoubtRule } from '../context';

/** Integer digits from which a figure in an ambiguous unit is in the smaller one (`3,500 MT`, `167,259 MT`: metric tonnes). */
const LARGE_DIGITS = 4;
/** The same with a fraction (`1,243.46 MT` may be million tonnes; `32,854.92 MT` is not: Indian output is in hundreds of million tonnes, freight in a few thousand). */
const FRACTION_DIGITS = 5;

/**
 * `the production stood at 433.76 mt`, `set at 243.3mt`: a unit the grammar lists as naming two
 * sizes (`scaleAmbiguousUnits`: `mt`, a metric tonne to traders and customs, a million tonnes in
 * Indian output reports), after a figure under 1,000 ({@link LARGE_DIGITS} digits) with no scale word (or under 10,000 with a fraction),
 * is not certain to be the size it is read as (`3.86 million mt`, `3,500 MT` are: Indian output is in hundreds of million tonnes at most). Constant time.
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
