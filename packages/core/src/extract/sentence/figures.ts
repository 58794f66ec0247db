import { findUnit } from '../../model/units';
import { isPeriodId } from '../../period/period';
import { completePeriod } from '../period-phrase';
import { matchAt, type Phrase } from '../phrase';
import { placeFigure } from '../place';
import { reachedLevelElsewhere } from '../place/change';
import type { Draft } from '../place/context';
import type { QuantityMatch } from '../quantity';
import type { BaseRead, Item } from '../rules/context';
import { LISTED_EXCEEDED } from '../scan';
import { moneyNounFollows } from './clause-name';
import { nameRange } from './clauses';
import { type Clause, CURRENCIES, nameField, type Range, type SentenceContext, type SentenceState } from './context';
import { ownGoalValue } from './frame';
import { isGoalMarker } from './goal-marker';
import { LISTED_COMPLETION } from './listed-completions';
import { parallelCompletion } from './parallel-completion';
import { secondPlanStatement } from './second-plan';
import { consequenceName, gappedVerb, namedStatement, subjectAfterOpener } from './second-subject';
import { lentBase } from './shared-base';
import { tokenAt } from './token-at';
import { baseValueStatement } from './vi-base-value';
import { ratioAgainstBase } from './vi-ratio-period';
import { isYearText } from './year-word';

/** The words of `range` after a joiner that opens it (`and`, `và`): `and` names nothing. */
function afterJoiner(a: SentenceContext, range: Range | undefined): Range | undefined {
  if (!range) return range;
  const j = matchAt(a.tokens, range.from, a.g.joiners, range.to);
  if (!j) return range;
  return j.to < range.to ? { from: j.to, to: range.to } : undefined;
}

/**
 * The name of a second value between two figures: the words after the last link word (`… với
 * tổng vốn đăng ký 1,2 tỷ USD`); when a link word ends them, the words before it (`while
 * garment and textiles ranked third with $18.3 billion`, `465,000 tonnes of rice worth US$201
 * million`), without a joiner or an `of` before them.
 */
function secondName(a: SentenceContext, range: Range | undefined): Range | undefined {
  const after = a.afterLink(range);
  if (after || !range) return afterJoiner(a, after);
  let end = range.to;
  for (let i = range.from; i < range.to; i++) {
    const link = matchAt(a.tokens, i, a.g.links, range.to);
    if (link?.to === range.to) {
      end = i;
      break;
    }
  }
  if (end === range.to || end <= range.from) return undefined;
  return a.ofNoun(afterJoiner(a, { from: range.from, to: end }));
}

/** The link word a value figure opens with as its own verb (`valued at`), as a range. */
function linkVerbOf(a: SentenceContext, it: Item & { t: 'figure' }): Range | undefined {
  const f = it.fig;
  if (f.kind !== 'value' || f.verbFrom === undefined) return undefined;
  const link = matchAt(a.tokens, f.verbFrom, a.g.links, f.q.from);
  // (`đạt 84,5 tỷ USD với hơn 9.800 dự án`: a bound between the link and the number; round 56)
  const bound = link ? matchAt(a.tokens, link.to, a.g.approximate, f.q.from) : null;
  return link && (link.to === f.q.from || bound?.to === f.q.from) ? { from: link.from, to: link.to } : undefined;
}

/**
 * `578 new projects worth nearly US$4.12 billion`, `45 FDI projects with US$2 billion`: only a
 * link word between a count read with its counted noun as unit and a second value — the second
 * value is that noun's (`new projects`), named by the words after the count's number and scale.
 */
function countedNounBeforeLink(
  a: SentenceContext,
  before: Item | undefined,
  raw: Range | undefined,
): Range | undefined {
  if (!raw || matchAt(a.tokens, raw.from, a.g.links, raw.to)?.to !== raw.to) return undefined;
  if (before?.t !== 'figure' || before.fig.kind !== 'value') return undefined;
  const q = before.fig.q;
  if (q.unitFrom === undefined || q.unitTo !== q.to || q.quantity?.unitCode === undefined) return undefined;
  let from = q.numberAt + 1;
  const scale = matchAt(a.tokens, from, a.g.scales, q.to);
  if (scale) from = scale.to;
  return from < q.to ? { from, to: q.to } : undefined;
}

/** A period-preposition word of the grammar (`in`, `during`, `trong`). */
function periodPreposition(a: SentenceContext, it: Item | undefined): boolean {
  if (it?.t !== 'word' || it.to !== it.from + 1) return false;
  const K = a.g.periodWords.keys;
  const w = (a.tokens[it.from] as { forms: { fold: string } }).forms.fold;
  return K.within.has(w) || K.prepositions.has(w) || K.yearPrepositions.has(w);
}

/** The period item at `k`, or right after one period preposition at `k` (`trong quý II`). */
function periodRightAfter(a: SentenceContext, items: readonly Item[], k: number): (Item & { t: 'period' }) | undefined {
  const at = items[k];
  if (at?.t === 'period') return at;
  const next = items[k + 1];
  return periodPreposition(a, at) && next?.t === 'period' ? next : undefined;
}

/** True when the clause's item after figure `k` is a value figure that opens on a `to` word (grammar `toWords`): the level a change reached. */
function toValueAfter(a: SentenceContext, clause: Clause, k: number): boolean {
  const next = clause.items[k + 1];
  if (next?.t !== 'figure' || next.fig.kind !== 'value' || matchAt(a.tokens, next.from, a.g.toWords) === null)
    return false;
  // (`and 6.4% to 2023 levels`: a bare year is a period, no level)
  const q = next.fig.q.quantity;
  return q !== undefined && !(q.scale === 0 && q.unit === undefined && isYearText(q.base));
}

/** How many tokens before its `to` a verb of revising may end (`revised to`, `revise it down to`). */
const REVISED_REACH = 3;

/** True when the words before a figure (from `between`) end in a verb of revising (grammar `reviseVerbs`) and `to` (`were later revised to`). */
function revisedTo(a: SentenceContext, between: { readonly from: number }, figureFrom: number): boolean {
  const verbs = a.g.reviseVerbs;
  if (!verbs) return false;
  // (the `to` opens the figure the value rule read, or ends the words before it)
  const to = matchAt(a.tokens, figureFrom, a.g.toWords) ? figureFrom : figureFrom - 1;
  if (to <= between.from || matchAt(a.tokens, to, a.g.toWords, to + 1) === null) return false;
  for (let b = to - 1; b >= between.from && b >= to - REVISED_REACH; b--)
    if (matchAt(a.tokens, b, verbs, to)) return true;
  return false;
}

/** The goal marker that takes the clause's figure `k` as its own value (`the 7 GW target`), if any. */
function ownGoalAfter(a: SentenceContext, clause: Clause, k: number): Item | undefined {
  for (let j = k + 1; j < clause.items.length && j <= k + OWN_GOAL_WORDS + 1; j++) {
    const x = clause.items[j] as Item;
    if (x.t === 'marker' && x.kind === 'target')
      return isGoalMarker(a, x) && ownGoalValue(a, clause, j) === k ? x : undefined;
    if (x.t !== 'word') return undefined;
  }
  return undefined;
}

/** The first dated period after goal marker `goal` in the clause, before any other figure. */
function periodAfterGoal(a: SentenceContext, clause: Clause, goal: Item): (Item & { t: 'period' }) | undefined {
  for (const x of clause.items) {
    if (x.from < goal.to) continue;
    if (x.t === 'figure' || x.t === 'bad-number') return undefined;
    if (x.t === 'period' && a.periodId(x.match)) return x;
  }
  return undefined;
}

/** True when the goal marker is a plural goal noun (grammar `pluralGoalNouns`: `targets`, `goals`). */
function pluralGoalAt(a: SentenceContext, goal: Item): boolean {
  const plural = a.g.pluralGoalNouns;
  return plural !== undefined && matchAt(a.tokens, goal.from, plural, goal.to)?.to === goal.to;
}

/** How many words may stand between a value and the goal noun it is the value of (`6.5 percent growth target`). */
const OWN_GOAL_WORDS = 3;

/** True when the statement before dated itself by `period` (the same first token). */
function previousTook(a: SentenceContext, previous: Draft, period: Item): boolean {
  const own = previous.period;
  return own !== undefined && tokenAt(a.tokens, own.span.start) === period.from;
}

