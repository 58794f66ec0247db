import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { endsRightAt } from '../helpers';

/** Quote marks that open or close a title. */
const QUOTES = new Set(['"', '“', '”', '«', '»']);

/** Whether a text's tokens hold a quote mark at all: one pass per text, then a lookup per field. */
const QUOTED = new WeakMap<readonly Token[], boolean>();
function hasQuote(t: readonly Token[]): boolean {
  let q = QUOTED.get(t);
  if (q === undefined) {
    q = t.some((x) => x.kind === 'punct' && QUOTES.has(x.text));
    QUOTED.set(t, q);
  }
  return q;
}

/**
 * `a nationwide campaign titled "500 Days and Nights of Competition to Complete 3,000 km of
 * Highways"`, `phong trào thi đua mang tên "100 ngày đêm …"`, `a programme dubbed "1 million homes"`:
 * a number inside quotes opened right after a word that names a title (grammar `titleLeads`) is
 * part of the title, no figure. Quoted speech (`he said "exports rose 10%"`) has no such word
 * before its quote and stays read. Looks back at most `WIDE_WINDOW` tokens to the nearest quote.
 * @internal
 */
export const titleDoubt: DoubtRule = {
  id: 'title',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change' && what !== 'completion') return false;
    const leads = ctx.g.titleLeads;
    if (!leads || leads.length === 0) return false;
    const t = ctx.ix.tokens;
    if (!hasQuote(t)) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    for (let j = k - 1; j >= 0 && j >= k - WIDE_WINDOW; j--) {
      const x = t[j] as Token;
      if (x.kind === 'punct' && (x.text === '.' || x.text === ';')) return false;
      if (x.kind !== 'punct' || !QUOTES.has(x.text)) continue;
      // (the nearest quote before the number: an opening one has a title word right before it)
      return endsRightAt(t, j, leads);
    }
    return false;
  },
};
