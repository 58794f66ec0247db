import { fold } from '../fold';
import { negate } from '../numeral';
import { findIn, matchAt, phraseEndingAt } from '../phrase';
import type { Draft, FigureOf } from '../place/context';
import type { Item } from '../rules/context';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { plannedBefore } from './growth-level';

/**
 * `thu nội địa ước đạt 1.076 nghìn tỷ đồng, bằng 80,6% dự toán năm; thu từ dầu thô 45,8 nghìn tỷ
 * đồng, bằng 164,5%`, `domestic revenue reached 194.1 trillion VND, or 17.1 percent of the
 * estimate, while that from crude oil 3.2 trillion VND, equivalent to 13.8 percent`: in a list of
 * parallel statements, a percentage after a value with a verb and nothing after it (no plan, no
 * base, no `of …`) is a completion of the plan the statement before in the sentence named. Returns
 * the figure item to place instead, or the item as read.
 */
/** The folded first and last words of a name. */
function ends(text: string | undefined): [string, string] {
  const words = (text ?? '').trim().split(/\s+/u);
  return [fold(words[0] ?? '').toLowerCase(), fold(words[words.length - 1] ?? '').toLowerCase()];
}

/**
 * True when two statements are parallel items of one list: their names share their head word —
 * first in Vietnamese, last in English, either is taken (`Thu nội địa …; thu từ dầu thô …`,
 * `Domestic revenue …, while crude oil revenue …`) — or the second one's opens with a
 * demonstrative standing for the first's noun (`that from crude oil`); and their values are in
 * the same unit.
 */
function sameHead(a: SentenceContext, first: Draft, second: Draft): boolean {
  if (first.value?.value.unitCode !== second.value?.value.unitCode) return false;
  const [f1, l1] = ends(first.name?.value);
  const [f2, l2] = ends(second.name?.value);
  return f1 === f2 || l1 === l2 || a.g.baseDemonstratives.has(f2);
}

/** True when a joiner (`và`, `and`) at token `k` is followed by a word (the next item's name), not a number. */
function joinerBeforeItem(a: SentenceContext, k: number): boolean {
  const j = matchAt(a.tokens, k, a.g.joiners);
  return j !== null && a.tokens[j.to]?.kind === 'word';
}

export function parallelCompletion(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  it: Item & { t: 'figure' },
): Item & { t: 'figure' } {
  const fig = it.fig;
  if (fig.kind === 'change') st.lastRate = fig.form === 'rate' ? { draft, fig } : undefined;
  if (fig.kind === 'percent' && !draft.value) {
    const change = gappedChange(a, st, draft, it);
    return change === it ? gappedCompletion(a, st, draft, it) : change;
  }
  if (fig.kind !== 'percent' || fig.verbFrom === undefined || !draft.value || draft.completion || !draft.name)
    return it;
  const q = fig.q.quantity;
  if (q?.unitCode !== 'percent') return it;
  // `chiếm 20%`, `accounting for 20 percent`: a share, never a completion
  if (matchAt(a.tokens, fig.verbFrom, a.g.shareWords)) return it;
  // nothing after the percentage but a separator, a joiner before the next item (`đạt 50,51% và
  // thu xuất nhập khẩu …`) or the sentence's end
  const next = a.tokens[fig.q.to];
  if (
    fig.q.to < st.sentence.to - 1 &&
    !(next?.kind === 'punct' && [',', ';', '.'].includes(next.text)) &&
    !joinerBeforeItem(a, fig.q.to)
  )
    return it;
  // (the last statement of the sentence with a completion of a plan, kept as the figures are
  // placed: constant time per figure)
  const parallel = st.planCompletion;
  const plan = parallel?.completion?.value.of;
  // (a `trong đó` part of the statement with the completion is parallel to it: `Tổng thu … đạt
  // 51,8% dự toán; trong đó, thu nội địa 10.152 tỷ đồng, đạt 50,51%`)
  const part = draft.parentDraft?.draft === parallel && parallel?.value?.value.unitCode === draft.value.value.unitCode;
  if (!plan || !parallel || parallel === draft || !(part || sameHead(a, parallel, draft))) return it;
  return asCompletion(a, it, plan, 'completion.parallel-of-plan');
}

/** True when only a separator, a joiner before the next item's name or the sentence's end follows token `to`. */
function endsItem(a: SentenceContext, st: SentenceState, to: number): boolean {
  const next = a.tokens[to];
  return (
    to >= st.sentence.to - 1 ||
    (next?.kind === 'punct' && [',', ';', '.'].includes(next.text)) ||
    joinerBeforeItem(a, to)
  );
}

/**
 * `collections from the state sector fulfilled 65.3 per cent of the annual plan, from the
 * non-state sector 67.9 per cent, from lottery 73 per cent`; `spending on investment accounted
 * for 60.2 per cent of the annual plan, and debt payments made up 68.1 per cent and regular
 * spending 67.5 per cent`; `thu nội địa đạt 62% dự toán, thu từ dầu thô 71%`: an elliptic item
 * (gapping) right after a completion of a plan — a name and a bare percentage with no verb of
 * its own, nothing after it — repeats that completion's predicate, so it is a completion of the
 * same plan. A share verb (`made up`, `accounted for`) counts as no verb of its own only when the
 * completion before was written with one too (`accounted for … of the annual plan`); elsewhere
 * it is a share. Only right after the completion (or after an item read so): after a change
 * (`…, exports rose 5 percent, imports 3 percent`) the item is none.
 */
