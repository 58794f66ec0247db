import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words after a completion's figure may still name its plan (`… dự toán HĐND tỉnh giao`). */
const PLAN_TAIL = 8;

/**
 * The folded words of the plan a completion is measured against: from the first word after its
 * number to the end of its figure, and on over the words that follow it (up to a punctuation
 * mark, a number or token `until`, at most {@link PLAN_TAIL}): `so với dự toán Trung ương giao`.
 * A completion written as the excess over its plan (`exceeded its full-year profit target by 13
 * per cent`) names its plan before its number: there the words from the figure's start to its
 * number are the plan's.
 */
function planWords(a: SentenceContext, from: number, to: number, until: number, before = false): Set<string> {
  const t = a.tokens;
  let k = from;
  while (k < to && t[k]?.kind !== 'number') k++;
  const words = new Set<string>();
  if (before) {
    for (let i = from; i < k; i++) if (t[i]?.kind === 'word') words.add((t[i] as Token).forms.fold);
    return words;
  }
  let end = to;
  for (let n = 0; n < PLAN_TAIL && end < until && t[end]?.kind === 'word'; n++) end++;
  for (let i = k + 1; i < end; i++) {
    // `percent`, `per cent`, `phần trăm` belong to the number, not to the plan
    const pct = matchAt(t, i, a.g.percentWords, end);
    if (pct) i = pct.to - 1;
    else if (t[i]?.kind === 'word') words.add((t[i] as Token).forms.fold);
  }
  return words;
}

/** The index after the last token that ends at or before `offset`. */
function tokenTo(a: SentenceContext, offset: number): number {
  let k = tokenAt(a.tokens, offset);
  while (k < a.tokens.length && (a.tokens[k]?.end ?? 0) <= offset) k++;
  return k;
}

/** True when each set holds a word the other does not. */
function differ(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let onlyA = false;
  let onlyB = false;
  for (const w of a) if (!b.has(w)) onlyA = true;
  for (const w of b) if (!a.has(w)) onlyB = true;
  return onlyA && onlyB;
}

/**
 * `đạt 59,9% dự toán Trung ương giao, đạt 58% dự toán HĐND tỉnh giao`, `equal to 102% of the
 * central estimate and 97% of the provincial estimate`: a second completion of the same
 * indicator against ANOTHER plan (each names a plan word the other does not) is a statement of
 * its own, with the first one's name, kind, period and stage, and no value of its own. When the
 * two name the same plan, which reading is right is not known: the second stays unread (it is
 * not returned here). The statement being read stays current, so a change after the second
 * completion is still the indicator's.
 */
export function secondPlanStatement(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  it: Item & { t: 'figure' },
): Draft | undefined {
  if (it.fig.kind !== 'completion' || !draft.completion) return undefined;
  const span = draft.completion.span;
  // (the first plan's words stop where the second completion starts: `83 per cent of the revenue
  // target and exceeded its profit target by 13 per cent`)
  const first = planWords(a, tokenAt(a.tokens, span.start), tokenTo(a, span.end), it.from);
  const second = planWords(a, it.from, it.to, a.tokens.length, it.rule.includes('.completion.exceeded-plan-by'));
  if (first.size === 0 || second.size === 0 || !differ(first, second)) return undefined;
  const L = a.g.locale;
  const sibling = a.newDraft(st.span, it.from);
  sibling.kind = draft.kind;
  if (draft.name) sibling.name = { ...draft.name, rule: `${L}.name.second-plan` };
  if (draft.fullName) sibling.fullName = draft.fullName;
  if (draft.subject) sibling.subject = draft.subject;
  if (draft.period) sibling.period = draft.period;
  if (draft.stage) sibling.stage = draft.stage;
  sibling.completion = a.field(it.fig.completion, it.from, it.to, `${it.rule}+second-plan`, it.level);
  a.extend(sibling, it.from, it.to);
  // `is expected to reach VND561 trillion, equivalent to 123.9 percent of the Government's target
  // and 118 percent of the city's projection`: the second completion is of the same forecast
  // (`forecast-result.ts` reads both as the estimated result)
  const forecast = st.forecasts?.find((f) => f.draft === draft);
  if (forecast) st.forecasts?.push({ ...forecast, draft: sibling });
  return sibling;
}