/** How many words a noun of money after an amount may take (`lợi nhuận trước thuế hợp nhất`). */
const MONEY_NOUN_WORDS = 6;

/**
 * `ACB đạt gần 25.000 tỷ đồng thu nhập lãi thuần và hơn 16.000 tỷ đồng lợi nhuận sau thuế`: the words
 * between two amounts are the first one's noun of money (its name, read after it) and a list joiner, and
 * a noun of money (grammar `moneyNames`) follows the second amount: that noun names the second, as the
 * first's names it (round 69, probe of banks' results — the second had been named by the first's noun).
 * The noun's words, up to a joiner, a punctuation mark or a number; undefined otherwise.
 */
function listedMoneyNoun(
  a: SentenceContext,
  previous: Draft,
  between: Range,
  it: Item & { t: 'figure' },
): Range | undefined {
  const joiners = a.g.listJoiners;
  const before = previous.name;
  // (the first amount a verb's, `đạt …`: a plan's amounts listed after `So với kế hoạch …` pair with the
  // completions after them by order, `lần lượt`, and keep their reading)
  if (!joiners || !before?.rule.endsWith('.name.counted-noun') || !previous.value?.rule.includes('.value.verb'))
    return undefined;
  if (!moneyNounFollows(a, it, a.tokens.length)) return undefined;
  const joiner = between.to - 1;
  if (!matchAt(a.tokens, joiner, joiners, between.to) || a.tokens[joiner - 1]?.end !== before.span.end)
    return undefined;
  let to = it.to;
  while (
    to < it.to + MONEY_NOUN_WORDS &&
    a.tokens[to]?.kind === 'word' &&
    !matchAt(a.tokens, to, joiners) &&
    !matchAt(a.tokens, to, a.g.changeVerbs)
  )
    to++;
  return { from: it.to, to };
}

/** True when the items between two figures are only periods, their prepositions and joiners. */
function functionWordsOnly(a: SentenceContext, gap: readonly Item[]): boolean {
  return (
    gap.some((x) => x.t === 'period') &&
    gap.every(
      (x) =>
        x.t === 'period' ||
        (x.t === 'marker' && x.kind === 'joiner') ||
        periodPreposition(a, x) ||
        (x.t === 'word' && matchAt(a.tokens, x.from, a.g.joiners, x.to)?.to === x.to),
    )
  );
}

/**
 * True when the items between two changes are only the first one's period, its base and a
 * joiner (`rose 0.25 per cent in November 2024 compared to October and 3.46 per cent
 * year-on-year`): the second change is the same figure's, against its own base.
 */
function periodAndBaseOnly(a: SentenceContext, gap: readonly Item[]): boolean {
  return (
    gap.some((x) => x.t === 'base') &&
    gap.every(
      (x) =>
        x.t === 'period' ||
        x.t === 'base' ||
        (x.t === 'marker' && x.kind === 'joiner') ||
        periodPreposition(a, x) ||
        (x.t === 'word' && matchAt(a.tokens, x.from, a.g.joiners, x.to)?.to === x.to),
    )
  );
}

/**
 * True when the sentence pairs names and figures by order (`lần lượt là 8% và 8,5%`, `…,
 * respectively`); looked up once per sentence, so a sentence of many figures stays linear.
 */
function respectively(a: SentenceContext, st: SentenceState): boolean {
  if (st.respectively === undefined) {
    const { from, to } = st.sentence;
    st.respectively = false;
    for (let i = from; i < to && !st.respectively; i++)
      if (matchAt(a.tokens, i, a.g.respectiveWords, to)) st.respectively = true;
  }
  return st.respectively;
}

/**
 * A figure of the same kind as the statement's own: a second value, a second bare percentage,
 * a rank after a value, or a second change of the same form (`… growing by 13.5 per cent and those of … increasing by 9.3 per cent`).
 */
/** True when the figure is a value in a currency other than the draft's value's (`1,9 tỷ USD và 34.750 tỷ đồng`). */
function otherCurrency(d: Draft, it: Item & { t: 'figure' }): boolean {
  const fig = it.fig;
  if (fig.kind !== 'value') return false;
  const first = d.value?.value.unitCode;
  const second = fig.q.quantity?.unitCode;
  if (!first || !second || first === second) return false;
  return findUnit(first)?.kind === 'currency' && findUnit(second)?.kind === 'currency';
}

/** True when the words `r` are one bracket and its words only (`(thời điểm trước dịch Covid-19)`). */
function asideOnly(a: SentenceContext, r: Range): boolean {
  const open = a.tokens[r.from];
  const close = a.tokens[r.to - 1];
  if (open?.kind !== 'punct' || open.text !== '(' || close?.kind !== 'punct' || close.text !== ')') return false;
  for (let i = r.from + 1; i < r.to - 1; i++) {
    const t = a.tokens[i];
    if (t?.kind === 'punct' && (t.text === '(' || t.text === ')')) return false;
  }
  return true;
}

/** True when a Vietnamese value is of another unit than the statement's (`khách` then `tấn`), neither a percentage. */
function otherMeasure(a: SentenceContext, d: Draft, it: Item & { t: 'figure' }): boolean {
  const fig = it.fig;
  if (fig.kind !== 'value' || !d.value) return false;
  // `24 missing and 310 injured`, `96 silver and 108 bronze medals`: in English only two counts of
  // nouns the unit reader knows without a code (no money, no percentage, no measure with a code)
  if (a.g.locale !== 'vi') return countNounsDiffer(d, fig.q.quantity);
  const first = d.value.value.unitCode ?? d.value.value.unit;
  const second = fig.q.quantity?.unitCode ?? fig.q.quantity?.unit;
  if (first === 'percent' || second === 'percent') return false;
  // (`69 triệu khách`, `1,35 triệu TEU`: a noun the unit reader does not know still names a measure)
  const noun = (k: number) => a.tokens[k]?.kind === 'word' && matchAt(a.tokens, k, a.g.joiners) === null;
  if (first === undefined && !noun(tokenAt(a.tokens, d.value.span.end))) return false;
  if (second === undefined && !noun(fig.q.to)) return false;
  return first === undefined || second === undefined || first !== second;
}

/**
 * True when the figure at `it` is a count read after a count verb of its own (grammar `countVerbs`)
 * that stands after the figure before it (`… and injuring 57 others`), not a count sharing the
 * first figure's verb.
 */
function countVerbAfter(it: Item & { t: 'figure' }, lastFigEnd: number, clause: Clause): boolean {
  const fig = it.fig;
  const before = clause.items[lastFigEnd];
  return (
    fig.kind === 'value' && fig.count && fig.verbFrom !== undefined && before !== undefined && fig.verbFrom >= before.to
  );
}

/** True when the statement's value is a sum of money and the text Vietnamese (a count verb after it counts what the sum paid for). */
function purposeCount(a: SentenceContext, d: Draft): boolean {
  const code = d.value?.value.unitCode;
  return a.g.locale === 'vi' && code !== undefined && findUnit(code)?.kind === 'currency';
}

/** True when both values count a noun of the unit list that has no code, and the nouns differ (`24 missing`, `310 injured`). */
function countNounsDiffer(
  d: Draft,
  second: { unit?: string | undefined; unitCode?: string | undefined } | undefined,
): boolean {
  const first = d.value?.value;
  if (!first || !second || first.unitCode !== undefined || second.unitCode !== undefined) return false;
  return first.unit !== undefined && second.unit !== undefined && first.unit !== second.unit;
}

/** A second value of a goal's measure (no percentage), English: `296 GW and 230 GW by 2050`. */
function joinedGoalValue(a: SentenceContext, d: Draft, it: Item & { t: 'figure' }): boolean {
  const fig = it.fig;
  if (a.g.locale !== 'en' || fig.kind !== 'value' || !d.value || d.kind.value !== 'target') return false;
  const first = d.value.value.unitCode ?? d.value.value.unit;
  const second = fig.q.quantity?.unitCode ?? fig.q.quantity?.unit;
  return first !== undefined && first !== 'percent' && first === second;
}

/** How many words a counted noun after a count's number may have (`aircraft movements`, `vessel calls`). */
const COUNTED_NOUN_WORDS = 4;

