import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';

/**
 * `LNG imports reached 12.4mtpa`, `coal output rose to 3.5Gt`, `sales hit 12kbbl a day`: letters
 * glued to the figure's number (no space) that the reader did not take in as a scale, a unit or a
 * percent sign — an abbreviation of a scale and a unit it does not know. The number alone is not
 * the figure (12.4 for 12.4 billion cubic metres), so it is never certain. A value or a change
 * whose span holds the glued word (`2.2Mt`, `US$5bn`, `7,5%`) was read with it and is left alone, and
 * a word run into the number by a missing space (`61,000newly-established businesses`) is no unit.
 */
export const gluedUnitDoubt: DoubtRule = {
  id: 'glued-unit',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const next = ctx.ix.tokens[k + 1] as Token | undefined;
    if (next?.kind !== 'word' || next.gap !== '' || next.start < f.span.end) return false;
    // (an abbreviation: at most four letters, or up to six with a capital — `mtpa`, `Gt`, `kbbl`,
    // `MMBtu`; not a word run into the number by a missing space, `61,000newly-established`)
    return /^\p{L}{1,4}$/u.test(next.text) || (/^\p{L}{1,6}$/u.test(next.text) && /\p{Lu}/u.test(next.text));
  },
};
