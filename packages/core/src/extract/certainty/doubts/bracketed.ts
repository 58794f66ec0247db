import { matchAt } from '../../phrase';
import { LISTED } from '../../sentence/list-brackets';
import { BRACKET_PERIOD } from '../../sentence/vi-bracket-period-rate';
import type { Token } from '../../tokenize';
import { type Ctx, type DoubtRule, first, numberToken } from '../context';

/**
 * `(cùng kỳ năm trước tăng 7,3%)` after a statement: the brackets hold another figure; and
 * `tăng 0,32% (1.216 tấn)`: a bracket that opens on the number qualifies the figure before.
 */
export const bracketedDoubt: DoubtRule = {
  id: 'bracketed',
  doubts: (ctx, f, what) => {
    // `gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%)`: an entry of a bracketed list whose head
    // gives its role (`sentence/list-brackets.ts`) is named right before its bracket.
    if (f.rule.includes(LISTED)) return false;
    // `GDP năm 2024 tăng 7,09% (năm 2023 tăng 5,05%)`: the rate of the period that opens the bracket,
    // its own statement dated that period (`sentence/vi-bracket-period-rate.ts`).
    if (f.rule.endsWith(BRACKET_PERIOD)) return false;
    const at = first(ctx, f);
    if (at === undefined) return false;
    const d = ctx.ix.depthAt(at);
    if (d === 0) return false;
    if (ctx.nameFrom === undefined || ctx.ix.depthAt(ctx.nameFrom) < d) return true;
    // `421.846 ha (79.918 ha rừng phòng hộ và 341.928 ha rừng sản xuất), đạt 83,8% kế hoạch`: an
    // item of a bracketed breakdown whose statement took a completion or change from outside the
    // bracket — that figure is the total's, so the item's value is not sure to be its (round 18).
    if (what === 'value' && outsideFigure(ctx, d)) return true;
    // `tăng 7,31% (cao hơn mức tăng 7,23% …)`: a bracket after a figure that opens with a
    // comparison remarks on that figure; it states no figure of its own.
    const opener = ctx.ix.bracketOf(at);
    const before = ctx.ix.tokens[opener - 1];
    const afterFigure = before?.kind === 'number' || (before?.kind === 'punct' && before.text === '%');
    if (opener > 0 && afterFigure && matchAt(ctx.ix.tokens, opener + 1, ctx.g.differenceWords)) return true;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let open = k - 1;
    if (t[open]?.kind === 'punct' && ['+', '-', '−'].includes((t[open] as Token).text)) open--;
    return t[open]?.kind === 'punct' && ['(', '['].includes((t[open] as Token).text);
  },
};

/** True when the statement has a completion or change read outside (shallower than) bracket depth `d`. */
function outsideFigure(ctx: Ctx, d: number): boolean {
  const s = ctx.s;
  for (const x of [s.completion, ...s.changes]) {
    if (x === undefined) continue;
    const k = ctx.ix.at(x.span.start);
    if (k !== undefined && ctx.ix.depthAt(k) < d) return true;
  }
  return false;
}
