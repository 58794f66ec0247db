import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import { type Clause, CURRENCIES, type Range, type SentenceContext, type SentenceState } from './context';
import { yearBeforeAfter } from './dated-move';
import { foldedWords } from './measure-owner';
import { tokenAt } from './token-at';

/** How a clause with figures is named. @internal */
export interface ClauseName {
  readonly name: Range | undefined;
  readonly rule: string;
  /** The words before a count verb when the counted noun is the name (`Toàn tỉnh có 45 dự án`). */
  readonly subject: Range | undefined;
  /** The name read after the first figure (`174 [dịch vụ công mức độ 3]`). */
  readonly afterName: Range | undefined;
  /** The clause opens on a second value of the statement before: a statement of its own. */
  readonly secondValue: boolean;
}

/**
 * `Some 98 percent of households …`, `45 FDI projects`, `có 174 dịch vụ`: a figure that opens
 * its clause (a share, or a count) names the noun after it, unless a comma list follows.
 */
function opensOnCount(hasPending: boolean, clause: Clause, firstFig: Item, nameWords: Range | undefined): boolean {
  if (firstFig.t !== 'figure') return false;
  const fig = firstFig.fig;
  const shareFirst =
    fig.kind === 'percent' && fig.verbFrom === undefined && !nameWords && !hasPending && clause.sepAfter !== ',';
  return shareFirst || (fig.kind === 'value' && (fig.count || (fig.verbFrom === undefined && !nameWords)));
}

/**
 * `Lũy kế 6 tháng, PJICO đạt 134,8 tỷ đồng lợi nhuận trước thuế`, `Năm ngoái, VPBank đạt 30.624 tỷ đồng lãi
 * trước thuế`: a verb's amount of money followed at once by a noun of money (grammar `moneyNames`), with
 * words before the verb, is that noun's: the noun names the statement and the words before the verb are
 * its subject, as after a count verb (round 69, probe of banks' results — the company had named it,
 * certain). Only an amount with its currency, in a language that lists such nouns.
 */
function moneyNounAfter(a: SentenceContext, clause: Clause, firstFig: Item, nameWords: Range | undefined): boolean {
  if (!nameWords || firstFig.t !== 'figure' || firstFig.fig.kind !== 'value' || firstFig.fig.verbFrom === undefined)
    return false;
  return moneyNounFollows(a, firstFig, clause.to);
}

/**
 * True when figure `it` is an amount with its currency followed at once, before token `limit`, by a noun
 * of money (grammar `moneyNames`: `… 134,8 tỷ đồng lợi nhuận trước thuế`). Shared with `figures.ts`.
 */
export function moneyNounFollows(a: SentenceContext, it: Item & { t: 'figure' }, limit: number): boolean {
  const nouns = a.g.moneyNames;
  if (!nouns || it.fig.kind !== 'value' || it.fig.q.quantity?.unitCode === undefined) return false;
  return it.to < limit && matchAt(a.tokens, it.to, nouns, limit) !== null;
}

/**
 * `So với kế hoạch Thủ tướng giao thì tỷ lệ giải ngân đạt 13,67%`: the words after the last word
 * that closes a fronted topic (`thì`); the range as it is when there is none or nothing follows.
 */
function afterTopic(a: SentenceContext, range: Range | undefined): Range | undefined {
  if (!range || a.g.topicEnds.size === 0) return range;
  let from = range.from;
  for (let i = range.from; i < range.to - 1; i++) {
    const t = a.tokens[i];
    if (t?.kind === 'word' && a.g.topicEnds.has(t.forms.lower)) from = i + 1;
  }
  return from === range.from ? range : { from, to: range.to };
}

/**
 * True when the words ending at token `to` end on a verb of reporting (`Sở Công thương cho biết,
 * …`, `Bà Nguyễn Thị Hương, Cục trưởng …, cho biết, tổng sản phẩm …`): a source, never the
 * beginning of the name after it.
 */
function reportedBy(a: SentenceContext, to: number): boolean {
  return phraseEndingAt(a.tokens, to, a.g.reportVerbs, 2) >= 0;
}

/**
 * `Tại kỳ họp thứ 7, HĐND tỉnh cho biết thu ngân sách …`, `At a press conference, the GSO said
 * exports …`: the words after the last verb of saying inside the name (grammar
 * `nameReportCuts`), when any follow; the name as it is otherwise.
 */
