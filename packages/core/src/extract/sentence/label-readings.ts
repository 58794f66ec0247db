import type { Draft } from '../place/context';
import { LABEL_RATE } from '../rules/label-rate';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `CPI (M/M): -0,2% (dự báo -0,2%; trước đó 0,3%)`, `US CPI (YoY) Nov: 2.7% (est 2.6%; prev 2.6%)`: the
 * other readings of an economic calendar's line (`rules/label-rate.ts`) are statements of their own,
 * named by the line's label — the expected one a target of the line's period, the previous one an
 * earlier period's result the line does not date (read after the line's dating, it takes no period: listed unread). Round 57: they had been
 * second and third changes of the line's statement. Constant work per change.
 */
export function labelReadings(a: SentenceContext, st: SentenceState): void {
  for (const d of [...a.sentenceDrafts(st.span)] as Draft[]) {
    if (d.changes.length < 2) continue;
    const own = d.changes.filter((c) => !c.rule.includes(`${LABEL_RATE}+`));
    if (own.length === d.changes.length) continue;
    for (const c of d.changes) {
      if (own.includes(c)) continue;
      const forecast = c.rule.includes(`${LABEL_RATE}+forecast`);
      const at = tokenAt(a.tokens, c.span.start);
      const e = a.newDraft(st.span, at);
      const L = a.g.locale;
      if (d.name) e.name = { ...d.name, rule: `${L}.name.label-reading` };
      e.changes.push(c);
      if (forecast) {
        e.kind = a.field('target', at, tokenAt(a.tokens, c.span.end), `${L}.kind.label-forecast`);
        if (d.period) e.period = { ...d.period, rule: `${d.period.rule}+label-forecast` };
      }
      a.extend(e, at, tokenAt(a.tokens, c.span.end));
    }
    d.changes = own;
  }
}
