import { glueOf } from '../glue';
import { matchAt, type PhraseMatch } from '../phrase';
import type { Draft } from '../place/context';
import { readQuantity } from '../quantity';
import { tokenize } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words of its unit (`sen`, `cents`) may stand between the per-share figure's number and `per share`. */
const UNIT_WORDS = 2;

/**
 * `net profit … increased to RM728.9 million or 35.6 sen per share, from RM569.42 million or 27.82 sen
 * per share`, `its net profit was down 3.65% to RM33.76 million or 1.92 sen per share`: after an amount,
 * `or` and a figure `per share` (grammar `perShareLinks`, `perShareWords`) restate the amount per share
 * — the earnings per share, a figure of its own the reader had dropped. It becomes a statement of the
 * same kind and period, named the amount's name `per share`; when the amount is an earlier level
 * (`earlier-reading`), so is the figure per share. English only (the Malaysian and Philippine results
 * press). Constant work per statement; runs after the earlier levels are known.
 */
export function perShareFigures(a: SentenceContext, st: SentenceState): void {
  const links = a.g.perShareLinks;
  const per = a.g.perShareWords;
  if (a.g.locale !== 'en' || !links || !per) return;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    if (!v || v.value.unitCode === 'percent' || v.value.scale === 0) continue;
    const link: PhraseMatch<unknown> | null = matchAt(a.tokens, tokenAt(a.tokens, v.span.end), links, end);
    if (!link) continue;
    const k = link.to;
    const figure = perShareFigureAt(a, k, end);
    if (!figure) continue;
    const { j, share } = figure;
    // (the figure and its unit words read on their own, as the steps that read a span again do)
    const text = a.span(k, j).text;
    const q = readQuantity(text, tokenize(text, glueOf(a.g)), 0, a.g);
    if (!q?.quantity || q.error !== undefined || q.numberAt !== 0) continue;
    const s: Draft = a.newDraft(st.span, k);
    s.kind = { ...d.kind, rule: `${d.kind.rule}+per-share` };
    if (d.name) s.name = { ...d.name, value: `${d.name.value} per share`, rule: 'en.name.per-share' };
    const earlier = v.rule.includes('.earlier-reading') ? '.earlier-reading' : '';
    s.value = a.field(a.quantity(q), k, j, `en.value.per-share${earlier}`);
    if (d.period) s.period = { ...d.period, rule: `${d.period.rule}+per-share` };
    a.extend(s, k, share.to);
  }
}

/**
 * The end of a per-share restatement starting at token `j` (`, or $1.27 per share,`: an optional comma,
 * the link `or`, an optional currency, a number, at most {@link UNIT_WORDS} words of its unit, `per
 * share`, an optional comma), or -1 when none starts there. English only; constant work.
 */
export function perShareRestatementEnd(a: SentenceContext, j: number, end: number): number {
  const links = a.g.perShareLinks;
  if (a.g.locale !== 'en' || !links) return -1;
  const at = a.tokens[j]?.text === ',' ? j + 1 : j;
  const link = matchAt(a.tokens, at, links, end);
  if (!link) return -1;
  const k = matchAt(a.tokens, link.to, a.g.currencyBefore, end)?.to ?? link.to;
  const share = perShareFigureAt(a, k, end)?.share;
  if (!share) return -1;
  return a.tokens[share.to]?.text === ',' ? share.to + 1 : share.to;
}

/**
 * The figure per share whose number is token `k` (`35.6 sen per share`, `$1.27 per share`): the end of its
 * unit words (at most {@link UNIT_WORDS}) and the match of `per share` (grammar `perShareWords`) after them,
 * or null. Constant work.
 */
function perShareFigureAt(
  a: SentenceContext,
  k: number,
  end: number,
): { readonly j: number; readonly share: PhraseMatch<unknown> } | null {
  const per = a.g.perShareWords;
  if (!per || a.tokens[k]?.kind !== 'number') return null;
  let j = k + 1;
  while (j < end && j <= k + UNIT_WORDS && a.tokens[j]?.kind === 'word' && !matchAt(a.tokens, j, per, end)) j++;
  const share = matchAt(a.tokens, j, per, end);
  return share ? { j, share } : null;
}

/**
 * `posted first-quarter net income of $1.158 billion, or $1.32 per share, up 2.4 percent from …`: a
 * change read after an amount's per-share restatement (a statement whose figure is that restatement,
 * {@link perShareRestatementEnd} from the end of the statement's value before it) is the amount's, when
 * the amount has none — it moves there, with its base's year. Round 55: the change had been the figure
 * per share's, certain. Constant work per statement; runs right after the clauses are read.
 */
export function perShareChanges(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en' || !a.g.perShareLinks) return;
  const drafts = a.sentenceDrafts(st.span);
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n - 1] as Draft;
    const e = drafts[n] as Draft;
    if (!d.value || !e.value || d.changes.length > 0 || e.changes.length === 0) continue;
    const after = tokenAt(a.tokens, d.value.span.end);
    const restated = perShareRestatementEnd(a, after, end);
    // (the restatement is `e`'s own figure: its number right after the link, up to `per share`)
    if (restated < 0 || tokenAt(a.tokens, e.value.span.start) >= restated) continue;
    for (const c of e.changes) {
      d.changes.push(c);
      const year = e.sameIn.get(c);
      if (year !== undefined) d.sameIn.set(c, year);
    }
    e.changes = [];
    e.sameIn.clear();
  }
}
