import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Unread } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { unreadQuantity } from './unread-quantity';

/**
 * How far back from a bracket its plan noun may stand: `so với chỉ tiêu được giao tại Quyết định
 * số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ (91,5%)`.
 */
const PLAN_BACK = 24;

const isP = (t: Token | undefined, ...ch: string[]): boolean => t?.kind === 'punct' && ch.includes(t.text);

/**
 * True when the token at `k` is a number glued to a `/` or `-` (a document's code or a date:
 * `546/QĐ-TTg`, `29/4/2022`, `03-NQ/TU`), part of the plan's citation, not a figure.
 */
function cited(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  const t = tokens[k] as Token;
  return (next?.gap === '' && isP(next, '/', '-')) || (t.gap === '' && isP(prev, '/', '-'));
}

/**
 * True when a plan noun (`chỉ tiêu`, `kế hoạch`, `mục tiêu`, `dự toán`) stands before the bracket
 * opening at `open`, with only words and its citation (codes and dates) between — no figure, no
 * comma, no other bracket.
 */
function planBefore(a: SentenceContext, open: number, from: number): boolean {
  for (let k = open - 1; k >= from && k >= open - PLAN_BACK; k--) {
    const t = a.tokens[k] as Token;
    if (t.kind === 'word') {
      if (matchAt(a.tokens, k, a.g.planNouns)) return true;
      continue;
    }
    if (t.kind === 'number' ? cited(a.tokens, k) : isP(t, '/', '-')) continue;
    return false;
  }
  return false;
}

/**
 * `Tỷ lệ lao động tham gia BHXH đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số
 * 03-NQ/TU … (38%)`, `tăng trưởng GRDP năm 2023 ước đạt 7,29%, tuy chưa đạt kế hoạch (11%)`: a
 * bracket holding only a percentage right after a plan noun phrase (its citation may follow the
 * noun) states the plan's own level — a target statement of the same indicator: a level in
 * percent when the result is one, a growth rate when the result is a growth rate. Only after a
 * result that is itself a percentage or a rate: after an amount (`vượt 5% so với dự toán (105%)`)
 * the bracket restates the completion and stays unread. Vietnamese only; constant work per
 * unread percentage.
 */
export function bracketPlanPercents(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const L = a.g.locale;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.kind.value !== 'actual' || d.unread.length === 0) continue;
    const level = d.value?.value.unitCode === 'percent' ? d.value : undefined;
    const rate = d.changes.find((c) => c.value.form === 'rate');
    if (!level && (d.value || !rate)) continue;
    for (const u of [...d.unread]) {
      if (u.what !== 'completion' || u.reason !== 'percent-without-base') continue;
      const k = tokenAt(a.tokens, u.span.start);
      const close = tokenAt(a.tokens, u.span.end);
      if (!isP(a.tokens[k - 1], '(') || !isP(a.tokens[close], ')')) continue;
      if (!planBefore(a, k - 1, st.sentence.from)) continue;
      const result = level ?? rate;
      if (!result || result.span.end > u.span.start) continue;
      const read = unreadQuantity(a, u);
      const q = read?.q;
      if (!read || q?.quantity?.unitCode !== 'percent' || q.to !== read.tokens.length) continue;
      const value = a.quantity(q);
      const goal: Draft = a.newDraft(st.span, k);
      goal.kind = a.field('target', k - 1, close + 1, `${L}.kind.bracket-plan-percent`);
      if (d.name) goal.name = { ...d.name, rule: `${L}.name.bracket-plan-percent` };
      if (d.period) goal.period = d.period;
      if (level) goal.value = a.field(value, k, close, `${L}.value.bracket-plan-percent`);
      else
        goal.changes.push(
          a.field({ form: 'rate', amount: value.number }, k, close, `${L}.change.bracket-plan-percent`),
        );
      d.unread.splice(d.unread.indexOf(u as Unread), 1);
      a.extend(goal, k, close);
    }
  }
}
