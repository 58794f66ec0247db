import { findUnit } from '../../model/units';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { withBase } from './give-base';
import { tokenAt } from './token-at';

/** True when the statement's value is a sum of money (its unit a currency). */
const money = (d: Draft): boolean => {
  const code = d.value?.value.unitCode;
  return code !== undefined && findUnit(code)?.kind === 'currency';
};

/** The measure a change names right after it (grammar `volumeMeasures`: `về lượng`; `valueMeasures`: `về giá trị`), if any. */
function measureOf(a: SentenceContext, c: Extracted<ExtractedChange>): 'volume' | 'value' | undefined {
  const after = tokenAt(a.tokens, c.span.end);
  if (matchAt(a.tokens, after, a.g.volumeMeasures)) return 'volume';
  return matchAt(a.tokens, after, a.g.valueMeasures) ? 'value' : undefined;
}

/**
 * `lũy kế 2 tháng chỉ giảm 7,8% về lượng và giảm 9,5% về giá trị (đạt 342.352 tấn, trị giá 745,3 triệu
 * USD) so với cùng kỳ năm 2022`: two rates named by their measure (grammar `volumeMeasures`: `về lượng`;
 * `valueMeasures`: `về giá trị`), then in a bracket the volume and the worth — the rate of the value
 * measure is the worth's (the statement of a sum of money opened in the bracket right after the
 * volume's), the rate of the volume stays the volume's. Round 55: both rates had been the volume's, the
 * second doubted `other-measure`; the base right after the bracket is both rates'. Vietnamese customs and
 * trade reports. Constant work per statement.
 */
export function bracketMeasures(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n + 1 < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const e = drafts[n + 1] as Draft;
    if (!d.value || !e.value || e.changes.length > 0 || d.changes.length < 2 || money(d) || !money(e)) continue;
    // (the rates stand before the bracket that holds both figures)
    const open = tokenAt(a.tokens, d.value.span.start);
    let bracket = -1;
    for (let k = open - 1; k >= 0 && k >= open - 3; k--) if (a.tokens[k]?.text === '(') bracket = k;
    if (bracket < 0 || d.changes.some((c) => c.span.end > (a.tokens[bracket]?.start ?? 0))) continue;
    const worth = d.changes.filter((c) => measureOf(a, c) === 'value');
    if (worth.length !== 1 || !d.changes.some((c) => measureOf(a, c) === 'volume')) continue;
    const c = worth[0] as Extracted<ExtractedChange>;
    d.changes.splice(d.changes.indexOf(c), 1);
    const moved: Extracted<ExtractedChange> = { ...c, rule: `${c.rule}+bracket-measure` };
    e.changes.push(moved);
    const year = d.sameIn.get(c);
    if (year !== undefined) {
      d.sameIn.delete(c);
      e.sameIn.set(moved, year);
    }
    // (the worth is of the volume's period, never one the sentence lent it)
    if (d.period && (!e.period || e.period.rule.endsWith('+sentence'))) e.period = d.period;
    // (`…) so với cùng kỳ năm 2022`: the base right after the bracket is both rates', read as the
    // sentence's base when no statement had an open change at it)
    const read = st.sentenceBase;
    const close = tokenAt(a.tokens, e.value.span.end);
    if (!read || a.tokens[close]?.text !== ')' || read.from !== close + 1) continue;
    const of = a.base(read);
    for (const x of [d, e])
      x.changes = x.changes.map((ch) =>
        ch.value.base === undefined && !x.sameIn.has(ch) ? withBase(x, ch, of, 'bracket-measure-base') : ch,
      );
  }
}
