import { matchPeriod } from '../period-phrase';
import { matchAt, type Phrase } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { planSource } from './goal-frame';
import { tokenAt } from './token-at';

/** How many tokens before its count a count verb may end (a bound between: `tiêm gần 3.600 liều`). */
const BOUND_TOKENS = 2;

/** How many tokens a count verb may hold (`giải quyết việc làm cho`). */
const VERB_TOKENS = 5;

/** How many tokens a verb of fulfilling or a result word right before the plan noun may hold (`hoàn thành vượt kế hoạch`). */
const RESULT_WORDS = 3;

/**
 * `Đối với đàn lợn kế hoạch tiêm 6.000 liều tụ huyết trùng, 6.000 liều dịch tả, 3.000 liều lép tô`,
 * `chỉ tiêu kết nạp 300 đảng viên`, `Theo kế hoạch trong đợt này toàn huyện triển khai tiêm 3.400
 * liều …`: the count a count verb reads is the plan's — a target, as a name headed by a plan noun
 * is (`vi-plan-name.ts`) — when a plan noun (grammar `planNouns`) ends right before the verb, or when
 * the sentence opens with a plan as its source (grammar `planSourceLeads`, `Theo kế hoạch`, after a lead
 * period or not: `Năm 2023, theo kế hoạch …`) and no
 * comma or semicolon, result word, value verb or resultative `được` stands between it and the count
 * (with a comma the source is a clause of its own, `figureless.ts`). The next items of the count's list
 * (`vi.value.list-count`, or a unit's `vi.value.measure`, right after it) are the plan's too. Not after a verb of fulfilling or a
 * result word right before the plan noun (`đã hoàn thành kế hoạch tiêm 6.000 liều`: the plan
 * done) — unless a purpose word opens that verb (`để hoàn thành kế hoạch trồng mới 10.500 ha`: the
 * plan still to do) — nor a statement with a completion. Vietnamese; round 31. Linear in the sentence's drafts.
 */
export function planCounts(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const lead = sourceLead(a, st);
  let listing = false;
  let first = true;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    const opening = first;
    first = false;
    if (!v || d.kind.value !== 'actual' || d.completion) {
      listing = false;
      continue;
    }
    // (the next item, its noun unknown or a unit's: `6.000 liều dịch tả`, `3.000 hội viên mới`)
    if (listing && (v.rule.includes('.value.list-count') || v.rule.endsWith('.value.measure'))) {
      d.kind = { ...v, value: 'target', rule: `${a.g.locale}.kind.plan-count` };
      continue;
    }
    listing = false;
    if (!v.rule.includes('.value.count-verb')) continue;
    const number = firstNumber(a, v.span.start, v.span.end);
    if (number === undefined) continue;
    const verb = countVerbBefore(a, number);
    if (verb === undefined) continue;
    const planned = planNounBefore(a, verb) || (opening && lead !== undefined && clearBetween(a, lead, number));
    if (!planned) continue;
    d.kind = { ...v, value: 'target', rule: `${a.g.locale}.kind.plan-count` };
    listing = true;
  }
}

/** The token after `Theo kế hoạch` when the sentence opens with a plan as its source, or undefined. */
function sourceLead(a: SentenceContext, st: SentenceState): number | undefined {
  let from = tokenAt(a.tokens, st.span.start);
  const to = tokenAt(a.tokens, st.span.end);
  // (`Năm 2023, theo kế hoạch …`: a lead period and its comma before the source)
  const period = matchPeriod(a.tokens, from, a.g.locale);
  const comma = period ? a.tokens[period.to] : undefined;
  if (period && comma?.kind === 'punct' && comma.text === ',') from = period.to + 1;
  return planSource(a.tokens, from, to, a.g)?.to;
}

/** Where the count verb that ends right before the count at `number` (a bound between or not) starts, or undefined. */
function countVerbBefore(a: SentenceContext, number: number): number | undefined {
  let at = number;
  for (let from = number - 1; from >= 0 && from >= number - BOUND_TOKENS; from--)
    if (matchAt(a.tokens, from, a.g.approximate)?.to === number) at = from;
  for (let from = at - 1; from >= 0 && from >= at - VERB_TOKENS; from--)
    if (matchAt(a.tokens, from, a.g.countVerbs)?.to === at) return from;
  return undefined;
}

/** True when `list` has a phrase that ends right at `at`, starting at most `within` tokens before it. */
function endsAt(a: SentenceContext, list: readonly Phrase<unknown>[], at: number, within: number): number | undefined {
  for (let from = at - 1; from >= 0 && from >= at - within; from--)
    if (matchAt(a.tokens, from, list)?.to === at) return from;
  return undefined;
}

/**
 * True when a plan noun ends right before the count verb at `verb`, no verb of fulfilling or result
 * word right before it (`đã có kế hoạch tiêm` is a plan, `hoàn thành kế hoạch tiêm` its result) — or
 * a verb of fulfilling after a purpose word (`để hoàn thành kế hoạch tiêm`: the plan still to do).
 */
function planNounBefore(a: SentenceContext, verb: number): boolean {
  const plan = endsAt(a, a.g.planNouns, verb, 3);
  if (plan === undefined) return false;
  const fulfil = endsAt(a, a.g.fulfilVerbs, plan, RESULT_WORDS);
  // (`để hoàn thành kế hoạch trồng mới 10.500 ha`: fulfilling it is the purpose — the plan still to do)
  if (fulfil !== undefined) return endsAt(a, a.g.purposeWords, fulfil, 2) !== undefined;
  return endsAt(a, a.g.resultWords, plan, RESULT_WORDS) === undefined;
}

/** True when tokens `[from, to)` hold no comma, semicolon, result lead or word, value verb or resultative mark. */
function clearBetween(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t?.kind === 'punct' && (t.text === ',' || t.text === ';')) return false;
    if (
      matchAt(a.tokens, i, a.g.resultLeads) ||
      matchAt(a.tokens, i, a.g.resultWords) ||
      matchAt(a.tokens, i, a.g.valueVerbs) ||
      (a.g.resultCountMarks && matchAt(a.tokens, i, a.g.resultCountMarks))
    )
      return false;
  }
  return true;
}

/** The first number token in the characters `[start, end)`, or undefined. */
function firstNumber(a: SentenceContext, start: number, end: number): number | undefined {
  for (let i = tokenAt(a.tokens, start); i < a.tokens.length && (a.tokens[i]?.start ?? end) < end; i++)
    if (a.tokens[i]?.kind === 'number') return i;
  return undefined;
}