/**
 * English: a bare count (no unit) after a value with a unit, its counted noun right after its
 * number (`handled 6.6 million TEUs and 80,000 vessel calls`, `carried 4.2 million tonnes and 95,000
 * containers`): the noun's range, the next statement's name; undefined otherwise.
 */
function countAfterMeasure(a: SentenceContext, d: Draft, it: Item & { t: 'figure' }): Range | undefined {
  const fig = it.fig;
  if (a.g.locale !== 'en' || fig.kind !== 'value' || !d.value) return undefined;
  const first = d.value.value.unitCode ?? d.value.value.unit;
  const q = fig.q.quantity;
  if (first === undefined || first === 'percent' || !q || q.unit !== undefined || q.unitCode !== undefined)
    return undefined;
  const from = fig.q.to;
  let to = from;
  while (to - from < COUNTED_NOUN_WORDS) {
    const t = a.tokens[to];
    if (t?.kind !== 'word' || t.gap === '' || a.g.countNounEnds?.has(t.forms.fold)) break;
    to++;
  }
  return to > from ? { from, to } : undefined;
}

/** How many words may name a change after a value and a joiner (`and CPI growth of 4.5%`). */
const CHANGE_NAME_WORDS = 3;

/**
 * `per capita GDP of 4,900 USD and CPI growth of 4.5 percent`, `revenue reached VND 4,900 billion
 * and profit growth of 12%`: in English, a change said with its noun after a value, `and` and a few
 * words of its own (not an auxiliary, a measure or a preposition) is the change of those words —
 * another statement of the frame, never the value's. Only when the statement has no change yet.
 * Reads the items between the two figures once.
 */
function namedChangeAfterValue(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  previous: Draft,
  lastFigEnd: number,
  k: number,
): Draft | undefined {
  const it = clause.items[k] as Item & { t: 'figure' };
  if (a.g.locale !== 'en' || it.fig.kind !== 'change' || !previous.value || previous.changes.length > 0)
    return undefined;
  if (previous.completion || lastFigEnd >= k) return undefined;
  const gap = clause.items.slice(lastFigEnd + 1, k);
  const first = gap[0];
  if (!first || gap.some((x) => x.t !== 'word' && !(x.t === 'marker' && x.kind === 'joiner'))) return undefined;
  const joiner = matchAt(a.tokens, first.from, a.g.joiners);
  if (!joiner || (a.tokens[first.from]?.forms.fold ?? '') !== 'and') return undefined;
  const from = joiner.to;
  const to = it.from;
  if (to <= from || to - from > CHANGE_NAME_WORDS) return undefined;
  // (only a change said with its noun, `CPI growth of`, `a profit increase of`: before a verb the
  // words may be an adverb of the statement's own move, `and then rose 8%`)
  if (!matchAt(a.tokens, it.from, a.g.subjectChange.nouns)) return undefined;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word') return undefined;
    const w = t.forms.fold;
    if (
      a.g.countNounEnds?.has(w) ||
      a.g.figureSubjectAuxiliaries.has(w) ||
      matchAt(a.tokens, i, a.g.passiveAuxiliaries) ||
      matchAt(a.tokens, i, a.g.measureWords) ||
      matchAt(a.tokens, i, a.g.joiners) ||
      (a.g.changeNameNouns !== undefined && matchAt(a.tokens, i, a.g.changeNameNouns))
    )
      return undefined;
  }
  const draft = a.newDraft(st.span, from);
  draft.name = nameField(a, { from, to }, `${a.g.locale}.name.change-after-value`);
  draft.kind = previous.kind;
  if (previous.stage) draft.stage = previous.stage;
  if (previous.period) draft.period = previous.period;
  st.current = draft;
  return draft;
}

/** The rule of the name a joined value's statement takes (`sameUnitValue`); its doubt reads it. */
export const JOINED_VALUE_NAME = '.name.joined-value';

/**
 * True when the statement's name joins two names (`exports to Japan and Korea`, `Coal and gas
 * plants`): the names a pair of values is paired with by order. Reads the name's tokens once.
 */
function coordinatedName(a: SentenceContext, d: Draft): boolean {
  const n = d.name;
  if (!n) return false;
  for (let i = tokenAt(a.tokens, n.span.start); i < a.tokens.length && (a.tokens[i]?.end ?? 0) <= n.span.end; i++)
    if (a.tokens[i]?.kind === 'word' && matchAt(a.tokens, i, a.g.joiners)) return true;
  return false;
}

/**
 * An English actual's second value of the statement's unit (its code or its words, never a
 * percentage): `$1.25 billion and $646 million`, `2.1 and 1.4 billion kWh`.
 */
function sameUnitValue(a: SentenceContext, d: Draft, it: Item & { t: 'figure' }): boolean {
  const fig = it.fig;
  if (a.g.locale !== 'en' || fig.kind !== 'value' || !d.value || d.kind.value === 'target') return false;
  const first = d.value.value.unitCode ?? d.value.value.unit;
  const second = fig.q.quantity?.unitCode ?? fig.q.quantity?.unit;
  if (first === undefined || first === 'percent' || first !== second) return false;
  // (`between US$1.2 billion and US$1.5 billion`: the two ends of a range, no list)
  const at = tokenAt(a.tokens, d.value.span.start);
  for (let back = 1; back <= 3 && at - back >= 0; back++)
    if (matchAt(a.tokens, at - back, a.g.rangeOpeners, at)?.to === at) return false;
  return true;
}

/**
 * True when draft `d` is an item of a list of values split off at a comma (a value with nothing else
 * of its own and no name, a comma right before it) and figure `it` is a value of the same unit: the
 * list's next item, not a second value of `d`.
 */
function listItemAfterComma(a: SentenceContext, d: Draft, it: Item & { t: 'figure' }): boolean {
  const v = d.value;
  if (it.fig.kind !== 'value' || !v || d.name || d.completion || d.changes.length > 0 || d.target) return false;
  const unit = v.value.unitCode ?? v.value.unit;
  const q = it.fig.q.quantity;
  if (unit === undefined || unit !== (q?.unitCode ?? q?.unit)) return false;
  const before = a.tokens[tokenAt(a.tokens, v.span.start) - 1];
  return before?.kind === 'punct' && before.text === ',';
}

function sameKindAgain(d: Draft, it: Item & { t: 'figure' }): boolean {
  const fig = it.fig;
  if (fig.kind === 'value') return d.value !== undefined;
  // `…, up 15 per cent while garment and textiles ranked third with $18.3 billion`.
  if (fig.kind === 'rank') return d.rank !== undefined || d.value !== undefined;
  if (fig.kind === 'change')
    return d.changes.some((c) => c.value.form === (fig.form === 'absolute' ? 'rate' : fig.form));
  // (`… made up 68.1 per cent and regular spending 67.5 per cent`: a named percentage after a
  // completion is the next item's)
  return (
    fig.kind === 'percent' &&
    (d.value !== undefined ||
      d.completion !== undefined ||
      d.changes.some((c) => c.rule.endsWith('+growth-name') || c.value.form === 'rate'))
  );
}

/** True when tokens `[r.from, r.to)` are only punctuation (`/`, `-`, `+`, `=`): no word to name a figure. */
function signsOnly(a: SentenceContext, r: Range): boolean {
  for (let i = r.from; i < r.to; i++) if (a.tokens[i]?.kind !== 'punct') return false;
  return true;
}

/**
 * `phấn đấu đến năm 2025, xuất khẩu của tỉnh đạt 1,3 tỷ USD và đến năm 2030 là 1,7 tỷ USD`, `aims
 * for exports of 1.3 billion USD by 2025 and by 2030 of 1.7 billion USD`: after a goal's figure,
 * only a joiner, a deadline word (grammar period keys `deadline`, `until`: `đến`, `by`) and a
 * period with its year — the same goal at another horizon. Returns that period, or undefined.
 */
