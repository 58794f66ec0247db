import { matchAt, phraseEndingAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type Ctx, type DoubtRule, numberToken, WINDOW } from '../context';
import { currencyStart, endsRightAt, SENTENCE_ENDS, within } from '../helpers';

/**
 * The number token of value `f` and where the joiner right before its amount (past its currency)
 * starts — `and`, or a phrase such as `as well as` — or null when no joiner stands there.
 */
function joinerBefore(ctx: Ctx, f: Parameters<DoubtRule['doubts']>[1]): { k: number; joiner: number } | null {
  const k = numberToken(ctx, f);
  if (k === undefined) return null;
  const t = ctx.ix.tokens;
  const at = currencyStart(t, ctx.g, k);
  if (at < 2 || !endsRightAt(t, at, ctx.g.joiners)) return null;
  const opens = phraseEndingAt(t, at, ctx.g.joiners, 3, 0, true);
  const joiner = opens < 0 ? at - 1 : opens;
  return joiner < 1 ? null : { k, joiner };
}

/** How many tokens a comparison base may take before the joiner (`from the same period last year`). */
const BASE_TOKENS = 6;

/**
 * `This marks an increase of 148.6 thousand people from the previous quarter and 217.3 thousand
 * people from last year`, `an increase of 126.6 thousand (0.25%) from the previous quarter and 217.4
 * thousand (0.42%) from last year`, `tăng 1.200 người so với quý trước và 2.300 người so với cùng
 * kỳ`: a figure right after a joiner whose conjunct before it ends on a comparison base (grammar
 * `bases`), with a change word before that in its clause (`changeNouns`, `changeVerbs`), is the
 * second amount of the change — another difference against another base, no level. The value is
 * doubted (`difference`). Looks at most `WINDOW` tokens back.
 * @internal
 */
export const changeListDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const joined = what === 'value' ? joinerBefore(ctx, f) : null;
    if (!joined) return false;
    const t = ctx.ix.tokens;
    const g = ctx.g;
    const j = joined.joiner;
    let based = -1;
    for (let b = j - 1; b >= 0 && b >= j - BASE_TOKENS; b--) {
      if (matchAt(t, b, g.bases, j)?.to === j) {
        based = b;
        break;
      }
    }
    if (based < 0) return false;
    // (back to the sentence's end, past brackets: `an increase of 126.6 thousand people (0.25%) from …`)
    let from = based;
    while (from > 0 && from > based - WINDOW && !SENTENCE_ENDS.has((t[from - 1] as Token).text)) from--;
    // (a number between the change word and the base: the first amount of the list)
    let number = false;
    for (let i = from; i < based && !number; i++) number = (t[i] as Token).kind === 'number';
    return number && (within(t, from, based, g.changeNouns) || within(t, from, based, g.changeVerbs));
  },
};

/** How many tokens a bracket restating the first amount may hold (`(19.0%)`, `(+ 12.1 per cent)`). */
const BRACKET_TOKENS = 6;

/** How many words of scale or unit may follow the first amount's number (`billion`, `million tonnes`). */
const AMOUNT_WORDS = 3;

/**
 * `goods imports and exports increased £16.6 billion (19.0%) and £14.1 billion (21.9%) respectively`,
 * `rose by $2 billion and $1.5 billion`: a figure right after a joiner whose conjunct before it is an
 * amount right after a verb of change (grammar `changeVerbs`, with or without `by`; its own bracket
 * may follow it), written with the same scale and unit words, is the second amount of that change —
 * a difference, no level (round 50; it had been a certain value). Constant work.
 * @internal
 */
export const changeAmountListDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const joined = what === 'value' ? joinerBefore(ctx, f) : null;
    if (!joined) return false;
    const t = ctx.ix.tokens;
    const g = ctx.g;
    const k = joined.k;
    let j = joined.joiner - 1;
    // (the first amount's own bracket: `£16.6 billion (19.0%)`)
    if ((t[j] as Token).text === ')') {
      let b = j - 1;
      while (b > 0 && b >= j - BRACKET_TOKENS && (t[b] as Token).text !== '(') b--;
      if ((t[b] as Token).text !== '(') return false;
      j = b - 1;
    }
    let words = 0;
    for (; words < AMOUNT_WORDS && j > 0 && (t[j] as Token).kind === 'word'; words++) j--;
    if ((t[j] as Token | undefined)?.kind !== 'number') return false;
    // (the two amounts written alike — the same scale and unit words after each: `£16.6 billion …
    // and £14.1 billion`; not `tăng 32,6 lần và 16,4 tỷ lượt khách`, a multiple and a level)
    for (let n = 1; n <= words; n++)
      if ((t[j + n] as Token).forms.fold !== (t[k + n] as Token | undefined)?.forms.fold) return false;
    const first = currencyStart(t, g, j);
    const by = phraseEndingAt(t, first, g.exceedBy);
    return phraseEndingAt(t, by < 0 ? first : by, g.changeVerbs) >= 0;
  },
};
