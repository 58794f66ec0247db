import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The mark in a field's rule of an approximation a rounding lead gives. */
export const ROUNDED_LEAD = 'rounded-lead';

/**
 * `Nếu làm tròn, năm 2017 vừa qua, Việt Nam chúng ta xuất bản 30 ngàn tựa sách với 300 triệu bản,
 * doanh thu 3 ngàn tỷ đồng`, `In round numbers, exports reached $12 billion`: a lead that says the
 * sentence's figures are rounded (grammar `roundedLeads`), opening the sentence before a comma,
 * makes every figure of it an approximation (`about`) — value, completion and change — unless the
 * figure carries its own bound (round 58: the three figures were read as exact). Constant work per
 * figure of the sentence.
 */
export function roundedLeads(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.roundedLeads;
  if (!leads) return;
  const from = st.sentence.from;
  const lead = matchAt(a.tokens, from, leads, st.sentence.to);
  if (!lead || a.tokens[lead.to]?.text !== ',') return;
  const rule = (r: string): string => `${r}+${ROUNDED_LEAD}`;
  const leadStart = a.tokens[from]?.start;
  for (const d of a.sentenceDrafts(st.span)) {
    // (`Làm tròn, doanh thu tăng 12%`: the lead opened the first clause's name; it names nothing)
    const name = d.name;
    if (name && name.span.start === leadStart) {
      const rest = a.trim({ from: lead.to + 1, to: tokenAt(a.tokens, name.span.end) });
      const span = rest ? a.span(rest.from, rest.to) : undefined;
      d.name = span ? { ...name, value: span.text, span } : undefined;
    }
    const v = d.value;
    if (v && !v.value.approximate) d.value = { ...v, value: { ...v.value, approximate: 'about' }, rule: rule(v.rule) };
    const c = d.completion;
    if (c && !c.value.approximate)
      d.completion = { ...c, value: { ...c.value, approximate: 'about' }, rule: rule(c.rule) };
    d.changes = d.changes.map((ch) =>
      ch.value.approximate ? ch : { ...ch, value: { ...ch.value, approximate: 'about' }, rule: rule(ch.rule) },
    );
  }
}
