import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { afterField, type Ctx, type DoubtRule, first, nameRangeOf } from '../context';

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
    if (!v) return false;
    // (`Sản lượng tăng 5% và 1.250 hộ được hỗ trợ`: when the statement's name stands right before
    // its change, with no figure between, the change is that name's and the value after the joiner
    // is the next item's — the value is doubted too; round 32)
    if (what === 'value')
      return ctx.s.changes.some((c) => c.span.end <= v.span.start && namedChange(ctx, c) && joinedBefore(ctx, c, v));
    if (what !== 'change' || f.span.end > v.span.start) return false;
    return joinedBefore(ctx, f, v);
  },
};

/**
 * True when the statement's name ends before change `c` with no number between them and names an
 * indicator, not a growth (`tăng trưởng bùng nổ … với mức`, grammar `growthWords`, describes the
 * change of an earlier item): the change is the name's own.
 */
function namedChange(ctx: Ctx, c: Extracted<unknown>): boolean {
  const at = first(ctx, c);
  const [from, to] = nameRangeOf(ctx);
  if (ctx.nameTo === undefined || at === undefined || ctx.nameTo > at) return false;
  for (let i = ctx.nameTo; i < at; i++) if ((ctx.ix.tokens[i] as Token).kind === 'number') return false;
  for (let i = from; i < to; i++) if (matchAt(ctx.ix.tokens, i, ctx.g.growthWords, to)) return false;
  return true;
}

/** True when change `f` is followed by a list joiner (after an optional comma) and value `v` opens right after it with its bare number. */
function joinedBefore(ctx: Ctx, f: Extracted<unknown>, v: Extracted<unknown>): boolean {
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
}