function gappedCompletion(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  it: Item & { t: 'figure' },
): Item & { t: 'figure' } {
  const fig = it.fig;
  if (fig.kind !== 'percent' || fig.q.quantity?.unitCode !== 'percent') return it;
  if (draft.completion || draft.changes.length > 0 || !draft.name) return it;
  const parallel = st.planCompletion;
  const plan = parallel?.completion?.value.of;
  if (!parallel || !plan || parallel === draft || st.lastPlaced !== parallel) return it;
  const share = fig.verbFrom !== undefined ? matchAt(a.tokens, fig.verbFrom, a.g.shareWords) : null;
  if (fig.verbFrom !== undefined && !share) return it;
  // (a share verb, taken as the figure's verb or left in the name, only after a completion
  // written with one: `accounted for … of the annual plan, and Y made up 68.1 per cent`)
  if (
    (share || findIn(a.tokens, draft.from, fig.q.from, a.g.shareWords) !== null) &&
    findIn(a.tokens, parallel.from, parallel.to, a.g.shareWords) === null
  )
    return it;
  if (!endsItem(a, st, fig.q.to)) return it;
  // (`…, góp phần giảm tỷ lệ thất nghiệp … xuống 3,6%`: a level a move reached, after `xuống`, `lên`
  // (grammar `reachedLevelLeads`), is the item's own predicate, no elliptic completion; round 44)
  const reached = a.g.reachedLevelLeads;
  if (reached && phraseEndingAt(a.tokens, fig.q.from, reached, 3) >= 0) return it;
  // (`…, achieving 94.07% of the target and exceeding the figure for the same period by 3.84%`: a
  // percentage after `by` is the margin of a verb of its own, no elliptic item)
  if (matchAt(a.tokens, fig.q.from - 1, a.g.exceedBy, fig.q.from)) return it;
  return asCompletion(a, it, plan, 'completion.gapped-of-plan');
}

/**
 * `exports rose 5 percent year-on-year, imports 3 percent`; `the CPI rose 0.38 percent, with the
 * urban area experiencing a hike of 0.34 percent and the rural area 0.42 percent`: an elliptic
 * item (a name and a bare percentage, no verb of its own, nothing after it) right after a rate
 * of change repeats that change's predicate — a rate of the same direction against the same
 * base. Only right after the change (its statement holds the sentence's last figure).
 */
function gappedChange(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  it: Item & { t: 'figure' },
): Item & { t: 'figure' } {
  const fig = it.fig;
  const last = st.lastRate;
  if (fig.kind !== 'percent' || fig.q.quantity?.unitCode !== 'percent') return it;
  // (a linking `with` between the item's name and its figure is no verb of its own: `followed by
  // beverages with 1.12 per cent`)
  if (fig.verbFrom !== undefined && matchAt(a.tokens, fig.verbFrom, a.g.links)?.to !== fig.q.from) return it;
  if (!last || last.draft === draft || st.lastPlaced !== last.draft) return it;
  // (`Term life accounted for 31.2 percent, down 14.8 percent, and endowment products 0.8 percent`,
  // `Nhóm A chiếm 31,2%, giảm 14,8%; nhóm B 0,8%`: the statement before has a percentage of its
  // own beside its rate — a share or a level — so the bare percentage may repeat either; it is
  // not read as the rate)
  if (last.draft.value?.value.unitCode === 'percent') return it;
  if (draft.completion || draft.changes.length > 0 || !draft.name || !endsItem(a, st, fig.q.to)) return it;
  // (`increased by 3.83%, contributing 8.84%`, `tăng 3,36%, đóng góp 5,11%`: a share verb the
  // figure rules did not take is no name — the item is a share, not elliptic)
  if (findIn(a.tokens, draft.from, fig.q.from, a.g.shareWords) !== null) return it;
  // (`… giảm khoảng 19% về mức 15,7 tỷ kWh; năng lượng tái tạo ghi nhận mức tăng trưởng mạnh nhất
  // 172%`: an item that names its own growth is read by it, never given the sign of the change before)
  if (findIn(a.tokens, draft.from, fig.q.from, a.g.growthWords) !== null) return it;
  // (`GDP grew 6.1 percent against the targeted 6.5 percent`: a participle of planning right before
  // the figure makes it the plan's, never a second rate; round 49)
  if (plannedBefore(a, fig.q.from)) return it;
  const n = fig.q.quantity.number;
  const amount = last.fig.amount.value.startsWith('-') ? negate(n) : n;
  const change: FigureOf<'change'> = {
    kind: 'change',
    form: 'rate',
    amount,
    numberAt: fig.q.numberAt,
    ...(last.fig.base ? { base: last.fig.base } : {}),
    ...(fig.approximate ? { approximate: fig.approximate } : {}),
    ...(fig.stage ? { stage: fig.stage } : {}),
  };
  // (the next elliptic item repeats the same predicate: `pepper 4.5 percent and cashew 2 percent`)
  st.lastRate = { draft, fig: change };
  return { ...it, fig: change, rule: `${a.g.locale}.change.gapped-rate` };
}

function asCompletion(
  a: SentenceContext,
  it: Item & { t: 'figure' },
  plan: StatedCompletion['of'],
  rule: string,
): Item & { t: 'figure' } {
  const fig = it.fig;
  if (fig.kind !== 'percent' || !fig.q.quantity) return it;
  const q = fig.q.quantity;
  const completion: StatedCompletion = {
    percent: q.number,
    form: 'of-plan',
    of: plan,
    ...(fig.approximate ? { approximate: fig.approximate } : {}),
  };
  return {
    ...it,
    fig: { kind: 'completion', completion, numberAt: fig.q.numberAt, stage: fig.stage },
    rule: `${a.g.locale}.${rule}`,
  };
}
