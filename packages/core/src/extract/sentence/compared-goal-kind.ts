import { matchAt, type Phrase, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import { isEstimateKind } from '../rules/context';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens a phrase of the grammar may span here (`as compared with`, `phải đạt được`). */
const PHRASE_TOKENS = 3;

/** How many words may stand between the comparison and the plan noun (`the annual`, `the Government's`). */
const LEAD_WORDS = 3;

/** How many words may stand between the plan noun and its link or value (`mục tiêu ban đầu là`). */
const NOUN_WORDS = 2;

/**
 * `… mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%`, `Compared to the
 * target of 10 trillion dong earlier this year, Agribank has achieved more than 80 percent`,
 * `Doanh thu đạt 5.200 tỷ đồng, so với kế hoạch là 5.000 tỷ đồng`, `lower than the target of 80%`:
 * a value right after a comparison word (grammar `comparedGoalLeads`), a plan noun (`planNouns`,
 * past a few words; no English estimate or forecast: `lower than the USDA estimate of 29.9 million
 * bags` is another body's estimate of the result) and its link (`comparedGoalLinks`: `là`, `phải đạt`, `of`) is the plan's value —
 * a target, not the result it was read as by default; so is a second value joined to it
 * (`comparedGoalJoins`: `80% và 60%`). Only a statement read actual by default (no marker of its
 * own), with no completion and no change; only words between the comparison and the value (a comma,
 * a number or a bracket ends the phrase). Constant work per statement.
 */
export function comparedGoalKinds(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.comparedGoalLeads;
  const links = a.g.comparedGoalLinks;
  if (!leads || !links) return;
  const t = a.tokens;
  const start = tokenAt(t, st.span.start);
  let last: Draft | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    const before = last;
    last = undefined;
    if (!d.value || d.completion || d.changes.length > 0 || !d.kind.rule.endsWith('.kind.default-actual')) continue;
    const k = tokenAt(t, d.value.span.start);
    const lead = comparedGoalAt(a, k, start, leads, links);
    const joined = lead < 0 && before?.value && joinedTo(a, tokenAt(t, before.value.span.end), k);
    if (lead < 0 && !joined) continue;
    const L = a.g.locale;
    d.kind =
      lead >= 0
        ? a.field('target', lead, k, `${L}.kind.compared-goal`)
        : { ...(before as Draft).kind, rule: `${L}.kind.compared-goal+joined` };
    last = d;
  }
}

/** The token where the comparison before the value at `k` starts (see {@link comparedGoalKinds}), or -1. */
function comparedGoalAt(
  a: SentenceContext,
  k: number,
  start: number,
  leads: readonly Phrase[],
  links: readonly Phrase[],
): number {
  const t = a.tokens;
  // (`The shortfall against the plan was VND 20 billion`: a value that opens on a verb of its own —
  // grammar `valueVerbs`, not a link — is a clause's predicate; the comparison is part of its subject)
  if (matchAt(t, k, a.g.valueVerbs) && !matchAt(t, k, links) && endingAt(t, k + 1, start, links) < 0) return -1;
  const link = endingAt(t, k, start, links);
  let j = link >= 0 ? link : k;
  // (the plan noun, then at most NOUN_WORDS words of its own before the link: `mục tiêu ban đầu là`)
  for (let n = 0; n <= NOUN_WORDS && j > start; n++) {
    const noun = planNounEndingAt(a, j, start);
    if (noun >= 0) {
      let b = noun;
      for (let w = 0; w <= LEAD_WORDS && b > start; w++) {
        const c = endingAt(t, b, start, leads);
        if (c >= 0) return c;
        if (!modifierAt(a, b - 1)) return -1;
        b--;
      }
      return -1;
    }
    if (!modifierAt(a, j - 1)) return -1;
    j--;
  }
  return -1;
}

/**
 * True when token `j` is a word that may modify the plan noun (`the`, `annual`, `ban đầu`): not a
 * word that ends a plan phrase (grammar `planPhraseStops`: `and`, `in`, `và`), a number or a mark.
 */
function modifierAt(a: SentenceContext, j: number): boolean {
  const x = a.tokens[j];
  return x?.kind === 'word' && !a.g.planPhraseStops.has(x.forms.fold);
}

/**
 * The start of a plan noun of the grammar ending right at token `j`, or -1: a plan or a target
 * (`kế hoạch`, `mục tiêu`, `the target`), not a word of the grammar's `budget` or `forecast` sort (`the USDA
 * estimate of 29.9 million bags`: another body's estimate of the result; `dự toán`, an estimate of the
 * budget, is left too).
 */
function planNounEndingAt(a: SentenceContext, j: number, start: number): number {
  for (let b = j - 1; b >= start && b >= j - PHRASE_TOKENS; b--) {
    const m = matchAt(a.tokens, b, a.g.planNouns, j);
    if (m?.to === j) return isEstimateKind(m.phrase.data) ? -1 : b;
  }
  return -1;
}

/** The start of a phrase of `list` ending right at token `j` (not before `start`), or -1. */
const endingAt = (t: readonly Token[], j: number, start: number, list: readonly Phrase<unknown>[]): number =>
  phraseEndingAt(t, j, list, PHRASE_TOKENS, start);

/** True when only a joiner of the grammar (`và`, `and`) stands between token `end` and the value at `k`. */
function joinedTo(a: SentenceContext, end: number, k: number): boolean {
  const joins = a.g.comparedGoalJoins;
  return joins !== undefined && end < k && matchAt(a.tokens, end, joins, k)?.to === k;
}
