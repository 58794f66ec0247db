import { isPeriodId } from '../../period/period';
import { matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens a period phrase may span before the bracket (`6 tháng đầu năm 2020`). */
const PERIOD_BACK = 8;
/** How many tokens may stand between the comparative and the compared figure (`tốc độ tăng`, `mức tăng trưởng`). */
const NOUN_WORDS = 4;

const fold = (t: Token | undefined): string => t?.forms.fold ?? '';

/** True when a comparative (`cao hơn`, `thấp hơn`, after `chỉ`, `tuy`) or a ranking word (`chỉ sau`) ends at token `to`, optionally followed by `so với`. */
function comparisonEndsAt(a: SentenceContext, to: number): boolean {
  let end = to;
  // `thấp hơn so với quý I (14,8%)`: a compare word between the comparative and the period
  for (let j = Math.max(0, to - 2); j < to; j++) {
    const cmp = matchAt(a.tokens, j, a.g.compareWords, to);
    if (cmp && cmp.to === to) {
      end = j;
      break;
    }
  }
  if (end >= 2 && a.g.comparatives.has(`${fold(a.tokens[end - 2])} ${fold(a.tokens[end - 1])}`)) return true;
  for (let j = Math.max(0, end - 3); j < end; j++) {
    const behind = matchAt(a.tokens, j, a.g.behindWords, end);
    if (behind && behind.to === end) return true;
  }
  return false;
}

/** The period phrase that ends right at token `to` (within {@link PERIOD_BACK} tokens), or null. */
function periodEndingAt(a: SentenceContext, to: number): { m: PeriodMatch; from: number } | null {
  for (let j = Math.max(0, to - PERIOD_BACK); j < to; j++) {
    const t = a.tokens[j];
    if (t?.kind !== 'word' && t?.kind !== 'number') continue;
    const m = matchPeriod(a.tokens, j, 'vi');
    if (m && m.to === to) return { m, from: j };
  }
  return null;
}

/** The compared figure as a rate against the base of the statement's first rate (undefined when it has none). */
function comparedRate(
  d: Draft,
  at: Extracted<unknown>,
  amount: ExtractedChange['amount'],
  approximate: ExtractedChange['approximate'],
  rule: string,
): Extracted<ExtractedChange> | undefined {
  const rate = d.changes.find((c) => c.value.form === 'rate');
  if (!rate) return undefined;
  const value: ExtractedChange = {
    form: 'rate',
    amount,
    ...(approximate ? { approximate } : {}),
    ...(rate.value.base ? { base: rate.value.base } : {}),
  };
  return { ...at, value, rule };
}

/** A statement of the same indicator as `d`, dated `period`, opened at token `from`. */
function sibling(a: SentenceContext, st: SentenceState, d: Draft, from: number, to: number, period: string): Draft {
  const s = a.newDraft(st.span, from);
  s.kind = { ...d.kind, rule: 'vi.kind.compared-period' };
  if (d.name) s.name = { ...d.name, rule: 'vi.name.compared-period' };
  if (d.fullName) s.fullName = d.fullName;
  if (d.subject) s.subject = d.subject;
  s.period = a.field(period, from, to, 'vi.period.compared-period');
  a.extend(s, from, to);
  return s;
}

/**
 * `GRDP quý II/2024 ước tăng 7,1%, thấp hơn quý I (8,3%)`, `GDP quý III/2025 tăng 8,23%, …, chỉ
 * sau quý III/2022 (14,38%)`, `xuất khẩu tháng 10/2024 tăng 12,5%, cao hơn so với tháng 9/2024
 * (10,2%)`: a percentage in brackets right after a comparative (or a ranking word, `chỉ sau`) and
 * a period, in a statement with a rate, is the same indicator's rate OF that period, compared
 * for context — a statement of its own (dated that period, against the first rate's base),
 * never the value of the statement it is compared with (it was read as that statement's level: a
 * wrong number). A period that cannot be dated leaves the figure as read (the certainty pass
 * doubts a bracketed figure). The bracket must close right after the percentage.
 */
export function bracketComparedPeriods(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v) continue;
    if (v.value.unitCode !== 'percent') continue;
    const k = tokenAt(a.tokens, v.span.start);
    const t = a.tokens;
    if (t[k]?.kind !== 'number' || t[k - 1]?.text !== '(') continue;
    if (t[k + 1]?.text !== '%' || t[k + 2]?.text !== ')') continue;
    const p = periodEndingAt(a, k - 1);
    if (!p || !comparisonEndsAt(a, p.from)) continue;
    const id = a.periodId(p.m);
    if (!id || !isPeriodId(id) || id === d.period?.value) continue;
    const q = v.value;
    const rate = comparedRate(d, v, q.number, q.approximate, 'vi.change.compared-period');
    if (!rate) continue;
    sibling(a, st, d, p.from, k + 3, id).changes.push(rate);
    d.value = undefined;
  }
}

/**
 * `GDP quý I/2023 ước tăng 3,32% so với cùng kỳ năm trước chỉ cao hơn tốc độ tăng 3,21% của quý
 * I/2020`: a second rate of a statement, after a comparative (and the growth noun it compares),
 * followed by `của` and a period, is the same indicator's rate OF that period — a statement of its
 * own with that period and the first rate's base (with a comma before the comparative the
 * comparison step reads it so, `comparison-figure.ts`; without one the two rates stayed in one
 * statement, the second shown as a doubted second change).
 */
export function inlineComparedPeriods(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.changes.length < 2) continue;
    const first = d.changes[0] as Extracted<ExtractedChange>;
    if (first.value.form !== 'rate') continue;
    for (const c of d.changes.slice(1)) {
      if (c.value.form !== 'rate' || c.value.base) continue;
      const k = tokenAt(a.tokens, c.span.start);
      const t = a.tokens;
      // the number: the change's first number token (its span may open on the verb)
      let n = k;
      while (n < t.length && n < k + 3 && t[n]?.kind !== 'number') n++;
      if (t[n]?.kind !== 'number') continue;
      let compared = false;
      for (let j = n - 1; j >= 0 && j >= n - NOUN_WORDS - 2; j--) {
        const x = t[j] as Token;
        if (x.kind !== 'word') break;
        if (j >= 2 && comparisonEndsAt(a, j + 1)) {
          compared = true;
          break;
        }
      }
      if (!compared) continue;
      const pct = t[n + 1]?.text === '%' ? n + 2 : matchAt(t, n + 1, a.g.percentWords)?.to;
      if (pct === undefined || !a.g.possessiveLinks.has(fold(t[pct]))) continue;
      const m = matchPeriod(t, pct + 1, 'vi');
      const id = m ? a.periodId(m) : undefined;
      if (!m || !id || !isPeriodId(id) || id === d.period?.value) continue;
      const rate = comparedRate(d, c, c.value.amount, c.value.approximate, `${c.rule}+compared-period`);
      if (!rate) continue;
      sibling(a, st, d, n, m.to, id).changes.push(rate);
      d.changes = d.changes.filter((x) => x !== c);
      d.sameIn.delete(c);
    }
  }
}
