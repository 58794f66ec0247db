import { isPeriodId } from '../../period/period';
import { completePeriod, matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { baseAt } from './vi-base-value';

/** The index of the token that starts at character `start` within tokens `[from, to)`, or -1. */
function tokenAt(a: SentenceContext, from: number, to: number, start: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = a.tokens[mid];
    if (!t) return -1;
    if (t.start === start) return mid;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The period `m` (a part of a year) moved to `year`: `9 tháng` or `9 tháng năm 2024` in 2022 is `2022-YTD-09`. */
function inYear(m: PeriodMatch, year: number): string | undefined {
  if (m.partial) return completePeriod({ ...m, id: undefined, relative: undefined }, year);
  return m.id ? `${year}${m.id.slice(4)}` : undefined;
}

/** The last period with a part of a year (`9 tháng`, `quý III`, `6 tháng đầu năm`) in tokens `[from, to)`. */
function lastPartial(a: SentenceContext, from: number, to: number): PeriodMatch | undefined {
  let found: PeriodMatch | undefined;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word' && t?.kind !== 'number') continue;
    const m = matchPeriod(a.tokens, i, 'vi');
    if (!m || m.to > to) continue;
    if (m.partial || (m.id && /^\d{4}-/u.test(m.id))) found = m;
    i = m.to - 1;
  }
  return found;
}

/** The rule suffix of a period of `của cùng kỳ năm Y` given to a change whose percentage is not right before it. */
export const LENT_RATE_PERIOD = '+lent';

/**
 * `… tăng 7,85%, chỉ thấp hơn tốc độ tăng 9,44% của cùng kỳ năm 2022`, `cao hơn mức tăng 8,49%
 * của cùng kỳ năm 2024`: a rate followed by `của cùng kỳ năm Y` (of the same period of year Y) is
 * the rate OF that period — the indicator's growth in year Y, compared for context — never a
 * change against year Y. Its statement is dated the sentence's part of a year (the last `9 tháng`,
 * `quý III` before it, else the period of the statement before) in year Y; its base stays unread
 * (the text does not say against what that earlier rate was measured) unless the comparison step
 * gave it the compared rate's (`comparison-figure.ts`, still doubted `comparison`). A rate with `so với cùng kỳ
 * năm Y` (`tăng 5% so với (mức của) cùng kỳ năm 2022`) is a base and is left as it was read.
 */
export function ratePeriods(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  let before: Draft | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    const previous = before;
    before = d;
    if (d.value || d.completion || d.changes.length !== 1) continue;
    const c = d.changes[0];
    const span = c?.value.baseSpan;
    if (!c || !span) continue;
    const at = tokenAt(a, st.sentence.from, st.sentence.to, span.start);
    const read = at < 0 ? null : baseAt(a, at, st.sentence.to);
    const year = read?.base.kind === 'same-period-in' ? read.base.year : undefined;
    if (!read || !year) continue;
    const of = a.tokens[at - 1];
    const amount = a.tokens[at - 2];
    if (at < 2 || of?.kind !== 'word' || !a.g.possessiveLinks.has(of.forms.fold)) continue;
    if (!(amount?.text === '%' || amount?.kind === 'number' || matchAt(a.tokens, at - 2, a.g.percentWords, at - 1)))
      continue;
    // `cao hơn tốc độ tăng 2,04% của 6 tháng đầu năm 2020 … thấp hơn tốc độ tăng 7,28% của cùng kỳ
    // năm 2018`: a `của cùng kỳ năm Y` lent to a change whose own percentage stands elsewhere dates
    // the rate right before it, not surely this one (round 21: the earlier rates were dated year Y,
    // certain) — the period is given marked {@link LENT_RATE_PERIOD}, which `weigh-period.ts` doubts.
    const lent = amount !== undefined && (amount.start < c.span.start || amount.end > c.span.end);
    const partial = lastPartial(a, st.sentence.from, at - 1);
    const own = previous?.period?.value;
    const id = partial
      ? inYear(partial, Number(year))
      : own && /^\d{4}-/u.test(own)
        ? `${year}${own.slice(4)}`
        : undefined;
    if (!id || !isPeriodId(id)) continue;
    d.period = a.field(id, at - 1, read.to, `vi.period.rate-of-same-period${lent ? LENT_RATE_PERIOD : ''}`);
    d.sameIn.delete(c);
    d.unread = d.unread.filter((u) => u.reason !== 'no-period');
  }
}

/**
 * `IIP 8 tháng tăng 8,6% so với cùng kỳ năm trước (cùng kỳ năm 2023 giảm 0,2%)`, `(cùng kỳ năm
 * trước tăng 5,1%)`: a change in brackets that opens with `cùng kỳ năm Y` is the indicator's
 * change OF that same period of year Y — a statement of its own (same name, an actual, dated the
 * sentence's part of a year in year Y), never a second change of the statement before. Its base
 * is not said (unread). Run before the statements are dated.
 */
export function bracketSamePeriods(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const drafts = a.sentenceDrafts(st.span);
  for (const d of drafts) {
    if (d.changes.length < 2) continue;
    for (const c of [...d.changes.slice(1)]) {
      const at = tokenAt(a, st.sentence.from, st.sentence.to, c.span.start);
      if (at < 0) continue;
      let read: ReturnType<typeof baseAt> = null;
      for (let j = Math.max(st.sentence.from, at - 5); j < at && !read; j++) {
        const r = baseAt(a, j, st.sentence.to);
        if (r && r.to === at && a.tokens[j - 1]?.text === '(') read = r;
      }
      if (!read) continue;
      let id: string | undefined;
      const partial = lastPartial(a, st.sentence.from, read.from - 1);
      if (read.base.kind === 'same-period-in') {
        const year = Number(read.base.year);
        id = partial ? inYear(partial, year) : undefined;
      } else if (read.base.kind === 'same-period-last-year' && partial?.id && /^\d{4}-/u.test(partial.id)) {
        // `(cùng kỳ năm trước tăng 20,1%)` after `6 tháng đầu năm 2023`: 2022-H1
        id = inYear(partial, Number(partial.id.slice(0, 4)) - 1);
      }
      if (!id || !isPeriodId(id)) continue;
      const sibling = a.newDraft(st.span, read.from);
      sibling.kind = a.field('actual', read.from, read.to, 'vi.kind.bracket-same-period');
      if (d.name) sibling.name = { ...d.name, rule: 'vi.name.bracket-same-period' };
      if (d.fullName) sibling.fullName = d.fullName;
      if (d.subject) sibling.subject = d.subject;
      // (the year in brackets is the period's, not a base: the change keeps no base)
      const { base: _b, baseSpan: _s, ...value } = c.value;
      sibling.changes = [{ ...c, value, rule: `${c.rule}+bracket-same-period` }];
      d.sameIn.delete(c);
      sibling.period = a.field(id, read.from, read.to, 'vi.period.bracket-same-period');
      a.mark(read.from, read.to);
      a.extend(sibling, read.from, read.to);
      d.changes = d.changes.filter((x) => x !== c);
    }
  }
}
