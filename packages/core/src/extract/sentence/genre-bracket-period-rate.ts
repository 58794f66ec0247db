import { matchPeriod } from '../period-phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { yearLabel } from './en-labelled-bracket';
import { tokenAt } from './token-at';
import { ratePeriodStatement } from './vi-bracket-period-rate';

/** How many tokens a period may span between the `(` and the `:` (`February 2024`, `10M 2024`, `2Q24`). */
const PERIOD_SPAN = 4;

/**
 * `IIP grew 9.2% YoY in 10M 2025 (10M 2024: +8.6% YoY)`, `retail sales rose 11.1% YoY in April
 * (April 2024: +8.8% YoY)`, `exports grew 12.5% y/y in 10M 2025 (10M 2024: +14.9%)`: in research
 * notes a bracket that opens on a period WITH its year and a colon, and holds only a rate of change
 * (or a signed bare percentage), states the same measure's rate for that period, for comparison — a
 * statement of its own dated that period (against its own base, else the base of the statement's
 * first rate), never a second change of the statement it follows (that gave the compared period's
 * rate the statement's period, certain) nor a level of 14.9 %. A period without its year (`(Sep:
 * …)`, read in `genre-previous-rate.ts`) or the statement's own period is left alone. English twin
 * of `vi-bracket-period-rate.ts`. Linear: each change is looked at once, a few tokens back.
 */
export function genreBracketPeriodRates(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const t = a.tokens;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const first = d.changes[0];
    if (first?.value.form !== 'rate') continue;
    signedValue(a, d, first);
    for (const c of d.changes.slice(1)) {
      if (c.value.form !== 'rate' || t[tokenAt(t, c.span.end)]?.text !== ')') continue;
      let k = tokenAt(t, c.span.start);
      if (isSign(t[k - 1])) k--;
      const open = bracketOpen(a, k, d);
      if (!open) continue;
      const p = { id: open.id, open: open.from, from: open.from + 1, to: open.colon };
      ratePeriodStatement(a, st, d, c, first, p, 'en', 'genre-bracket-period-rate');
    }
  }
}

const isSign = (x: Token | undefined): boolean =>
  x?.kind === 'punct' && (x.text === '+' || x.text === '-' || x.text === '−');

/** The `(PERIOD:` right before token `k` — a period with its year, not the statement's — or null. */
function bracketOpen(a: SentenceContext, k: number, d: Draft): { from: number; colon: number; id: string } | null {
  const t = a.tokens;
  if (t[k - 1]?.text !== ':') return null;
  const colon = k - 1;
  for (let j = colon - 1; j >= 0 && j >= colon - PERIOD_SPAN - 1; j--) {
    if (t[j]?.kind !== 'punct') continue;
    if (t[j]?.text !== '(') return null;
    const m = matchPeriod(t, j + 1, 'en');
    // (`(2024: +14.9%)`: a year alone is a label too)
    const id = (m?.to === colon ? m.id : undefined) ?? yearLabel(t, j + 1, colon);
    return id && id !== d.period?.value ? { from: j, colon, id } : null;
  }
  return null;
}

/**
 * A bare percentage signed `+` in such a bracket after the statement's first rate
 * (`(10M 2024: +14.9%)`): the period's rate against the first rate's base, turned into a change of
 * the statement first (the loop above then gives it its own statement).
 */
function signedValue(a: SentenceContext, d: Draft, first: Extracted<ExtractedChange>): void {
  const v = d.value;
  const t = a.tokens;
  if (v?.value.unitCode !== 'percent' || v.span.start < first.span.end) return;
  const k = tokenAt(t, v.span.start);
  // (a `+` only: how a minus sign reached the number is the number reader's)
  if (t[k - 1]?.text !== '+' || t[tokenAt(t, v.span.end)]?.text !== ')' || !bracketOpen(a, k - 1, d)) return;
  const change: ExtractedChange = {
    form: 'rate',
    amount: v.value.number,
    ...(first.value.base ? { base: first.value.base } : {}),
  };
  d.changes.push({ ...v, value: change, rule: 'en.change.genre-bracket-signed-rate' });
  d.value = undefined;
}
