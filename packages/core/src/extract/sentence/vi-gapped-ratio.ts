import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { readNumber } from '../read-number';
import type { Extracted, ExtractedChange } from '../types';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Tổng diện tích gieo trồng … ước đạt 264.821,45 ha, bằng 99,63% so với cùng kỳ năm trước, trong đó
 * vụ Đông Xuân … đạt 184.989,53 ha, bằng 99,88%; vụ Hè Thu ước đạt 79.831,92 ha, bằng 99,07%`: a
 * later item's bare percentage after the same ratio verb (`bằng`, grammar `ratioVerbs`), with no
 * base of its own, repeats the predicate of the first item — a ratio to that item's base (round 44;
 * it had been left unread, `% of what?`). Only when an earlier statement of the sentence has exactly
 * one ratio with a base and was read with the same verb, and the item has no change of its own.
 * Vietnamese only; one pass over the sentence's statements.
 */
export function gappedRatios(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  let head: { base: NonNullable<ExtractedChange['base']>; verb: string; year: string | undefined } | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    const ratios = d.changes.filter((c) => c.value.form === 'ratio');
    if (!head && ratios.length === 1) {
      const r = ratios[0] as Extracted<ExtractedChange>;
      const verb = matchAt(a.tokens, tokenFrom(a, r), a.g.ratioVerbs);
      if (r.value.base && verb) head = { base: r.value.base, verb: verb.phrase.text, year: d.sameIn.get(r) };
      continue;
    }
    if (!head || d.changes.length > 0) continue;
    gapped(a, d, head);
  }
}

/** The first token of a field's span. */
function tokenFrom(a: SentenceContext, f: Extracted<unknown>): number {
  const n = numberOf(a, f);
  if (n === undefined) return -1;
  let k = n;
  while (k > 0 && (a.tokens[k - 1]?.start ?? 0) >= f.span.start) k--;
  return k;
}

function gapped(
  a: SentenceContext,
  d: Draft,
  head: { base: NonNullable<ExtractedChange['base']>; verb: string; year: string | undefined },
): void {
  const at = d.unread.findIndex((x) => x.what === 'completion' && x.reason === 'percent-without-base');
  if (at < 0) return;
  const miss = d.unread[at] as (typeof d.unread)[number];
  const k = numberOf(a, miss as unknown as Extracted<unknown>);
  const tok = k === undefined ? undefined : a.tokens[k];
  if (k === undefined || tok?.kind !== 'number') return;
  // (the same verb right before the number)
  const verb = matchAt(a.tokens, k - 1, a.g.ratioVerbs);
  if (verb?.to !== k || verb.phrase.text !== head.verb) return;
  const n = readNumber(tok.text, a.g.locale);
  if ('error' in n) return;
  const change: ExtractedChange = { form: 'ratio', amount: n, base: head.base };
  const end = Math.max(k + 1, tokenAt(a.tokens, miss.span.end));
  const field = a.field(change, k - 1, end, `${a.g.locale}.change.gapped-ratio`);
  d.changes.push(field);
  if (head.year !== undefined) d.sameIn.set(field, head.year);
  d.unread.splice(at, 1);
}