function afterReport(a: SentenceContext, name: Range | undefined): Range | undefined {
  const cuts = a.g.nameReportCuts;
  if (!name || !cuts || cuts.length === 0) return name;
  let from = name.from;
  for (let i = name.from; i < name.to - 1; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word') continue;
    const m = matchAt(a.tokens, i, cuts, name.to);
    if (m && m.to < name.to) from = m.to;
  }
  return from === name.from ? name : (a.trim({ from, to: name.to }) ?? name);
}

/** True when the name is exactly a generic noun of a level (`value`, `a total`, `tổng giá trị`). */
/**
 * True when `name` (with the determiner the trim left before it) is one of the grammar's
 * `anaphoricLevelNames`, the statement before holds a value (of money, for `the value`: `700,000
 * tonnes, while the value fell 2%` is another measure's) and the clause states no value of its own.
 */
function pointsBack(a: SentenceContext, st: SentenceState, clause: Clause, name: Range): boolean {
  const list = a.g.anaphoricLevelNames;
  const level = st.current?.value?.value;
  if (!list || !level || clause.items.some((it) => it.t === 'figure' && it.fig.kind === 'value')) return false;
  const hit =
    matchAt(a.tokens, name.from, list, name.to) ??
    (name.from > 0 ? matchAt(a.tokens, name.from - 1, list, name.to) : null);
  if (hit?.to !== name.to) return false;
  return hit.phrase.data === 'any' || (level.unitCode !== undefined && CURRENCIES.has(level.unitCode));
}

/** How many tokens of a statement's name are looked at for a noun of an amount of goods. */
const VOLUME_NAME_REACH = 12;

/** True when statement `d`'s name holds a noun of an amount of goods (grammar `volumeNames`: `The volume of exports`). */
function volumeNamed(a: SentenceContext, d: Draft): boolean {
  const list = a.g.volumeNames;
  const span = d.name?.span;
  if (!list || !span) return false;
  const from = tokenAt(a.tokens, span.start);
  const to = tokenAt(a.tokens, span.end);
  for (let i = from; i < to && i < from + VOLUME_NAME_REACH; i++) if (matchAt(a.tokens, i, list, to)) return true;
  return false;
}

function genericName(a: SentenceContext, name: Range): boolean {
  return matchAt(a.tokens, name.from, a.g.genericValueNames, name.to)?.to === name.to;
}

/**
 * True when the name is only a verb of recording right after a joiner (`…, and showed a rise of
 * 15.8 percent`, `and posted a 3 percent increase`): the verb's subject is the statement before.
 */
function recordVerbAfterJoiner(a: SentenceContext, name: Range, afterComma: boolean): boolean {
  if (!a.g.recordVerbs || name.from === 0) return false;
  if (matchAt(a.tokens, name.from, a.g.recordVerbs, name.to)?.to !== name.to) return false;
  // (`Domestic revenue, estimated at 368 trillion VND, saw a 14.5 percent increase …`: right after
  // the comma that closes the clause of its subject too)
  if (afterComma) return true;
  for (let i = Math.max(0, name.from - 2); i < name.from; i++)
    if (matchAt(a.tokens, i, a.g.joiners, name.from)?.to === name.from) return true;
  return false;
}

/** True when the name is only a noun of a rate or a focus adverb (`mức`, `với tốc độ`, `chỉ`: grammar `changeNameNouns`). */
export function rateNounOnly(a: SentenceContext, name: Range): boolean {
  const nouns = a.g.changeNameNouns;
  return !!nouns && matchAt(a.tokens, name.from, nouns, name.to)?.to === name.to;
}

/**
 * True when a clause `, to <words> <value>` whose words name a level reached (grammar
 * `reachedLevelNouns`: `the lowest level ever of`, `a record high of`, `a three-year low of`)
 * follows a statement with changes and no value (see {@link nameClause}); `, to the relief of
 * 2,000 firms` names no level. So does a clause that opens on a verb of reaching before such
 * words (grammar `levelReachVerbs`: `, reaching the level of US$25.9/sqm/month`, `, hitting a record
 * high of nearly 50,000 tonnes`), and one whose name is only a participle of a move and its object
 * before `to` and the value (grammar `levelMoveParticiples`: `, dropping it to about $8.5 billion`,
 * `, climbing to 1.46 trillion dong`) — round 29: test17, test17b, test18; `, reaching the size of`,
 * `, dropping the share to` stay statements of their own.
 */
