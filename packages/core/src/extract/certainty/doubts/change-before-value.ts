import type { Token } from '../../tokenize';
import { afterField, type DoubtRule, first } from '../context';

/**
 * `vận tải ngoài nước ước đạt 5,2 triệu lượt khách, tăng trưởng … với mức tăng 32,6 lần và 16,4 tỷ
 * lượt khách.km luân chuyển, gấp 27 lần`, `passengers reached 5.2 million, up 32.6 times, and 16.4
 * billion passenger-km, 27 times …`: a change right before `và`/`and` (grammar `periodListJoiners`)
 * and a value that opens with its bare number — the next item of a list, with no verb of its own
 * — belongs to the item before the joiner, not to that value. It is doubted (`second-figure`);
 * `doanh thu tăng 15% và đạt 200 tỷ đồng` (a verb after the joiner: one subject) keeps it. Round 25.
 * @internal
 */
export const changeBeforeValueDoubt: DoubtRule = {
  id: 'second-figure',
  doubts: (ctx, f, what) => {
    const v = ctx.s.value;
    if (what !== 'change' || !v || f.span.end > v.span.start) return false;
    let j = afterField(ctx, f);
    const vAt = first(ctx, v);
    if (j === undefined || vAt === undefined) return false;
    const t = ctx.ix.tokens;
    // (`up 32.6 times, and 16.4 billion …`: a comma before the joiner)
    const comma = t[j] as Token | undefined;
    if (comma?.kind === 'punct' && comma.text === ',') j++;
    const joiner = t[j] as Token | undefined;
    if (joiner?.kind !== 'word' || !ctx.g.periodListJoiners.has(joiner.forms.fold)) return false;
    return vAt === j + 1 && (t[vAt] as Token).kind === 'number';
  },
};
