import { matchAt } from '../phrase';
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
 * round 64). Constant work per statement.
 */
export function amountPlanNouns(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.planAmountNouns;
  if (!nouns) return;
  for (const d of a.sentenceDrafts(st.span) as Draft[]) {
    const v = d.value;
    if (!v || d.kind.value === 'target' || d.changes.length > 0 || d.completion) continue;
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
    const start = tokenAt(a.tokens, v.span.start);
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
