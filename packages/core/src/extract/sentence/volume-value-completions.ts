import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Span } from '../types';
import { CURRENCIES, type SentenceContext, type SentenceState } from './context';
import { tokenAt } from './token-at';

type Measure = 'volume' | 'value';

/** `… in volume`, `… về giá trị`: the measure named right after the field that ends at `span`. */
function measureAfter(a: SentenceContext, span: Span): Measure | undefined {
  let k = tokenAt(a.tokens, span.end);
  while (k < a.tokens.length && (a.tokens[k]?.start ?? 0) < span.end) k++;
  if (matchAt(a.tokens, k, a.g.volumeMeasures)) return 'volume';
  if (matchAt(a.tokens, k, a.g.valueMeasures)) return 'value';
  return undefined;
}

/** Money (a currency), an amount of goods (any other unit but a percentage, or none), or neither. */
function sideOf(d: Draft): Measure | undefined {
  const unit = d.value ? (d.value.value.unitCode ?? d.value.value.unit) : undefined;
  if (!d.value || unit === 'percent') return undefined;
  return unit && CURRENCIES.has(unit) ? 'value' : 'volume';
}

/**
 * `exported 92,000 tonnes …, fetching 375 million USD, completing almost 66 percent of this year's
 * plan in volume and 67 percent in export value`, `xuất khẩu 92.000 tấn, trị giá 375 triệu USD,
 * đạt 66% kế hoạch về lượng và 67% về giá trị`: two adjacent statements of the same goods (an
 * amount and its worth), the later one's completion measured `in volume`/`về lượng`, then a
 * percentage measured in the other — each completion of the same plan belongs to the statement of
 * its measure. The stray percentage's statement (a level the figures step had made of it) is
 * emptied. Exactly one completion of each measure, or nothing moves. One pass over the sentence.
 */
export function volumeValueCompletions(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n + 1 < drafts.length; n++) {
    const p = drafts[n - 1] as Draft;
    const q = drafts[n] as Draft;
    const r = drafts[n + 1] as Draft;
    const c = q.completion;
    const ps = sideOf(p);
    const qs = sideOf(q);
    if (!c || p.completion || !ps || !qs || ps === qs) continue;
    const first = measureAfter(a, c.span);
    const v = r.value;
    if (!first || !v || v.value.unitCode !== 'percent' || r.completion || r.changes.length || r.target) continue;
    const second = measureAfter(a, v.span);
    if (!second || second === first) continue;
    const other = {
      ...c,
      value: { ...c.value, percent: v.value.number, approximate: v.value.approximate },
      span: v.span,
      rule: `${c.rule}+volume-value`,
    };
    const own = { ...c, rule: `${c.rule}+volume-value` };
    p.completion = first === ps ? own : other;
    q.completion = first === ps ? other : own;
    r.value = undefined;
    r.unread = [];
    n++;
  }
}