function secondHorizon(
  a: SentenceContext,
  previous: Draft,
  gap: readonly Item[],
): { item: Item & { t: 'period' }; id: string } | undefined {
  if (previous.kind.value !== 'target' || gap.length < 2 || gap.length > 3) return undefined;
  const keys = a.g.periodWords.keys;
  const word = (x: Item): string => (x.to === x.from + 1 ? (a.tokens[x.from]?.forms.fold ?? '') : '');
  const [joiner, ...rest] = gap as [Item, ...Item[]];
  const joined =
    (joiner.t === 'marker' && joiner.kind === 'joiner') ||
    (joiner.t === 'word' && matchAt(a.tokens, joiner.from, a.g.joiners, joiner.to)?.to === joiner.to);
  if (!joined) return undefined;
  const period = rest[rest.length - 1];
  if (period?.t !== 'period') return undefined;
  // (the deadline word is a word item of its own, or the period phrase's first token: `by 2030`)
  const lead = rest.length === 2 ? word(rest[0] as Item) : (a.tokens[period.from]?.forms.fold ?? '');
  if (!(keys.deadline.has(lead) || keys.until.has(lead))) return undefined;
  const id = a.periodId(period.match);
  return id && /^\d{4}$/u.test(id) && id !== previous.period?.value ? { item: period, id } : undefined;
}

/**
 * True when the goal marker `goal` stands right after the value of `previous`, a noun the figure
 * qualifies (`its 6 million target`, `the $5 billion goal`) — English, a goal noun of grammar
 * `planNouns`, the first word after the figure.
 */
function attributiveGoal(a: SentenceContext, previous: Draft, goal: Item): boolean {
  const v = previous.value;
  if (a.g.locale !== 'en' || !v || previous.kind.value === 'target') return false;
  if (goal.from !== tokenAt(a.tokens, v.span.end)) return false;
  return matchAt(a.tokens, goal.from, a.g.planNouns, goal.to + 1) !== null;
}

/** The goal marker among the items between two figures, if any. */
function goalIn(a: SentenceContext, gap: readonly Item[]): Item | undefined {
  return gap.find((x) => isGoalMarker(a, x));
}

/**
 * True when a second value of a goal's clause still hangs from the goal's verb: no word between
 * the two figures (nor its own verb) is a past form (`… and saw 12 million in 2023`, `… and
 * reached 8 billion last year` are results), and a verb of its own is English in the base form
 * (`and serve 82 million domestic visitors`). Linear: the words between two figures once.
 */
function sharedGoalVerb(a: SentenceContext, it: Item & { t: 'figure' }, from: number): boolean {
  // (a level in percent too: `aims to achieve credit of over 101 trillion dong and keep the bad debt
  // ratio below 2 percent`)
  if (it.fig.kind !== 'value' && !(it.fig.kind === 'percent' && a.g.locale === 'en')) return false;
  const own = it.fig.verbFrom;
  if (own !== undefined && a.g.locale !== 'en') return false;
  // (`a 21 percent increase over the Rs 810bn collected in 2022-23`: a participle of a result right
  // after the figure makes it a result, the goal's base — round 47; it had been a target)
  const results = a.g.passiveResults?.participles;
  if (results && matchAt(a.tokens, it.to, results)) return false;
  for (let k = from; k < it.to; k++) {
    const t = a.tokens[k];
    if (t?.kind !== 'word') continue;
    const word = t.forms.fold;
    if (a.g.pastForms.has(word) || a.g.movedValueVerbs.has(word)) return false;
    // (`surpassed its target of Rs9,252 billion by collecting Rs9,306 billion`: the means a result was
    // reached by, grammar `resultMeans` — round 49, it had been a second target)
    if (a.g.resultMeans && matchAt(a.tokens, k, a.g.resultMeans, it.to)) return false;
    // (`looks set to miss its target of 18 million international arrivals this year after attracting only
    // 13.62 million foreign visitors`: an earlier event's word, grammar `afterEventWords`, before an -ing
    // verb tells what happened — a result; round 69, probe of tourism boards, it had been a second target)
    const event = a.g.afterEventWords ? matchAt(a.tokens, k, a.g.afterEventWords, it.to) : null;
    if (event && /\p{L}ing$/u.test(a.tokens[event.to]?.forms.fold ?? '')) return false;
    // (`and consolidated profit of …`: an adjective of the measure before its noun is no verb of a
    // result; `and registered 30 projects` is)
    if (a.g.measureParticiples?.has(word) && a.tokens[k + 1]?.kind === 'word') continue;
    // (`15 LNG-fired power plants`, `50 foreign-invested projects`: a participle glued by a hyphen
    // to the word before it is a compound adjective, no verb)
    const hyphen = a.tokens[k - 1];
    if (hyphen?.kind === 'punct' && hyphen.text === '-' && hyphen.gap === '' && t.gap === '') continue;
    if (a.g.locale === 'en' && word.length > 4 && word.endsWith('ed')) return false;
  }
  return true;
}

/**
 * `grew 6.2 percent in the second quarter of 2023 and 5.8 percent in the first half`, `a growth
 * rate of 9.6 percent in Q2 and 9.3 percent in the first half of the year`: a second rate with
 * only the first one's trailing period and a joiner before it, and a period of its own right after
 * it, is the same indicator's rate over that period. Returns that period item, or undefined.
 */
function periodAfterElliptic(
  a: SentenceContext,
  clause: Clause,
  previous: Draft,
  k: number,
  gap: readonly Item[],
): { item: Item & { t: 'period' }; id: string } | undefined {
  const it = clause.items[k] as Item & { t: 'figure' };
  if (it.fig.kind !== 'change' || !it.rule.endsWith('elliptic-rate') || previous.changes.length !== 1) return undefined;
  // (`and 3.3% YoY in 3Q2023`: a preposition the period phrase did not take may stand before it)
  const next = clause.items[k + 1];
  const preposition =
    next?.t === 'word' &&
    next.to === next.from + 1 &&
    a.g.periodWords.keys.prepositions.has(a.tokens[next.from]?.forms.fold ?? '');
  const after = clause.items[preposition ? k + 2 : k + 1];
  if (after?.t !== 'period' || !gap.some((x) => x.t === 'period')) return undefined;
  // (`in the first half of the year` after `in the second quarter of 2023`: the first one's year)
  const year = previous.period ? Number.parseInt(previous.period.value, 10) : Number.NaN;
  const id = a.periodId(after.match) ?? completePeriod(after.match, Number.isFinite(year) ? year : undefined);
  if (!id || !isPeriodId(id) || id === previous.period?.value) return undefined;
  const joined = gap.some(
    (x) =>
      (x.t === 'marker' && x.kind === 'joiner') || (x.t === 'word' && matchAt(a.tokens, x.from, a.g.joiners, x.to)),
  );
  // only the first one's period, its preposition and the joiner: `in July 2023 and`
  const only = gap.every((x) => x.t === 'period' || x.t === 'marker' || x.t === 'word');
  const words = gap.filter((x) => x.t === 'word').length;
  return joined && only && words <= 2 ? { item: after, id } : undefined;
}

/**
 * The same indicator's statement over its own period, in the frame of the statement before; `tag`
 * names how that period was found (`own-period` after an elliptic rate, `second-horizon` after a goal).
 */
function periodStatement(
  a: SentenceContext,
  st: SentenceState,
  previous: Draft,
  it: Item & { t: 'figure' },
  period: { item: Item & { t: 'period' }; id: string },
  tag: 'own-period' | 'second-horizon' = 'own-period',
): Draft {
  const L = a.g.locale;
  const draft = a.newDraft(st.span, it.from);
  if (previous.name)
    draft.name = { ...previous.name, rule: `${L}.name.${tag === 'own-period' ? 'same-indicator-own-period' : tag}` };
  draft.kind = previous.kind;
  if (previous.stage) draft.stage = previous.stage;
  const { item } = period;
  draft.period = a.field(period.id, item.from, item.to, `${item.match.rule}+${tag}`);
  st.current = draft;
  return draft;
}

/**
 * A second value after words or a period of its own (`… và kim ngạch xuất khẩu 7 tháng/2017 đạt
 * 115,3 tỷ USD`) starts another statement: named by those words, or — with only a period
 * between (`… và 7 tháng/2017 đạt 81,09 tỷ USD`) — the same indicator over that period. In a
 * sentence that pairs by order (`lần lượt là 8% và 8,5%`, `US$16.4 billion and US$0.9 billion,
 * respectively`) a second figure of the same kind is another statement of the same frame; the
 * certainty pass marks both `respectively`.
 */
/**
 * `completing 27.4% and 28.3% of the 2023 target`: each completion of a list (`listed-completions.ts`)
 * after the first is a statement of its own, of the first's name, kind, stage and period (a
 * second completion of one statement would be unread); `pairListedCompletions` gives them to the
 * values before them by order. Two completions of one value against two plans (`95% of the plan
 * and 102% of the estimate`) are no list and stay as they were.
 */
