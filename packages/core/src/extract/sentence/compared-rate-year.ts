import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearToken } from './year-word';

/** The mark in a change's rule of the rate compared against (scan.ts `carryVerb`). */
const COMPARED = '.change.compared-rate';

/**
 * The year a compared rate is of, written around its number at token `k`: a possessive year before
 * it (`2012's 5.5 percent`) or a year's period phrase right after its percent (`that of 4.8 percent
 * in 2012`), as `[from, to, year]`, or null.
 */
function yearOf(a: SentenceContext, k: number): readonly [number, number, string] | null {
  const y = a.tokens[k - 3];
  const mark = a.tokens[k - 2]?.text;
  if (y && isYearToken(y) && (mark === "'" || mark === '’') && a.tokens[k - 1]?.text === 's')
    return [k - 3, k - 2, y.text];
  const pct = a.tokens[k + 1]?.text === '%' ? k + 2 : (matchAt(a.tokens, k + 1, a.g.percentWords)?.to ?? -1);
  const period = pct > 0 ? matchPeriod(a.tokens, pct, a.g.locale) : null;
  return period?.id && /^\d{4}$/u.test(period.id) ? [period.from, period.to, period.id] : null;
}

/**
 * `rose 7.4 percent, much higher than 2012's 5.5 percent`, `an increase of 5.9 percent year-on-year
 * compared to that of 4.8 percent in 2012`: the rate a change is compared with, dated by a year of
 * its own, is that year's rate of the same indicator — a statement of its own with that period
 * (never a base of 2012, never a second change of the statement's own year). It keeps the name of
 * the statement it is compared with and its `comparison` doubt. English; constant work per change.
 */
export function comparedRateYears(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const c = d.changes.find((x) => x.rule.includes(COMPARED) && x.value.form === 'rate');
    if (!c) continue;
    let k = tokenAt(a.tokens, c.span.start);
    while (k < a.tokens.length && a.tokens[k]?.kind !== 'number') k++;
    const year = yearOf(a, k);
    if (!year) continue;
    const [from, to, id] = year;
    const period = a.field(id, from, to, `${a.g.locale}.period.compared-rate-year`);
    // (a base of the rate's own year is no base)
    const own = { ...c, value: { ...c.value, base: undefined, baseSpan: undefined }, rule: `${c.rule}+own-year` };
    const only = d.changes.length === 1 && !d.value && !d.completion;
    const main = n > 0 ? (drafts[n - 1] as Draft) : undefined;
    if (only) {
      // (`much higher than 2012's 5.5 percent` read as a statement of its own, named by the comparison)
      if (d.period || !main?.name) continue;
      d.name = { ...main.name, rule: `${a.g.locale}.name.compared-rate` };
      d.changes = [own];
      d.period = period;
      d.sameIn.delete(c);
      continue;
    }
    // (a second change of the statement it is compared with: a statement of its own)
    if (!d.name || d.period?.value === id) continue;
    d.changes = d.changes.filter((x) => x !== c);
    d.sameIn.delete(c);
    const s = a.newDraft(st.span, k);
    s.kind = { ...d.kind, rule: `${d.kind.rule}+compared-rate` };
    s.name = { ...d.name, rule: `${a.g.locale}.name.compared-rate` };
    s.changes = [own];
    s.period = period;
    a.extend(s, k, to);
  }
}
