import { findIn } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { asPoints, RATE_POINTS } from './rate-points';

/**
 * `The disbursement rate reached 45 percent in 2023, 12 percent above the target`: for an
 * indicator that is itself a percentage (its value is one, or its name is a rate, a ratio, a
 * share), a percentage above or below the plan may be percentage points or a relative
 * difference — the text does not say. The completion of 100 ± N read from it is taken back and
 * listed in `unread`, never shown as if right. (A level in money or units keeps it:
 * `VND 30 trillion, 12 percent above the target` is 112 % of the plan.)
 */
export function levelDifferences(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    percentLevelChanges(a, d);
    const c = d.completion;
    if (!c?.rule.endsWith('.completion.rate-than-plan')) continue;
    const name = d.name;
    const percentLevel = d.value?.value.unitCode === 'percent';
    const rateName = name !== undefined && namesLevel(a, d.from, d.to, name.span.start, name.span.end);
    if (!percentLevel && !rateName) continue;
    d.completion = undefined;
    d.unread.push({
      what: 'completion',
      reason: 'unrecognised-figure',
      span: c.span,
      message: 'A difference from the plan of an indicator that is a percentage: points or percent is not stated',
    });
  }
}

/**
 * `the poverty rate reduces by 3%`, `tỷ lệ hộ nghèo giảm 1,5%`: the change by N percent of an
 * indicator that is itself a percentage of something (its name holds a rate, ratio, share
 * noun, and no growth word: a growth rate's figure is the growth) may be N percentage points or
 * a relative change of N percent — the text does not say; a statement whose level is in money or
 * units is no such indicator. The change is taken back and listed in
 * `unread`, never shown as if right — unless the statement prints its level as a percentage: then
 * the change of that level is read in points, doubted `points-or-percent`. (`CPI rose 3%`, `the price index fell 1%`: an index is no
 * percentage of anything, its change is read.)
 */
function percentLevelChanges(a: SentenceContext, d: Draft): void {
  const name = d.name;
  if (!name || !d.changes.some((c) => c.value.form === 'rate')) return;
  // (a level in money or units is no percentage: `share purchases fell 43.4 percent to 2.81 billion USD`)
  const unit = d.value?.value.unitCode;
  if (unit !== undefined && unit !== 'percent') return;
  const [i, j] = nameTokens(a, d.from, d.to, name.span.start, name.span.end);
  if (findIn(a.tokens, i, j, a.g.percentLevelNouns) === null || findIn(a.tokens, i, j, a.g.growthWords) !== null)
    return;
  // (`Hotel room rates increased by 20%`, `the day rate rose 20%`: a rate that is a price changes by
  // a relative percentage like any price; its level is in money, no percentage)
  if (unit === undefined && findIn(a.tokens, i, j, a.g.priceRateNouns) !== null) return;
  // (`The poverty rate fell to 2.9%, down 1.2% from 2022`, `the urbanization rate was estimated at
  // 41.7 percent in 2022, up 1.2 percent year-on-year`: beside a level printed as a percentage, the
  // change of that level is in points — domain.md — as Vietnamese reads it (`rate-points.ts`), still
  // doubted `points-or-percent`: the text does not spell it)
  if (unit === 'percent') {
    d.changes = d.changes.map((c) => (c.value.form === 'rate' ? asPoints(c, RATE_POINTS) : c));
    return;
  }
  const kept = d.changes.filter((c) => c.value.form !== 'rate');
  for (const c of d.changes)
    if (c.value.form === 'rate')
      d.unread.push({
        what: 'change',
        reason: 'unrecognised-figure',
        span: c.span,
        message: 'A change by a percentage of an indicator that is a percentage: points or percent is not stated',
      });
  d.changes = kept;
}

/** The token range of a name inside a statement's tokens. */
function nameTokens(a: SentenceContext, from: number, to: number, start: number, end: number): [number, number] {
  let i = from;
  while (i < to && (a.tokens[i]?.start ?? end) < start) i++;
  let j = i;
  while (j < to && (a.tokens[j]?.end ?? end) <= end) j++;
  return [i, j];
}

/** True when a level noun (`rate`, `ratio`, `tỷ lệ`) stands in the name's tokens. */
function namesLevel(a: SentenceContext, from: number, to: number, start: number, end: number): boolean {
  let i = from;
  while (i < to && (a.tokens[i]?.start ?? end) < start) i++;
  let j = i;
  while (j < to && (a.tokens[j]?.end ?? end) <= end) j++;
  return findIn(a.tokens, i, j, a.g.levelNouns) !== null;
}
