import { matchPeriod } from '../../period-phrase';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, NAME_WINDOW, numberToken, WIDE_WINDOW } from '../context';
import { currencyStart } from '../helpers';

/** At most this many words make the subject of the clause a joiner opens (`gross profit`, `the net profit margin`). */
const SUBJECT_WORDS = 5;

/** At most this many words between a clause's change verb and its figure (`increased slightly to US$`, `tăng lên`). */
const VERB_REACH = 3;

/**
 * The joiner between number tokens `lo` and `hi` that opens a clause of its own subject: a joiner
 * (grammar `subjectClauseJoiners`: `and`, `while`, `và`), then one to {@link SUBJECT_WORDS} words
 * that are no verb, adverb, period or figure and open with no word that refers back (grammar
 * `subjectClauseNotFirst`: `the`, `it`, `still`, `vẫn`), then a change verb (grammar
 * `changeVerbs`) whose figure is `hi` — only manner adverbs, `by`/`to` words, a bound and a
 * currency between. `decreased by 5% and reached 549 billion` (no subject), `rose 5% and in 2023
 * reached …` (a period), `and the number is increasing by 5%` (refers back) are no such clause.
 */
function subjectClauseBetween(ctx: Ctx, lo: number, hi: number): boolean {
  const t = ctx.ix.tokens;
  const g = ctx.g;
  const joiners = g.subjectClauseJoiners;
  const notFirst = g.subjectClauseNotFirst;
  if (!joiners || !notFirst) return false;
  const verbAt = (i: number) => matchAt(t, i, g.changeVerbs, hi);
  // the figure's first token: its currency and its bound before the number
  let fig = currencyStart(t, g, hi);
  for (let b = fig - 1; b >= 0 && b >= fig - 3; b--) if (matchAt(t, b, g.approximate, fig)?.to === fig) fig = b;
  for (let j = lo + 1; j < hi; j++) {
    const joiner = matchAt(t, j, joiners, hi);
    if (!joiner) continue;
    let i = joiner.to;
    if (notFirst.has((t[i] as Token | undefined)?.forms.lower ?? '')) continue;
    let words = 0;
    while (i < hi && words <= SUBJECT_WORDS) {
      const x = t[i] as Token;
      if (x.kind !== 'word' || verbAt(i) || matchAt(t, i, g.changeAdverbs, hi) || matchPeriod(t, i, g.locale)) break;
      words++;
      i++;
    }
    // (`and showed a rise of 15.8 percent`: a change noun after its article is no clause's verb)
    const noun = matchAt(t, i, g.articles, hi) !== null || (i > 0 && matchAt(t, i - 1, g.articles, i)?.to === i);
    const verb = words >= 1 && words <= SUBJECT_WORDS && i < hi && !noun ? verbAt(i) : null;
    if (!verb) continue;
    if (verbReaches(ctx, verb.to, fig)) return true;
  }
  return false;
}

/**
 * True when a change verb ending at `from` reaches the figure starting at `fig` past only manner
 * adverbs, `by`/`to` words, words of a further amount (`another`) and at most {@link VERB_REACH} tokens.
 */
function verbReaches(ctx: Ctx, from: number, fig: number): boolean {
  const t = ctx.ix.tokens;
  const g = ctx.g;
  let k = from;
  while (k < fig && k - from < VERB_REACH) {
    const x = t[k] as Token;
    // (`grow by another 7.2pc`: a word of a further amount before it)
    const step =
      matchAt(t, k, g.changeAdverbs, fig) ??
      matchAt(t, k, g.toWords, fig) ??
      (g.furtherAmountWords ? matchAt(t, k, g.furtherAmountWords, fig) : null);
    if (step) k = step.to;
    else if (x.kind === 'word' && g.transitiveChangeBy.has(x.forms.lower)) k++;
    else break;
  }
  return k === fig;
}

/** At most this many tokens between a joiner and the verb of forecasting of its clause (`the Irish Exporters' Association (IEA) expects`). */
const FORECASTER_TOKENS = 10;

/**
 * True when a joiner between number tokens `lo` and `hi` opens a clause of forecasting with a subject of
 * its own: the joiner (grammar `subjectClauseJoiners`), at most {@link FORECASTER_TOKENS} tokens with no
 * number, a verb of forecasting (grammar `forecastWould.verbs`: `expects`, `predicts`), one to
 * {@link SUBJECT_WORDS} words, `to` and a change verb whose figure is `hi` (`… last year and the Irish
 * Exporters' Association (IEA) expects business to grow by another 7.2pc this year`; round 67 — the
 * forecast growth had been a certain change of last year's trade).
 */
function forecastClauseBetween(ctx: Ctx, lo: number, hi: number): boolean {
  const t = ctx.ix.tokens;
  const g = ctx.g;
  const joiners = g.subjectClauseJoiners;
  if (!joiners || g.forecastWould.verbs.size === 0) return false;
  const fig = currencyStart(t, g, hi);
  for (let j = lo + 1; j < hi; j++) {
    const joiner = matchAt(t, j, joiners, hi);
    if (!joiner) continue;
    let v = joiner.to;
    while (v < hi && v - joiner.to < FORECASTER_TOKENS && t[v]?.kind !== 'number') {
      if (g.forecastWould.verbs.has(t[v]?.forms.lower ?? '')) break;
      v++;
    }
    if (!g.forecastWould.verbs.has(t[v]?.forms.lower ?? '')) continue;
    let i = v + 1;
    while (i < hi && i - v <= SUBJECT_WORDS && t[i]?.kind === 'word' && !matchAt(t, i, g.toWords, hi)) i++;
    const to = i > v + 1 ? matchAt(t, i, g.toWords, hi) : null;
    const verb = to ? matchAt(t, to.to, g.changeVerbs, hi) : null;
    if (verb && verbReaches(ctx, verb.to, fig)) return true;
  }
  return false;
}

/**
 * `The cost of goods sold decreased by 5% and gross profit increased slightly to 549 billion VND`,
 * `Revenue reached 549 billion VND and profit increased by 5%`: a statement's value and its change
 * (or completion) with a joiner between them that opens a clause with a subject of its own (a noun
 * phrase, then its verb) are two subjects' figures read into one statement: neither is certain to
 * be the other's (round 31; the sibling of `otherClauseDoubt`, whose contrast words need no
 * subject). Looks at most {@link WIDE_WINDOW} tokens between the two figures ({@link NAME_WINDOW} for a
 * clause of forecasting).
 */
export const otherSubjectDoubt: DoubtRule = {
  id: 'other-clause',
  doubts: (ctx, f, what) => {
    const s = ctx.s;
    if (!s.value || (what !== 'value' && what !== 'change' && what !== 'completion')) return false;
    const v = numberToken(ctx, s.value);
    if (v === undefined) return false;
    const others: Extracted<unknown>[] =
      what === 'value' ? [...s.changes, ...(s.completion ? [s.completion] : [])] : [f as Extracted<unknown>];
    for (const o of others) {
      const k = numberToken(ctx, o);
      if (k === undefined || k === v) continue;
      const lo = Math.min(v, k);
      const hi = Math.max(v, k);
      if (hi - lo <= WIDE_WINDOW && subjectClauseBetween(ctx, lo, hi)) return true;
      // (a clause of forecasting names its forecaster: it may stand further off)
      if (hi - lo <= NAME_WINDOW && forecastClauseBetween(ctx, lo, hi)) return true;
    }
    return false;
  },
};
