import { matchAt } from '../../phrase';
import { POINTS_SHOWN, RATE_POINTS } from '../../sentence/rate-points';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type Ctx, type DoubtRule, NAME_WINDOW, nameRangeOf, numberToken } from '../context';
import { within } from '../helpers';

/**
 * The rate levels of round 19 (`test/extract/phrasebook/levels.ts`): the level of a named rate
 * indicator is a value in percent (`tỷ lệ che phủ rừng đạt 42%`), but two shapes around it leave
 * the role of a percentage open. Their words are the grammar's (`subsetVerbs`, `levelNouns`,
 * `growthWords`, `growthIndicators`, `changeIndexNouns`, `notAFigure.placeNouns`).
 * @internal
 */

/** True when the field is a percentage: a value in percent, a completion, or a change. */
function percentField(f: Extracted<unknown>, what: string): boolean {
  if (what === 'completion' || what === 'change') return true;
  return what === 'value' && (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent';
}

/**
 * True when a count of places or bodies ends right before token `v` (`7 Bộ, ngành` `có`, `3/10
 * huyện` `có`, `12 provinces` `had`): a place noun ending at `v` with a number right before it.
 */
function countedGroupBefore(ctx: Ctx, v: number, from: number): boolean {
  const t = ctx.ix.tokens;
  for (let p = v - 1; p >= from && p >= v - 4; p--) {
    const place = matchAt(t, p, ctx.g.notAFigure.placeNouns, v);
    if (place?.to !== v) continue;
    if ((t[p - 1] as Token | undefined)?.kind === 'number') return true;
  }
  return false;
}

/**
 * `7 Bộ, ngành có tỷ lệ giải ngân trên 45%`, `Có 5 huyện có tỷ lệ che phủ rừng đạt 65%`, `12
 * provinces had a poverty rate of 3 percent`: a percentage after a count of places or bodies and a
 * verb that gives it to them (`có`, `had`, `posted`) is that group's rate — a subset's level, not
 * the indicator's. (`Tỷ lệ che phủ rừng của tỉnh đạt 42%` has no such group and stays certain.)
 */
export const subsetDoubt: DoubtRule = {
  id: 'subset',
  doubts: (ctx, f, what) => {
    if (!percentField(f, what)) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    // (as far back as a name reaches: `3/10 huyện có tỷ lệ tham gia bảo hiểm xã hội so với lực lượng …`)
    const from = Math.max(0, k - NAME_WINDOW);
    for (let v = k - 1; v > from; v--) {
      const x = t[v] as Token;
      if (x.kind === 'punct' && (x.text === '.' || x.text === ';')) return false;
      const verb = matchAt(t, v, ctx.g.subsetVerbs, k);
      // (`5 địa phương dẫn đầu là Bắc Giang (13,82%)`: a figure in brackets is the named member's own)
      if (verb && ctx.ix.depthAt(v) === ctx.ix.depthAt(k) && countedGroupBefore(ctx, v, from)) return true;
    }
    return false;
  },
};

/**
 * True when the statement's value is a level its verb states (`đạt 137,13%`, `là 85%`: grammar
 * `valueVerbs`, a bound between allowed) and no share (`chiếm 28,4%`: `shareWords` within three
 * tokens before the number); a gapped item (`sang EU 14,1%`) states no level of its own.
 */
function statedLevel(ctx: Ctx): boolean {
  const v = ctx.s.value;
  const k = v ? ctx.ix.at(v.span.start) : undefined;
  if (k === undefined) return false;
  const t = ctx.ix.tokens;
  let n = k;
  while (n < t.length && n < k + 4 && (t[n] as Token).kind !== 'number') n++;
  for (let b = n - 1; b >= 0 && b >= n - 4; b--) if (matchAt(t, b, ctx.g.shareWords)) return false;
  let at = n;
  for (let b = at - 1; b >= 0 && b >= at - 3; b--) if (matchAt(t, b, ctx.g.approximate, at)?.to === at) at = b;
  for (let b = at - 1; b >= 0 && b >= at - 3; b--) if (matchAt(t, b, ctx.g.valueVerbs, at)?.to === at) return true;
  return false;
}

/**
 * `Tỷ lệ hộ nghèo giảm 1,17%`, `tỷ lệ thất nghiệp tăng 0,3% so với cùng kỳ`: the change by a bare
 * percentage of an indicator that is itself a percentage (its name holds a rate noun, grammar
 * `pointsLevelNouns`, and no
 * growth word, growth indicator or index of change) may be percentage points or a relative change
 * — the text does not say. (English takes such a change back to `unread`, `level-difference.ts`;
 * a level in money or units is no such indicator; `giảm 0,3 điểm phần trăm` names its points.)
 */
export const pointsOrPercentDoubt: DoubtRule = {
  id: 'points-or-percent',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    // (`sentence/rate-points.ts` reads the percentage after a rate's name that holds the change verb
    // as points: still either, unless the sentence's own figures show the points)
    const rule = (f as Extracted<ExtractedChange>).rule;
    if (rule.includes(RATE_POINTS)) return !rule.includes(POINTS_SHOWN);
    if ((f as Extracted<ExtractedChange>).value.form !== 'rate') return false;
    const unit = ctx.s.value?.value.unitCode;
    if (unit !== undefined && unit !== 'percent') return false;
    const [from, to] = nameRangeOf(ctx);
    // (`Công suất sử dụng giường bệnh đạt 137,13%, giảm 53,37% so với cùng kỳ`: a statement whose
    // own level is a percentage is such an indicator whatever its name — not a share, `accounted
    // for 60.5 percent, down 31.2 percent`, whose change the corpus reads as relative)
    const percentLevel = unit === 'percent' && ctx.g.locale === 'vi' && statedLevel(ctx);
    if (from === to && !percentLevel) return false;
    const t = ctx.ix.tokens;
    const g = ctx.g;
    if (!percentLevel && !within(t, from, to, g.pointsLevelNouns)) return false;
    // (`Hotel room rates increased by 20%`: a rate that is a price — grammar `priceRateNouns` — changes
    // by a relative percentage like any price)
    if (unit === undefined && within(t, from, to, g.priceRateNouns)) return false;
    return (
      !within(t, from, to, g.growthWords) &&
      !within(t, from, to, g.growthIndicators) &&
      !within(t, from, to, g.changeIndexNouns)
    );
  },
};