function levelReachedAfterChanges(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  firstFig: Item,
  name: Range,
): boolean {
  const current = st.current;
  const nouns = a.g.reachedLevelNouns;
  if (!nouns || !current || current.value || current.changes.length === 0 || clause.sepBefore !== ',') return false;
  if (firstFig.t !== 'figure' || (firstFig.fig.kind !== 'value' && firstFig.fig.kind !== 'from-to')) return false;
  const first = clause.items[0];
  // (`, dropping it to about $8.5 billion`: the name is the participle alone, `to` opens the figure)
  // (`fell by 30.6% on a monthly basis, decreasing from 57,482 tons to 39,915 tons`: or `from` opens
  // the move's two levels; round 57, they had been a statement of their own, the rate's apart)
  const moves = a.g.levelMoveParticiples;
  const opens = firstFig.fig.kind === 'from-to' ? a.g.fromWords : a.g.toWords;
  if (
    moves &&
    first !== undefined &&
    matchAt(a.tokens, first.from, moves, firstFig.from)?.to === firstFig.from &&
    matchAt(a.tokens, firstFig.from, opens)
  )
    return true;
  if (firstFig.fig.kind !== 'value') return false;
  const to = first?.t === 'word' && matchAt(a.tokens, first.from, a.g.toWords)?.to === first.to;
  const reach = a.g.levelReachVerbs;
  const reaching = first !== undefined && reach !== undefined && matchAt(a.tokens, first.from, reach)?.to === first.to;
  if (!to && !reaching) return false;
  for (let i = name.from; i < name.to; i++) if (nouns.has(a.tokens[i]?.forms.fold ?? '')) return true;
  return false;
}

/** True when the range is one group in brackets and nothing else: `(giá so sánh năm 2010)`. */
/**
 * True when a clause opens right after a closing bracket with only a joiner before its first
 * figure, and at most a period before the joiner (`… ($128 million) in the first half and VND1.7
 * trillion`): the figure is the next item of a list the bracket interrupted.
 */
function afterBracketJoined(clause: Clause, figIndex: number): boolean {
  if (clause.sepBefore !== ')' || figIndex < 1) return false;
  const last = clause.items[figIndex - 1];
  if (!(last?.t === 'marker' && last.kind === 'joiner')) return false;
  for (let k = 0; k < figIndex - 1; k++) if (clause.items[k]?.t !== 'period') return false;
  return true;
}

function bracketedOnly(a: SentenceContext, r: Range): boolean {
  if (r.to - r.from < 3 || a.tokens[r.from]?.text !== '(' || a.tokens[r.to - 1]?.text !== ')') return false;
  let depth = 0;
  for (let i = r.from; i < r.to - 1; i++) {
    const x = a.tokens[i]?.text;
    if (x === '(') depth++;
    else if (x === ')' && --depth === 0) return false;
  }
  return true;
}

/**
 * True when `name` is only a restating lead (grammar `densityLeads`: `tương ứng với tỷ lệ`,
 * `tương đương`) and the current statement has a value and no density: the density after it is
 * that statement's. One phrase look.
 */
function densityOfCurrent(a: SentenceContext, st: SentenceState, name: Range): boolean {
  const current = st.current;
  if (!current?.value || current.density) return false;
  return matchAt(a.tokens, name.from, a.g.densityLeads, name.to)?.to === name.to;
}

/**
 * `…: 4.290, bệnh nhân điều trị ngoại trú tiểu đường: 4.149`: a later item of a report line's list,
 * its label before a colon and its bare number after (`rules/colon-label.ts`), or its amount or
 * percentage (`Revenue: 815 billion VND; profit before tax: 130 billion VND`, `lợi nhuận trước thuế:
 * 130 tỷ đồng`; round 44, it had been listed unread as a second value) — the label names a statement
 * of its own, not a second value of the statement before.
 */
