import { findIn, matchAt, type Phrase } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens before a percentage its goal noun may stand (`the Government’s target for Hải Dương is 10.2 per cent`). */
const BEFORE = 8;
/** How many tokens after a percentage (and its percent word) its goal noun may stand (`the 9 per cent quota`). */
const AFTER = 2;

/** The rule suffix of a goal's percentage read as a growth rate. */
export const GROWTH_GOAL = '+growth-goal';

/**
 * True when a clause mark or another number stands at token `t` (a goal noun past it belongs to
 * another clause or another figure: `forecasts to 6.5% from previous 6.3%`).
 */
const stop = (t: Token | undefined): boolean =>
  t === undefined ||
  t.kind === 'number' ||
  (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '('));

/**
 * `in line with the official forecast of 6.5%`, `higher than the 9 per cent quota`, `near the
 * central bank’s 4.5% target`, `although the Government’s target for Hải Dương is 10.2 per cent`,
 * `bám sát kịch bản đã đề ra khoảng 7,5%`: a bare percentage that a goal or forecast noun (grammar
 * `growthGoalNouns`: target, forecast, projection, quota; kịch bản, mục tiêu, dự báo) names, in a
 * sentence about a growth (a growth word or a growth indicator — GDP, inflation — or a rate of change
 * read in it), is the goal OF that growth: a rate of change with no base, not a level of 6.5 %. It
 * was a level doubted `percent-role` (level, growth or share?); it stays doubted, and is a target (the
 * goal or forecast the noun names). A rate, ratio or
 * share noun beside the goal (`the poverty rate target of 2%`, not `growth rate`) keeps the level;
 * a statement with a completion, a change or a share of its own keeps its percentage (R29-CHANGE).
 */
export function growthGoals(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.growthGoalNouns;
  if (!nouns || nouns.length === 0) return;
  let growth: boolean | undefined;
  const drafts = a.sentenceDrafts(st.span);
  for (const d of drafts) {
    const v = d.value;
    if (v?.value.unitCode !== 'percent' || d.completion || d.changes.length > 0 || a.shareValues.has(d)) continue;
    const t = a.tokens;
    let k = tokenAt(t, v.span.start);
    const end = tokenAt(t, v.span.end);
    while (k < end && (t[k] as Token).kind !== 'number') k++;
    if (k >= end) continue;
    const goal = goalBefore(a, k, nouns) ?? goalAfter(a, end, nouns);
    if (goal === undefined) continue;
    // (`the poverty rate target of 2%`: a level noun that names no growth keeps the level)
    const from = Math.max(0, Math.min(goal, k) - BEFORE);
    const to = Math.max(goal + 1, k);
    if (findIn(t, from, to, a.g.percentLevelNouns) !== null && findIn(t, from, to, a.g.growthWords) === null) continue;
    growth ??= growthIn(a, st, drafts);
    if (!growth) return;
    const change: ExtractedChange = {
      form: 'rate',
      amount: v.value.number,
      ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
    };
    d.changes.unshift({ ...v, value: change, rule: `${v.rule}${GROWTH_GOAL}` });
    d.value = undefined;
    // (the goal or the forecast the noun names is a target, whatever the clause's verb)
    if (d.kind.value === 'actual')
      d.kind = { ...(d.name ?? v), value: 'target', rule: `${a.g.locale}.kind.growth-goal` };
  }
}

/** The goal noun's first token among the {@link BEFORE} tokens before the number at `k`, in its clause. */
function goalBefore(a: SentenceContext, k: number, nouns: readonly Phrase[]): number | undefined {
  for (let i = k - 1; i >= 0 && i >= k - BEFORE; i--) {
    if (stop(a.tokens[i])) return undefined;
    if (matchAt(a.tokens, i, nouns, k)) return i;
  }
  return undefined;
}

/** The goal noun right after the percentage ending at `end` (at most {@link AFTER} tokens on). */
function goalAfter(a: SentenceContext, end: number, nouns: readonly Phrase[]): number | undefined {
  for (let i = end; i < a.tokens.length && i < end + AFTER; i++) {
    if (stop(a.tokens[i])) return undefined;
    if (matchAt(a.tokens, i, nouns)) return i;
  }
  return undefined;
}

/** True when the sentence speaks of a growth: a growth word or indicator among its tokens, or a rate of change read. */
function growthIn(a: SentenceContext, st: SentenceState, drafts: readonly Draft[]): boolean {
  if (drafts.some((d) => d.changes.some((c) => c.value.form === 'rate'))) return true;
  const from = tokenAt(a.tokens, st.span.start);
  const to = tokenAt(a.tokens, st.span.end);
  return (
    findIn(a.tokens, from, to, a.g.growthWords) !== null || findIn(a.tokens, from, to, a.g.growthIndicators) !== null
  );
}