/**
 * `Tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%, vượt 0,5% so với chỉ tiêu`, `tỷ lệ hộ nghèo còn 1,2%, vượt
 * 0,3% so với kế hoạch`, `the coverage rate reached 93.5 percent, exceeding the target by 0.5
 * percent`: an excess over the plan by N percent of an indicator that is itself a percentage (its
 * value in percent, or a rate noun in its name) may be N points or N percent of the plan — the
 * completion of 100 + N read from it is not certain. (`Thu ngân sách đạt 12.500 tỷ đồng, vượt 5% so
 * với dự toán` is 105 % of the plan.) So may the excess of a growth rate stated as a change
 * (`tốc độ tăng trưởng … đạt 10,66%, vượt 0,5% so với chỉ tiêu`).
 */
export const rateExcessDoubt: DoubtRule = {
  id: 'points-or-percent',
  doubts: (ctx, f, what) => {
    if (what !== 'completion' || (f as Extracted<{ form?: string }>).value.form !== 'exceeded-by') return false;
    const unit = ctx.s.value?.value.unitCode;
    if (unit === 'percent') return true;
    if (unit !== undefined) return false;
    const [from, to] = nameRangeOf(ctx);
    const t = ctx.ix.tokens;
    const g = ctx.g;
    // (`tốc độ tăng trưởng kinh tế bình quân đạt 10,66%, vượt 0,5% so với chỉ tiêu`: a growth rate's
    // excess over its goal is as likely points as percent; round 59, it had been a certain 100.5 %)
    if (
      ctx.s.value === undefined &&
      ctx.s.changes.some((c) => c.value.form === 'rate') &&
      from < to &&
      within(t, from, to, g.growthWords)
    )
      return true;
    return (
      from < to &&
      within(t, from, to, g.pointsLevelNouns) &&
      !within(t, from, to, g.growthWords) &&
      !within(t, from, to, g.growthIndicators)
    );
  },
};

/** The doubts of rate levels, in order (a subset first: it is the more exact reason). */
export const LEVEL_RULES: readonly DoubtRule[] = [subsetDoubt, pointsOrPercentDoubt, rateExcessDoubt];
