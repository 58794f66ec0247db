import { matchPeriod } from '../period-phrase';
import { endsBeforeWords } from '../phrase';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words may stand between a word of an earlier event and its change (`sau khi tăng trưởng`). */
const EVENT_WORDS = 2;

/**
 * `Năm 2022, sản lượng gỗ khai thác đạt 19.698,8 nghìn m3, vượt 6,57% kế hoạch, tăng 7,2% năm 2021`:
 * a bare year right after a change with no base, ending its clause, in a sentence whose figures a
 * later year dates, is the change's base — never the statement's period (round 45: the statement had
 * been dated 2021 and the rise left without a base, both certain). The statement keeps the sentence's
 * year when the trailing one had dated it. Vietnamese only; constant work per change.
 */
export function trailingYearBases(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  const own = a.sentenceYear;
  if (L !== 'vi' || own === undefined) return;
  const end = tokenAt(a.tokens, st.span.end);
  for (const d of a.sentenceDrafts(st.span)) {
    for (let n = 0; n < d.changes.length; n++) {
      const c = d.changes[n] as Extracted<ExtractedChange>;
      if (c.value.base || d.sameIn.has(c) || c.value.form === 'points') continue;
      const k = tokenAt(a.tokens, c.span.end);
      const p = matchPeriod(a.tokens, k, 'vi');
      if (!p?.id || !/^\d{4}$/u.test(p.id) || Number(p.id) >= own) continue;
      const after = a.tokens[p.to];
      if (p.to < end && after?.kind !== 'punct') continue;
      // (`… suy giảm 0,3% sau khi tăng trưởng 1,8% năm 2022`: a change after `sau khi` is an earlier
      // event's, the year after it that event's period, no base — the statement had taken the
      // sentence's year from the one before; round 56)
      const events = a.g.afterEventWords;
      if (events && endsBeforeWords(a.tokens, tokenAt(a.tokens, c.span.start), events, EVENT_WORDS)) {
        if (d.changes.length === 1 && !d.value && (!d.period || d.period.rule.endsWith('+previous-statement')))
          d.period = a.field(p.id, k, p.to, `${L}.period.event-year`);
        continue;
      }
      const span = a.span(k, p.to);
      d.changes[n] = {
        ...c,
        value: { ...c.value, base: { kind: 'period', period: p.id }, baseSpan: span },
        rule: `${c.rule}+trailing-year-base`,
      };
      // (the trailing year had dated the statement: the sentence's year does)
      const lead = st.periods.find((x) => x.id === String(own));
      if (d.period?.value === p.id && d.period.span.start === span.start && lead)
        d.period = a.field(lead.id, lead.item.from, lead.item.to, `${L}.period.nam-yyyy+sentence`);
    }
  }
}