function listedCompletionStatement(
  a: SentenceContext,
  st: SentenceState,
  previous: Draft,
  it: Item & { t: 'figure' },
): Draft | undefined {
  if (it.fig.kind !== 'completion' || !previous.completion) return undefined;
  if (
    !it.rule.endsWith(LISTED_COMPLETION) &&
    !previous.completion.rule.endsWith(LISTED_COMPLETION) &&
    !it.rule.endsWith(LISTED_EXCEEDED)
  )
    return undefined;
  const draft = a.newDraft(st.span, it.from);
  if (previous.name) draft.name = { ...previous.name, rule: `${a.g.locale}.name.listed-completion` };
  draft.kind = previous.kind;
  if (previous.stage) draft.stage = previous.stage;
  if (previous.period) draft.period = previous.period;
  st.current = draft;
  return draft;
}

/**
 * `The cost of goods sold decreased by 5% and gross profit increased slightly to 549 billion VND`
 * (test20b), `Exports rose 5% and imports reached $10 billion`: a value after a statement of
 * changes only, past a joiner and a subject of its own before the value's verb, is that subject's
 * level — never the level of the changes before (a silent wrong number until round 31). The
 * subject: the words after the joiner, trimmed of verbs and adverbs; none when only a verb
 * follows the joiner (`rose 5% and reached $10 billion`: the same subject's level), or when the
 * words are a measure (`in value`) or a noun pointing back at the level (`the value`, `the
 * figure`), or the value is a price per unit (a sum of money with no scale). English. Constant work.
 */

function subjectAfterChanges(
  a: SentenceContext,
  previous: Draft,
  gap: readonly Item[],
  it: Item & { t: 'figure' },
): Range | undefined {
  if (a.g.locale !== 'en' || it.fig.kind !== 'value' || previous.value || previous.changes.length === 0)
    return undefined;
  // (`VIC edged down 0.3 percent while VHM jumped to VND48,150`: a sum of money with no scale is
  // a price per unit, a share's — its statement keeps the changes it would doubt)
  const q = it.fig.q.quantity;
  if (!q || (q.scale === 0 && q.unitCode !== undefined && CURRENCIES.has(q.unitCode))) return undefined;
  const raw = nameRange(gap);
  if (!raw) return undefined;
  const joiner = matchAt(a.tokens, raw.from, a.g.joiners, raw.to);
  if (!joiner || joiner.to >= raw.to) return undefined;
  // (`grew strongly at the rate of 25% and reached the size of 20 billion USD`: a verb right after
  // the joiner is the same subject's; the words after it name no subject)
  const verbs: readonly (readonly Phrase<unknown>[])[] = [
    a.g.valueVerbs,
    a.g.changeVerbs,
    a.g.countVerbs,
    a.g.levelReachVerbs ?? [],
    a.g.recordVerbs ?? [],
  ];
  if (verbs.some((list) => matchAt(a.tokens, joiner.to, list, raw.to))) return undefined;
  // (`and recovered from a loss of VND 300 billion`: the value must have a verb of its own — a
  // value or change verb — after the subject; what stands before it is the subject)
  const verb = it.fig.verbFrom;
  if (verb === undefined || verb <= joiner.to || verb > raw.to) return undefined;
  if (!matchAt(a.tokens, verb, a.g.valueVerbs) && !matchAt(a.tokens, verb, a.g.changeVerbs)) return undefined;
  // (`and recovered from a loss of VND 300 billion`: `of` or a link is no verb of a subject)
  if (matchAt(a.tokens, verb, a.g.quantityOf) || matchAt(a.tokens, verb, a.g.links)) return undefined;
  const name = a.trim({ from: joiner.to, to: verb });
  if (!name || signsOnly(a, name)) return undefined;
  if (matchAt(a.tokens, name.from, a.g.measureWords, name.to)) return undefined;
  for (const list of [a.g.genericValueNames, a.g.anaphoricLevelNames ?? []]) {
    const hit = matchAt(a.tokens, name.from, list, name.to) ?? matchAt(a.tokens, name.from - 1, list, name.to);
    if (hit?.to === name.to) return undefined;
  }
  return name;
}

/**
 * `a 38 percent increase in loans to P370 billion and a 44 percent increase in deposits to P431
 * billion`: after a statement whose change noun reached its level (the change, then the level), a
 * joiner and another change noun (`a 44 percent increase in …`) open the next item — a statement of
 * its own, named by the noun after it, of the same kind, stage and period (round 42). The new
 * statement, or undefined.
 */
function changeNounAfterReached(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  previous: Draft,
  lastFigEnd: number,
  k: number,
): Draft | undefined {
  const it = clause.items[k] as Item & { t: 'figure' };
  if (it.fig.kind !== 'change' || !it.rule.includes('.change.rate-amount-before-noun')) return undefined;
  const v = previous.value;
  const own = previous.changes[previous.changes.length - 1];
  if (!v || !own || own.span.start > v.span.start || !own.rule.includes('.change.rate-amount-before-noun'))
    return undefined;
  const gap = clause.items.slice(lastFigEnd + 1, k);
  if (gap.length !== 1) return undefined;
  const joiner = gap[0] as Item;
  if (
    !(joiner.t === 'marker' && joiner.kind === 'joiner') &&
    !(joiner.t === 'word' && matchAt(a.tokens, joiner.from, a.g.joiners)?.to === joiner.to)
  )
    return undefined;
  // (the words between the change noun and the level it reached, `in deposits`, name the item)
  let to = k + 1;
  while (clause.items[to]?.t === 'word') to++;
  const noun =
    to > k + 1
      ? a.trim({ from: (clause.items[k + 1] as Item).from, to: (clause.items[to - 1] as Item).to })
      : undefined;
  return noun ? namedStatement(a, st, previous, noun, `${a.g.locale}.name.change-noun`, it.from) : undefined;
}

