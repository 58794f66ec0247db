import { glueOf } from '../glue';
import { matchAt } from '../phrase';
import { readQuantity } from '../quantity';
import { tokenize } from '../tokenize';
import { CURRENCIES, type SentenceContext, type SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Tòa án … đã giải quyết 1.300 vụ, đạt tỉ lệ 79%`, `… thi hành xong 574.819 việc (đạt tỷ lệ 83,25%
 * về việc …)`, `… tiêm chủng đầy đủ là 15.200 trẻ, đạt tỷ lệ 97,5%`: after a count (no money, no
 * percentage), a rate lead (grammar `rateLevelLeads`: `đạt tỷ lệ`, `với tỉ lệ`) and a bare
 * percentage the sentence names no plan or base for is the LEVEL of the rate the count makes
 * (cases resolved over cases accepted, children vaccinated over those due) — a value in percent,
 * a statement of its own named by its rate noun (the certainty pass doubts a bare rate name:
 * `percent-role`), instead of a percentage of nothing. After money (`giải ngân … đạt tỷ lệ 92%`:
 * the plan's completion, unnamed) nothing changes. Constant work per unread percentage.
 */
export function rateLevelsAfterCounts(a: SentenceContext, st: SentenceState): void {
  if (a.g.rateLevelLeads.length === 0) return;
  const L = a.g.locale;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    if (!v || d.completion || d.kind.value !== 'actual') continue;
    const code = v.value.unitCode;
    if (code === 'percent' || (code !== undefined && CURRENCIES.has(code))) continue;
    for (const u of [...d.unread]) {
      if (u.what !== 'completion' || u.reason !== 'percent-without-base' || u.span.start < v.span.end) continue;
      const local = tokenize(u.span.text, glueOf(a.g));
      const lead = matchAt(local, 0, a.g.rateLevelLeads);
      if (!lead) continue;
      const bound = matchAt(local, lead.to, a.g.approximate);
      const at = bound ? bound.to : lead.to;
      if (local[at]?.kind !== 'number') continue;
      const q = readQuantity(u.span.text, local, at, a.g);
      if (q?.quantity?.unitCode !== 'percent') continue;
      const k = tokenAt(a.tokens, u.span.start);
      const end = Math.max(tokenAt(a.tokens, u.span.end), k + 1);
      // (the rate noun: the lead's last word or two, `tỷ lệ`)
      const noun = tokenAt(a.tokens, u.span.start + (local[1]?.start ?? 0));
      const s = a.newDraft(st.span, k);
      s.kind = { ...d.kind, rule: `${L}.kind.rate-level-after-count` };
      s.name = a.field(a.span(noun, k + lead.to).text, noun, k + lead.to, `${L}.name.rate-level-after-count`);
      s.value = a.field(a.quantity(q, bound?.phrase.data), k, end, `${L}.value.rate-level-after-count`);
      if (d.period) s.period = { ...d.period, rule: `${d.period.rule}+rate-level-after-count` };
      if (d.stage) s.stage = d.stage;
      d.unread.splice(d.unread.indexOf(u), 1);
      a.extend(s, k, end);
    }
  }
}
