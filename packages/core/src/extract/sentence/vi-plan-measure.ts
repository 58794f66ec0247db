import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { PAIRED } from './list-respectively';
import { tokenAt } from './token-at';

/** The mark in a completion's rule of one moved to the statement its plan's measure names. */
export const PLAN_MEASURE = 'plan-measure';

/** At most this many words name the measure after a plan word (`kế hoạch lợi nhuận trước thuế`). */
const MAX_MEASURE = 4;

/**
 * The folded words of the measure named right after the completion's plan word (`101% kế hoạch
 * doanh thu` → `doanh thu`), up to a comma, a joiner, a number, a period word or a bracket; empty
 * when the plan names no measure (`95% kế hoạch năm`, `98% kế hoạch được giao`).
 */
function measureAfter(
  a: SentenceContext,
  c: Extracted<StatedCompletion>,
  periodStarts: ReadonlySet<number>,
  limit: number,
): string[] {
  let i = tokenAt(a.tokens, c.span.end);
  const plan = matchAt(a.tokens, i, a.g.planWords, limit);
  if (plan) i = plan.to;
  else {
    // the completion's span holds its plan word (`101% kế hoạch`): one must end right there
    let ends = false;
    for (let b = i - 1; b >= 0 && b >= i - 3 && !ends; b--) ends = matchAt(a.tokens, b, a.g.planWords, limit)?.to === i;
    if (!ends) return [];
  }
  const out: string[] = [];
  for (; i < limit && out.length <= MAX_MEASURE; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind !== 'word' || periodStarts.has(i) || matchAt(a.tokens, i, a.g.joiners, limit)) break;
    // (`102% kế hoạch lợi nhuận đã đề ra tại Đại hội đồng cổ đông`: the plan's assignment ends the measure)
    if (matchAt(a.tokens, i, a.g.resultLeads, limit) || matchAt(a.tokens, i, a.g.assignVerbs, limit)) break;
    out.push(t.forms.fold);
  }
  return out.length > MAX_MEASURE ? [] : out;
}

/** True when the statement's name holds the folded words `m` in a row. */
function names(a: SentenceContext, d: Draft, m: readonly string[]): boolean {
  if (!d.name || m.length === 0) return false;
  const from = tokenAt(a.tokens, d.name.span.start);
  const to = tokenAt(a.tokens, d.name.span.end);
  for (let i = from; i + m.length <= to; i++) {
    let k = 0;
    while (k < m.length && (a.tokens[i + k] as Token).forms.fold === m[k]) k++;
    if (k === m.length) return true;
  }
  return false;
}

/**
 * `doanh thu 52.618 tỷ đồng, lợi nhuận trước thuế 9.203 tỷ đồng, …, hoàn thành 101% kế hoạch
 * doanh thu và 102% kế hoạch lợi nhuận`: a completion whose plan word is followed by the measure
 * it is of (`kế hoạch doanh thu`, `kế hoạch lợi nhuận`) belongs to the statement of the sentence
 * before it whose name holds that measure — not to the statement the clause fell to (which read
 * the revenue's 101 % as the profit's). Moved only when exactly that statement names the measure,
 * the completion's own statement does not, and the other has no completion yet; a plan that names
 * no measure (`kế hoạch năm`, `kế hoạch được giao`) or one no statement names moves nothing.
 * Vietnamese only; each completion looks at most {@link MAX_MEASURE} words on and at the
 * statements before it in its sentence.
 */
export function planMeasureCompletions(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length < 2) return;
  const limit = st.sentence.to;
  const periodStarts = new Set(st.periods.map((p) => p.item.from));
  // (only a sentence with a completion after its first statement has anything to move)
  let first = -1;
  for (let n = 1; n < drafts.length && first < 0; n++) if (drafts[n]?.completion?.value.form === 'of-plan') first = n;
  if (first < 0) return;
  // (the statements before each completion, by the runs of words their names hold: looked up once per
  // completion, not by reading every statement before it — linear in a sentence of thousands; round 58)
  const named = new Map<string, { owner: Draft; count: number }>();
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    if (n >= first) moveTo(a, d, named, periodStarts, limit);
    for (const gram of nameRuns(a, d)) {
      const seen = named.get(gram);
      if (seen) {
        seen.owner = d;
        seen.count++;
      } else named.set(gram, { owner: d, count: 1 });
    }
  }
}

/** The runs of at most {@link MAX_MEASURE} folded words the statement's name holds, each once. */
function nameRuns(a: SentenceContext, d: Draft): Set<string> {
  const out = new Set<string>();
  if (!d.name) return out;
  const from = tokenAt(a.tokens, d.name.span.start);
  const to = tokenAt(a.tokens, d.name.span.end);
  for (let i = from; i < to; i++) {
    let gram = '';
    for (let k = i; k < to && k < i + MAX_MEASURE; k++) {
      gram = gram === '' ? (a.tokens[k] as Token).forms.fold : `${gram} ${(a.tokens[k] as Token).forms.fold}`;
      out.add(gram);
    }
  }
  return out;
}

/** Moves `d`'s completion to the one statement before it whose name holds the plan's measure (see {@link planMeasureCompletions}). */
function moveTo(
  a: SentenceContext,
  d: Draft,
  named: ReadonlyMap<string, { owner: Draft; count: number }>,
  periodStarts: ReadonlySet<number>,
  limit: number,
): void {
  const c = d.completion;
  if (c?.value.form !== 'of-plan') return;
  const measure = measureAfter(a, c, periodStarts, limit);
  if (measure.length === 0) return;
  const seen = named.get(measure.join(' '));
  const owner = seen?.owner;
  const count = seen?.count ?? 0;
  if (count !== 1 || !owner?.name || owner.completion || !(owner.value || owner.changes.length > 0)) return;
  // (a name of its own that holds the measure keeps the completion; one copied from the statement
  // before, `…, lợi nhuận 1.820 tỷ đồng, … và 98% kế hoạch lợi nhuận`, is that statement's)
  if (names(a, d, measure) && d.name?.span.start !== owner.name.span.start) return;
  // (paired by its measure's name, as a `respectively` list pairs by order: not doubted as one)
  owner.completion = { ...c, rule: `${c.rule}+${PAIRED}+${PLAN_MEASURE}` };
  d.completion = undefined;
}
