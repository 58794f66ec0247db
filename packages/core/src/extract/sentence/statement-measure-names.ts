import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import { nameField, type SentenceContext, type SentenceState } from './context';
import { tokenAt } from './token-at';

/** At most this many words name a measure (`kế hoạch lợi nhuận trước thuế`, `aircraft movements`). */
const MAX_WORDS = 4;

/** `101% of the revenue target` → `revenue`: the words right before the plan word that ends an English completion's span. */
function planMeasureBefore(a: SentenceContext, d: Draft) {
  const c = d.completion;
  if (c?.value.form !== 'of-plan') return undefined;
  const end = tokenAt(a.tokens, c.span.end);
  // (the English plan phrases hold no measure — `of the target`, `of the annual plan` — so the span's last word is the plan's noun)
  const planFrom = end - 1;
  const last = a.tokens[planFrom];
  if (last?.kind !== 'word' || !a.g.planMeasure?.nouns.has(last.forms.fold)) return undefined;
  const start = tokenAt(a.tokens, c.span.start);
  let from = planFrom;
  while (from > start && planFrom - from < MAX_WORDS) {
    const t = a.tokens[from - 1] as Token;
    if (t.kind !== 'word' || a.g.planMeasure?.qualifiers.has(t.forms.fold)) break;
    // (`of the Prime Minister’s plan`, `of the Ministry's target`: an assigner, no measure)
    if (!plainWord(t) || a.g.planAssigners.has(t.forms.fold)) return undefined;
    from--;
  }
  // (the measure follows `of` and its determiners: `of the revenue target`, never the verb)
  const before = a.tokens[from - 1] as Token | undefined;
  if (from === planFrom || before?.kind !== 'word' || !a.g.planMeasure?.qualifiers.has(before.forms.fold))
    return undefined;
  return { from, to: planFrom };
}

/** A lower-case word without a possessive: a measure, not a proper name (`Prime Minister’s`, `Trung ương`). */
function plainWord(t: Token): boolean {
  return t.text === t.forms.lower && !/['’]s$/u.test(t.text);
}

/** The token range `[from, to)` of the measure a Vietnamese completion's plan names (`101% kế hoạch doanh thu` → `doanh thu`). */
function planMeasure(a: SentenceContext, d: Draft, periodStarts: ReadonlySet<number>, limit: number) {
  const c = d.completion;
  if (c?.value.form !== 'of-plan') return undefined;
  let i = tokenAt(a.tokens, c.span.end);
  const plan = matchAt(a.tokens, i, a.g.planWords, limit);
  if (plan) i = plan.to;
  else {
    let ends = false;
    for (let b = i - 1; b >= 0 && b >= i - 3 && !ends; b--) ends = matchAt(a.tokens, b, a.g.planWords, limit)?.to === i;
    if (!ends) return undefined;
  }
  const from = i;
  for (; i < limit && i - from <= MAX_WORDS; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind !== 'word' || periodStarts.has(i) || matchAt(a.tokens, i, a.g.joiners, limit)) break;
    if (matchAt(a.tokens, i, a.g.resultLeads, limit) || matchAt(a.tokens, i, a.g.assignVerbs, limit)) break;
    // (`dự toán thành phố xây dựng`, `dự toán Trung ương giao`, `kế hoạch của tỉnh`: who set the plan, no measure)
    if (!plainWord(t) || a.g.planAssigners.has(t.forms.fold)) return undefined;
  }
  return i > from && i - from <= MAX_WORDS ? { from, to: i } : undefined;
}

/** True when the statement's name holds the folded words of `[from, to)` in a row (`Thu nội địa … dự toán thu`). */
function holds(a: SentenceContext, d: Draft, from: number, to: number): boolean {
  if (!d.name) return false;
  const end = tokenAt(a.tokens, d.name.span.end);
  for (let i = tokenAt(a.tokens, d.name.span.start); i + (to - from) <= end; i++) {
    let k = 0;
    while (k < to - from && (a.tokens[i + k] as Token).forms.fold === (a.tokens[from + k] as Token).forms.fold) k++;
    if (k === to - from) return true;
  }
  return false;
}

