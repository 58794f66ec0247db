import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, first, nameRangeOf, numberToken } from '../context';
import { endsRightAt, within } from '../helpers';

/**
 * `…, raising its market share by 2.6 percentage points to 21.3 percent`, `thị phần chiếm 21,3%,
 * tăng 2,6 điểm phần trăm`: a change of a statement named by a share word (grammar `shareWords`:
 * `market share`, `accounting for`, `chiếm`) moves a share of a whole, whose level the doubts of
 * shares already keep from being shown as an indicator's; its change is the share's too, not a
 * change of an indicator — doubted (`share`) unless the statement's value is an amount (not a
 * percentage), whose own change it is. Looks at the name (round 28), and for a report of the economy's
 * structure a few dozen tokens back in the sentence (round 65).
 * @internal
 */
export const shareChangeDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const v = ctx.s.value as Extracted<{ unitCode?: string }> | undefined;
    if (v && v.value.unitCode !== 'percent') return false;
    const [from, to] = nameRangeOf(ctx);
    if (from < to && within(ctx.ix.tokens, from, to, ctx.g.shareWords)) return true;
    // (a sector's move in a report of the economy's structure, grammar `structureWords`, is its share's, in
    // points or percent, the words do not tell — round 65: when the name holds the word, `Cơ cấu kinh tế
    // chuyển dịch theo hướng tích cực, công nghiệp - xây dựng tăng 2,52%`, or the value is a share before
    // the change and the word stands earlier in the sentence, `cơ cấu kinh tế chuyển dịch …; TMDV chiếm
    // 25,46%, tăng 0,42%`; `Cơ cấu kinh tế chuyển dịch đúng hướng; GRDP tăng 7,5%` is the product's growth)
    const structure = ctx.g.structureWords;
    if (structure && from < to && within(ctx.ix.tokens, from, to, structure)) return true;
    const k = v && v.span.end <= f.span.start ? numberToken(ctx, v) : undefined;
    return k !== undefined && endsRightAt(ctx.ix.tokens, k, ctx.g.shareWords) && structureBefore(ctx, f);
  },
};

/** How far back in its sentence a change looks for a word of the economy's structure. */
const STRUCTURE_REACH = 60;

/** True when a word of grammar `structureWords` stands before change `f` in its sentence (at most {@link STRUCTURE_REACH} tokens back). */
function structureBefore(ctx: Ctx, f: Extracted<unknown>): boolean {
  const words = ctx.g.structureWords;
  const at = first(ctx, f);
  if (!words || at === undefined) return false;
  const t = ctx.ix.tokens;
  for (let i = at - 1; i >= 0 && i >= at - STRUCTURE_REACH; i--) {
    const x = t[i] as Token;
    if (x.kind === 'punct' && (x.text === '.' || x.text === '!' || x.text === '?')) return false;
    if (matchAt(t, i, words, at)) return true;
  }
  return false;
}
