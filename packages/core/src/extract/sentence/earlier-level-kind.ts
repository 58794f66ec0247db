import { comparePeriods, isPeriodId } from '../../period/period';
import { matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt, type Phrase, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens (a currency, a bound word, `the`) may stand between the lead and the level's number. */
const LEAD_GAP = 3;
/** How many words (unit words, `it achieved`) may stand between the level and its period or `to`. */
const TAIL_WORDS = 4;
/** How far back in its clause a goal noun makes the level a goal's own (`its profit target in 2022 from …`). */
const GOAL_REACH = 8;

/** The earliest start of a phrase of `list` that ends right at token `j` (at most three tokens before it), or -1. */
const startEndingAt = (t: readonly Token[], j: number, list: readonly Phrase<unknown>[]): number =>
  phraseEndingAt(t, j, list, 3, 0, true);

const endsAt = (t: readonly Token[], j: number, list: readonly Phrase<unknown>[]): boolean =>
  phraseEndingAt(t, j, list) >= 0;

/** The token where the lead before the level ends (past its currency, bound words and `the`), or -1. */
function leadEnd(a: SentenceContext, k: number, floor: number): number {
  const t = a.tokens;
  let j = k;
  for (let n = 0; n <= LEAD_GAP && j > floor; n++) {
    // (`more than double the 23.5 billion baht earned in 2012`: a multiple of the earlier level leads it too)
    if (endsAt(t, j, a.g.fromWords) || endsAt(t, j, a.g.periodBaseLeads) || endsAt(t, j, a.g.multipleWords))
      return endsAt(t, j, a.g.rangeOpeners) ? -1 : j;
    const skip = Math.max(
      startEndingAt(t, j, a.g.approximate),
      startEndingAt(t, j, a.g.currencyBefore),
      startEndingAt(t, j, a.g.recordAdjectives ?? []),
      startEndingAt(t, j, a.g.levelBasePossessives ?? []),
    );
    if (skip >= 0) {
      j = skip;
      continue;
    }
    const x = t[j - 1] as Token;
    if (!((x.kind === 'punct' && x.text === '$') || (x.kind === 'word' && a.g.definiteArticles.has(x.forms.fold))))
      return -1;
    j--;
  }
  return -1;
}

/** A period lent by the statement before, the sentence or the text (not read from the level's own words). */
const lent = (rule: string): boolean =>
  rule.endsWith('+previous-statement') || rule.endsWith('+sentence') || rule.endsWith('+context');

/** The first number token at or after character `offset` (a value's span may open on its verb or currency: `compared with 33.5 million`, `to VND42 trillion`). */
function numberOf(a: SentenceContext, offset: number): number {
  let k = tokenAt(a.tokens, offset);
  for (let n = 0; n < LEAD_GAP && a.tokens[k] && a.tokens[k]?.kind !== 'number'; n++) k++;
  return k;
}

/** True when a goal noun stands in the lead's clause before it (`reduce its pre-tax profit target in 2022 from …`). */
function goalBefore(a: SentenceContext, lead: number, floor: number): boolean {
  const t = a.tokens;
  for (let j = lead - 1; j >= floor && j >= lead - GOAL_REACH; j--) {
    const x = t[j] as Token;
    if (x.kind === 'punct' && (x.text === ',' || x.text === ';' || x.text === ':')) return false;
    const goal = matchAt(t, j, a.g.goalNouns, lead);
    // (`included a target to grow the education sector from $7.2 billion in 2015 to $9 billion by 2020`:
    // a goal noun before its infinitive sets the move, it does not move itself; round 55)
    if (goal) return !matchAt(t, goal.to, a.g.toWords, lead);
  }
  return false;
}

type Tail = {
  readonly period?: { readonly match: PeriodMatch; readonly at: number };
  /** `last year`, `a year earlier`: a base phrase of an earlier period dates the level before any goal. */
  readonly base?: true;
  readonly to?: number;
} | null;

/** The number token after `to` (past a bound word and a currency) at token `j`, or undefined. */
function toNumber(a: SentenceContext, j: number, end: number): number | undefined {
  const t = a.tokens;
  const to = matchAt(t, j, a.g.toWords, end);
  if (!to) return undefined;
  const bound = matchAt(t, to.to, a.g.approximate, end);
  const n = bound ? bound.to : to.to;
  const cur = matchAt(t, n, a.g.currencyBefore, end);
  const m = cur ? cur.to : n;
  return t[m]?.kind === 'number' || (t[m]?.kind === 'punct' && t[m]?.text === '$') ? m : undefined;
}

/**
 * What follows the level: its period (`in 2016`, `this year`, `at the end of 2020`) or `to` and the
 * next level's number (`from 8.49% to 8%`), past a few unit words and one comma; null when a plan
 * word says the level is planned too (`from about $800 million targeted for 2025`) or nothing follows.
 */
function tailOf(a: SentenceContext, from: number, end: number): Tail {
  const t = a.tokens;
  let words = 0;
  for (let j = from; j < end; j++) {
    const x = t[j] as Token;
    if (
      matchAt(t, j, a.g.goalNouns, end) ||
      matchAt(t, j, a.g.plannedWords, end) ||
      matchAt(t, j, a.g.planSubjectParticiples, end)
    )
      return null;
    const kind = matchAt(t, j, a.g.bases, end)?.phrase.data.kind;
    if (kind === 'same-period-last-year' || kind === 'previous-period') return { base: true };
    const match = matchPeriod(t, j, a.g.locale);
    if (match) {
      // (`from 69 GW at the end of 2020 to 150 GW by 2030`: a dated level moving to the next)
      const after = t[match.to]?.text === ',' ? match.to + 1 : match.to;
      const to = toNumber(a, after, end);
      return { period: { match, at: j }, ...(to !== undefined ? { to } : {}) };
    }
    if (matchAt(t, j, a.g.toWords, end)) {
      const to = toNumber(a, j, end);
      return to !== undefined ? { to } : null;
    }
    if (x.kind === 'punct') {
      if (x.text !== ',') return null;
      continue;
    }
    if (x.kind !== 'word' || ++words > TAIL_WORDS) return null;
  }
  return null;
}

/** True when the level's period comes before the goal's (`in 2016` before 2017; `this year` before `in 2016`'s plan). */
function earlier(a: SentenceContext, level: PeriodMatch, at: number, goal: Draft): boolean {
  const own = a.periodId(level);
  // (a goal dated by the level's own period phrase took it by mistake: the sentence's year is the goal's)
  const taken = goal.period && tokenAt(a.tokens, goal.period.span.start) === at;
  const g = taken ? (a.sentenceYear !== undefined ? String(a.sentenceYear) : undefined) : goal.period?.value;
  if (own !== undefined && isPeriodId(own)) {
    if (g !== undefined && isPeriodId(g)) return comparePeriods(own, g) < 0;
    // (a goal of no period, `is targeting … this year`: a level compared with it is the earlier one)
    return true;
  }
  // (`this year`, `last year` with no report period: earlier than a goal of a named or a later year)
  const r = level.relative;
  if (r === undefined || level.partial) return false;
  if (g !== undefined && isPeriodId(g)) return r <= 0;
  return r < 0;
}

/**
 * The level a goal or a forecast moves from is a result, not the goal: `The revenue goal for 2017 is
 * 42 trillion dong, up from 27.5 trillion dong in 2016`, `plans to import 1.5 million-2 million mt of
 * coal in 2016, up from about 500,000 mt this year`, `is targeting … this year, which would represent a
 * significant jump from the 2.5 trillion dong profit it achieved in 2016`, `coal imports will reach
 * 51.1589 million tons, a 60% increase from 31.9739 million tons in 2022`, `plans to increase the
 * total output …, from approximately 58 billion kWh now, to 101 billion kWh by 2020`, `from 69 GW at
 * the end of 2020 to 150 GW by 2030`, `reduce power losses from 8.49% to 8% in 2015` — every such
 * level of the released corpus is annotated an actual (test11, test15, test16, test17, test18). A
 * target statement with a value and no other figure, led by `from` or a compare word (`up from`,
 * `compared with`, `against`, or a multiple, `more than double the`; past its currency, a bound word and `the`), followed (past at most
 * {@link TAIL_WORDS} words and a comma) by a period before the goal's (a named one, or `this year`
 * before a goal of a named year) or by `to` and the next level, becomes an actual. It stays a target
 * when a plan word follows it (`from about $800 million targeted for 2025`), a goal noun stands before
 * the lead in its clause (`reduce its pre-tax profit target in 2022 from VND3,060 billion to VND300
 * billion`: the goal itself moves), it is a range (`ranging from`), the level after `to` has another
 * unit, or its period is the goal's (`5 million visitors from 20 countries in 2025`). A level dated
 * by `this year` with no report period loses the goal's period it was lent. English only. Linear:
 * a bounded look around each draft's value.
 */
export function earlierLevelKinds(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const drafts = a.sentenceDrafts(st.span);
  const floor = tokenAt(a.tokens, st.span.start);
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const previous = n > 0 ? drafts[n - 1] : undefined;
    // (`The region is projected to expand by 4.6 percent this year, up from 4.4 percent last year`: a
    // statement of one rate and no value after `up from`, dated before the goal, is the earlier
    // growth, a result; round 41)
    const rate = !d.value && d.changes.length === 1 ? d.changes[0] : undefined;
    const v = d.value ?? rate;
    if (d.kind.value !== 'target' || !v || (d.value && d.changes.length > 0) || d.completion) continue;
    if (!d.kind.rule.includes('.kind.target-marker') && !d.kind.rule.includes('.kind.target-context')) continue;
    const k = numberOf(a, v.span.start);
    const lead = leadEnd(a, k, floor);
    if (lead < 0 || goalBefore(a, lead - 1, floor)) continue;
    // (`up from the prior season’s 273.8 million`: a possessive base before the level dates it, no tail needed)
    const possessive = possessiveBefore(a, k, lead);
    const tail = possessive ? { base: true as const } : tailOf(a, tokenAt(a.tokens, v.span.end), end);
    if (!tail) continue;
    if (tail.to !== undefined) {
      // (the next level: the next statement's value, of the same unit)
      const nv = drafts[n + 1]?.value;
      if (!d.value || !nv || numberOf(a, nv.span.start) !== numberOf(a, a.tokens[tail.to]?.start ?? 0)) continue;
      if (nv.value.unitCode !== d.value.value.unitCode) continue;
    } else if (!tail.base && (!tail.period || !previous || !earlier(a, tail.period.match, tail.period.at, previous)))
      continue;
    d.kind = a.field('actual', lead - 1, lead, `${a.g.locale}.kind.earlier-level`);
    const p = tail.period;
    if (p && d.period && lent(d.period.rule)) {
      const own = a.periodId(p.match);
      if (own !== undefined) d.period = a.field(own, p.at, p.match.to, `${a.g.locale}.period.earlier-level`);
      else {
        d.period = undefined;
        d.unread.push(
          a.unread('period', 'no-period', p.at, p.match.to, 'The earlier level is of a period the text does not date'),
        );
      }
    }
  }
}

/** True when a possessive base (grammar `levelBasePossessives`: `last year's`, `the prior season's`) stands between the lead at `lead` and the level's number at `k`. */
function possessiveBefore(a: SentenceContext, k: number, lead: number): boolean {
  const list = a.g.levelBasePossessives;
  if (!list) return false;
  for (let j = lead; j < k; j++) if (matchAt(a.tokens, j, list, k)) return true;
  return false;
}
