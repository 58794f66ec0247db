import { matchAt } from '../phrase';
import type { BaseRead } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';
import { withBase } from './give-base';
import { baseAt } from './vi-base-value';

/** How many tokens back from a list's lead word its head's base may start. */
const BASE_BACK = 10;
/** How many tokens before the base the head's change verb may stand (`sụt giảm doanh thu so với …`). */
const VERB_BACK = 6;

/**
 * `có 03 nhóm hàng sụt giảm doanh thu so với cùng kỳ năm trước như: hàng may mặc giảm 6,7%; gỗ
 * giảm trên 1%`, `several items fell year-on-year, such as …`: a head whose change verb is followed
 * by a base and then a word opening a list of examples gives that base to the list's items — each
 * change after the lead word in the sentence that names no base of its own — even when the head
 * itself carries no figure of change (its only number counts the items). Only the first such head
 * of a sentence; an item with its own base keeps it.
 */
export function listLeadBases(a: SentenceContext, st: SentenceState): void {
  const { from, to } = st.sentence;
  // (only a sentence with a change that names no base is searched: most have none)
  const open = a
    .sentenceDrafts(st.span)
    .some((d) => d.changes.some((c) => c.value.base === undefined && !c.value.baseSpan && !d.sameIn.has(c)));
  if (!open) return;
  for (let i = from + 1; i < to; i++) {
    const lead = matchAt(a.tokens, i, a.g.listLeads, to);
    if (!lead || matchAt(a.tokens, i, a.g.valueVerbs, to)) continue;
    const read = headBase(a, i, from, to);
    if (!read) continue;
    give(a, st, read, lead.to);
    return;
  }
}

/** The base that ends right before the lead word at `lead`, with a change verb just before it. */
function headBase(a: SentenceContext, lead: number, from: number, to: number): BaseRead | null {
  for (let j = Math.max(from, lead - BASE_BACK); j < lead; j++) {
    const read = baseAt(a, j, to);
    if (!read || read.to !== lead || read.base.kind === 'plan') continue;
    for (let v = Math.max(from, read.from - VERB_BACK); v < read.from; v++)
      if (matchAt(a.tokens, v, a.g.changeVerbs, read.from)) return read;
    return null;
  }
  return null;
}

function give(a: SentenceContext, st: SentenceState, read: BaseRead, after: number): void {
  let of: ReturnType<SentenceContext['base']> | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.from < after || d.previous) continue;
    d.changes = d.changes.map((c) => {
      if (c.value.base !== undefined || d.sameIn.has(c) || c.value.baseSpan) return c;
      of ??= a.base(read);
      return withBase(d, c, of, 'list-lead-base');
    });
  }
}
