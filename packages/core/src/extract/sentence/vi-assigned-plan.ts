import { matchPeriod } from '../period-phrase';
import type { Phrase } from '../phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words of an agent may stand between the passive word and its verb (`được Thủ tướng Chính phủ giao`). */
const AGENT_WITHIN = 6;

/** True when a phrase of `list` starts in tokens `[from, to)`. */
function has(a: SentenceContext, from: number, to: number, list: readonly Phrase<unknown>[]): boolean {
  for (let i = from; i < to; i++) if (matchAt(a.tokens, i, list, to)) return true;
  return false;
}

/**
 * Where the name `[from, to)` is assigned: the token after `được <agent> giao`, `do <agent> giao`
 * (an agent of one to {@link AGENT_WITHIN} words) or after `giao <plan noun>` (`Bộ Tài chính giao
 * dự toán …`, `được giao kế hoạch …`); undefined when it is not.
 */
function assignedAt(a: SentenceContext, from: number, to: number, passive: readonly Phrase[]): number | undefined {
  // (only the verbs that link a plan's name, `giao`: a plan `thông qua` or `phê duyệt` may be of an adjustment)
  const assign = (j: number) => {
    // (`do tai nạn giao thông`: a compound noun, no assignment)
    if (a.g.assignCompounds && matchAt(a.tokens, j, a.g.assignCompounds, to)) return null;
    const v = matchAt(a.tokens, j, a.g.assignVerbs, to);
    return v && matchAt(a.tokens, j, a.g.planNameLinks, to)?.to === v.to ? v : null;
  };
  for (let i = from; i < to; i++) {
    const p = matchAt(a.tokens, i, passive, to);
    if (p) {
      for (let j = p.to + 1; j < to && j <= p.to + AGENT_WITHIN; j++) {
        const verb = assign(j);
        if (verb && !matchAt(a.tokens, j, passive, to)) return verb.to;
      }
    }
    const verb = assign(i);
    if (verb && (matchAt(a.tokens, verb.to, a.g.planNouns, to) || agentBefore(a, i, from))) return verb.to;
  }
  return undefined;
}

/**
 * `Năm 2024, Cục Thuế tỉnh được Bộ Tài chính giao số thu ngân sách hơn 63,9 ngàn tỷ đồng; trong
 * đó, thu dầu thô 25,1 ngàn tỷ đồng; …`, `thành phố được Thủ tướng giao kế hoạch vốn đầu tư công
 * là 70.518 tỷ đồng`, `Bộ Tài chính giao dự toán thu cho tỉnh là 12.500 tỷ đồng`: a name in which
 * an agent assigns (a passive `được`/`do` with its agent before `giao`, or `giao` with its plan
 * noun), with its value linked by at most `là`, a bound or a period, names what was assigned — a
 * target, not a result; so do the parts of its `trong đó` list that hold only a value. A verb of
 * doing or a result word after the assignment (`được giao … đã giải ngân đạt …`, `… thực hiện
 * …`), a completion or a change keeps the result; `dự toán được giao` with no agent (`bằng 105%
 * dự toán được giao`) is the plan of a completion, not this frame. Vietnamese only; a few tokens
 * per draft.
 */
export function assignedPlans(a: SentenceContext, st: SentenceState): void {
  const passive = a.g.passiveAgents;
  if (a.g.locale !== 'vi' || !passive) return;
  const plans = new Set<Draft>();
  const parts = new Set<Draft>();
  let previous: Draft | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (d.kind.value !== 'actual' || !v || d.completion || d.changes.length > 0 || d.density || d.rank) {
      previous = d;
      continue;
    }
    // (a part of its `trong đó` list, or the next item of that list after `;`, which ends the
    // `trong đó` parent for the clauses: `…; trong đó, thu dầu thô 25,1 ngàn tỷ đồng; thu nội địa …`)
    const parent = d.parentDraft?.draft;
    const part = (parent && plans.has(parent)) || (previous !== undefined && parts.has(previous));
    previous = d;
    if (part && !d.stage) {
      const from = d.name ? tokenAt(a.tokens, d.name.span.start) : tokenAt(a.tokens, v.span.start);
      const to = d.name ? tokenAt(a.tokens, d.name.span.end) : from;
      const number = numberFrom(a, v.span.start, v.span.end);
      if (!doing(a, from, to) && number !== undefined && to <= number && linked(a, to, number)) {
        d.kind = { ...v, value: 'target', rule: `${a.g.locale}.kind.assigned-plan-part` };
        parts.add(d);
        continue;
      }
    }
    if (!d.name) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const to = tokenAt(a.tokens, d.name.span.end);
    const number = numberFrom(a, v.span.start, v.span.end);
    if (number === undefined || to > number || !linked(a, to, number)) continue;
    const at = assignedAt(a, from, to, passive);
    if (at === undefined || doing(a, at, to)) continue;
    d.kind = { ...d.name, value: 'target', rule: `${a.g.locale}.kind.assigned-plan` };
    plans.add(d);
  }
}

/** How many tokens an authority before an active assigning verb may take (`Thủ tướng Chính phủ`). */
const AGENT_TOKENS = 4;

/** True when an authority of the grammar's `assignAgents` ends right before token `i`, inside the name (from `from`). */
function agentBefore(a: SentenceContext, i: number, from: number): boolean {
  const agents = a.g.assignAgents;
  if (!agents) return false;
  for (let back = 1; back <= AGENT_TOKENS && i - back >= from; back++)
    if (matchAt(a.tokens, i - back, agents, i)?.to === i) return true;
  return false;
}

/** True when a verb of doing or a result word stands in tokens `[from, to)` (`đã giải ngân`, `thực hiện`, `hoàn thành`). */
function doing(a: SentenceContext, from: number, to: number): boolean {
  return has(a, from, to, a.g.resultLeads) || has(a, from, to, a.g.resultWords) || has(a, from, to, a.g.fulfilVerbs);
}

/** True when only `là`, a bound or a period stand between the name's end and the number. */
function linked(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const link =
      matchAt(a.tokens, i, a.g.planNameLinks) ??
      matchAt(a.tokens, i, a.g.approximate) ??
      matchPeriod(a.tokens, i, 'vi');
    if (!link) return false;
    i = link.to - 1;
  }
  return true;
}

/** The first number token in the characters `[start, end)`, or undefined. */
function numberFrom(a: SentenceContext, start: number, end: number): number | undefined {
  for (let i = tokenAt(a.tokens, start); i < a.tokens.length && (a.tokens[i]?.start ?? end) < end; i++)
    if (a.tokens[i]?.kind === 'number') return i;
  return undefined;
}