function secondStatement(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  previous: Draft,
  lastFigEnd: number,
  k: number,
): Draft | undefined {
  const it = clause.items[k] as Item & { t: 'figure' };
  // (`Prices rose 5% and nearly 300 shops closed`: a bare count, `rules/bare-count.ts`, is its noun's
  // figure, never the missing value of a statement that already holds one: a statement of its own,
  // named by the noun it counts)
  if (it.rule.endsWith('.value.bare-count') && (previous.value || previous.completion || previous.changes.length > 0)) {
    const draft = a.newDraft(st.span, it.from);
    const noun = a.trim(a.nameAfter(clause.items, k));
    if (noun) draft.name = nameField(a, noun, `${a.g.locale}.name.counted-noun`);
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (previous.period) draft.period = previous.period;
    st.current = draft;
    return draft;
  }
  const namedChange = namedChangeAfterValue(a, st, clause, previous, lastFigEnd, k);
  if (namedChange) return namedChange;
  const nextNoun = changeNounAfterReached(a, st, clause, previous, lastFigEnd, k);
  if (nextNoun) return nextNoun;
  const consequence = consequenceName(a, clause, lastFigEnd, k);
  if (consequence) return namedStatement(a, st, previous, consequence, `${a.g.locale}.name.consequence`);
  const listed = listedCompletionStatement(a, st, previous, it);
  if (listed) return listed;
  const gap = clause.items.slice(lastFigEnd + 1, k);
  const subject = subjectAfterChanges(a, previous, gap, it) ?? subjectAfterOpener(a, gap, it);
  if (subject) return namedStatement(a, st, previous, subject, `${a.g.locale}.name.subject-after-changes`);
  // (`reached $1.19 trillion in 2019 and fell by 10.9% to $1.06 trillion in 2020`: after a joiner, a
  // change with the level it reached is a second value, whatever the first statement's changes)
  const reachedAgain =
    it.fig.kind === 'change' &&
    it.fig.then?.quantity !== undefined &&
    previous.value !== undefined &&
    gap.some(
      (x) =>
        (x.t === 'marker' && x.kind === 'joiner') ||
        (x.t === 'word' && matchAt(a.tokens, x.from, a.g.joiners, x.to)?.to === x.to),
    );
  if (!sameKindAgain(previous, it) && !reachedAgain) return undefined;
  const horizon = secondHorizon(a, previous, gap);
  if (horizon) return periodStatement(a, st, previous, it, horizon, 'second-horizon');
  // (`3.3 million tonnes valued at US$1.5 billion`: a link word read as the value's own verb
  // links the two figures as one written between them does)
  const named0 = nameRange(gap) ?? (gap.length === 0 ? linkVerbOf(a, it) : undefined);
  // (`…, bằng 93,6% so năm 2019 (thời điểm trước dịch) và 1,1 triệu tấn hàng hóa`: a bracket of
  // words after the first figure is its aside, no name of the second)
  const raw = a.g.locale === 'vi' && named0 && asideOnly(a, named0) ? undefined : named0;
  const named = secondName(a, raw) ?? countedNounBeforeLink(a, clause.items[lastFigEnd], raw);
  // `tăng 5,2% trong quý I và 6,1% trong quý II`: a preposition, the first figure's period and a
  // joiner name nothing.
  const periodsOnly = named !== undefined && functionWordsOnly(a, gap);
  const between = periodsOnly ? undefined : named;
  // `8% và 8,5%`, `US$16.4 billion and US$ 0.9 billion`: only a joiner between the two figures.
  const joined = raw
    ? matchAt(a.tokens, raw.from, a.g.joiners, raw.to)?.to === raw.to
    : gap.some((x) => x.t === 'marker' && x.kind === 'joiner');
  // `USD 100 million in June and USD 300 million in July`: a second value after only a period
  // and a joiner is the same indicator's (a change there stays the statement's second change);
  // `vốn đăng ký đạt 1,9 tỷ USD và 34.750 tỷ đồng`: so is a second value in another currency
  // after only a joiner (the part counted in that currency; it was dropped as unread).
  const sameIndicator = (periodsOnly || (joined && otherCurrency(previous, it))) && it.fig.kind === 'value';
  let ownPeriod: (Item & { t: 'period' }) | undefined;
  for (let j = lastFigEnd + 1; j < k; j++) {
    const x = clause.items[j] as Item;
    if (x.t === 'period' && a.periodId(x.match)) ownPeriod = x;
  }
  // `from US$346 billion in 2020 to US$433 billion in 2023`, `5.2 million in 2022 and 6.1
  // million in 2023`: each figure is followed by its own period, so the one right after the
  // first figure is the first's and the second figure's is the one right after it.
  const after = periodRightAfter(a, clause.items, k + 1);
  // (`6,000 MW of wind power in 2025 and 12,000 MW in 2030`: the period between the figures that
  // the first statement already took, after words of its measure, is the first's too)
  const taken = ownPeriod !== undefined && previous.period !== undefined && previousTook(a, previous, ownPeriod);
  if (
    ownPeriod &&
    (ownPeriod === periodRightAfter(a, clause.items, lastFigEnd + 1) || taken) &&
    after &&
    a.periodId(after.match)
  )
    ownPeriod = after;
  // `có 94 dự thảo báo cáo được xét duyệt và 61 báo cáo đã được phát hành`, `26 vụ việc cùng 15 cá
  // nhân`: the next item of a list of counts (`rules/vi-list-count.ts`) is a statement of its own,
  // named by the noun it counts (the words before it are the item before's), of the list's kind,
  // stage and period
  if (it.rule.endsWith('.value.list-count') && !ownPeriod) {
    const draft = a.newDraft(st.span, it.from);
    const noun = a.trim(a.nameAfter(clause.items, k));
    if (noun) draft.name = nameField(a, noun, `${a.g.locale}.name.counted-noun`);
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (previous.period) draft.period = previous.period;
    st.current = draft;
    return draft;
  }
  // A second change or rank starts a statement only after words of its own (its name), never
  // after a comparison (`down 6.8 per cent compared to …, but up 6.1 per cent`) or the measure
  // of the change before (`tăng 12,5% về số lượng dự án và tăng 8% về vốn`).
  const first = gap[0];
  const measure = first ? matchAt(a.tokens, first.from, a.g.measureWords) : null;
  const own = it.fig.kind === 'change' ? periodAfterElliptic(a, clause, previous, k, gap) : undefined;
  if (own) return periodStatement(a, st, previous, it, own);
  // `rose 2.3% on the month and by 8.5% from a year earlier`: `by` alone after the joiner names
  // nothing; the second change is the statement's.
  const byOnly = between !== undefined && matchAt(a.tokens, between.from, a.g.exceedBy, between.to)?.to === between.to;
  // `tăng 2,7% so với tháng trước nhưng vẫn giảm 21,5% so với cùng kỳ`: an adverb alone after the
  // joiner (grammar `changeNameNouns`: `vẫn`, `cũng`, `lại`) names nothing; the change is the statement's.
  const nouns = a.g.changeNameNouns;
  const adverbOnly =
    between !== undefined &&
    nouns !== undefined &&
    matchAt(a.tokens, between.from, nouns, between.to)?.to === between.to;
  // `increased by 8.1 percent compared to July and were up by 4.1 percent year on year`: an
  // auxiliary alone after the joiner (grammar `passiveAuxiliaries`, `figureSubjectAuxiliaries`)
  // names nothing; its subject is the statement's, and so is the change.
  // (`a 2.7% decline compared to the previous month but is still 15.8% higher than in September 2012`:
  // a copula and an adverb of continuance, grammar `recordVerbs`, likewise; round 55)
  const auxiliaryOnly =
    between !== undefined &&
    (matchAt(a.tokens, between.from, a.g.passiveAuxiliaries, between.to)?.to === between.to ||
      matchAt(a.tokens, between.from, a.g.recordVerbs ?? [], between.to)?.to === between.to ||
      (between.to === between.from + 1 && a.g.figureSubjectAuxiliaries.has(a.tokens[between.from]?.forms.fold ?? '')));
  // `rose by 8.5% to 10.2Mt and 6.4% to 11.6Mt respectively`, `rose 8.5% to $10.2 billion and fell
  // 6.4% to $11.6 billion`: a second change with the level it reached (`then`), after a statement
  // that holds a value and only a joiner, is the shared subject's second statement — the level its
  // value (it was dropped and the change given to the first), of the first's kind, stage and period
  // (`reached $1.19 trillion in 2019 and fell by 10.9% to $1.06 trillion in 2020`: the period right
  // after the level reached is the second statement's own; round 50 — the level had been dropped and
  // the rate given to the first value)
  const ownAfter = ownPeriod !== undefined && ownPeriod === after;
  // (`rose 4.9 percent to $120.4 million in November and 26.8 percent to $169.3 million in December`:
  // an elided rate read alone, the level it reached right after it with `to`, after the first
  // statement's period and the joiner; round 50 — the level had been dropped, unread)
  // (`… to $120.4 million year-on-year in November and 26.8 percent to …`: the first's base, period and a joiner)
  const baseJoined = periodAndBaseOnly(a, gap);
  const toValue =
    it.fig.kind === 'change' &&
    !it.fig.then?.quantity &&
    (periodsOnly || joined || baseJoined) &&
    toValueAfter(a, clause, k);
  // (the period right after the first statement's figure is its own, never the second's)
  const firstsOwn = ownPeriod !== undefined && ownPeriod === periodRightAfter(a, clause.items, lastFigEnd + 1);
  if (
    it.fig.kind === 'change' &&
    (it.fig.then?.quantity || toValue) &&
    previous.value &&
    (!between || baseJoined) &&
    (!ownPeriod || ownAfter || (toValue && firstsOwn)) &&
    (joined || periodsOnly || baseJoined)
  ) {
    const draft = a.newDraft(st.span, it.from);
    if (previous.name)
      draft.name = {
        ...previous.name,
        rule: `${a.g.locale}.name.${respectively(a, st) ? 'respectively' : 'same-indicator'}`,
      };
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (ownAfter && ownPeriod)
      draft.period = a.field(a.periodId(ownPeriod.match) as string, ownPeriod.from, ownPeriod.to, ownPeriod.match.rule);
    else if (previous.period && !(toValue && firstsOwn)) draft.period = previous.period;
    // (`… and 6 percent to $2.1 billion in 2020`: the period right after the level reached is its own)
    const reachedOwn = toValue ? periodRightAfter(a, clause.items, k + 2) : undefined;
    const reachedId = reachedOwn ? a.periodId(reachedOwn.match) : undefined;
    if (reachedOwn && reachedId)
      draft.period = a.field(reachedId, reachedOwn.from, reachedOwn.to, reachedOwn.match.rule);
    st.current = draft;
    return draft;
  }
  if (
    (it.fig.kind === 'change' || it.fig.kind === 'rank') &&
    (!between ||
      a.comparativeAt(between.from) ||
      measure !== null ||
      byOnly ||
      adverbOnly ||
      auxiliaryOnly ||
      periodAndBaseOnly(a, gap))
  )
    return undefined;
  const paired = !between && !ownPeriod && joined && respectively(a, st);
  // `đạt hơn 69 triệu khách, tăng gần 11% và hơn 1 triệu tấn hàng hóa, tăng hơn 18%`, `có 334
  // doanh nghiệp và 23 hợp tác xã`: a value of another unit after only a joiner is the shared
  // verb's second object — a statement of its own, of the verb's subject, kind, stage and period.
  // `aims for 296 GW and 230 GW by 2050`, `targets of 73 GW and 38 GW`: a goal's second value of
  // the same measure after only a joiner is another goal of the frame (English; never a percentage)
  const goalPair = !between && !ownPeriod && !paired && !sameIndicator && joined && joinedGoalValue(a, previous, it);
  // `The port handled 6.6 million TEUs and 80,000 vessel calls`: a count of another noun after a
  // value with a unit and only a joiner is the shared verb's second object, named by its noun
  const counted =
    !between && !ownPeriod && !paired && !sameIndicator && joined ? countAfterMeasure(a, previous, it) : undefined;
  if (counted) {
    const draft = a.newDraft(st.span, it.from);
    draft.name = nameField(a, counted, `${a.g.locale}.name.counted-noun`);
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (previous.period) draft.period = previous.period;
    st.current = draft;
    return draft;
  }
  // `…, killing 30 people and injuring 57 others`, `thụ lý 1.800 vụ việc và giải quyết 1.400 vụ
  // việc`: a count after only a joiner with a count verb of its own counts another event or
  // outcome — a statement of its own, named by the noun it counts.
  // `hỗ trợ 100 triệu đồng làm 2 nhà đại đoàn kết`, `… xây dựng 2 nhà`: in Vietnamese a sum followed
  // by a count verb of its own and its count (what the sum built) — no joiner needed
  const ownCount =
    !between &&
    !ownPeriod &&
    !paired &&
    !sameIndicator &&
    (joined || purposeCount(a, previous)) &&
    countVerbAfter(it, lastFigEnd, clause);
  if (
    goalPair ||
    ownCount ||
    (!between && !ownPeriod && !paired && !sameIndicator && joined && otherMeasure(a, previous, it))
  ) {
    const draft = a.newDraft(st.span, it.from);
    const q = it.fig.kind === 'value' ? it.fig.q : undefined;
    const countedNoun = ownCount ? a.trim(a.nameAfter(clause.items, k)) : undefined;
    // (`có 334 doanh nghiệp và 23 hợp tác xã`: counts are named by their own counted nouns)
    if (countedNoun) draft.name = nameField(a, countedNoun, `${a.g.locale}.name.counted-noun`);
    else if (q && previous.name?.rule.endsWith('.name.counted-noun') && q.to > q.numberAt + 1)
      draft.name = nameField(a, { from: q.numberAt + 1, to: q.to }, `${a.g.locale}.name.counted-noun`);
    else if (previous.name) draft.name = { ...previous.name, rule: `${a.g.locale}.name.shared-verb-object` };
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (previous.period) draft.period = previous.period;
    st.current = draft;
    return draft;
  }
  // `exports to Japan and Korea stood at $1.25 billion and $646 million`, `sales hit VND1.2
  // trillion and VND800 billion`: in English, a second value of the same unit after only a joiner
  // (no `respectively`) is the shared verb's second object — another statement of the frame, its
  // pairing with the names by order doubted (`joined-value.ts`); it was dropped as unread. Only
  // under a name of two joined names (`the plant produced 300 MW and 200 MW`: no pair, the second
  // stays unread).
  if (
    !between &&
    !ownPeriod &&
    !paired &&
    !sameIndicator &&
    joined &&
    previous.name &&
    coordinatedName(a, previous) &&
    sameUnitValue(a, previous, it)
  ) {
    const draft = a.newDraft(st.span, it.from);
    draft.name = { ...previous.name, rule: `${a.g.locale}${JOINED_VALUE_NAME}` };
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (previous.period) draft.period = previous.period;
    st.current = draft;
    return draft;
  }
  // `with revenues of 34.9 billion USD, 32.1 billion USD and 20.6 billion USD`, `là 34,9 tỷ USD,
  // 32,1 tỷ USD và 20,6 tỷ USD`: after a list item split off at a comma (a value with no name of its
  // own), a value after only a joiner is the list's last item — a statement of its own, unnamed as
  // the item before it, never a second value of that item (it was dropped as unread)
  if (!between && !ownPeriod && !paired && !sameIndicator && joined && listItemAfterComma(a, previous, it)) {
    const draft = a.newDraft(st.span, it.from);
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (previous.period) draft.period = previous.period;
    st.current = draft;
    return draft;
  }
  if (!between && !ownPeriod && !paired && !sameIndicator) return undefined;
  if (!between && !paired && it.fig.kind !== 'value') return undefined;
  const L = a.g.locale;
  const draft = a.newDraft(st.span, between?.from ?? it.from);
  // (`209/1.167 doanh nghiệp`, `US$4.5-US$5 billion`: a sign alone between the figures is no name;
  // the second figure is of the first one's indicator)
  // (`from $4.31 billion last year to $4.53 billion this year`: a base alone between the figures dates
  // the first; the second is of the same indicator — round 53, it had been named `last year`)
  const baseOnly = between !== undefined && matchAt(a.tokens, between.from, a.g.bases, between.to)?.to === between.to;
  const moneyNoun = between ? listedMoneyNoun(a, previous, between, it) : undefined;
  if (moneyNoun) draft.name = nameField(a, moneyNoun, `${L}.name.counted-noun`);
  else if (between && !signsOnly(a, between) && !baseOnly)
    draft.name = nameField(a, between, `${L}.name.before-figures`);
  else if (between && previous.name) draft.name = { ...previous.name, rule: `${L}.name.same-indicator` };
  else if (previous.name)
    draft.name = { ...previous.name, rule: `${L}.name.${paired ? 'respectively' : 'same-indicator'}` };
  const marker = paired ? undefined : goalIn(a, gap);
  if (paired) {
    draft.kind = previous.kind;
    if (previous.stage) draft.stage = previous.stage;
    if (previous.period) draft.period = previous.period;
  } else if (marker && attributiveGoal(a, previous, marker)) {
    // `fell short of its 6 million target in 2016 with 5.9 million visitors`: a goal noun right after
    // the first figure is that figure's (`its 6 million target`), the second is the result; round 49
    previous.kind = a.field('target', marker.from, marker.to, `${L}.kind.attributive-target`);
  } else if (marker) {
    // `aim to reach 104.1 trillion VND to meet the economic growth target of 10.5%`, `…, and the
    // target for exports is 8%`: a goal marker between the two figures frames the second.
    draft.kind = a.field('target', marker.from, marker.to, `${L}.kind.target-marker-between`);
    // `had collected VND781.6 trillion … and is projected to reach VND785 trillion by the end of
    // 2025, equivalent to 116.9 percent of the target`: a forecast word between the figures is read
    // as one before them (`forecast-result.ts`: measured against its plan, the year's estimate)
    if (matchAt(a.tokens, marker.from, a.g.forecastMarkers, marker.to)?.to === marker.to) {
      st.forecasts ??= [];
      st.forecasts.push({ draft, from: marker.from, to: marker.to });
    }
  } else if (previous.kind.value === 'target' && between && revisedTo(a, between, it.from)) {
    // `targets were initially set at Rs 5505 billion … and were later revised to Rs 4803 billion`: a
    // goal's figure revised to another is the goal too (round 63; it had been a certain result)
    draft.kind = { ...previous.kind, rule: `${previous.kind.rule}+revised` };
  } else if (st.sentenceTarget && previous.kind.rule.endsWith('.kind.target-context') && clause.sepBefore !== '(') {
    // `Năm 2011, Sở sẽ tập trung thực hiện các chỉ tiêu chủ yếu, trong đó, …, tổng mức bán lẻ tăng trên
    // 20% và kim ngạch xuất khẩu tăng trên 13%`: the next item of a list the sentence frames as goals,
    // joined in the same clause, is a goal too (not in a bracket: `(đạt tỷ lệ 89,3% về việc và 61,3%
    // về tiền)` remarks on results)
    draft.kind = { ...previous.kind, rule: `${previous.kind.rule}+joined` };
  } else if (previous.kind.value === 'target' && previous.changes.length > 0 && between && gappedVerb(a, between, it)) {
    // `export value would increase by 9.46% and import value by 10.5%`: a second subject whose verb
    // is left out (its `by` stays) shares the first one's verb — a forecast or goal too
    draft.kind = { ...previous.kind, rule: `${previous.kind.rule}+gapped` };
    if (previous.stage) draft.stage = previous.stage;
    const name = a.trim({ from: between.from, to: between.to - 1 });
    if (name) draft.name = nameField(a, name, `${L}.name.gapped-verb`);
  } else if (previous.kind.value === 'target' && sharedGoalVerb(a, it, (clause.items[lastFigEnd] as Item).to)) {
    // `aims to serve about 18 million foreign visitors and 85 million domestic ones`, `aims to
    // receive 17 million tourists and serve 82 million domestic visitors`: a second object (or a
    // second verb joined to the goal's) in the goal's clause is a goal too.
    draft.kind = { ...previous.kind, rule: `${previous.kind.rule}+shared-verb` };
  }
  // `16.5 GW far exceeds the 7 GW target set for 2025`: a value followed by the goal noun it is the
  // value of is that goal (`frame.ts` `ownGoalValue`)
  const goal = draft.kind.value !== 'target' ? ownGoalAfter(a, clause, k) : undefined;
  if (goal) {
    draft.kind = a.field('target', goal.from, goal.to, `${L}.kind.own-goal-value`);
    // (`fixed 13.11 billion dollars and 15.21 billion dollars targets`: a plural goal noun after two
    // values of one unit joined by `and` names both; round 44 — the first had been a certain result)
    if (joined && !between && pluralGoalAt(a, goal) && sameUnitValue(a, previous, it))
      previous.kind = a.field('target', goal.from, goal.to, `${L}.kind.own-goal-value+joined`);
    // (`… the 7 GW target set for 2025`: the goal's period after its noun, before any other figure)
    const own = ownPeriod ? undefined : periodAfterGoal(a, clause, goal);
    if (own) ownPeriod = own;
  }
  // `…, Trung Quốc ước giảm 5,21% và Nhật Bản ước tăng 12,4%`: a stage word before the second
  // figure is its statement's stage, as one before a clause's first figure is (`frame.ts`).
  const stageWord = gap.find((x) => x.t === 'marker' && x.kind === 'stage');
  if (!draft.stage && stageWord?.t === 'marker' && stageWord.stage)
    draft.stage = a.field(stageWord.stage, stageWord.from, stageWord.to, `${L}.stage.word`, stageWord.level);
  if (ownPeriod)
    draft.period = a.field(a.periodId(ownPeriod.match) as string, ownPeriod.from, ownPeriod.to, ownPeriod.match.rule);
  st.current = draft;
  return draft;
}

