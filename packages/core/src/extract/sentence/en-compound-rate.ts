import { perPeriodAt } from '../certainty/doubts/average-rate';
import { afterPercent } from '../certainty/helpers';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens may stand between a compound-rate noun and its number (`CAGR of`, `a CAGR of`). */
const NOUN_GAP = 2;
/** How many words may stand between the comma after a level and the compound rate's number (`, growing at a CAGR of`). */
const LINK_WORDS = 7;

/**
 * `is expected to reach USD 0.71 billion by 2030, at a CAGR of 8.69% during the forecast period`,
 * `is forecast to expand at a 9.10% CAGR to 2030`, `growing at a compound annual growth rate of
 * 8.5%`: a percentage right after a compound-rate noun (grammar `averageRateWords`, its `of`
 * between) or right before one (`9.10% CAGR`; a per-period tail such as `8% per annum` is a rate
 * set, left as read) is an average rate of change over the years to the horizon, never a level of
 * its own — read as a rate with no base, which the certainty pass doubts as `average-rate`. When it
 * stands after a comma and a few words (no number) right after the level of the statement before
 * (`… USD 0.71 billion by 2030, at a CAGR of 8.69%`), it is that level's rate of growth and joins
 * it; otherwise it stays its own statement's change. English; constant work per statement.
 */
export function enCompoundRates(a: SentenceContext, st: SentenceState): void {
  const words = a.g.averageRateWords;
  if (a.g.locale !== 'en' || !words) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    if (d.completion || d.density || d.rank) continue;
    // the figure: a percentage read as a level, or one rate read as a change of its own
    // (`at a compound annual growth rate of 8.69% over 2025-2030`)
    const v = d.value;
    const own = !v && d.changes.length === 1 && d.changes[0]?.value.form === 'rate' ? d.changes[0] : undefined;
    if (!own && (v?.value.unitCode !== 'percent' || d.changes.length > 0)) continue;
    const span = (own ?? v)?.span;
    if (!span) continue;
    const t = a.tokens;
    let k = tokenAt(t, span.start);
    while (k < t.length && t[k]?.kind !== 'number') k++;
    if (k >= t.length || (t[k] as Token).start >= span.end) continue;
    let before = false;
    for (let b = Math.max(st.sentence.from, k - NOUN_GAP - 4); b < k && !before; b++) {
      const w = matchAt(t, b, words, k);
      before = w !== null && k - w.to <= NOUN_GAP && !t.slice(w.to, k).some((x) => x.kind !== 'word');
    }
    let after = false;
    if (!before) {
      const read = afterPercent(t, a.g, k);
      const pct = read.to;
      after =
        read.percent &&
        matchAt(t, pct, words) !== null &&
        !perPeriodAt(t, a.g, pct) &&
        matchAt(t, pct, a.g.perWords) === null;
    }
    if (!before && !after) continue;
    let change: Extracted<ExtractedChange>;
    if (own) change = own;
    else if (v) {
      const q = v.value;
      change = {
        ...v,
        value: { form: 'rate', amount: q.number, ...(q.approximate ? { approximate: q.approximate } : {}) },
        rule: `${a.g.locale}.change.compound-rate+average-rate`,
      };
    } else continue;
    const level = n > 0 ? (drafts[n - 1] as Draft) : undefined;
    if (level && joinsLevel(a, level, d, k)) {
      const year = d.sameIn.get(change);
      level.changes = [...level.changes, change];
      if (year !== undefined) level.sameIn.set(change, year);
      d.sameIn.clear();
      d.changes = [];
      d.value = undefined;
      d.name = undefined;
      continue;
    }
    if (own) continue;
    d.changes = [change];
    d.value = undefined;
  }
}

/**
 * True when the compound rate at number `k` of draft `d` follows the level of `level` across a
 * comma and at most {@link LINK_WORDS} words: the level has a value of its own unit (no percent)
 * and no rate yet, and nothing but words (and the period phrase of the level) stands between.
 */
function joinsLevel(a: SentenceContext, level: Draft, d: Draft, k: number): boolean {
  const lv = level.value;
  if (!lv || lv.value.unitCode === 'percent' || level.completion) return false;
  if (level.changes.some((c) => c.value.form === 'rate')) return false;
  if (d.period && level.period && d.period.value !== level.period.value) return false;
  const t = a.tokens;
  let i = tokenAt(t, lv.span.end);
  // the level's own period phrase (`by 2030`) before the comma
  while (i < k && t[i]?.kind !== 'punct') i++;
  if (t[i]?.text !== ',') return false;
  let words = 0;
  for (let j = i + 1; j < k; j++) {
    if (t[j]?.kind !== 'word') return false;
    words++;
  }
  return words <= LINK_WORDS;
}
