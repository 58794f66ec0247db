import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words the thing a change noun is of may run to (`in net profit attributable to shareholders`). */
const OBJECT_WORDS = 6;

/**
 * `The company posted a 10% rise in revenue and a 15% rise in net profit`, `this is an 8% increase in
 * production and a 6% increase in sales`: a statement whose only figure is a rate written before its
 * change noun (`rules/…rate-amount-before-noun`) with `in` and words right after it (grammar
 * `changeNounObjectLeads`) is named by those words — what rose — not by the words before the rate, which
 * are the sentence's subject and verb or the item before's (round 68, probe of Asian companies' results:
 * each rate had been named after the other quantity). The words stop at punctuation, a joiner, a period,
 * a comparison, a base, `to` or `from` (a trailing `in` or `for` left off); none are read when they open on an article, a determiner, a base or an
 * idiom of the lead (grammar `changeNounObjectStops`: `in line with`), or a hyphen or stop cuts a word. A statement with a value of its own keeps its name. Constant work per
 * statement.
 */
export function changeNounObjects(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.changeNounObjectLeads;
  if (!leads) return;
  const t = a.tokens;
  for (const d of a.sentenceDrafts(st.span)) {
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    if (!c || d.value || d.completion || !c.rule.includes('.change.rate-amount-before-noun')) continue;
    const k = tokenAt(t, c.span.end);
    const lead = matchAt(t, k, leads);
    if (!lead) continue;
    let e = lead.to;
    while (
      e < lead.to + OBJECT_WORDS &&
      t[e]?.kind === 'word' &&
      (t[e]?.start ?? Number.POSITIVE_INFINITY) < st.span.end &&
      !matchAt(t, e, a.g.joiners) &&
      !matchAt(t, e, a.g.compareWords) &&
      !matchAt(t, e, a.g.toWords) &&
      !matchAt(t, e, a.g.fromWords) &&
      !matchAt(t, e, a.g.bases) &&
      !matchPeriod(t, e, a.g.locale)
    )
      e++;
    // (`exports in` before a figure or a period's number: the preposition is not the thing's)
    while (e > lead.to && matchAt(t, e - 1, a.g.planHeadPeriodLeads)?.to === e) e--;
    // (a noun phrase that runs on past the reach, or into a figure, is not read)
    if (e === lead.to || (t[e]?.kind === 'word' && e === lead.to + OBJECT_WORDS)) continue;
    // (`in pre-tax profit`, `in U.S. sales`: a word glued on by a hyphen or a stop is cut, not read)
    const stop = t[e];
    if (stop?.kind === 'punct' && stop.gap === '' && (stop.text === '-' || stop.text === '.') && t[e + 1]?.gap === '')
      continue;
    // (`in line with the variation`, `in the number of …`, `in its net profit`: an idiom of the lead, or a
    // determiner whose noun runs on, names no quantity here)
    const first = t[lead.to];
    if (
      matchAt(t, lead.to, a.g.changeNounObjectStops ?? []) ||
      (a.g.thingArticles !== undefined && matchAt(t, lead.to, a.g.thingArticles)) ||
      a.g.attributiveYearLeads?.has(first?.forms.lower ?? '') === true ||
      matchAt(t, lead.to, a.g.bases)
    )
      continue;
    d.name = a.field(a.span(lead.to, e).text, lead.to, e, `${a.g.locale}.name.change-noun-object`);
    a.extend(d, d.from, e);
  }
}