/**
 * `International visitor arrivals achieved 46.85 percent of the full-year target of 8 million`:
 * the plan's value named after a completion is the statement's stated target and a target
 * statement of its own, of the same indicator (its period is the statement's, read when the
 * sentence is dated). The statement it hangs from stays current.
 */
function planStatement(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  it: Item & { t: 'figure' },
  q: QuantityMatch,
): void {
  const L = a.g.locale;
  const target = a.field(a.quantity(q), it.from, it.to, it.rule, it.level);
  draft.target ??= target;
  const goal = a.newDraft(st.span, it.from);
  goal.kind = a.field('target', it.from, it.to, `${L}.kind.plan-value`);
  if (draft.name) goal.name = { ...draft.name, rule: `${L}.name.plan-of-statement` };
  if (draft.period) goal.period = draft.period;
  goal.value = target;
  a.extend(goal, it.from, it.to);
}

/**
 * A statement of its own for a change with the level it reached, after statement `previous` that
 * holds another level: the same indicator (its name and kind), dated by the sentence's steps.
 */
function reachedStatement(a: SentenceContext, st: SentenceState, previous: Draft, it: Item & { t: 'figure' }): Draft {
  const draft = a.newDraft(st.span, it.from);
  if (previous.name) draft.name = { ...previous.name, rule: `${a.g.locale}.name.level-reached-apart` };
  draft.kind = previous.kind;
  st.current = draft;
  return draft;
}

