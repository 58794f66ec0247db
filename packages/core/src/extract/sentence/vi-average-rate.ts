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
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.completion || d.changes.length > 0) continue;
    const q = v.value;
    const percentPerPeriod = q.unitCode === undefined && q.unit !== undefined && /^\s*(%|phần trăm)\s*\//u.test(q.unit);
    if (!percentPerPeriod && q.unitCode !== 'percent') continue;
    let at = tokenAt(a.tokens, v.span.start);
    // `tăng bình quân hằng năm 11%`, `giảm mỗi năm 1,5%`: a yearly adverb between the verb (or its
    // average word) and the figure; with a change verb right before it, the rate is an average too
    const yearly = yearlyBefore(a, at);
    if (yearly >= 0) {
      const verb = verbEndingAt(a, yearly);
      if (verb !== undefined) {
        averageRate(d, v, verb);
        continue;
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
      continue;
    }
    if (avg < 0) continue;
    let sign: 1 | -1 | undefined;
    for (let j = Math.max(0, avg - VERB_BACK); j < avg; j++) {
      const verb = matchAt(a.tokens, j, a.g.changeVerbs);
      if (verb && verb.to === avg) sign = verb.phrase.data;
    }
    // (`Tốc độ tăng trưởng kinh tế bình quân 6,8%/năm`: a growth name stands for the verb)
    if (sign === undefined && a.growthName(d)) sign = 1;
    if (sign === undefined) continue;
    averageRate(d, v, sign);
  }
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
