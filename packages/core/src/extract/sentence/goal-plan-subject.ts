import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words (`the`, `total`, `its`) may open the subject before its plan participle. */
const HEAD_WITHIN = 3;

/**
 * `Projected disbursement in April alone is over 4 trillion VND`, `the total planned investment
 * capital from the State budget for 2023 is 756.1 trillion VND`, `Targeted revenue this year
 * stands at VND 12 trillion`: a subject headed by a participle of a plan or forecast (before its
 * noun: `planned capital`, not `capital planned to …`), linked to its value by at most a copula, a
 * bound and a period, names the plan or the forecast itself — a target, not a result. A verb of
 * doing between them (`Planned capital disbursed so far reached …`) or a completion keeps the
 * result. English only (Vietnamese plan names are `vi-plan-name.ts`). Linear: a few tokens per draft.
 */
export function planSubjects(a: SentenceContext, st: SentenceState): void {
  if (a.g.planSubjectParticiples.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (d.kind.value !== 'actual' || !v || !d.name || d.completion || d.density || d.rank) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const to = tokenAt(a.tokens, d.name.span.end);
    const number = firstNumber(a, v.span.start, v.span.end);
    if (number === undefined || to > number) continue;
    if (!linkedOnly(a, to, number)) continue;
    // the head of the name's last part (`For the … alone, the total planned investment capital …`)
    let head = from;
    for (let i = from; i < to; i++) if (a.tokens[i]?.kind === 'punct' && a.tokens[i]?.text === ',') head = i + 1;
    let participle = false;
    for (let i = head; i < to && i <= head + HEAD_WITHIN; i++) {
      const p = matchAt(a.tokens, i, a.g.planSubjectParticiples, to);
      if (p && a.tokens[p.to]?.kind === 'word' && p.to < to) {
        participle = true;
        break;
      }
      if (a.tokens[i]?.kind !== 'word') break;
    }
    if (!participle && !postNominal(a, head, to)) continue;
    d.kind = { ...d.name, value: 'target', rule: `${a.g.locale}.kind.goal-plan-subject` };
  }
}

/**
 * `Total public investment planned for this year is estimated at …`, `Public investment capital
 * allocated for 2025 is VND 790 trillion`: a plan participle right after the subject's noun and
 * before `for` (a period) names the plan too; not after a copula, `as` or `than` (`disbursed as
 * planned`, grammar `planParticipleStops`).
 */
function postNominal(a: SentenceContext, head: number, to: number): boolean {
  for (let i = head + 1; i < to; i++) {
    const p = matchAt(a.tokens, i, a.g.planSubjectParticiples, to + 1);
    if (!p || a.tokens[p.to]?.forms.lower !== 'for') continue;
    const before = a.tokens[i - 1];
    if (before?.kind !== 'word' || matchAt(a.tokens, i - 1, a.g.planParticipleStops, i)) continue;
    return true;
  }
  return false;
}

/** True when tokens `[from, to)` are only copulas, bounds and periods (`for 2023 is`, `is over`). */
function linkedOnly(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const link =
      matchPeriod(a.tokens, i, a.g.locale) ??
      matchAt(a.tokens, i, a.g.planSubjectLinks, to) ??
      matchAt(a.tokens, i, a.g.approximate, to) ??
      matchAt(a.tokens, i, a.g.currencyBefore, to);
    if (!link) return false;
    i = link.to - 1;
  }
  return true;
}

/** The first number token in the characters `[start, end)`, or undefined. */
function firstNumber(a: SentenceContext, start: number, end: number): number | undefined {
  for (let i = tokenAt(a.tokens, start); i < a.tokens.length && (a.tokens[i]?.start ?? end) < end; i++)
    if (a.tokens[i]?.kind === 'number') return i;
  return undefined;
}
