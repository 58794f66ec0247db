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
    if (a.tokens[k]?.kind !== 'number') continue;
    let j = k + 1;
    while (j < end && j <= k + UNIT_WORDS && a.tokens[j]?.kind === 'word' && !matchAt(a.tokens, j, per, end)) j++;
    const share = matchAt(a.tokens, j, per, end);
    if (!share) continue;
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