/**
 * Statement names that named the wrong thing (no number changes):
 * - `Doanh nghiệp hoàn thành 101% kế hoạch doanh thu và 98% kế hoạch lợi nhuận`: a statement with a
 *   completion only, named by the sentence's subject (`Doanh nghiệp`), whose plan names its measure
 *   is named by that measure (`doanh thu`, `lợi nhuận`). A name that already holds a word of the
 *   measure (`Thu nội địa hoàn thành 105% dự toán thu`), a statement with a value or a change of its
 *   own, or a plan naming no measure (`kế hoạch năm`) keeps its name. Vietnamese only.
 * - `The company achieved 101% of the revenue target`: the same in English, named by the words
 *   between the plan's `of the` and its plan word (`revenue`).
 * - `The port handled 6.6 million TEUs and 80,000 vessel calls`: the next count of a list of counts,
 *   named by the item before it and the joiner (`TEUs and`), is named by the noun after its own
 *   number (`vessel calls`). English only.
 * Each statement looks at most a few words on; linear in the sentence.
 */
export function statementMeasureNames(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length === 0) return;
  const limit = st.sentence.to;
  const periodStarts = new Set(st.periods.map((p) => p.item.from));
  if (a.g.locale === 'vi') {
    for (const d of drafts) {
      if (!d.completion || d.value || d.changes.length > 0 || !d.name) continue;
      if (!/\.name\.(before-figures|second-plan)$/u.test(d.name.rule)) continue;
      const m = planMeasure(a, d, periodStarts, limit);
      if (!m || holds(a, d, m.from, m.to)) continue;
      if (!d.subject) d.subject = { ...d.name, rule: `${a.g.locale}.name.subject-before-plan-measure` };
      d.name = nameField(a, m, `${a.g.locale}.name.plan-measure`);
    }
    return;
  }
  for (const d of drafts) {
    if (!d.completion || d.value || d.changes.length > 0 || !d.name) continue;
    if (!/\.name\.(before-figures|second-plan)$/u.test(d.name.rule)) continue;
    const m = planMeasureBefore(a, d);
    if (!m || holds(a, d, m.from, m.to)) continue;
    if (!d.subject) d.subject = { ...d.name, rule: `${a.g.locale}.name.subject-before-plan-measure` };
    d.name = nameField(a, m, `${a.g.locale}.name.plan-measure`);
  }
  for (const d of drafts) {
    if (!d.value || !d.name) continue;
    const nameEnd = tokenAt(a.tokens, d.name.span.end) - 1;
    const joiner = a.tokens[nameEnd];
    if (joiner?.kind !== 'word' || matchAt(a.tokens, nameEnd, a.g.joiners, limit)?.to !== nameEnd + 1) continue;
    const start = tokenAt(a.tokens, d.value.span.start);
    // (`100,000 hospitalizations and nearly 100 deaths`: a bound before the count's number, R26EN)
    const bound = start === nameEnd + 1 ? matchAt(a.tokens, start, a.g.approximate, limit) : null;
    const at = bound ? bound.to : start;
    if (start !== nameEnd + 1 || a.tokens[at]?.kind !== 'number') continue;
    // the noun after the count's number and its unit (`240,000 tons of steel pipes` → `steel pipes`)
    const valueEnd = tokenAt(a.tokens, d.value.span.end);
    let from = Math.max(at + 1, valueEnd);
    if (d.value.value.unit !== undefined && a.tokens[from]?.kind === 'word' && a.tokens[from]?.forms.fold === 'of')
      from++;
    // (`15.21 million (30% of …)`: a scale word is no noun)
    while (a.tokens[from]?.kind === 'word' && a.g.scaleTokens?.has((a.tokens[from] as Token).forms.fold)) from++;
    let to = from;
    while (to < limit && to - from < MAX_WORDS) {
      const t = a.tokens[to] as Token;
      if (t.kind !== 'word' || t.gap === '' || periodStarts.has(to) || a.g.countNounEnds?.has(t.forms.fold)) break;
      to++;
    }
    // (`42,000 visitors in 2024`: the counted noun is the value's own unit)
    let unitFrom = at + 1;
    while (unitFrom < valueEnd && a.g.scaleTokens?.has((a.tokens[unitFrom] as Token).forms.fold)) unitFrom++;
    // (`some 50%`: a percent sign is no counted noun)
    const ownUnit = d.value.value.unit !== undefined && valueEnd > unitFrom && a.tokens[unitFrom]?.kind === 'word';
    const named = to > from ? { from, to } : ownUnit ? { from: unitFrom, to: valueEnd } : undefined;
    if (!named) continue;
    d.name = nameField(a, named, `${a.g.locale}.name.list-count-noun`);
  }
}