function labelledItem(a: SentenceContext, pending: Range & { readonly sep: string }, first: Item): boolean {
  if (pending.sep !== ':' || first.t !== 'figure') return false;
  if (first.rule.endsWith('.value.colon-label')) return true;
  if (first.fig.kind !== 'value') return false;
  // (`(same period last year: VND4.1 trillion, …)`, `(July: +5.66%; …)`: a label that is a period or
  // a base dates or compares, it names no indicator; a label in a bracket is the bracket's)
  for (let k = pending.from; k < pending.to; k++) {
    const t = a.tokens[k];
    if (t?.kind === 'punct' && (t.text === '(' || t.text === ')')) return false;
    if (matchPeriod(a.tokens, k, a.g.locale) || matchAt(a.tokens, k, a.g.bases)) return false;
  }
  const before = a.tokens[pending.from - 1];
  return !(before?.kind === 'punct' && before.text === '(');
}

/**
 * `Credit is on the rise, but the bad debt ratio is …`, `…, while the trade surplus stood at …`: a
 * clause opened by a coordinator or a clause opener and its own article-led subject is a statement
 * of its own; the figureless clause before it (`Credit is on the rise`) is no part of its name.
 * Two token looks.
 */
function ownSubjectAfterJoiner(a: SentenceContext, name: Range): boolean {
  const article = (j: number): boolean =>
    a.tokens[j]?.kind === 'word' && a.g.definiteArticles.has(a.tokens[j]?.forms.fold ?? '');
  // (the article may open the name or be trimmed off just before it)
  const at = article(name.from) ? name.from : article(name.from - 1) ? name.from - 1 : -1;
  const joiner = at > 0 ? a.tokens[at - 1] : undefined;
  if (joiner?.kind !== 'word') return false;
  return a.g.coordinators?.has(joiner.forms.fold) === true || a.g.clauseOpeners?.has(joiner.forms.fold) === true;
}

/**
 * The name of a clause with figures: the words before its first figure, joined to a figureless
 * clause before (`tỷ lệ hồ sơ tiếp nhận, xử lý …`), or the counted noun after a count, or the
 * noun after a second value. Consumes the pending words of the clause before.
 */
