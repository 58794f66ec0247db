import { matchAt } from '../phrase';
import { type Item, isPastParticiple } from '../rules/context';
import { futureAuxAt } from '../rules/en-value-passive-count';
import type { Clause, SentenceContext } from './context';

/** How many tokens the subject's noun phrase may hold between its figure and the auxiliary. */
const SUBJECT_TOKENS = 9;

/**
 * `Some 3,000 new rooms will enter the market in 2025`, `Around 12,000 sqm of office space is
 * expected to come online in 2H24`, `About 2 million tonnes of rice are set to be shipped`: the
 * clause OPENS with its figure (nothing but a clause opener or a fronted period before it: `In the
 * third quarter, 80 percent of the capital will be disbursed`), a value, a share or a completion,
 * the figure's noun phrase follows (words, a possessive and periods only, no figure, no separator;
 * a joiner only inside the noun phrase, before any past verb: `Around 80,000ha of rice and fruit
 * farms could be impacted`, not `80,000 tonnes were exported and prices will rise`) and then a future
 * auxiliary (`will`, `will be`, `are expected to`, `is scheduled to`, `could`): the figure is the
 * subject of the future, a goal or a forecast. Returns that auxiliary's marker item (English only).
 * A future after a figure that does not open its clause (`exports reached 5 billion USD and will
 * …`, `…, which will help …`) frames nothing before it (`goal-marker.ts` `isLeadingOnlyMarker`).
 */
export function subjectFutureMarker(a: SentenceContext, clause: Clause, leading: readonly Item[]): Item | undefined {
  if (a.g.locale !== 'en') return undefined;
  const opened = reportedClauseStart(a, leading);
  if (opened === null) return undefined;
  const lead = leading.slice(opened);
  for (let k = 0; k < lead.length; k++) {
    const it = lead[k] as Item;
    if (it.t === 'sep') continue;
    // (`In the third quarter, 80 percent of the capital will be disbursed`, `In 2025, some 3,000 new
    // rooms will enter the market`: a fronted period and its preposition before the subject)
    if (it.t === 'period' || (lead[k + 1]?.t === 'period' && periodLead(a, it))) continue;
    if (
      (it.t === 'word' || (it.t === 'marker' && it.kind === 'joiner')) &&
      it.to - it.from === 1 &&
      a.g.clauseOpeners?.has(a.tokens[it.from]?.forms.fold ?? '') === true
    )
      continue;
    return undefined;
  }
  const fig = clause.items[leading.length];
  // (a share or a completion opens it too: `80 percent of the capital planned for 2021 will be disbursed`)
  const kind = fig?.t === 'figure' ? fig.fig.kind : undefined;
  if (fig?.t !== 'figure' || !(kind === 'value' || kind === 'percent' || kind === 'completion')) return undefined;
  let tokens = 0;
  let verbSeen = false;
  for (let k = leading.length + 1; k < clause.items.length; k++) {
    const it = clause.items[k] as Item;
    if (it.t === 'marker' && it.kind === 'target') {
      // (a bare number needs its noun: `5,000 will …` may be anything)
      const bare = fig.fig.kind === 'value' && fig.fig.q.quantity?.unit === undefined;
      if ((tokens === 0 && bare) || !futureAuxAt(a.tokens, a.g, it.from)) return undefined;
      return a.tokens[it.to]?.kind === 'word' ? it : undefined;
    }
    // (`of State investment planned for 2021`: a period inside the subject's noun phrase)
    if (it.t === 'period') {
      tokens += it.to - it.from;
      continue;
    }
    if (it.t !== 'word') return undefined;
    const w = a.tokens[it.from];
    if (w?.kind === 'punct' && !(w.text === '’' || w.text === "'")) return undefined;
    // (`Around 80,000ha of rice and fruit farms could be impacted`: a coordinator inside the subject's
    // noun phrase, not after a verb of its own — `80,000 tonnes were exported and prices will rise`)
    if (w?.kind === 'word' && a.g.coordinators?.has(w.forms.fold) && verbSeen) return undefined;
    if (w?.kind === 'word' && (a.g.pastForms.has(w.forms.lower) || isPastParticiple(a.g, w))) verbSeen = true;
    tokens += it.to - it.from;
    if (tokens > SUBJECT_TOKENS) return undefined;
  }
  return undefined;
}

/** True when word item `it` is one token of the grammar's leads of a period adverb (`In`, `During`, `By`). */
function periodLead(a: SentenceContext, it: Item): boolean {
  const leads = a.g.periodAdverbLeads;
  return it.t === 'word' && leads !== undefined && matchAt(a.tokens, it.from, leads, it.to)?.to === it.to;
}

/**
 * Where the figure's own clause starts in `leading`: after the last reported-clause lead (`It
 * estimated that an additional 300 MW …`, `officials said that the 5,000 units …`) when only a
 * determiner or a further-amount word stands between it and the figure — then the index after
 * the items it spans; with no such lead, the same when the clause opens with a further-amount word
 * (`…, a further 61,000 households are expected to have clean water`, `An additional 300 MW will
 * …`); else 0 (the clause itself must open with the figure); null when a lead is followed by other
 * words.
 */
function reportedClauseStart(a: SentenceContext, leading: readonly Item[]): number | null {
  const leads = a.g.reportedClauseLeads;
  if (!leads) return 0;
  for (let k = leading.length - 1; k >= 0; k--) {
    const it = leading[k] as Item;
    if (it.t !== 'word' || matchAt(a.tokens, it.from, leads, it.to)?.to !== it.to) continue;
    const rest = leading.slice(k + 1);
    const first = rest[0];
    if (!first) return leading.length;
    const end = (rest[rest.length - 1] as Item).to;
    if (rest.some((x) => x.t !== 'word')) return null;
    const further = a.g.furtherAmountWords ? matchAt(a.tokens, first.from, a.g.furtherAmountWords, end) : null;
    const determiner = end === first.from + 1 && a.g.subjectDeterminers?.has(a.tokens[first.from]?.forms.fold ?? '');
    return further?.to === end || determiner ? leading.length : null;
  }
  return openingFurther(a, leading) ? leading.length : 0;
}

/** True when the clause's words before its figure are only a further-amount word (`a further`, `another`). */
function openingFurther(a: SentenceContext, leading: readonly Item[]): boolean {
  const words = leading.filter((x) => x.t !== 'sep');
  const first = words[0];
  if (!first || !a.g.furtherAmountWords || words.some((x) => x.t !== 'word')) return false;
  const end = (words[words.length - 1] as Item).to;
  return matchAt(a.tokens, first.from, a.g.furtherAmountWords, end)?.to === end;
}
