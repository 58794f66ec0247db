import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type Ctx, type DoubtRule, first, WINDOW } from '../context';
import { afterPercent, endsRightAt } from '../helpers';

/**
 * `33 million informal workers were recorded, accounting for 63.9% of total employment, down 1.3%
 * and 1.1% from the previous quarter …`, `Trained workers numbered 14.8 million, accounting for 28.5
 * percent of the workforce, up 0.4 percent …`: in English, a bare change opening right after the comma that closes a share clause (a share verb before a
 * percentage, grammar `shareWords`, and its noun of the whole) may be the SHARE's change (the GSO's
 * 63.9 % was 65.2 % a quarter before: down 1.3 points) or the value's; the words leave it open, so
 * it is doubted (`unread-between`). Vietnamese writes a share's move in `điểm phần trăm`, so its
 * `chiếm 20% tổng kim ngạch, tăng 15%` is the value's change, left as read. A change with a joiner or a verb of its own (`chiếm 85,78% tổng
 * mức và tăng 10,97%`, `…, marking a 36.9 per cent increase`), a change before the share (`up 2.1%
 * year on year, making up 85.6% of total exports`) and a completion restated with `, or` stay as
 * read. Round 25 (test13's informal-workers question).
 * @internal
 */
export const changeAfterShareDoubt: DoubtRule = {
  id: 'unread-between',
  doubts: (ctx, f, what) => what === 'change' && afterShare(ctx, f as Extracted<ExtractedChange>, true),
};

/**
 * True when change `f` opens right after the comma closing a share clause (see
 * {@link changeAfterShareDoubt}); `list`: also when it is the second of a list (`down 1.3% and
 * 1.1% from …`) whose first change is.
 */
function afterShare(ctx: Ctx, f: Extracted<ExtractedChange>, list: boolean): boolean {
  // (Vietnamese writes a share's move in `điểm phần trăm`, so its `%` after a share is the value's
  // change; English translations of the same releases print those points as `%`: open only there)
  if (ctx.g.locale !== 'en') return false;
  const v = ctx.s.value;
  // (a share moves by points or percent, not by a multiple: `chiếm 17% …, gấp 3,1 lần` is the value's)
  if (!v || v.span.end > f.span.start || v.value.unitCode === 'percent' || f.value.form === 'times') return false;
  const at = first(ctx, f);
  if (at === undefined || at < 2) return false;
  const t = ctx.ix.tokens;
  // (the change opens right after a comma: `…, down 1.3%`, not `… và tăng 10,97%`)
  const comma = t[at - 1] as Token;
  if (list && comma.kind === 'word' && ctx.g.periodListJoiners.has(comma.forms.fold)) {
    const before = (t[at - 2] as Token).start;
    const c = ctx.s.changes.find((x) => x !== f && x.span.start <= before && before < x.span.end);
    return c !== undefined && afterShare(ctx, c, false);
  }
  if (comma.kind !== 'punct' || comma.text !== ',') return false;
  const valueEnd = ctx.ix.from(v.span.end);
  const c = ctx.s.completion;
  // (walk back from the change over the share's words to its percentage; no other figure between)
  for (let j = at - 2; j >= valueEnd && j >= at - WINDOW; j--) {
    const x = t[j] as Token;
    if (x.kind === 'punct' && x.text !== '%') return false;
    if (x.kind !== 'number') continue;
    // (`, or 66.1 percent of the yearly estimates, an increase of …`: a completion, no share)
    if (c && c.span.start <= x.start && x.start < c.span.end) return false;
    return afterPercent(t, ctx.g, j).percent && endsRightAt(t, j, ctx.g.shareWords);
  }
  return false;
}
