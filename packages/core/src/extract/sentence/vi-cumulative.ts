import { isPeriodId } from '../../period/period';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Giá trị sản xuất công nghiệp tháng 10/2024 ước đạt 3.115 tỷ đồng, lũy kế ước đạt 29.520 tỷ đồng`,
 * `Doanh thu tháng 9/2024 đạt 500 tỷ đồng; lũy kế đạt 4.200 tỷ đồng`: a statement named only by a
 * cumulative opener (`lũy kế`, `tính chung`, `cộng dồn`) after a statement of one month or
 * quarter is that indicator's total from the start of the year — dated year-to-date to the end
 * of that month or quarter (`2024-YTD-10`), named as the statement before; never the month's own
 * period, which it took from the sentence. A cumulative statement with a period of its own
 * (`lũy kế 10 tháng`) is dated by it and left as read; one after a year's figure is left too.
 * Runs after the statements are dated.
 */
export function cumulativeTotals(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi' || a.g.cumulativeOpeners.size === 0) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const before = drafts[k - 1] as Draft;
    if (d.period?.value !== before.period?.value) continue;
    // (the name is the opener alone: two words, `lũy kế`, `tính chung`; or, with no name, the opener
    // right before the value's verb: `…, lũy kế được 6.273,056 tỷ đồng`, round 54)
    if (d.name ? !a.g.cumulativeOpeners.has(folded(a, d.name.span.start, d.name.span.end)) : !openerBefore(a, d))
      continue;
    // (undated, as the statement before: named only — `…, lũy kế ước 29.520 tỷ đồng`)
    const id = d.period ? yearToDate(d.period.value) : undefined;
    if (d.period && !id) continue;
    const L = a.g.locale;
    if (d.period && id) d.period = { ...d.period, value: id, rule: `${d.period.rule}+cumulative` };
    if (before.name) {
      d.name = { ...before.name, rule: `${L}.name.cumulative-of-statement` };
      d.unread = d.unread.filter((u) => u.what !== 'name');
    }
    // (`Ước tổng thu … tháng 7 được …, lũy kế được …`: the running total is estimated as the month is)
    if (!d.stage && before.stage) d.stage = { ...before.stage, rule: `${before.stage.rule}+cumulative` };
  }
}

/** True when the two words right before the value of `d` are a cumulative opener (`lũy kế được …`). */
function openerBefore(a: SentenceContext, d: Draft): boolean {
  const v = d.value;
  if (!v) return false;
  // (the opener right before the value, or before the verb that opens it: `lũy kế được 6.273,056 tỷ đồng`)
  const at = tokenAt(a.tokens, v.span.start);
  for (const end of [at, at - 1]) {
    const first = a.tokens[end - 2];
    const last = a.tokens[end - 1];
    if (first && last && a.g.cumulativeOpeners.has(folded(a, first.start, last.end))) return true;
  }
  return false;
}

/** The last month of each quarter. */
const QUARTER_END = { '1': '03', '2': '06', '3': '09', '4': '12' } as const;

/** `2024-10` → `2024-YTD-10`, `2024-Q3` → `2024-YTD-09`; undefined for a year, a span or a year-to-date already. */
function yearToDate(period: string): string | undefined {
  const month = /^(\d{4})-(\d\d)$/u.exec(period);
  if (month) {
    const id = `${month[1]}-YTD-${month[2]}`;
    return isPeriodId(id) ? id : undefined;
  }
  const quarter = /^(\d{4})-Q([1-4])$/u.exec(period);
  if (quarter) {
    const id = `${quarter[1]}-YTD-${QUARTER_END[quarter[2] as keyof typeof QUARTER_END]}`;
    return isPeriodId(id) ? id : undefined;
  }
  return undefined;
}

/** The folded forms of the (at most three) tokens in the characters `[start, end)`, joined by spaces. */
function folded(a: SentenceContext, start: number, end: number): string {
  const lo = tokenAt(a.tokens, start);
  const out: string[] = [];
  for (let i = lo; i < a.tokens.length && i < lo + 3; i++) {
    const t = a.tokens[i];
    if (!t || t.end > end) break;
    out.push(t.forms.fold);
  }
  return out.join(' ');
}
