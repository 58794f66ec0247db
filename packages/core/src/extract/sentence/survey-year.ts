import { matchPeriod } from '../period-phrase';
import type { SentenceContext, SentenceState } from './context';

/** How many words may stand between a survey's year and its noun (`the 2022 Labour Force Survey`). */
const NAME_WORDS = 4;

/** How many words may stand between a survey's noun and the period it was made in (`census conducted in 2019`). */
const MADE_WORDS = 3;

/**
 * `…, according to the latest census conducted in 2019`, `according to the PAPI 2022 survey, …`,
 * `The 2022 Labour Force Survey found that …`: the year of a census or survey (grammar
 * `surveyNouns`) dates the figures it reports when the sentence gives them no period of their
 * own — the figures are the survey's. A year before the noun (a bare year, not after `in`/`for`/`of`,
 * at most {@link NAME_WORDS} words of the survey's name between) or a period right after it (at most
 * {@link MADE_WORDS} words between: `conducted in 2019`). Only when the sentence names one such year;
 * a figure with a period of its own keeps it. English; one pass over the sentence's tokens.
 */
export function surveyYears(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.surveyNouns;
  if (!nouns || nouns.size === 0) return;
  const drafts = a.sentenceDrafts(st.span).filter((d) => !d.period && !d.periodMatch);
  if (drafts.length === 0) return;
  const t = a.tokens;
  const { from, to } = st.sentence;
  let found: { id: string; from: number; to: number } | undefined;
  for (let i = from; i < to; i++) {
    const x = t[i];
    if (x?.kind !== 'word' || !nouns.has(x.forms.fold)) continue;
    let year: { id: string; from: number; to: number } | undefined;
    // `the 2022 Labour Force Survey`, `PAPI 2022 survey`: the year before the noun
    for (let back = 1; back <= NAME_WORDS + 1 && i - back >= from && !year; back++) {
      const y = t[i - back];
      if (y?.kind === 'number' && /^(19|20)\d\d$/u.test(y.text)) {
        if (!a.g.periodWords.keys.yearPrepositions.has(t[i - back - 1]?.forms.fold ?? ''))
          year = { id: y.text, from: i - back, to: i - back + 1 };
        break;
      }
      if (y?.kind !== 'word') break;
    }
    // `census conducted in 2019`: the period after it
    for (let k = i + 1; k <= i + MADE_WORDS + 1 && k < to && !year; k++) {
      const p = matchPeriod(t, k, a.g.locale);
      if (p?.id && /^\d{4}$/u.test(p.id)) year = { id: p.id, from: p.from, to: p.to };
      if (t[k]?.kind !== 'word') break;
    }
    if (!year) continue;
    if (found && found.id !== year.id) return;
    found = year;
  }
  if (!found) return;
  const L = a.g.locale;
  for (const d of drafts) d.period = a.field(found.id, found.from, found.to, `${L}.period.survey-year`);
}
