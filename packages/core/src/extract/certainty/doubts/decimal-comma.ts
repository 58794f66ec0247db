import { DECIMAL_COMMA } from '../../read-number';
import type { Token } from '../../tokenize';
import type { Extracted, Quantity } from '../../types';
import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { numberNear, SENTENCE_ENDS } from '../helpers';
import { COMMA_THREE } from './comma-thousands';

/**
 * `more than 4,8 million international arrivals`, `rose 7,5%` in English text: a comma before one
 * or two digits groups no thousands, so it is the decimal comma of a writer of Vietnamese — the
 * number is read as 4.8 (`read-number.ts`) and doubted, every field it gives, since a comma may
 * also have lost the space of a list (`quarters 2,3 and 4`).
 */
export const decimalCommaDoubt: DoubtRule = {
  id: 'decimal-comma',
  doubts: (ctx, f) => {
    if (ctx.g.locale !== 'en') return false;
    const k = numberToken(ctx, f);
    return k !== undefined && DECIMAL_COMMA.test((ctx.ix.tokens[k] as Token).text);
  },
};

/**
 * `Sars collected R418,116-billion, which is … R45,3-billion more than the original estimate of
 * R372,8-billion`: in English text whose sentence writes another number with a decimal comma, a scaled
 * amount with one comma group of three digits may be three decimals of the same writer (418.116
 * billion), not a thousands group (418 116 billion, a thousand times more) — read as grouped and
 * doubted (round 67, probe of revenue authorities; it had been a certain 418 trillion). Looks at most
 * {@link WIDE_WINDOW} tokens either side, within the sentence.
 */
export const groupBesideDecimalCommaDoubt: DoubtRule = {
  id: 'decimal-comma',
  doubts: (ctx, f, what) => {
    if (ctx.g.locale !== 'en' || what !== 'value') return false;
    const k = numberToken(ctx, f);
    const t = ctx.ix.tokens;
    if (k === undefined || !COMMA_THREE.test((t[k] as Token).text)) return false;
    if (!((f as Extracted<Quantity>).value.scale > 0)) return false;
    return numberNear(t, k, DECIMAL_COMMA, SENTENCE_ENDS, WIDE_WINDOW);
  },
};
