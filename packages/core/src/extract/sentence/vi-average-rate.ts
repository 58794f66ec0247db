import { negate } from '../numeral';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens before the average word the change verb may end (`ước tăng bình quân`). */
const VERB_BACK = 3;

/**
 * `GRDP ước tăng bình quân 7,6%/năm`, `kim ngạch xuất khẩu tăng bình quân 12,5%/năm`, `vốn đầu tư
 * giảm bình quân 2,1% mỗi năm`, `tăng trưởng bình quân 6,8%/năm`: a change verb, an average word
 * and a percentage per year is an average annual rate of change, never a level — read as a rate
 * (signed by the verb), with no base, which the certainty pass doubts as `average-rate` (an
 * average over several periods, not one period's change); a growth name (`Tốc độ tăng trưởng
 * kinh tế bình quân 6,8%/năm`, `tăng trưởng GDP đạt 12%/năm`) stands for the verb. A percentage with an average word and no
 * change verb or growth name before it (`lãi suất bình quân 7,6%/năm`: a level) is left as read.
 */
export function averageRates(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const drafts = a.sentenceDrafts(st.span);
  for (const d of drafts) averageRateOf(a, d);
  // (`Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%`: a clause that is only the
  // verb, its average words and the rate is the average growth of the level before it — round 58, the
  // clause's words had named a statement of its own)
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const previous = drafts[k - 1] as Draft;
    const change = d.changes[0];
    if (d.changes.length !== 1 || d.value || d.completion || !change?.rule.endsWith('+average-rate')) continue;
    if (!previous.value || previous.changes.length > 0 || !verbOnlyName(a, d, previous)) continue;
    previous.changes.push(change);
    d.changes = [];
    d.name = undefined;
  }
}

/**
 * True when `d`'s name is only a change verb and average or yearly words (`tăng bình quân hằng năm`),
 * right after a comma that follows `previous`'s value.
 */
function verbOnlyName(a: SentenceContext, d: Draft, previous: Draft): boolean {
  const name = d.name;
  const value = previous.value;
  if (!name || !value) return false;
  const from = tokenAt(a.tokens, name.span.start);
  const to = tokenAt(a.tokens, name.span.end);
  if (a.tokens[from - 1]?.text !== ',' || tokenAt(a.tokens, value.span.end) !== from - 1) return false;
  const verb = matchAt(a.tokens, from, a.g.changeVerbs, to);
  if (!verb) return false;
  let j = verb.to;
  while (j < to) {
    const w = matchAt(a.tokens, j, a.g.averageWords, to) ?? matchAt(a.tokens, j, a.g.yearlyAdverbs ?? [], to);
    if (!w) return false;
    j = w.to;
  }
  return true;
}

/** Reads one draft's percentage as an average rate of change when its words say so (see {@link averageRates}). */
function averageRateOf(a: SentenceContext, d: Draft): void {
  const v = d.value;
  if (!v || d.completion || d.changes.length > 0) return;
  const q = v.value;
  const percentPerPeriod = q.unitCode === undefined && q.unit !== undefined && /^\s*(%|phần trăm)\s*\//u.test(q.unit);
  if (!percentPerPeriod && q.unitCode !== 'percent') return;
  let at = tokenAt(a.tokens, v.span.start);
  // `tăng bình quân hằng năm 11%`, `giảm mỗi năm 1,5%`: a yearly adverb between the verb (or its
  // average word) and the figure; with a change verb right before it, the rate is an average too
  const yearly = yearlyBefore(a, at);
  if (yearly >= 0) {
    const verb = verbEndingAt(a, yearly);
    if (verb !== undefined) {
      averageRate(d, v, verb);
      return;
    }
    at = yearly;
  }
  // the average word: the figure's first token (`bình quân 7,6%`) or right before it
  let avg = -1;
  for (let j = Math.max(0, at - (yearly >= 0 ? 2 : 1)); j <= at + 1 && j < a.tokens.length; j++)
    if (matchAt(a.tokens, j, a.g.averageWords)) {
      avg = j;
      break;
    }
  // `Tốc độ tăng trưởng bình quân giai đoạn 2016-2020 đạt 6,8%/năm`, `tăng trưởng bình quân của
  // tỉnh đạt 9,1%/năm`: a percentage per year after a growth name that holds the average word
  // (`tăng trưởng GDP đạt 12%/năm`: a percentage per year after a growth name with no average word
  // is the yearly growth rate all the same — it had been a level of 12 with no unit; round 49)
  if (avg < 0 && percentPerPeriod && a.growthName(d)) {
    averageRate(d, v, 1);
    return;
  }
  if (avg < 0) return;
  let sign: 1 | -1 | undefined;
  for (let j = Math.max(0, avg - VERB_BACK); j < avg; j++) {
    const verb = matchAt(a.tokens, j, a.g.changeVerbs);
    if (verb && verb.to === avg) sign = verb.phrase.data;
  }
  // (`Tốc độ tăng trưởng kinh tế bình quân 6,8%/năm`: a growth name stands for the verb)
  if (sign === undefined && a.growthName(d)) sign = 1;
  if (sign === undefined) return;
  averageRate(d, v, sign);
}

/** How many tokens a yearly adverb may take (`hằng năm`). */
const YEARLY_WORDS = 2;

/** The first token of a yearly adverb (grammar `yearlyAdverbs`) ending right before token `at`, or -1. */
function yearlyBefore(a: SentenceContext, at: number): number {
  const adverbs = a.g.yearlyAdverbs;
  if (!adverbs) return -1;
  return phraseEndingAt(a.tokens, at, adverbs, YEARLY_WORDS, 0, true);
}

/** The sign of a change verb ending right before token `at` (`tăng hằng năm`), or undefined. */
function verbEndingAt(a: SentenceContext, at: number): 1 | -1 | undefined {
  for (let j = Math.max(0, at - VERB_BACK); j < at; j++) {
    const verb = matchAt(a.tokens, j, a.g.changeVerbs, at);
    if (verb?.to === at) return verb.phrase.data;
  }
  return undefined;
}

/** Makes the draft's value `v` its average rate of change, signed by `sign`. */
function averageRate(d: Draft, v: NonNullable<Draft['value']>, sign: 1 | -1): void {
  const q = v.value;
  const amount = sign < 0 ? negate(q.number) : q.number;
  const change: Extracted<ExtractedChange> = {
    ...v,
    value: { form: 'rate', amount, ...(q.approximate ? { approximate: q.approximate } : {}) },
    rule: `${v.rule}+average-rate`,
  };
  d.changes.push(change);
  d.value = undefined;
}
