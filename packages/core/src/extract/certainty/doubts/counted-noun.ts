import { matchPeriod } from '../../period-phrase';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, NAME_WINDOW, numberToken } from '../context';
import { endsRightAt } from '../helpers';

/**
 * True when a word of `per` (grammar `perOne.leads`) ends right before token `i`, after no noun of
 * size (`quy mô trên 1 ha` is a threshold, and the name it ends in a group of subjects).
 */
function perOneBefore(ctx: Ctx, i: number): boolean {
  const t = ctx.ix.tokens;
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const lead = i - back;
    if (matchAt(t, lead, ctx.g.perOne.leads, i)?.to !== i) continue;
    for (let s = 1; s <= 2 && lead - s >= 0; s++)
      if (matchAt(t, lead - s, ctx.g.perOne.sizes, lead)?.to === lead) return false;
    return true;
  }
  return false;
}

/**
 * True when the name holds a bare count: a number that is no year, no part of a period
 * (`7 tháng`), no bracketed aside, not glued to a slash or a dash.
 */
function countInName(ctx: Ctx): boolean {
  const t = ctx.ix.tokens;
  const from = ctx.nameFrom as number;
  const to = Math.min(ctx.nameTo as number, from + NAME_WINDOW);
  for (let i = from; i < to; i++) {
    const x = t[i] as Token;
    if (x.kind !== 'number' || /^(19|20)\d\d$/.test(x.text) || ctx.ix.depthAt(i) > ctx.ix.depthAt(from)) continue;
    // `trong tháng 10 kim ngạch …`, `reported on November 12 that …`, `đứng vị trí số 1`: the number
    // of a period, a date or a qualifier names something; it counts nothing.
    if (namesNoCount(ctx, i)) continue;
    // `giá trị sản xuất trên 1 ha đất canh tác`: `per one` and its noun, no count (grammar `perOne`)
    if (x.text === '1' && perOneBefore(ctx, i)) continue;
    const next = t[i + 1];
    if (next?.kind === 'punct' && next.gap === '') continue;
    // `4G subscribers`, `5G`, `3D`: a number glued to letters is part of a word, not a count.
    if (next?.kind === 'word' && next.gap === '') continue;
    const prev = t[i - 1];
    if (prev?.kind === 'punct' && x.gap === '') continue;
    if (matchAt(t, i + 1, ctx.g.periodCountNouns)) continue;
    // `trẻ em dưới 5 tuổi`, `aged 15 and over`: an age is part of the name, no count.
    if (ageOf(ctx, i)) continue;
    // The counted noun is part of the name: `3 địa phương có tỷ lệ …`, not `mức độ 4` + verb.
    if (next?.kind === 'word' && i + 1 < to) return true;
  }
  return false;
}

/**
 * True when the number at `i` is part of a period that starts at most two tokens before it (`tháng
 * 10`, `tháng 5.2015`), a day after a capitalised month name (`November 12`), or the number of a
 * qualifier noun (`số 1`, `mức độ 3`: grammar `qualifierNouns`).
 */
function namesNoCount(ctx: Ctx, i: number): boolean {
  const t = ctx.ix.tokens;
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    if ((matchPeriod(t, i - back, ctx.g.locale)?.to ?? 0) > i) return true;
    if (matchAt(t, i - back, ctx.g.qualifierNouns, i)?.to === i) return true;
  }
  const prev = t[i - 1];
  return (
    prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text) && ctx.g.periodWords.monthNames[prev.forms.fold] !== undefined
  );
}

/**
 * True when the count at `k` is the object of a count verb of action (`phát hiện 10.931 vụ`, `đã
 * giải quyết gần 1.400 vụ việc`, `welcomed 5,256,974 travellers`), not of one that only says things
 * exist (`có`, `has`: grammar `existentialCountVerbs`) — the noun after it is what the action counted.
 */
export function actionCount(ctx: Ctx, k: number): boolean {
  const t = ctx.ix.tokens;
  let at = k;
  for (let back = 1; back <= 2 && k - back >= 0; back++)
    if (matchAt(t, k - back, ctx.g.approximate, k)?.to === k) at = k - back;
  return endsRightAt(t, at, ctx.g.countVerbs) && !endsRightAt(t, at, ctx.g.existentialCountVerbs);
}

