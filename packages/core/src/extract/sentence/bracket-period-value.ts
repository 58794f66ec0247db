import { isPeriodId, samePeriodLastYear } from '../../period/period';
import { completePeriod } from '../period-phrase';
import type { Draft } from '../place/context';
import type { BaseRead, Item } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * The period a bracket's `cùng kỳ 2022` / `cùng kỳ năm trước` names: the statement's own period in
 * that year (its months to date, quarter or half, written with or without a year), or the same
 * period a year before; undefined when the statement has no period to take.
 */
function samePeriodOf(read: BaseRead, d: Draft): string | undefined {
  const b = read.base;
  const own = d.period?.value;
  if (b.kind === 'same-period-in') {
    if (own && /^\d{4}-/u.test(own)) {
      const id = `${b.year}${own.slice(4)}`;
      return isPeriodId(id) ? id : undefined;
    }
    return d.periodMatch?.partial ? completePeriod(d.periodMatch, Number(b.year)) : undefined;
  }
  if (b.kind === 'same-period-last-year' && own && isPeriodId(own) && own.includes('-'))
    return samePeriodLastYear(own).id;
  return undefined;
}

/**
 * `Tổng vốn đầu tư toàn xã hội tăng bình quân 12%/năm (năm 2020 ước đạt 2.995,8 tỷ đồng)`, `Thu
 * ngân sách tăng bình quân 15%/năm (năm 2025 đạt 1.250 tỷ đồng)`: a bracket that holds only a
 * period of its own and a value (with its verb) states the indicator's level in that period — a
 * statement of the same name and of that period, not a second value of the statement before (left
 * unread as such); `(cùng kỳ 2022 xuất siêu 41,3 triệu USD)`, `(cùng kỳ năm trước đạt …)` name the
 * statement's period in that year. Only a bracket `( period value )` with a period the text dates,
 * different from the statement's own; the sentence's items are looked at once per value left unread.
 */
export function bracketPeriodValues(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  // (each figure item by its start, built once and only when a value was left unread — a `findIndex`
  // over the items for each made a sentence of thousands of them quadratic; round 57)
  let starts: Map<number, number> | undefined;
  const indexOf = (start: number): number => {
    if (!starts) {
      starts = new Map<number, number>();
      for (let k = 0; k < items.length; k++) {
        const it = items[k] as Item;
        const at = a.span(it.from, it.to).start;
        if (it.t === 'figure' && !starts.has(at)) starts.set(at, k);
      }
    }
    return starts.get(start) ?? -1;
  };
  for (const d of a.sentenceDrafts(st.span)) {
    for (let u = d.unread.length - 1; u >= 0; u--) {
      const x = d.unread[u];
      if (x?.what !== 'value' || x.reason !== 'unrecognised-figure') continue;
      const k = indexOf(x.span.start);
      const it = items[k];
      const p = items[k - 1];
      const open = items[k - 2];
      const close = items[k + 1];
      if (it?.t !== 'figure' || it.fig.kind !== 'value' || (p?.t !== 'period' && p?.t !== 'base')) continue;
      if (open?.t !== 'sep' || open.ch !== '(' || close?.t !== 'sep' || close.ch !== ')') continue;
      if (a.span(it.from, it.to).end !== x.span.end) continue;
      const id = p.t === 'period' ? a.periodId(p.match) : samePeriodOf(p.read, d);
      if (!id || id === d.period?.value) continue;
      const fig = it.fig;
      const L = a.g.locale;
      const own = a.newDraft(st.span, it.from);
      own.value = a.field(
        a.quantity(fig.q, fig.approximate, fig.average),
        it.from,
        it.to,
        `${it.rule}+bracket-period-value`,
        it.level,
      );
      own.period = a.field(id, p.from, p.to, `${L}.period.bracket-period-value`);
      if (d.name) own.name = { ...d.name, rule: `${L}.name.bracket-period-value` };
      if (fig.stage && fig.verbFrom !== undefined)
        own.stage = a.field(fig.stage, fig.verbFrom, fig.q.from, `${L}.stage.verb`, it.level);
      d.unread.splice(u, 1);
    }
  }
}