export function nameClause(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  figIndex: number,
  nameWords: Range | undefined,
): ClauseName {
  const L = a.g.locale;
  const firstFig = clause.items[figIndex] as Item;
  let name = a.trim(afterTopic(a, nameWords));
  let rule = `${L}.name.before-figures`;
  const pending = st.pending;
  if (
    pending &&
    name &&
    pending.sep === ',' &&
    pending.subject !== true &&
    pending.to < name.from &&
    // (`Trong tháng, doanh thu … dự kiến đạt …`, `In particular, exports …`: a frame or an aside
    // before the name is no part of it)
    pending.frame !== true &&
    !reportedBy(a, pending.to) &&
    !ownSubjectAfterJoiner(a, name)
  ) {
    name = a.trim({ from: pending.from, to: name.to }) ?? name;
    rule = `${L}.name.joined-clauses`;
  } else if (pending && !name && (!st.current || labelledItem(a, pending, firstFig))) {
    name = { from: pending.from, to: pending.to };
    rule = `${L}.name.clause-before`;
  }
  st.pending = undefined;
  name = afterReport(a, name);
  // `…, jumped by 10.5 percent …, with a value touching 2.9 quadrillion VND`: a generic noun of a
  // level names no new statement; the level is the current one's, which has none yet.
  // (`The volume of exports fell by 53 per cent, while the value fell …`: after a statement named by an
  // amount of goods, `the value` is the other measure's statement; round 64)
  if (
    name &&
    st.current &&
    !st.current.value &&
    clause.sepBefore === ',' &&
    genericName(a, name) &&
    !volumeNamed(a, st.current)
  )
    name = undefined;
  // `… were worth US$1.12bn in March, but the value was down 2% compared to March 2023`, `…, and the
  // figure was up 5% year-on-year`: a noun pointing back at the level just stated names no new
  // statement when only changes follow; they are that level's.
  if (
    name &&
    st.current &&
    firstFig.t === 'figure' &&
    firstFig.fig.kind === 'change' &&
    pointsBack(a, st, clause, name)
  )
    name = undefined;
  // `…, which represented 81.6 percent of the estimates, and showed a rise of 15.8 percent`: a verb
  // of recording alone after `and` names no new statement; its change is the current one's.
  if (
    name &&
    st.current &&
    firstFig.t === 'figure' &&
    firstFig.fig.kind === 'change' &&
    recordVerbAfterJoiner(a, name, clause.sepBefore === ',')
  )
    name = undefined;
  // (a change after a comma, with a statement before it: the shape of the two readings below)
  const figureAfterComma = st.current !== undefined && clause.sepBefore === ',' && firstFig.t === 'figure';
  const changeAfterComma = figureAfterComma && firstFig.fig.kind === 'change';
  // `…, với mức tăng 5,9% so với cùng kỳ`, `…, chỉ bằng 92,5% so với tháng trước`: a noun of a rate
  // or a focus adverb alone after a comma names no new statement; the change is the current one's.
  // (`…, chỉ hoàn thành 89% kế hoạch 9 tháng và 81% so với cùng kỳ`: a completion too; round 57)
  const completionAfterComma = figureAfterComma && firstFig.fig.kind === 'completion';
  if (name && (changeAfterComma || completionAfterComma) && rateNounOnly(a, name)) name = undefined;
  // `… là 5.065 vị, tức là tăng thêm 63 vị (1,3%) so với …`, `…, nghĩa là thêm 0,34% so với năm
  // trước`: a restating link alone after a comma (grammar `restatedChangeLinks`) names no new
  // statement; the change it restates is the current one's (round 53, test37).
  if (name && changeAfterComma && matchAt(a.tokens, name.from, a.g.restatedChangeLinks ?? [], name.to)?.to === name.to)
    name = undefined;
  // `Container imports dropped 1.98 percent, from 370,745.55 TEUs in July 2013 to 363,393.50 TEUs in
  // July 2014`: `from` alone after a comma, right after a change with no level, opens the move's two
  // dated levels — the change's own (round 53, test37; `from` had named a statement of its own). Levels
  // of months with no year (`from £23.8 billion in April to …`) are read as before, by `from-to-previous.ts`.
  if (
    name &&
    st.current &&
    clause.sepBefore === ',' &&
    st.current.value === undefined &&
    st.current.changes.length > 0 &&
    matchAt(a.tokens, name.from, a.g.fromWords, name.to)?.to === name.to &&
    clause.items.some(
      (it) =>
        (it.t === 'period' && a.periodId(it.match) !== undefined) ||
        // (`, from $863.9 million last year to $851.0 million this year`)
        (it.t === 'word' && yearBeforeAfter(a, it.from)),
    )
  )
    name = undefined;
  // `…, (giá so sánh năm 2010) tăng 5,56% so với cùng kỳ`: an aside in brackets alone after a
  // comma names no new statement; the change after it is the current one's.
  if (name && st.current && clause.sepBefore === ',' && bracketedOnly(a, name)) name = undefined;
  // `… đạt 21,96 triệu thuê bao (tương ứng với tỷ lệ 22,1 thuê bao/100 dân)`, `…, tương đương 9,8
  // bác sĩ/10.000 dân`: a restating lead alone before a density names no statement — the density
  // is that of the count just stated, which has none yet
  if (name && firstFig.t === 'figure' && firstFig.fig.kind === 'density' && densityOfCurrent(a, st, name))
    name = undefined;
  // `… down 25 per cent quarter-on-quarter and 18 per cent year-on-year, to the lowest level ever
  // of under 3,700 units`: after a comma, `to` and a noun of the level reached name no new
  // statement; the level is that of the changes before, which have none yet.
  if (name && levelReachedAfterChanges(a, st, clause, firstFig, name)) name = undefined;
  const countFirst =
    opensOnCount(pending !== undefined, clause, firstFig, nameWords) || moneyNounAfter(a, clause, firstFig, nameWords);
  const afterName = countFirst ? a.trim(a.nameAfter(clause.items, figIndex)) : undefined;
  const subject = afterName ? a.trim(name) : undefined;
  // (`Tổng đàn đại gia súc hiện có hơn 10.923 con`, `Hộ nghèo có 10.689 hộ`: a bare counter, or the
  // noun the subject already names, says less than the subject; round 45 — the name had been `con`)
  if (afterName && subject && counterOnly(a, afterName, subject))
    return { name: subject, rule: `${L}.name.counted-subject`, subject, afterName, secondValue: false };
  if (afterName) return { name: afterName, rule: `${L}.name.counted-noun`, subject, afterName, secondValue: false };
  // `…, up 27.5% year on year, bringing in US$16.75 billion of new capital, equivalent to …`:
  // a clause that opens on a second value, with no name before it, is a statement of its own
  // (named by the words after the value when there are any), so the figures after it are its.
  const current = st.current;
  const secondValue =
    name === undefined &&
    // (`…, up 27.7 percent; US$6.58 billion on computers, up 12.4 percent`: after `;` too)
    // (`VND3.2 trillion ($128 million) in the first half and VND1.7 trillion …`, `USD35.2bn (+12.1%
    // YoY) and USD31.8bn …`: right after a bracket, past only a period and a joiner)
    (clause.sepBefore === ',' || clause.sepBefore === ';' || afterBracketJoined(clause, figIndex)) &&
    firstFig.t === 'figure' &&
    ((firstFig.fig.kind === 'value' &&
      current?.value !== undefined &&
      !a.shareValues.has(current) &&
      !a.conversionOf(current.value, firstFig.fig.q)) ||
      // `…growth in logistics; 10.31% in finance`: a gapped change names its own statement after
      // it — unless the statement holds a value the changes measure (`… capital of $14.4 billion,
      // up 4 percent in the number of enterprises, and 52 percent in registered capital`)
      (current !== undefined && current.value === undefined && firstFig.rule.endsWith('.change.gapped-rate-in')) ||
      // `fell 8.5% to $10.2 billion, and 6.4% to $11.6 billion`: an elided rate with the level it
      // reached (`en-coord-gapped-to.ts`) after a statement that holds a value
      (current?.value !== undefined &&
        firstFig.fig.kind === 'change' &&
        firstFig.fig.then !== undefined &&
        firstFig.rule.endsWith('.change.gapped-rate-to')));
  if (secondValue) {
    const after = a.trim(a.ofNoun(a.nameAfter(clause.items, figIndex)));
    return { name: after, rule: `${L}.name.after-second-value`, subject: undefined, afterName, secondValue };
  }
  // `…; a 49% fall in SUV sales to 1,679 units; and an 81% plunge in van sales to 220 units`: a
  // clause with no name that opens on a change noun phrase naming its measure (`in`/`of` + words)
  // and then the level it reached states a statement of its own, after one that holds a value.
  const measured = name === undefined && current?.value !== undefined ? measuredNounChange(a, clause, figIndex) : null;
  if (measured)
    return { name: measured, rule: `${L}.name.noun-change-measure`, subject: undefined, afterName, secondValue: true };
  return { name, rule, subject: undefined, afterName, secondValue };
}

