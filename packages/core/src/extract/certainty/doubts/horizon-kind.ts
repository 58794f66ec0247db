import { matchPeriod } from '../../period-phrase';
import { matchAt } from '../../phrase';
import type { Statement } from '../../types';
import { type Ctx, type DoubtRule, figureToken } from '../context';
import { SENTENCE_ENDS } from '../helpers';

/** How far back from its first figure a sentence may open with its horizon (`Đến năm 2030, tỷ lệ … đạt`). */
const OPENING_REACH = 24;

/**
 * `Đến năm 2030, xuất khẩu sản phẩm trồng trọt đạt hơn 26 tỷ USD`, `Đến 2025, GRDP bình quân đầu
 * người đạt 100 triệu đồng`: a sentence that opens with the year it runs to (grammar `horizonLeads`,
 * the year, a comma) and states its figure with a plain verb is a plan's goal in a planning document
 * (`đến năm 2030 đạt …`) and a result in a report written after that year (`Đến năm 2015, … vẫn có lợi
 * nhuận đạt 49,97 tỷ đồng`); the sentence does not say which, so its default actual reading is
 * doubted (round 47; it had been a certain actual, which the annotators of planning pages read as
 * goals). A result word before the figure (`đã`, `đến nay`: grammar `resultLeads`) keeps it a result;
 * a goal or forecast word made it a target already. Constant work per statement.
 */
export const horizonKindDoubt: DoubtRule = {
  id: 'horizon-kind',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    const leads = ctx.g.horizonLeads;
    if (!leads || kind.value !== 'actual' || !kind.rule.endsWith('.kind.default-actual')) return false;
    const k = figureToken(ctx);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let start = k;
    const ends = (j: number): boolean => t[j]?.kind === 'punct' && SENTENCE_ENDS.has(t[j]?.text ?? '');
    while (start > 0 && start > k - OPENING_REACH && !ends(start - 1)) start--;
    if (start > 0 && !ends(start - 1)) return false;
    const lead = matchAt(t, start, leads, k);
    if (!lead) return inlineHorizon(ctx, start, k);
    const p = matchPeriod(t, start, ctx.g.locale) ?? matchPeriod(t, lead.to, ctx.g.locale);
    if (!p?.id || !/^\d{4}$/u.test(p.id) || t[p.to]?.kind !== 'punct' || t[p.to]?.text !== ',') return false;
    for (let b = p.to; b < k; b++) if (matchAt(t, b, ctx.g.resultLeads, k)) return false;
    return true;
  },
};

/** How many words (the value verb: `đạt`, `giảm dưới`) may stand between an inline horizon and the figure. */
const VERB_WORDS = 3;

/**
 * `Tỷ lệ lao động qua đào tạo đến năm 2025 đạt 67%`: the year the indicator runs to, between its name
 * and the value verb right before the figure at `k` (a horizon lead, the year, at most
 * {@link VERB_WORDS} words) — the goal phrasing of planning pages, and a result's date in a later
 * report. Not after a word that makes it a point in time (`tính đến năm 2022`: grammar
 * `horizonStops`), nor with a result word before the figure.
 */
function inlineHorizon(ctx: Ctx, start: number, k: number): boolean {
  const leads = ctx.g.horizonLeads ?? [];
  const t = ctx.ix.tokens;
  for (let b = Math.max(start, k - VERB_WORDS - 4); b < k; b++) {
    const lead = matchAt(t, b, leads, k);
    if (!lead) continue;
    if (b > 0 && ctx.g.horizonStops && matchAt(t, b - 1, ctx.g.horizonStops, b)) return false;
    // (`từ năm 2019 đến năm 2022`: the end of a span of years, the figure's own period)
    if (t[b - 1]?.kind === 'number') return false;
    const p = matchPeriod(t, lead.to, ctx.g.locale);
    if (!p?.id || !/^\d{4}$/u.test(p.id) || p.to > k || k - p.to > VERB_WORDS) return false;
    for (let j = p.to; j < k; j++) if (t[j]?.kind !== 'word') return false;
    for (let j = start; j < k; j++) if (matchAt(t, j, ctx.g.resultLeads, k)) return false;
    return true;
  }
  return false;
}
