import { matchAt, type PhraseMatch, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The possessive ending of a word that owns the amount after it (`the county's KSh 12.4 billion budget`). */
const POSSESSIVE = /['’]s$/u;

/**
 * `Of the Sh3.2 trillion budget, …`, `Parliament approved a Sh3.2 trillion budget for 2025`, `of its
 * $3.2 billion allocation`, `the county's KSh 12.4 billion budget`: an amount written inside a noun
 * phrase that a noun of a plan closes (grammar `planAmountNouns`: `budget`, `allocation`), after a
 * determiner or a possessive, is the plan's amount — a target, as the corpus reads `Rs.5,000 crore
 * budgeted` — never a result. The noun must end its phrase (`a $5 billion budget deficit` is no plan).
 * Only a statement with the value alone (no change, no completion). Round 57: the amount had been a
 * certain result. A word of a year's plan may stand before the noun (`Sh9.42 billion annual budget`;
 * round 64). The noun before `of` and the amount (grammar `planAmountLinks`: `The 2017 General Fund
 * expenditure budget of $194.1 million`, `Our intended budget of US$224.7m is a 9 percent increase`) is
 * the plan's too, its change or not (round 65). Constant work per statement.
 */
export function amountPlanNouns(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.planAmountNouns;
  if (!nouns) return;
  for (const d of a.sentenceDrafts(st.span) as Draft[]) {
    const v = d.value;
    if (!v || d.kind.value === 'target' || d.completion) continue;
    const start = tokenAt(a.tokens, v.span.start);
    // (`The 2017 General Fund expenditure budget of $194.1 million`, `Our intended budget of US$224.7m is a
    // 9 percent increase on last year`: the noun of a plan, then `of` and the amount — the amount the plan
    // sets, its change or not; round 65, it had been a certain result)
    // (the value's span opens on `of` when it is read as the value's verb)
    const link = (k: number): boolean => a.g.planAmountLinks?.has(a.tokens[k]?.forms.fold ?? '') === true;
    const of = link(start) ? start : link(start - 1) ? start - 1 : -1;
    const head = of > 0 ? phraseEndingAt(a.tokens, of, nouns, 2) : -1;
    if (head >= 0) {
      d.kind = a.field('target', head, of, `${a.g.locale}.kind.plan-noun-of-amount`);
      continue;
    }
    if (d.changes.length > 0) continue;
    const end = tokenAt(a.tokens, v.span.end);
    // (`The administration’s Sh9.42 billion annual budget had …`: a word of a year's plan between them,
    // grammar `annualPlanWords`; round 64)
    const annual = matchAt(a.tokens, end, a.g.annualPlanWords ?? [], st.sentence.to);
    const noun = matchAt(a.tokens, annual?.to ?? end, nouns, st.sentence.to);
    if (!noun) continue;
    const after = a.tokens[noun.to];
    const ends =
      noun.to >= st.sentence.to ||
      after === undefined ||
      after.kind === 'punct' ||
      a.g.planPhraseStops.has(after.forms.fold) ||
      a.g.figureSubjectAuxiliaries.has(after.forms.fold);
    if (!ends) continue;
    const before = a.tokens[start - 1];
    const owned =
      before?.kind === 'word' &&
      (matchAt(a.tokens, start - 1, a.g.articles, start)?.to === start ||
        a.g.levelDeterminers?.has(before.forms.fold) === true ||
        POSSESSIVE.test(before.text));
    if (!owned) continue;
    d.kind = a.field('target', end, noun.to, `${a.g.locale}.kind.amount-plan-noun`);
  }
}

/**
 * `The Council has allocated $325,000 to the project`, `URA has been allocated UGX877.296Bn`, `The state
 * budget apportions $65.8 billion`, `KSh 385.92 billion was allocated toward recurrent expenditure`: an
 * amount right after a verb that assigns money to a use, or right before its passive or a participle of
 * a plan (`the 399 million tons projected for FY 2017`; grammar `allocationVerbs`, `allocatedAfter`), is
 * the plan's amount — a target, as `Rs.5,000 crore budgeted` is —
 * never a result (round 65: it had been a certain result). An amount with a change or a completion of its
 * own, a percentage and a statement already a target stay as read. Constant work per statement.
 */
export function allocatedAmounts(a: SentenceContext, st: SentenceState): void {
  const verbs = a.g.allocationVerbs;
  const passives = a.g.allocatedAfter;
  if (!verbs || !passives) return;
  for (const d of a.sentenceDrafts(st.span) as Draft[]) {
    const v = d.value;
    if (!v || d.kind.value === 'target' || d.completion || d.changes.length > 0) continue;
    if (v.value.unitCode === 'percent') continue;
    const start = tokenAt(a.tokens, v.span.start);
    const end = tokenAt(a.tokens, v.span.end);
    const before = phraseEndingAt(a.tokens, start, verbs, 2);
    const opens = before < 0 ? matchAt(a.tokens, start, verbs, end) : null;
    const after =
      before < 0 && !opens
        ? (matchAt(a.tokens, end, passives, st.sentence.to) ?? relativeAllocation(a, end, st.sentence.to))
        : null;
    if (before >= 0) d.kind = a.field('target', before, start, `${a.g.locale}.kind.allocated-amount`);
    else if (opens) d.kind = a.field('target', opens.from, opens.to, `${a.g.locale}.kind.allocated-amount`);
    else if (after) d.kind = a.field('target', after.from, after.to, `${a.g.locale}.kind.allocated-amount`);
  }
}

/** How many words may stand between a relative pronoun and its verb of allocation (`that county governors allocated`). */
const RELATIVE_SUBJECT = 4;

/**
 * `Of the Sh160.5 billion that county governors allocated for development`: a relative pronoun right
 * after the amount (grammar `allocationRelatives`), a few words of its subject and a verb of allocation —
 * the verb's match, or null.
 */
function relativeAllocation(a: SentenceContext, end: number, limit: number): PhraseMatch<unknown> | null {
  const verbs = a.g.allocationVerbs;
  const rel = matchAt(a.tokens, end, a.g.allocationRelatives ?? [], limit);
  if (!verbs || !rel) return null;
  for (let i = rel.to; i < limit && i <= rel.to + RELATIVE_SUBJECT; i++) {
    if (a.tokens[i]?.kind !== 'word') return null;
    const verb = matchAt(a.tokens, i, verbs, limit);
    if (verb) return verb;
  }
  return null;
}