/**
 * `Among them, 64,758 were newly established`, `only 21,000 social housing units have been
 * completed`: a count the passive or perfect count rule read as the subject of its participle
 * (`rules/en-value-passive-count.ts`), after a clause break, a lower-case word or a clause's first
 * word — not a number inside a name (`that of RON 95 gasoline was adjusted`).
 */
export function passiveSubject(ctx: Ctx, f: Extracted<unknown>, k: number): boolean {
  if (!f.rule.includes('.value.passive-count') && !f.rule.includes('.value.perfect-count')) return false;
  const t = ctx.ix.tokens;
  let at = k;
  for (let back = 1; back <= 2 && k - back >= 0; back++)
    if (matchAt(t, k - back, ctx.g.approximate, k)?.to === k) at = k - back;
  // (`Only 1,250 units have been completed`: a capital is a name's only after a word)
  const prev = t[at - 1];
  const opener = t[at - 2] === undefined || t[at - 2]?.kind === 'punct';
  return (
    prev === undefined || prev.kind === 'punct' || (prev.kind === 'word' && (opener || !/^\p{Lu}/u.test(prev.text)))
  );
}

/** True when the number at `i` is an age (`5 tuổi`, `15 years old`, `aged 15`: grammar `ageNouns`, `ageLeads`). */
function ageOf(ctx: Ctx, i: number): boolean {
  const t = ctx.ix.tokens;
  if (matchAt(t, i + 1, ctx.g.ageNouns)) return true;
  for (let back = 1; back <= 2 && i - back >= 0; back++)
    if (matchAt(t, i - back, ctx.g.ageLeads, i)?.to === i) return true;
  return false;
}

/**
 * `7 Bộ và 12 địa phương có tỷ lệ giải ngân …`: a bare number (no unit, no scale) right
 * before the statement's name counts that noun; it is not the indicator's value.
 */
export const countedNounDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    // `the province approved 38 new tourism products`: a count read after any verb in the past
    // tense (`rules/value.ts` pastCountVerbAt) may be the indicator's value or a count beside it
    if (f.rule.includes('.value.past-count')) return true;
    // `tăng trưởng GRDP 2 con số`, `3-digit growth`: a number of digits names a class, no value.
    const d = numberToken(ctx, f);
    if (d !== undefined && matchAt(ctx.ix.tokens, d + 1, ctx.g.digitNouns)) return true;
    // `lọt top 500 doanh nghiệp lớn nhất`, `thuộc nhóm 10 doanh nghiệp`, `one of the 10 largest`:
    // the size of a ranking list is part of its name (its word ends right before the number).
    if (d !== undefined)
      for (let i = Math.max(0, d - 3); i < d; i++)
        if (matchAt(ctx.ix.tokens, i, ctx.g.rankListWords, d)?.to === d) return true;
    if (ctx.nameFrom === undefined) return false;
    // `27 Bộ và 3 địa phương có tỷ lệ giải ngân dưới 20%`: a name that swallowed a count is a
    // group of subjects, and the figure is not that indicator's value.
    if (ctx.nameTo !== undefined && countInName(ctx)) return true;
    const q = (f as Extracted<{ scale: number; unit?: string }>).value;
    if (q.scale !== 0 || q.unit !== undefined) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    if (ctx.nameFrom > k && ctx.nameFrom <= k + 2) return !actionCount(ctx, k) && !passiveSubject(ctx, f, k);
    // `… là 5 địa phương có kim ngạch …`: a bare number followed by a noun that is no unit
    // counts that noun, whatever the statement's name.
    const t = ctx.ix.tokens;
    const next = t[k + 1];
    return (
      !actionCount(ctx, k) &&
      next?.kind === 'word' &&
      next.gap !== '' &&
      ctx.ix.depthAt(k + 1) === ctx.ix.depthAt(k) &&
      !matchAt(t, k + 1, ctx.g.periodCountNouns) &&
      !matchAt(t, k + 1, ctx.g.timeWords)
    );
  },
};
