import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words may follow the earlier level's number before its time (`31,623 [units]`, `4.1 [million tonnes]`). */
const LEVEL_WORDS = 3;

/**
 * `fell 26% to 23,458 units in October from 31,623 units a year earlier`, `rose 14 percent to 5,120
 * in May, compared with 4,491 a year ago`, `fell 28% to 213,588 units in the first ten months from
 * 296,574 in the same period of last year`: a rate of change with the level it reached (`to …`, an
 * optional period), then the level it came from (a compare word and a number with at most
 * {@link LEVEL_WORDS} words of unit) dated by a phrase of the comparison base (grammar `bases`:
 * the same period a year before, or the period before; after an optional link `in`/`of`) — that
 * phrase is the change's base. A base the change names itself is kept; a base lent by the
 * sentence (`+sentence-base`, such as the `last year` inside `of last year`) gives way. A
 * level dated by a named period (`from 4,491 units in April`) or a plan is no such base. Constant
 * work per statement.
 */
export function fromLevelBases(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    if (!v || !c || c.value.form !== 'rate' || !v.rule.includes('.value.change-to')) continue;
    if (c.value.base !== undefined && !c.rule.includes('+sentence-base')) continue;
    let j = tokenAt(a.tokens, v.span.end);
    if (j >= st.sentence.to) continue;
    // (at most LEVEL_WORDS words of a unit the value did not read — `98.2 million [square metres]`
    // — then the period of the level reached, with its link: `in May`, `in the first ten months of 2023`)
    let compare = matchAt(a.tokens, j, a.g.compareWords, st.sentence.to);
    for (let n = 0; n < LEVEL_WORDS && !compare; n++) {
      const linked = a.g.samePeriodYearLinks.has(a.tokens[j]?.forms.fold ?? '');
      const period = matchPeriod(a.tokens, j, a.g.locale) ?? (linked ? matchPeriod(a.tokens, j + 1, a.g.locale) : null);
      if (period) j = period.to;
      else if (a.tokens[j]?.kind === 'word' && !linked) j++;
      else break;
      if (a.tokens[j]?.text === ',') j++;
      compare = matchAt(a.tokens, j, a.g.compareWords, st.sentence.to);
    }
    if (!compare || a.tokens[compare.to]?.kind !== 'number') continue;
    j = compare.to + 1;
    let base = null;
    for (let n = 0; n <= LEVEL_WORDS && j < st.sentence.to && !base; n++) {
      const link = a.g.samePeriodYearLinks.has(a.tokens[j]?.forms.fold ?? '') ? j + 1 : j;
      const m = matchAt(a.tokens, link, a.g.bases, st.sentence.to);
      const kind = m?.phrase.data.kind;
      if (m && (kind === 'same-period-last-year' || kind === 'previous-period')) base = m;
      else if (a.tokens[j]?.kind !== 'word') break;
      else j++;
    }
    if (!base) continue;
    const span = a.span(base.from, base.to);
    d.changes[0] = {
      ...c,
      value: {
        ...c.value,
        base: { kind: base.phrase.data.kind as 'same-period-last-year' | 'previous-period' },
        baseSpan: span,
      },
      rule: `${c.rule.replace('+sentence-base', '')}+from-level-base`,
    };
  }
}