/** The folded words of a range of word tokens, joined (undefined when one is no word). */
const foldedRun = (a: SentenceContext, r: Range): string | undefined => foldedWords(a, r.from, r.to)?.join(' ');

/**
 * True when the words after a count are only a bare counter (grammar `bareCounters`: `con`,
 * `lượt`) or a noun the subject before the verb already holds (`Hộ nghèo có 10.689 hộ`), and that
 * subject has at least two words: the subject names the count better.
 */
function counterOnly(a: SentenceContext, after: Range, subject: Range): boolean {
  if (subject.to - subject.from < 2) return false;
  const noun = foldedRun(a, after);
  if (noun === undefined) return false;
  if (a.g.bareCounters && matchAt(a.tokens, after.from, a.g.bareCounters, after.to)?.to === after.to) return true;
  const held = foldedRun(a, subject);
  return held !== undefined && ` ${held} `.includes(` ${noun} `);
}

/**
 * The measure named after a change noun phrase that opens its clause (`a 62% drop [in sedan
 * sales] to 2,075 units`): the words after the link (grammar `subjectChange.links`) up to the
 * clause's next figure, which must be a value; undefined for any other shape.
 */
function measuredNounChange(a: SentenceContext, clause: Clause, figIndex: number): Range | undefined {
  if (clause.sepBefore !== ',' && clause.sepBefore !== ';') return undefined;
  const fig = clause.items[figIndex];
  if (fig?.t !== 'figure' || fig.fig.kind !== 'change' || !fig.rule.endsWith('amount-before-noun')) return undefined;
  const link = clause.items[figIndex + 1];
  const links = a.g.subjectChange?.links;
  if (link?.t !== 'word' || !links?.has(a.tokens[link.from]?.forms.lower ?? '')) return undefined;
  let k = figIndex + 2;
  while (clause.items[k]?.t === 'word') k++;
  const next = clause.items[k];
  if (next?.t !== 'figure' || next.fig.kind !== 'value' || k === figIndex + 2) return undefined;
  return a.trim({ from: link.to, to: (clause.items[k - 1] as Item).to });
}
