import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { withBase } from './give-base';
import { tokenAt } from './token-at';

/** The rule tag of a base paired by `tương ứng` (the comparison doubt leaves it alone). */
export const RESPECTIVE_ORDER = 'respective-order-bases';

/** True when every change has a base of its own (or a `cùng kỳ năm …` year). */
const based = (d: Draft): boolean => d.changes.every((c) => c.value.base !== undefined || d.sameIn.has(c));
/** True when no change has a base. */
const baseless = (d: Draft): boolean => d.changes.every((c) => c.value.base === undefined && !d.sameIn.has(c));

/**
 * `Trong đó, ngành khai khoáng tăng 8% so với tháng trước và tăng 2,2% so với cùng kỳ; ngành chế biến,
 * chế tạo tương ứng tăng 5,9% và 6,4%`: a list of N ≥ 2 changes without bases after `tương ứng`
 * (grammar `respectiveListLeads`) in the statement right after one with N changes of the same
 * forms, each against its base — the bases are paired by order (they had none, doubted as a
 * comparison). Only for a statement with no value or completion of its own. One pass over the
 * sentence's statements.
 */
export function viRespectiveBases(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.respectiveListLeads;
  if (!leads) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const before = drafts[n - 1] as Draft;
    const k = d.changes.length;
    if (k < 2 || d.value || d.completion || !baseless(d) || before.changes.length !== k || !based(before)) continue;
    if (d.changes.some((c, i) => c.value.form !== before.changes[i]?.value.form)) continue;
    // `tương ứng` between the statement's name and its first change
    const first = d.changes[0] as Extracted<ExtractedChange>;
    const from = d.name ? tokenAt(a.tokens, d.name.span.start) : tokenAt(a.tokens, first.span.start);
    const to = tokenAt(a.tokens, first.span.start) + 1;
    let lead = false;
    for (let i = from; i < to && !lead; i++) lead = matchAt(a.tokens, i, leads, to) !== null;
    if (!lead) continue;
    d.changes = d.changes.map((c, i) => {
      const own = before.changes[i] as Extracted<ExtractedChange>;
      const base = own.value.base;
      const sameIn = before.sameIn.get(own);
      const span = own.value.baseSpan ?? own.span;
      return withBase(
        d,
        c,
        { ...(base ? { base } : {}), span, ...(sameIn !== undefined ? { sameIn } : {}) },
        RESPECTIVE_ORDER,
      );
    });
  }
}
