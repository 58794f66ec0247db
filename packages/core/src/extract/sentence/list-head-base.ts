import type { Grammar } from '../grammar';
import { matchAt, type Phrase } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange, Span } from '../types';
import { tokenAt } from './token-at';

/** At most this many tokens stand between a head's base and the word that opens its list. */
const LEAD_GAP = 2;

/**
 * True when a word that opens a list of examples (`như`, `such as`, `including`, `gồm`; not a
 * copula such as `là`/`were`, which the grammar also lists as a list lead) follows the base
 * `span` within {@link LEAD_GAP} tokens.
 */
function listAfter(tokens: readonly Token[], g: Grammar, span: Span): boolean {
  const at = tokenAt(tokens, span.end);
  for (let i = at; i < tokens.length && i <= at + LEAD_GAP; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== ':') return false;
    const lead = matchAt(tokens, i, g.listLeads);
    if (lead && !matchAt(tokens, i, g.valueVerbs)) return true;
  }
  return false;
}

/** True when a lead of the head's parts (grammar `ofWhich`: `among which`, `of which`) follows `span`, past a comma (and the base after it: `rose 5.2% year-on-year, of which`). */
function partsAfter(tokens: readonly Token[], leads: readonly Phrase[], span: Span): boolean {
  const at = tokenAt(tokens, span.end);
  for (let i = at; i < tokens.length && i <= at + PART_GAP; i++) {
    if (matchAt(tokens, i, leads)) return true;
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && t.text !== ',') return false;
  }
  return false;
}

/** At most this many tokens (a comma, a base of up to three words) stand between a head's change and the lead of its parts. */
const PART_GAP = 5;

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
      // (`a year-on-year increase of 4.0%, among which, …`: the parts' lead after the change itself)
      // (English only: the Vietnamese `trong đó` has its own reader, `vi-respective-bases.ts`)
      const parts = g.locale === 'en' && partsAfter(tokens, g.ofWhich, based.span);
      head =
        span && d.changes.length === 1 && !d.value?.value.approximate && (listAfter(tokens, g, span) || parts)
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
