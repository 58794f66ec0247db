import { afterPercent } from '../certainty/helpers';
import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `the income tax target was set at Rs920 billion and Rs897.5 billion was collected`, `the target
 * was set at $920 million and $897 million was spent`: a statement that a goal's marker before its
 * figure made a target, whose figure is followed at once by a passive of a result (grammar
 * `passiveResults`: `was collected`, `were spent`), is the result against that goal — an actual, not
 * a second target (round 42; it had been one, certain); so is one the sentence's goal frame made a
 * target (`While the total target … was 42,98,620 houses, only 10,37,277 houses were completed`; round
 * 63), past a share it is restated as (`1,183 km or 19 per cent was laid`). Never the sentence's first
 * statement (the goal's own figure comes before it). A figure followed by a passive of a goal and a
 * result is a target (below). Each statement looked at once.
 */
export function passiveResults(a: SentenceContext, st: SentenceState): void {
  const p = a.g.passiveResults;
  if (!p) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    const v = d?.value;
    if (!d || !v) continue;
    const k = afterAuxiliary(a, p.auxiliaries, v.span.end);
    if (k === undefined) continue;
    // `Of this, Rs 711.21 billion was projected to be collected by the end of Poush`, `$5 million
    // were expected to be spent`: a figure followed by a passive of a goal or forecast and a result
    // (grammar `passiveResults.goals`) is what was to be achieved — a target, not the result (round
    // 43; it had been an actual, certain)
    const goal = d.kind.value === 'target' || !p.goals ? null : matchAt(a.tokens, k, p.goals);
    if (goal && matchAt(a.tokens, goal.to, p.participles)) {
      d.kind = a.field('target', k, goal.to, `${a.g.locale}.kind.passive-goal`);
      continue;
    }
    // (`Total revenue of over 3.5 trillion baht is expected in 2024`: a figure followed by a passive of a
    // forecast, then a period's lead or the clause's end, is what is foreseen — a target; round 69, probe of
    // tourism boards, it had been a certain result. Not `is expected to rise …`: the figure is the level now)
    const foreseen = d.kind.value === 'target' || !p.forecasts ? null : matchAt(a.tokens, k, p.forecasts);
    if (
      foreseen &&
      (clauseEndAt(a, foreseen.to) || (p.forecastTails && matchAt(a.tokens, foreseen.to, p.forecastTails)))
    ) {
      d.kind = a.field('target', k, foreseen.to, `${a.g.locale}.kind.passive-goal`);
      continue;
    }
    if (n === 0 || d.kind.value !== 'target' || d.kind.span.start >= v.span.start) continue;
    if (!d.kind.rule.includes('.kind.target-marker') && !d.kind.rule.includes('.kind.target-context')) continue;
    if (!matchAt(a.tokens, k, p.participles)) continue;
    d.kind = a.field('actual', k, k + 1, `${a.g.locale}${PASSIVE_RESULT}`);
  }
}

/** True when the clause ends at token `k` (a comma, a semicolon, the sentence's stop, or no token). */
function clauseEndAt(a: SentenceContext, k: number): boolean {
  const t = a.tokens[k];
  return t === undefined || (t.kind === 'punct' && (t.text === ',' || t.text === '.' || t.text === ';'));
}

/** The kind rule of a result read after a passive (`periods.ts` lends it no goal's deadline). */
export const PASSIVE_RESULT = '.kind.passive-result';

/** The token after an auxiliary of the passive (`was`, `has been`: one or two words) right at `end`, or undefined. */
function afterAuxiliary(a: SentenceContext, auxiliaries: ReadonlySet<string>, end: number): number | undefined {
  let k = tokenAt(a.tokens, end);
  // (`1,183 km or 19 per cent was laid`: the share the figure is restated as, between it and its verb)
  const restated = matchAt(a.tokens, k, a.g.densityLeads ?? []);
  if (restated && a.tokens[restated.to]?.kind === 'number') {
    const pct = afterPercent(a.tokens, a.g, restated.to);
    if (pct.percent) k = pct.to;
  }
  const first = a.tokens[k];
  if (first?.kind !== 'word') return undefined;
  // (every statement with a value asks: no slice or join unless the first word may open one)
  const second = a.tokens[k + 1];
  if (second?.kind === 'word' && auxiliaries.has(`${first.forms.lower} ${second.forms.lower}`)) return k + 2;
  return auxiliaries.has(first.forms.lower) ? k + 1 : undefined;
}
