import { matchAt } from '../phrase';
import { SENTENCE_ENDS, type Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens the headline's subject may hold before its `to` (`The Ho Chi Minh City Department of Transport`). */
const SUBJECT_TOKENS = 8;

/**
 * `VINACOMIN to sell 36 tons of coal`, `Vietnam to have 2,000 MW of rooftop solar power capacity in
 * 2020`, `Health insurance to cover 91.05 million people by the end of this year`: a headline's
 * future is the infinitive right after its subject. When the sentence OPENS with a noun phrase of
 * words only (at most {@link SUBJECT_TOKENS} tokens, an apostrophe or a hyphen inside it, no verb of
 * its own: no past form, no verb of a level or of a change), then the grammar's `link`
 * (`to`) and one of its headline verbs (`headlineInfinitives`), and no full stop ends it (a
 * headline, not a sentence of prose: `Loans to build houses rose 5%.` has its verb), every statement
 * after that verb read actual by default (no marker of its own) is a goal. Not `Exports to China rise
 * 5%` (a preposition before a name), nor a verb of a level or a change after the infinitive
 * (`Funds to support farmers reach VND 5 trillion`: the infinitive is the subject's purpose).
 * English only; constant work per sentence plus one pass over its drafts.
 */
export function headlineInfinitives(a: SentenceContext, st: SentenceState): void {
  const h = a.g.headlineInfinitives;
  if (!h) return;
  const t = a.tokens;
  const start = tokenAt(t, st.span.start);
  const end = tokenAt(t, st.span.end);
  const last = t[end - 1];
  if (end <= start || (last?.kind === 'punct' && SENTENCE_ENDS.has(last.text))) return;
  const verb = headlineVerbAt(a, start, end, h);
  if (verb < 0) return;
  // (no verb of a level or a change of the subject's own after the infinitive)
  for (let k = verb + 1; k < end; k++) {
    const x = t[k] as Token;
    if (x.kind !== 'word' || h.objectLinks.has(x.forms.lower)) continue;
    if (matchAt(t, k, a.g.valueVerbs) || matchAt(t, k, a.g.changeVerbs)) return;
    if (a.g.pastForms.has(x.forms.lower)) return;
  }
  const L = a.g.locale;
  // (a value's span may open on the verb itself: `to hit US$4 billion`)
  const after = (t[verb] as Token).start;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.kind.value !== 'actual' || !d.kind.rule.endsWith('.kind.default-actual')) continue;
    const figure = d.value?.span.start ?? d.changes[0]?.span.start ?? d.completion?.span.start;
    if (figure === undefined || figure < after) continue;
    d.kind = a.field('target', verb - 1, verb + 1, `${L}.kind.headline-infinitive`);
  }
}

/** The token of the headline's verb after `to` (see {@link headlineInfinitives}), or -1. */
function headlineVerbAt(
  a: SentenceContext,
  start: number,
  end: number,
  h: NonNullable<SentenceContext['g']['headlineInfinitives']>,
): number {
  const t = a.tokens;
  for (let k = start; k < end && k <= start + SUBJECT_TOKENS; k++) {
    const x = t[k] as Token;
    if (x.kind === 'punct' && (x.text === '’' || x.text === "'" || x.text === '-')) continue;
    if (x.kind !== 'word') return -1;
    if (k > start && h.link.has(x.forms.lower)) {
      const v = t[k + 1];
      return v?.kind === 'word' && h.verbs.has(v.forms.lower) ? k + 1 : -1;
    }
    if (a.g.pastForms.has(x.forms.lower) || matchAt(t, k, a.g.changeVerbs)) return -1;
    // (`The Ministry of Finance to …`: a link inside the subject's noun phrase)
    if (matchAt(t, k, a.g.valueVerbs) && !h.objectLinks.has(x.forms.lower)) return -1;
  }
  return -1;
}
