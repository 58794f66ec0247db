import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words (the first value's unit noun) may stand between the value and `from`. */
const UNIT_WORDS = 2;

/**
 * `supply reached more than 15,500 rooms from 111 projects, increasing 8% year-on-year`, `chili
 * exports reached $20 million from 10,173 tons, a 107% increase from the prior year`: a value,
 * then its source after a link (grammar `valueSourceLinks`: `from`) — a second quantity the
 * figures step opened a statement for — then one change: the change is the first value's (the
 * measure the sentence reports), not its source's. A change named by its measure (`in volume`,
 * `in value`) is left to `en-volume-value.ts`. Constant work per pair of statements.
 */
export function valuesFromSources(a: SentenceContext, st: SentenceState): void {
  const links = a.g.valueSourceLinks;
  if (!links || links.length === 0) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const p = drafts[n - 1] as Draft;
    const q = drafts[n] as Draft;
    const c = q.changes.length === 1 ? q.changes[0] : undefined;
    if (!p.value || !q.value || p.changes.length > 0 || c?.value.form !== 'rate') continue;
    const at = tokenAt(a.tokens, q.value.span.start);
    let link = at - 1;
    if (matchAt(a.tokens, link, links)?.to !== at) continue;
    const end = tokenAt(a.tokens, p.value.span.end);
    for (let k = 0; k < UNIT_WORDS && link > end && a.tokens[link - 1]?.kind === 'word'; k++) link--;
    if (link !== end) continue;
    const after = tokenAt(a.tokens, c.span.end);
    if (matchAt(a.tokens, after, a.g.volumeMeasures) || matchAt(a.tokens, after, a.g.valueMeasures)) continue;
    q.changes.splice(0, 1);
    const year = q.sameIn.get(c);
    if (year !== undefined) q.sameIn.delete(c);
    const moved = { ...c, rule: `${c.rule}+value-from-source` };
    p.changes.push(moved);
    if (year !== undefined) p.sameIn.set(moved, year);
  }
}
