import { currencyOf } from '../../currency-of';
import type { Token } from '../../tokenize';
import type { Quantity } from '../../types';
import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { numberNear } from '../helpers';

/** One to three digits, one comma, exactly three digits: `5,142`, `1,250`. */
export const COMMA_THREE = /^\d{1,3},\d{3}$/u;
/** A number grouped in thousands by points: `8.921`, `139.135`, `1.596,7`. */
const POINT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u;
const SENTENCE_END = new Set(['.', '!', '?']);
/** A comma before three zeros: `2,000`. */
const ZEROS_AFTER_COMMA = /,000$/u;

/**
 * `490 doanh nghiệp … với tổng vốn đăng ký 5,142 tỷ đồng …, nâng tổng số lên 8.921 doanh nghiệp
 * với tổng vốn 139.135 tỷ đồng`: in Vietnamese text a comma before exactly three digits is the
 * decimal comma (5,142 = 5.142), but when the same sentence groups its other numbers in thousands
 * by points, the writer may have slipped the thousands separator (5.142 tỷ = 5 nghìn tỷ): the value
 * is read as the decimal and doubted, as is a comma before three zeros (`2,000 tỉ đồng`). With no
 * number grouped by points around it, or with one or two digits after the comma (`5,14 tỷ`), the
 * comma stays a certain decimal comma.
 */
export const commaThousandsDoubt: DoubtRule = {
  id: 'comma-thousands',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'vi') return false;
    const q = f.value as Quantity | undefined;
    if (!q || q.unitCode === 'percent') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const text = (t[k] as Token).text;
    if (!COMMA_THREE.test(text)) return false;
    // (`số vốn xây dựng 2,000 tỉ đồng`: three zeros after the comma are a thousands group more often
    // than a decimal written to three places; round 50 — it had been a certain 2 tỉ)
    return ZEROS_AFTER_COMMA.test(text) || numberNear(t, k, POINT_GROUPED, SENTENCE_END, WIDE_WINDOW);
  },
};

/**
 * `the output is 2,592 billion kWh`, `consumption reached 1,250 billion` in English text: a comma
 * before exactly three digits and a scale word of billions or more, with no currency. English
 * writes such a size as `2.592 trillion`; a writer of Vietnamese keeps the decimal comma (2,592 tỷ
 * = 2.592 billion), so thousands or decimals is not told and the value is doubted. An amount of
 * money (`VND 6,061 billion`, `US$1,200 billion`) is how the Vietnamese press writes billions of
 * đồng in English and stays certain, in any currency the grammar names (`2,800 billion kip`,
 * `26,042 billion riels`; round 43), as does `2.592 billion` and `2,592 million`.
 */
export const commaBeforeScaleDoubt: DoubtRule = {
  id: 'comma-before-scale',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'en') return false;
    const q = f.value as Quantity | undefined;
    if (!q || q.unitCode !== undefined || q.scale < 9 || currencyOf(ctx.g, q) !== undefined) return false;
    const k = numberToken(ctx, f);
    return k !== undefined && COMMA_THREE.test((ctx.ix.tokens[k] as Token).text);
  },
};