/**
 * Places a clause's figures, in order, into its statement (a second value may start another);
 * each change takes the base written just before it, else the sentence's, else the clause's.
 * Returns the statements the clause wrote to, in order, and the index of the last figure item.
 */
export function readFigures(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  figIndex: number,
  head: Draft,
): { drafts: Draft[]; lastFigEnd: number } {
  const clauseBase = clause.items.find((it): it is Item & { t: 'base' } => it.t === 'base' && lentBase(a, it));
  let leadBase: BaseRead | undefined;
  for (let j = 0; j < figIndex; j++) {
    const x = clause.items[j] as Item;
    if (x.t === 'base' && lentBase(a, x)) leadBase = x.read;
  }
  const drafts = [head];
  let draft = head;
  let lastFigEnd = figIndex;
  for (let k = figIndex; k < clause.items.length; k++) {
    const it = clause.items[k] as Item;
    if (it.t === 'bad-number') {
      const reason = it.range ? 'unrecognised-figure' : 'invalid-number';
      draft.unread.push(a.unread('figure', reason, it.from, it.to, it.error));
      continue;
    }
    if (it.t !== 'figure') continue;
    // (`against the budget estimate of Rs 12.35 lakh crore(Rs 12.35 trillion)`: the plan's amount restated too)
    const restated = draft.value ?? draft.target;
    if (it.fig.kind === 'value' && restated && a.conversionOf(restated, it.fig.q)) {
      a.conversions.add(it.fig.q.numberAt);
      lastFigEnd = k;
      continue;
    }
    if (it.fig.kind === 'plan' && it.fig.own) {
      planStatement(a, st, draft, it, it.fig.q);
      lastFigEnd = k;
      continue;
    }
    // `tăng 60,7% so với cùng kỳ năm 2023 (37,37 triệu USD)`: the base period's value.
    if (it.fig.kind === 'value' && baseValueStatement(a, st, draft, it)) {
      lastFigEnd = k;
      continue;
    }
    if (it.fig.kind === 'completion' && secondPlanStatement(a, st, draft, it)) {
      lastFigEnd = k;
      continue;
    }
    const next = k > figIndex ? secondStatement(a, st, clause, draft, lastFigEnd, k) : undefined;
    if (next) {
      draft = next;
      drafts.push(next);
    } else if (it.fig.kind === 'change' && reachedLevelElsewhere(a, draft, it.fig)) {
      // (`… $1.19 trillion in 2019, but the value plummeted in 2020, down by 10.9% to $1.06 trillion`:
      // a change with the level it reached never lands in a statement that holds another level — it
      // had been given to that level, the level reached dropped; round 50)
      draft = reachedStatement(a, st, draft, it);
      drafts.push(draft);
    }
    // `So với tháng 12-2022, CPI tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%`: a base
    // written between the last figure and this one is this figure's, before the sentence's.
    let nearBase: BaseRead | undefined;
    for (let j = lastFigEnd + (k > figIndex ? 1 : 0); j < k; j++) {
      const x = clause.items[j] as Item;
      if (x.t === 'base' && lentBase(a, x)) nearBase = x.read;
    }
    // (`Tuy … đạt thấp so với kế hoạch được giao, nhưng so với cùng kỳ năm trước tổng thu … tăng
    // 31%`: a base before the clause's first figure is the clause's own, before an earlier clause's)
    const own = nearBase ?? leadBase;
    const fallback = own ?? st.sentenceBase ?? clauseBase?.read;
    placeFigure(a, draft, ratioAgainstBase(a, parallelCompletion(a, st, draft, it), own ?? st.sentenceBase), fallback);
    if (draft.completion?.value.form === 'of-plan') st.planCompletion = draft;
    st.lastPlaced = draft;
    lastFigEnd = k;
  }
  return { drafts, lastFigEnd };
}
