import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * `Dự ước hai tháng đầu năm, tổng mức bán lẻ … đạt …`, `Ước tính 9 tháng, doanh thu …`,
 * `Sơ bộ quý I, …`: a stage word in a clause of its own before the sentence's first figure (an
 * adverbial that ends at a comma) is the stage of every statement of the sentence that has no
 * stage word of its own. A stage word inside a clause with figures stays that clause's (it is
 * read by the clause's frame); a clause after the first figure frames nothing before it.
 */
export function leadStage(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  let stage: (Item & { t: 'marker' }) | undefined;
  let clauseStage: (Item & { t: 'marker' }) | undefined;
  for (const it of items) {
    if (it.t === 'figure' || it.t === 'bad-number') break;
    if (it.t === 'marker' && it.kind === 'stage' && it.stage) clauseStage ??= it;
    // (`Theo thống kê sơ bộ từ Cục Hải quan (Bộ Tài chính), …`: a bracket inside the lead closes no clause)
    if (it.t === 'sep' && (it.ch === '(' || it.ch === ')')) continue;
    if (it.t === 'sep') {
      // Only a clause closed by a comma or a colon before any figure is a lead.
      if (clauseStage && (it.ch === ',' || it.ch === ':')) stage ??= clauseStage;
      clauseStage = undefined;
    }
  }
  if (!stage?.stage) return;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.stage) continue;
    d.stage = a.field(stage.stage, stage.from, stage.to, `${a.g.locale}.stage.lead-clause`, stage.level);
  }
}

/**
 * `…; ước tính đến cuối tháng 8/2019, gieo trồng được 165.944 ha, …`: after `;`, a part that opens
 * on a clause of only a stage word and a period, closed by a comma, gives that stage to the
 * statements of the part that have none of their own (round 53, test37's provincial crop reports;
 * the part's period is read by `figureless.ts`). One pass over the items and the drafts.
 */
export function partLeadStages(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  const parts: { stage: Item & { t: 'marker' }; from: number; to: number }[] = [];
  let opening = false;
  let stage: (Item & { t: 'marker' }) | undefined;
  let clauseOk = false;
  for (const it of items) {
    if (it.t === 'sep' && it.ch === ';') {
      const last = parts[parts.length - 1];
      if (last && last.to === Number.POSITIVE_INFINITY) last.to = it.from;
      opening = true;
      stage = undefined;
      clauseOk = true;
      continue;
    }
    if (!opening) continue;
    if (it.t === 'marker' && it.kind === 'stage' && it.stage && stage === undefined) stage = it;
    else if (it.t === 'sep' && it.ch === ',') {
      if (stage && clauseOk) parts.push({ stage, from: it.to, to: Number.POSITIVE_INFINITY });
      opening = false;
    } else if (it.t !== 'period' || stage === undefined) clauseOk = false;
  }
  if (parts.length === 0) return;
  // (drafts and parts both in text order: one pointer walks the parts)
  let p = 0;
  for (const d of a.sentenceDrafts(st.span)) {
    while (p < parts.length && (parts[p] as (typeof parts)[number]).to <= d.from) p++;
    const part = parts[p];
    if (d.stage || !d.value || !part || d.from < part.from) continue;
    const s = part.stage;
    if (s.stage) d.stage = a.field(s.stage, s.from, s.to, `${a.g.locale}.stage.part-lead-clause`, s.level);
  }
}

/**
 * `Dự báo đến ngày 30 tháng 11, tổng vốn huy động trên địa bàn được 11.934 tỷ đồng`, `Dự báo tháng
 * 12/2018, …`: a forecast word (grammar `forecastStageLeads`) opening the sentence, in a clause of its
 * own with only the time it reaches (a period, `đến`, a date) closed by a comma before the first
 * figure, is the report's estimate of how the period closes — as `Ước đến ngày …` — not a goal: the
 * statements it framed as targets are actuals of stage `estimate` (round 54; the provincial reports
 * of test38 write the month's closing deposits so). A forecast with a subject (`OECD dự báo tăng
 * trưởng …`) or with no comma (`Dự báo năm 2019 sẽ …`) keeps its reading. One pass over the lead.
 */
export function forecastLeadStages(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  const leads = a.g.forecastStageLeads;
  const first = items[0];
  if (!leads || first?.t !== 'marker' || first.kind !== 'target') return;
  if (matchAt(a.tokens, first.from, leads, first.to)?.to !== first.to) return;
  let timed = false;
  let closed = false;
  for (let n = 1; n < items.length && !closed; n++) {
    const it = items[n] as Item;
    if (it.t === 'sep' && it.ch === ',') closed = true;
    else if (it.t === 'period' || it.t === 'number') timed = true;
    else if (it.t !== 'word' || !timeWord(a, it.from)) return;
  }
  if (!closed || !timed) return;
  const start = a.tokens[first.from]?.start ?? 0;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.kind.value !== 'target' || d.kind.span.start !== start) continue;
    d.kind = a.field('actual', first.from, first.to, `${a.g.locale}.kind.forecast-lead`, first.level);
    if (!d.stage) d.stage = a.field('estimate', first.from, first.to, `${a.g.locale}.stage.forecast-lead`, first.level);
  }
}

/** A word of the time a forecast reaches: `trong`, `đến`, `ngày` (grammar `periodWords` within, `toWords`, a date's lead). */
function timeWord(a: SentenceContext, k: number): boolean {
  const f = a.tokens[k]?.forms.fold ?? '';
  if (a.g.periodWords.keys.within.has(f) || matchAt(a.tokens, k, a.g.toWords)) return true;
  return a.g.pointInTime.dateLeads.some((parts) => parts.length === 1 && parts[0] === f);
}
