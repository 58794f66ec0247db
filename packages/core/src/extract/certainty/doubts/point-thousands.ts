import { vndThousandsScale } from '../../quantity';
import type { Token } from '../../tokenize';
import type { Quantity } from '../../types';
import { type DoubtRule, numberToken } from '../context';

/** One to three digits, one point, exactly three digits: `43.900`, `1.250`, `7.362`. */
const POINT_THOUSANDS = /^\d{1,3}\.\d{3}$/u;

/**
 * `Enterprises withdrawing from the market numbered 43.900`, `served 12.500 visitors`: in English
 * text a point before exactly three digits with no scale word after it is as likely a thousands
 * separator written the Vietnamese way (43,900) as a decimal point (43.9); a count is whole, and
 * nobody prints a decimal count to three places, nor a price in đồng with decimals. The number
 * is read as thousands (`quantity.ts`, round 24: every such figure of the released sets was), and
 * doubted. A scale word (`7.362 billion`, `$1.250 million`) or a percentage makes the point a
 * decimal point — except a sum in đồng before `million` or `billion` (`VND 5.337 billion`, `VND
 * 1.100 billion`: the `5.337 tỷ đồng` of a Vietnamese report kept as printed), read as thousands
 * and doubted alike (round 26); so is a decimal to three places ending in a zero before a written
 * `million` or `billion` in any unit (`5.500 million USD`, round 44), read as printed. A number glued
 * to a comma or point on either side is some other shape.
 */
export const pointThousandsDoubt: DoubtRule = {
  id: 'point-thousands',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'en') return false;
    const q = f.value as Quantity | undefined;
    if (q === undefined || q.unitCode === 'percent') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const text = (t[k] as Token).text;
    if (!POINT_THOUSANDS.test(text)) return false;
    // (`Total export value reaches 5.500 million USD`: a decimal to three places ending in a zero
    // before a written `million` or `billion` is as likely a thousands point — 5,500 million — as a
    // decimal one; kept as a decimal, doubted; round 44)
    const zeros = (q.scale === 6 || q.scale === 9) && (q.scaleWord?.length ?? 0) > 1 && text.endsWith('0');
    if (q.scale !== 0 && !vndThousandsScale(q.scale, q.scaleWord, q.unitCode) && !zeros) return false;
    const next = t[k + 1];
    // `1.250,5` or `1.250.000` split by the tokenizer: another shape of number.
    return !(next?.kind === 'punct' && next.gap === '' && /^[.,]$/u.test(next.text) && t[k + 2]?.kind === 'number');
  },
};
