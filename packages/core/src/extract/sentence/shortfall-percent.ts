import { negate, shift } from '../numeral';
import { phraseEndingAt } from '../phrase';
import type { StatedCompletion } from '../types';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { measuredResult } from './stated-percent';

/**
 * `Domestic revenue … amounted to GH¢ 61.5 billion against a target of GH¢ 62.1 billion, representing a
 * shortfall of 1.0 percent`: a percentage right after a noun of a gap (grammar `gapNouns`: `a shortfall
 * of`), after a result the sentence measured against its target, is how far the result fell short — the
 * result's completion, 100 − X, when it agrees with the two amounts as the audit would check it (round
 * 48; the percentage had been a level of its own, doubted). The gap's own statement, left empty, is
 * dropped. Looks back through the sentence's drafts only at a percentage after a gap noun.
 */
export function shortfallPercents(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.gapNouns;
  if (!nouns || nouns.length === 0) return;
  const drafts = a.sentenceDrafts(st.span);
  for (const d of drafts) {
    const v = d.value;
    if (v?.value.unitCode !== 'percent' || d.completion || d.changes.length > 0) continue;
    // (the value's span may open on its link, `of 1.0 percent`: the gap noun ends at its number)
    const at = numberOf(a, v);
    if (at === undefined || phraseEndingAt(a.tokens, at, nouns) < 0) continue;
    const percent = shift(negate(v.value.number), '100');
    const measured = measuredResult(drafts, v.span.start, percent);
    if (!measured) continue;
    const completion: StatedCompletion = { percent, form: 'exceeded-by', of: 'target' };
    measured.completion = { ...v, value: completion, rule: `${a.g.locale}.completion.shortfall-percent` };
    d.value = undefined;
    d.unread.length = 0;
  }
}
