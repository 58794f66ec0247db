import type { Grammar } from '../grammar';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange, Span } from '../types';
import { tokenAt } from './token-at';

/** At most this many tokens stand between a head's base and the word that opens its list. */
const LEAD_GAP = 2;

/** At most this many tokens (a comma, a base of up to three words) stand between a head's change and the lead of its parts. */
const PART_GAP = 5;

/**
 * True when a token within `gap` tokens from the end of `span` opens what `isLead` accepts, with no
 * punctuation but the `pass` marks before it.
 */
function leadAfter(
  tokens: readonly Token[],
  span: Span,
  gap: number,
  pass: ReadonlySet<string>,
  isLead: (i: number) => boolean,
): boolean {
  const at = tokenAt(tokens, span.end);
  for (let i = at; i < tokens.length && i <= at + gap; i++) {
    if (isLead(i)) return true;
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && !pass.has(t.text)) return false;
  }
  return false;
}

/** The marks a list's lead may follow (`…, such as`, `…: including`). */
const LIST_MARKS: ReadonlySet<string> = new Set([',', ':']);
/** The mark the lead of a head's parts may follow (`…, of which`). */
const PART_MARKS: ReadonlySet<string> = new Set([',']);

/**
 * `một số sản phẩm công nghiệp chủ yếu tăng cao so với cùng kỳ năm trước như tivi tăng 36,6%; thép
 * cán tăng 25,2%; …`, `several products rose sharply year-on-year, such as TVs up 36.6%, rolled
 * steel up 25.2% …`: a head that states the base of a change and opens a list of examples gives
 * that base to every item of the list in its sentence — each item's change that names no base of
 * its own. An item with its own base ends the list. Linear: each draft is visited once.
 */
export function listHeadBases(drafts: readonly Draft[], tokens: readonly Token[], g: Grammar): void {
  let head: { sentence: number; change: Extracted<ExtractedChange>; sameIn: string | undefined } | undefined;
  for (const d of drafts) {
    const sentence = d.sentence?.start ?? -1;
    if (head && head.sentence !== sentence) head = undefined;
    const based = d.changes.find((c) => c.value.base !== undefined || d.sameIn.has(c));
    if (based) {
      const span = based.value.baseSpan;
      // a word that opens a list of examples (`như`, `such as`, `including`, `gồm`; not a copula such
      // as `là`/`were`, which the grammar also lists as a list lead) after the base …
      const list = (i: number): boolean =>
        matchAt(tokens, i, g.listLeads) !== null && !matchAt(tokens, i, g.valueVerbs);
      // … or (`a year-on-year increase of 4.0%, among which, …`) the lead of the head's parts after the
      // change itself — English only: the Vietnamese `trong đó` has its own reader, `vi-respective-bases.ts`
      const parts = (i: number): boolean => matchAt(tokens, i, g.ofWhich) !== null;
      head =
        span &&
        d.changes.length === 1 &&
        !d.value?.value.approximate &&
        (leadAfter(tokens, span, LEAD_GAP, LIST_MARKS, list) ||
          (g.locale === 'en' && leadAfter(tokens, based.span, PART_GAP, PART_MARKS, parts)))
          ? { sentence, change: based, sameIn: d.sameIn.get(based) }
          : undefined;
      continue;
    }
    if (!head || d.previous) continue;
    const from = head.change;
    d.changes = d.changes.map((c) => {
      if (c.value.base !== undefined) return c;
      const next: Extracted<ExtractedChange> = {
        ...c,
        value: {
          ...c.value,
          ...(from.value.base ? { base: from.value.base } : {}),
          ...(from.value.baseSpan ? { baseSpan: from.value.baseSpan } : {}),
        },
        rule: `${c.rule}+list-head-base`,
      };
      if (head?.sameIn !== undefined) d.sameIn.set(next, head.sameIn);
      return next;
    });
  }
}
