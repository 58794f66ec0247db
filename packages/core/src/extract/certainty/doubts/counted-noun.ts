import { matchAt } from '../../phrase';
import { titledQualifierBefore } from '../../rules/context';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, NAME_WINDOW, numberToken } from '../context';

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
    // `giá trị sản xuất trên 1 ha đất canh tác`: `per one` and its noun, no count (grammar `perOne`)
    if (x.text === '1' && perOneBefore(ctx, i)) continue;
    const next = t[i + 1];
    if (next?.kind === 'punct' && next.gap === '') continue;
    // `4G subscribers`, `5G`, `3D`: a number glued to letters is part of a word, not a count.
    if (next?.kind === 'word' && next.gap === '') continue;
    const prev = t[i - 1];
    if (prev?.kind === 'punct' && x.gap === '') continue;
    // `Total pre-tax profit of the 29 companies`: the group the measure is of, named after a definite
    // determiner (grammar `groupDeterminers`) — the figure is that group's total, no threshold of it
    const link = t[i - 2];
    const group = ctx.g.groupDeterminers;
    if (prev?.kind === 'word' && group?.words.has(prev.forms.fold) && group.links.has(link?.forms.fold ?? '')) continue;
    if (matchAt(t, i + 1, ctx.g.periodCountNouns)) continue;
    // (`Tier 1 gold operations`, `Phase 2 operations`: a capitalised qualifier's number names a class,
    // no count of the noun after it; round 63)
    if (titledQualifierBefore(t, i, ctx.g)) continue;
    // `trẻ em dưới 5 tuổi`, `aged 15 and over`: an age is part of the name, no count.
    if (ageOf(ctx, i)) continue;
    // The counted noun is part of the name: `3 địa phương có tỷ lệ …`, not `mức độ 4` + verb.
    if (next?.kind === 'word' && i + 1 < to) return true;
  }
  return false;
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
    // `The 5 largest firms reported …`, `the 10 biggest exporters`: a number right before a
    // superlative is the size of a ranking list too (round 32)
    if (d !== undefined && ctx.g.superlatives && ctx.ix.tokens[d + 1]?.kind === 'word')
      if (matchAt(ctx.ix.tokens, d + 1, ctx.g.superlatives)) return true;
    if (ctx.nameFrom === undefined) return false;
    // `27 Bộ và 3 địa phương có tỷ lệ giải ngân dưới 20%`: a name that swallowed a count is a
    // group of subjects, and the figure is not that indicator's value.
    if (ctx.nameTo !== undefined && countInName(ctx)) return true;
    const q = (f as Extracted<{ scale: number; unit?: string }>).value;
    if (q.scale !== 0 || q.unit !== undefined) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    if (ctx.nameFrom > k && ctx.nameFrom <= k + 2) return true;
    // `… là 5 địa phương có kim ngạch …`: a bare number followed by a noun that is no unit
    // counts that noun, whatever the statement's name.
    const t = ctx.ix.tokens;
    const next = t[k + 1];
    return (
      next?.kind === 'word' &&
      next.gap !== '' &&
      ctx.ix.depthAt(k + 1) === ctx.ix.depthAt(k) &&
      !matchAt(t, k + 1, ctx.g.periodCountNouns) &&
      !matchAt(t, k + 1, ctx.g.timeWords)
    );
  },
};
