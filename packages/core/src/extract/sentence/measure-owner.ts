import { fold } from '../fold';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';

/** How many words of the noun after a measure word are compared (`về số lượng [dự án]`). */
const NOUN_WORDS = 4;

/** The folded noun after a measure word that follows the change (`tăng 41,97% về số lượng dự án` → `du an`). */
export function measureNoun(a: SentenceContext, c: Extracted<ExtractedChange>): string | undefined {
  // The first token at or after the change's end, by binary search (linear overall).
  let k = 0;
  let hi = a.tokens.length;
  while (k < hi) {
    const mid = (k + hi) >>> 1;
    if ((a.tokens[mid] as { start: number }).start < c.span.end) k = mid + 1;
    else hi = mid;
  }
  const measure = matchAt(a.tokens, k, a.g.measureWords);
  if (!measure) return undefined;
  const words: string[] = [];
  for (let i = measure.to; i < a.tokens.length && words.length < NOUN_WORDS; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word' || matchAt(a.tokens, i, a.g.joiners)) break;
    words.push(t.forms.fold);
  }
  return words.length ? words.join(' ') : undefined;
}

/** The folded unit noun of a statement's value (`115 dự án` → `du an`). */
const unitNoun = (d: Draft): string | undefined => (d.value?.value.unit ? fold(d.value.value.unit) : undefined);

/**
 * `… đã cấp mới cho 115 dự án, …, tổng vốn … là 39.300 tỷ đồng, tăng 41,97% về số lượng dự án`:
 * a change whose measure names the counted noun of an earlier statement of the sentence is that
 * statement's change (and certain: its measure is that statement's own).
 */
export function ownMeasures(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length < 2) return;
  // The first earlier statement without a change, per counted noun (linear: one map).
  const owners = new Map<string, Draft>();
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    for (const c of [...d.changes]) {
      const noun = n > 0 ? measureNoun(a, c) : undefined;
      if (!noun || noun === unitNoun(d)) continue;
      const owner = owners.get(noun);
      if (!owner || owner.changes.length) continue;
      d.changes.splice(d.changes.indexOf(c), 1);
      owner.changes.push({ ...c, rule: `${c.rule}+measure-owner` });
      const year = d.sameIn.get(c);
      if (year !== undefined) {
        d.sameIn.delete(c);
        owner.sameIn.set(owner.changes[owner.changes.length - 1] as Extracted<ExtractedChange>, year);
      }
    }
    const noun = unitNoun(d);
    if (noun !== undefined && !d.changes.length && !owners.has(noun)) owners.set(noun, d);
  }
}
