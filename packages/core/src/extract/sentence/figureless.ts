import { matchPeriod } from '../period-phrase';
import { matchAt, type Phrase, phraseEndingAt } from '../phrase';
import type { Item } from '../rules/context';
import type { Extracted, ExtractedChange } from '../types';
import { figurelessAside } from './aside';
import { nameRange } from './clauses';
import type { Clause, Range, SentenceContext, SentenceState } from './context';
import { commentAt } from './en-list-order-pairs';
import { adoptedGoals } from './goal-adopted';
import { goalFrame, goalHeading, planSource } from './goal-frame';
import { isGoalMarker } from './goal-marker';
import { lentBase } from './shared-base';
import { isYearText } from './year-word';

/**
 * What the figureless steps ask of a whole clause, read once per clause (a clause of thousands of items
 * asked once per period or base had been quadratic; round 59): how many word items it holds, where its
 * first word item ends, where its last period starts, and where its last word of contrast (grammar
 * `eventContrasts`) starts.
 */
interface ClauseSummary {
  readonly words: number;
  readonly firstWordTo: number;
  readonly lastPeriodFrom: number;
  readonly lastContrast: number;
}

const SUMMARIES = new WeakMap<Clause, ClauseSummary>();

function summaryOf(a: SentenceContext, clause: Clause): ClauseSummary {
  const known = SUMMARIES.get(clause);
  if (known) return known;
  let words = 0;
  let firstWordTo = Number.POSITIVE_INFINITY;
  let lastPeriodFrom = -1;
  for (const x of clause.items) {
    if (x.t === 'word') {
      words++;
      firstWordTo = Math.min(firstWordTo, x.to);
    } else if (x.t === 'period') lastPeriodFrom = x.from;
  }
  let lastContrast = -1;
  const contrasts = a.g.eventContrasts;
  if (contrasts && contrasts.length > 0)
    for (let k = clause.to - 1; k >= clause.from && lastContrast < 0; k--)
      if (matchAt(a.tokens, k, contrasts, clause.to)) lastContrast = k;
  const summary = { words, firstWordTo, lastPeriodFrom, lastContrast };
  SUMMARIES.set(clause, summary);
  return summary;
}

/**
 * `…, rose 5.2 percent to $20 billion, compared with the same period last year`, `… increased by 31
 * percent to 228.2 billion baht (USD 6.2 billion) over the same period of 2023`: a clause of only a
 * base after the figures (a conversion's bracket between them, round 44 for `the same period of
 * 2023`) is the base of the one change without one. True when it was placed.
 */
function trailingBase(a: SentenceContext, st: SentenceState, clause: Clause, it: Item & { t: 'base' }): boolean {
  const current = st.current;
  const open = current && st.firstFigureSeen ? current.changes.filter((c) => !c.value.base) : [];
  if (!current || open.length !== 1 || summaryOf(a, clause).words > 1) return false;
  // (`…, and compared to the previous year, imports decreased by 12.37%`: a base after a coordinator
  // and before a comma opens the next clause — it is that clause's, not the change's before; round 44)
  const lead = clause.items[0];
  const coordinator =
    (lead?.t === 'marker' && lead.kind === 'joiner') ||
    (lead?.t === 'word' &&
      lead.to === lead.from + 1 &&
      a.g.coordinators?.has(a.tokens[lead.from]?.forms.fold ?? '') === true);
  if (coordinator && clause.sepAfter === ',') return false;
  const b = a.base(it.read);
  const c = open[0] as Extracted<ExtractedChange>;
  // (`the same period of 2023`: the statement's period in that year, resolved when it is dated —
  // only after a bracket, where no other base could be meant, or closing the sentence, where no clause
  // follows to take it: `increased in value by 10.8% to £1.97 billion, compared with the same period in
  // 2017.`; round 55)
  const closing = clause.sepAfter === undefined || clause.sepAfter === '.';
  const sameIn = b.sameIn !== undefined && (clause.sepBefore === ')' || closing) ? b.sameIn : undefined;
  if (b.sameIn !== undefined ? sameIn === undefined : !b.base) return false;
  const at = current.changes.indexOf(c);
  const placed: Extracted<ExtractedChange> = {
    ...c,
    value: { ...c.value, ...(b.base ? { base: b.base } : {}), baseSpan: b.span },
    rule: `${c.rule}+trailing-base`,
  };
  current.changes[at] = placed;
  if (sameIn !== undefined) current.sameIn.set(placed, sameIn);
  return true;
}

/**
 * `exports surpassed the record set in 2023 in August 2024, with …`: a period right after a
 * participle of an act (grammar `actParticiples`: `set`, `approved`) and its preposition dates the
 * act, when another period follows it in the clause — that one opens the sentence (round 40). So does
 * a period of an event before a word of contrast ({@link eventBeforeContrast}, round 41).
 */
function actDated(a: SentenceContext, clause: Clause, it: Item & { t: 'period' }): boolean {
  if (eventBeforeContrast(a, clause, it)) return true;
  const acts = a.g.actParticiples;
  if (!acts || acts.length === 0) return false;
  const prep = a.g.periodWords.keys.prepositions.has(a.tokens[it.from]?.forms.fold ?? '') ? it.from : it.from - 1;
  if (phraseEndingAt(a.tokens, prep, acts, 2) < 0) return false;
  return summaryOf(a, clause).lastPeriodFrom >= it.to;
}

/**
 * `Hunan saw an economic slowdown in the first quarter of 2023 but has since picked up steam, with its
 * GDP rising 4.6 percent to … in 2023`: a period after words of the clause's own (a subject and its
 * verb), followed in the clause by a word of contrast (grammar `eventContrasts`), dates that event —
 * the figures after the contrast are of another time (round 41; it had dated them, certain). A period
 * that opens its clause (`In the first quarter, exports fell but …`) still frames the sentence.
 */
function eventBeforeContrast(a: SentenceContext, clause: Clause, it: Item & { t: 'period' }): boolean {
  const summary = summaryOf(a, clause);
  return summary.firstWordTo <= it.from && summary.lastContrast >= it.to;
}

/** A list item's bullet (`- `, `+ `, `• `): no word of a name. */
export const BULLETS: ReadonlySet<string> = new Set(['-', '+', '•', '–']);

/**
 * `…; - trong mức tăng trưởng chung của nền kinh tế năm 2024, khu vực dịch vụ tăng 6,9%`: a bulleted
 * part's opening clause that names its topic and ends on its period (a bullet first, then words,
 * then the one period; a topic word and a joiner may stand among them, no word of a base such as
 * `so với`) — the part's own period, as
 * a period alone after the bullet is (round 29, found by the Vietnamese noise sweep).
 */
function bulletTopic(a: SentenceContext, clause: Clause): boolean {
  const items = clause.items;
  const first = items[0];
  const last = items[items.length - 1];
  if (first?.t !== 'word' || last?.t !== 'period' || !BULLETS.has(a.tokens[first.from]?.text ?? '')) return false;
  for (let i = 0; i < items.length - 1; i++) {
    const it = items[i] as Item;
    // (`- về xuất khẩu năm 2023, …`: a topic word; `nông, lâm nghiệp và thủy sản`: a joiner)
    if (it.t === 'marker' && (it.kind === 'topic' || it.kind === 'joiner')) continue;
    if (it.t !== 'word') return false;
    for (let k = it.from; k < it.to; k++) if (matchAt(a.tokens, k, a.g.periodBaseLeads, last.to) !== null) return false;
  }
  return true;
}

/** True when a word of `list` stands in the clause. */
function clauseHas(a: SentenceContext, clause: Clause, list: readonly Phrase[]): boolean {
  for (let k = clause.from; k < clause.to; k++) if (matchAt(a.tokens, k, list, clause.to)) return true;
  return false;
}

/**
 * `Theo báo cáo về tình hình hoạt động tháng 10 năm 2020 và mục tiêu, nhiệm vụ công tác tháng 11/2020 của
 * Tập đoàn điện lực Việt Nam (EVN), trong 10 tháng đầu năm 2020, cả nước đã lắp đặt …`: a source clause
 * that opens a report's title (grammar `sourceTitle.topics`, `về`) and names no owner runs on through the
 * figureless clauses after its commas to the one that names the owner (`của …`): their periods and goal
 * nouns are the title's, and a later lead period dates the figures (round 69, test53 — the title's month
 * had dated them, certain, and its `mục tiêu` made them targets). Updates the open title in `st`; true
 * when this clause is a later part of a title.
 */
function sourceTitleClause(a: SentenceContext, st: SentenceState, clause: Clause, opens: boolean): boolean {
  const t = a.g.sourceTitle;
  if (!t) return false;
  const part =
    st.sourceTitleOpen === true &&
    !st.firstFigureSeen &&
    clause.sepBefore === ',' &&
    clause.items.every((x) => x.t !== 'figure');
  if (opens && !st.firstFigureSeen)
    st.sourceTitleOpen = clauseHas(a, clause, t.topics) && !clauseHas(a, clause, t.owners);
  else if (part) st.sourceTitleOpen = !clauseHas(a, clause, t.owners);
  else st.sourceTitleOpen = false;
  return part;
}

/**
 * `…, tăng 14,8% so với cùng kỳ; - năm 2024, công ty bàn giao 1,2 triệu tấn …`, `…; 6 tháng đầu
 * năm 2024, …`, `…; - trong quý thứ nhất năm 2024, …`: after figures, a part after `;` that opens on
 * a period alone (a bullet, and a preposition of time right before the period, may stand before it) and a comma dates the statements of that part, as the lead period of a sentence of
 * its own — the sentence's opening period (`6 tháng đầu năm 2024`) was lent to them. The
 * statements before it keep the period they would have had (pinned now), and the new period
 * becomes the sentence's. True when the clause was such a part's period.
 */
/** A period id that is a whole year (`2014`). */
const YEAR_ID = /^\d{4}$/u;

/** The mark in a period's rule of a running total's period that opened a part after a comma ({@link partPeriod}). */
export const RUNNING_PART = '+running-part';

/** How many of a sentence's drafts {@link partPeriod} has pinned, and the period the last of them passes on. */
const PINNED = new WeakMap<SentenceState, { count: number; inherited: Extracted<string> | undefined }>();

function partPeriod(a: SentenceContext, st: SentenceState, clause: Clause): boolean {
  // (`…, cạo được 12,5 tấn, lũy kế 3 tháng năm 2013, Công ty khai thác được 148 tấn`: after a comma, a
  // running total's period alone opens such a part too — grammar `cumulativeOpeners`; round 53)
  const opener = clause.items[0];
  const keys = a.g.periodWords.keys;
  const running =
    clause.sepBefore === ',' &&
    opener?.t === 'period' &&
    a.g.cumulativeOpeners.has(
      `${a.tokens[opener.from]?.forms.fold ?? ''} ${a.tokens[opener.from + 1]?.forms.fold ?? ''}`,
    );
  // (`…năm 2010 gần 74 tỷ đồng, đến năm 2014, tăng lên gần 143,3 tỷ`: `đến` and a year alone after a
  // comma date the figures after them as well — Vietnamese `periodWords.keys.until`; round 53)
  const second = clause.items[1];
  const untilYear =
    a.g.locale === 'vi' &&
    clause.sepBefore === ',' &&
    clause.items.length === 2 &&
    opener?.t === 'word' &&
    opener.to === opener.from + 1 &&
    keys.until.has(a.tokens[opener.from]?.forms.fold ?? '') &&
    second?.t === 'period' &&
    YEAR_ID.test(a.periodId(second.match) ?? '');
  if (!st.firstFigureSeen || (clause.sepBefore !== ';' && !running && !untilYear) || clause.sepAfter !== ',')
    return false;
  let period: (Item & { t: 'period' }) | undefined;
  const topic = bulletTopic(a, clause);
  for (const it of clause.items) {
    if (it.t === 'period' && !period) period = it;
    // (`; ước tính đến cuối tháng 8/2019, …`: a stage word before the part's period, read by `vi-lead.ts`)
    // (`; riêng năm 2021, tốc độ tăng trưởng … tăng 8,29%`: a word of the part singled out before it;
    // round 59, the part had taken the sentence's span `giai đoạn 1997-2021`)
    else if (it.t === 'marker' && (topic || ((it.kind === 'stage' || it.kind === 'of-which') && !period))) continue;
    else if (it.t !== 'word' || period) return false;
    else if (!topic) {
      // (a bullet, or the one preposition of time the period phrase left before it: `; - trong
      // quý I/2024, …`, `; in the first quarter of 2024, …`)
      for (let k = it.from; k < it.to; k++) {
        const t = a.tokens[k];
        const fold = t?.forms.fold ?? '';
        const prep =
          k === it.to - 1 &&
          (keys.within.has(fold) || keys.prepositions.has(fold) || (untilYear && keys.until.has(fold)));
        if (!BULLETS.has(t?.text ?? '') && !prep) return false;
      }
    }
  }
  const id = period ? a.periodId(period.match) : undefined;
  if (!period || !id) return false;
  // (the drafts an earlier part pinned keep their period: only those after them are read — a sentence
  // of thousands of parts had been quadratic; round 59)
  const pinned = PINNED.get(st);
  let inherited = pinned?.inherited;
  const lead = st.sentencePeriod;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = pinned?.count ?? 0; n < drafts.length; n++) {
    const d = drafts[n] as (typeof drafts)[number];
    if (!d.period && lead)
      d.period = a.field(lead.id, lead.item.from, lead.item.to, `${lead.item.match.rule}+sentence`);
    else if (!d.period && inherited) d.period = { ...inherited, rule: `${inherited.rule}+previous-statement` };
    if (d.period && !/\+(sentence|context)$|^option\./u.test(d.period.rule)) inherited = d.period;
  }
  PINNED.set(st, { count: drafts.length, inherited });
  // (a running total's period after a comma is marked: a statement it dates while a nearer period
  // stands before its figure stays doubted, as one the statement before lent — weigh-period.ts)
  const item =
    running || untilYear
      ? { ...period, match: { ...period.match, rule: `${period.match.rule}${RUNNING_PART}` } }
      : period;
  st.sentencePeriod = { id, item };
  st.sentencePeriodOfSource = false;
  st.pending = undefined;
  return true;
}

/**
 * `Growth momentum slowed in 2023: In 2024, FDI rose …`, `Budget revenue beat expectations in
 * October: …`: in English briefs a bold lead-in that opens the sentence and ends on a colon before
 * a capital is a headline, not the sentence's frame — its period is taken as a source's (a lead
 * period after it replaces it, and it dates no figure by itself), never lent as certain to the
 * sentence after the colon, which states its own.
 */
function briefLeadIn(a: SentenceContext, clause: Clause): boolean {
  if (a.g.locale !== 'en' || clause.sepBefore !== undefined || clause.sepAfter !== ':') return false;
  const next = a.tokens[clause.to + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.text);
}

/**
 * The token where a comment on the figures opens in the clause after token `from` (grammar
 * `trailingCommentLeads`, an `-ing` participle: `driven by …`, `reflecting …`), or the clause's end.
 */
function commentStart(a: SentenceContext, clause: Clause, from: number): number {
  for (let i = from; i < clause.to; i++) if (commentAt(a, i, clause.to)) return i;
  return clause.to;
}

/**
 * `Speaking at a press conference on 29 September 2024, the director said in the third quarter of
 * 2024, …`, `On October 6, 2024, …`: an English clause before the figures whose period is a DAY is
 * the date something was said or done, taken as a source's period — the figures' own lead period
 * after it replaces it (it was the sentence's period, a certain wrong month).
 */
function eventDay(a: SentenceContext, clause: Clause): boolean {
  if (a.g.locale !== 'en') return false;
  const months = a.g.periodWords.monthNames;
  const t = a.tokens;
  const month = (k: number): boolean => t[k]?.kind === 'word' && Object.hasOwn(months, t[k]?.forms.lower ?? '');
  const day = (k: number): boolean => t[k]?.kind === 'number' && /^([1-9]|[12]\d|3[01])$/u.test(t[k]?.text ?? '');
  for (const it of clause.items) {
    if (it.t !== 'period') continue;
    // (`on 29 September 2024`: the day may stand just before the period the scanner read)
    for (let k = Math.max(clause.from, it.from - 1); k < it.to; k++)
      if ((month(k) && day(k + 1)) || (day(k) && month(k + 1))) return true;
  }
  return false;
}

/**
 * True when the clause opens with a result lead of the grammar (`lũy kế`, `đến nay`, `so far`) and
 * holds nothing else but a period: the lead of the results after it.
 */
function resultPeriodClause(a: SentenceContext, clause: Clause): boolean {
  const lead = matchAt(a.tokens, clause.from, a.g.resultLeads, clause.to);
  if (!lead) return false;
  // (nothing but the lead and the period: `lũy kế đến hết năm 2024 theo kế hoạch` is the plan's)
  return (
    clause.items.some((it) => it.t === 'period') &&
    clause.items.every((it) => it.t === 'period' || (it.to <= lead.to && !isGoalMarker(a, it)))
  );
}

/**
 * A clause with no figure: it may set the sentence's period, goal frame or base, date the
 * figures before it, open a `trong đó` list, or hold the words that begin the next clause's name.
 */
export function readFigurelessClause(a: SentenceContext, st: SentenceState, clause: Clause): void {
  // `Core inflation, a key gauge of domestic demand, was …`: an aside keeps the subject's name.
  if (figurelessAside(a, st, clause)) return;
  // `Hầu hết các chỉ tiêu mà Chính phủ giao … như:`: goals assigned frame the list after.
  // `So với mục tiêu đề ra, …`, `Against the target set for the year, …`: the plan the result
  // after it is measured against frames no goal (round 29).
  const compared =
    matchAt(a.tokens, clause.from, a.g.comparedGoalLeads ?? [], clause.to) !== null ||
    matchAt(a.tokens, clause.from, a.g.concessiveLeads ?? [], clause.to) !== null;
  if (!st.firstFigureSeen && !st.sentenceTarget && !compared)
    st.sentenceTarget =
      goalFrame(a.tokens, clause.from, clause.to, a.g) ??
      // `Các chỉ tiêu chủ yếu năm 2025: …`: a goal noun heading a list after a colon.
      (clause.sepAfter === ':' && clause.sepBefore === undefined
        ? goalHeading(a.tokens, clause.from, clause.to, a.g)
        : undefined) ??
      // `Theo kế hoạch, …`, `Under the plan, …`: a plan as the source of the sentence.
      (clause.sepAfter === ',' && clause.sepBefore === undefined
        ? planSource(a.tokens, clause.from, clause.to, a.g)
        : undefined) ??
      // `Đại hội thông qua nghị quyết với các chỉ tiêu chủ yếu, trong đó: …`: goals adopted.
      adoptedGoals(a, clause.from, clause.to);
  // `dự kiến trong tháng 5, có 45 doanh nghiệp thành lập mới …, lũy kế 5 tháng đầu năm 2020, có 137
  // doanh nghiệp …`, `…, so far this year …`: a clause of a period opened by a result lead (a running
  // total, `đến nay`, `so far`) after the first figure reports results; the goal or forecast frame
  // opened before it does not reach past it.
  if (st.firstFigureSeen && st.sentenceTarget && resultPeriodClause(a, clause)) st.sentenceTarget = undefined;
  // `Theo báo cáo … 6 tháng đầu năm 2024 …, tháng 6/2024, IIP tăng …`: the source's period
  // is the report's; a lead period after it dates the figures.
  const first = clause.items[0];
  const opensSource = first !== undefined && matchAt(a.tokens, first.from, a.g.sourceLeads, clause.to) !== null;
  const title = sourceTitleClause(a, st, clause, opensSource);
  const ofSource = opensSource || title || briefLeadIn(a, clause) || eventDay(a, clause);
  let replaced = false;
  if (partPeriod(a, st, clause)) return;
  // `Kế hoạch được ban hành trong năm 2023; quý II/2024, doanh thu … đạt …`: a clause of only a
  // period opening a new part after `;`, before any figure, dates the figures after it — the period
  // of the figureless part before `;` does not reach past it.
  const partLead =
    clause.sepBefore === ';' &&
    !st.firstFigureSeen &&
    st.sentencePeriod !== undefined &&
    clause.items.filter((x) => x.t === 'period').length === 1 &&
    clause.items.filter((x) => x.t === 'word').length <= 2 &&
    clause.items.every((x) => x.t === 'period' || x.t === 'word');
  // (`Compared to the same quarter in the previous year (April to June 2019) the decrease …`: a period
  // alone in a bracket right after the sentence's base restates that base — the named period is the
  // base, never the sentence's period; round 57, it had dated the figures, certain)
  const base = st.sentenceBase;
  const restated =
    clause.sepBefore === '(' && !st.firstFigureSeen && base !== undefined && base.to >= clause.from - 2 ? base : null;
  for (const it of clause.items) {
    if (it.t === 'period' && restated) {
      const id = a.periodId(it.match);
      if (id && it.match.id) {
        st.sentenceBase = { ...restated, base: { kind: 'named-period', match: it.match } };
        continue;
      }
    }
    if (it.t === 'period' && partLead && !replaced) {
      const id = a.periodId(it.match);
      if (id) {
        st.sentencePeriod = { id, item: it };
        st.sentencePeriodOfSource = ofSource;
        replaced = true;
      }
    }
    if (it.t === 'period' && !st.firstFigureSeen && st.sentencePeriodOfSource && !ofSource && !replaced) {
      const id = a.periodId(it.match);
      if (id) {
        st.sentencePeriod = { id, item: it };
        st.sentencePeriodOfSource = false;
        replaced = true;
      }
    }
    // (`are on record pace for 2015 during the first six months of this year`: a part of this year after
    // the year named narrows it — the half of that year; round 51)
    const lead = st.sentencePeriod;
    if (
      it.t === 'period' &&
      !st.firstFigureSeen &&
      lead &&
      isYearText(lead.id) &&
      it.match.relative === 0 &&
      it.match.partial
    ) {
      const id = a.periodId(it.match);
      if (id?.startsWith(`${lead.id}-`)) st.sentencePeriod = { id, item: it };
    }
    if (it.t === 'period' && !st.firstFigureSeen && !st.sentencePeriod && !actDated(a, clause, it)) {
      const id = a.periodId(it.match);
      if (id) {
        st.sentencePeriod = { id, item: it };
        st.sentencePeriodOfSource = ofSource;
      } else st.leadPeriodMatch ??= it.match;
    }
    // `…, vượt mục tiêu đề ra, …` after a result remarks on it; only a clause before the
    // first figure (or opening after `;`) frames what follows as goals.
    // (`Tax receipts … continue to exceed projections, totaling $84.4 billion`: a goal noun a verb of
    // exceeding takes as its object is what the results beat, no frame of goals; round 54)
    if (
      isGoalMarker(a, it) &&
      (!st.firstFigureSeen || clause.sepBefore === ';') &&
      !compared &&
      // (a goal noun in a report's title names the report, no frame of goals: `… và mục tiêu, nhiệm vụ …`)
      !title &&
      !(opensSource && st.sourceTitleOpen === true) &&
      !exceededGoal(a, clause.from, it.from)
    )
      st.sentenceTarget = { from: it.from, to: it.to };
    // (`Since 2012, exports have grown 98 per cent`: a base that opens the sentence is lent all the same)
    const opens = clause.sepBefore === undefined && it.from === clause.from;
    if (it.t === 'base' && (opens || lentBase(a, it)) && !trailingBase(a, st, clause, it)) st.sentenceBase = it.read;
    // `…, up 5 percent, in the first four months of 2021`, `… (over 73.5 billion USD) in
    // the first half of 2022`: a clause of only a period after the figures dates them.
    // (`… at RM41 million (3Q2020: RM28 million)`: a period that opens a bracket before a colon labels
    // the figure after it, another period's — it dates nothing before it)
    const label = clause.sepBefore === '(' && clause.sepAfter === ':';
    if (it.t === 'period' && st.firstFigureSeen && !st.trailingPeriod && !label) {
      // (`… (+14.07% qoq) in Q3 2024 driven by transport costs`: the words of a comment after
      // the period are no subject of its own)
      const comment = commentStart(a, clause, it.to);
      const words = clause.items.filter((x) => x.t === 'word' && x.from < comment).length;
      const id = a.periodId(it.match);
      // `An estimated 362 trillion VND (15 billion USD) was collected for the budget in the first
      // two months of 2023`: the passive predicate of a figure that is the subject (no name) dates it.
      const first = clause.items[0];
      const predicate =
        first?.t === 'word' &&
        a.g.figureSubjectAuxiliaries.has(a.tokens[first.from]?.forms.fold ?? '') &&
        st.current !== undefined &&
        !st.current.name &&
        clause.items.filter((x) => x.t === 'period').length === 1;
      // `…, textiles (down 12%) and footwear (down 18%), all saw declines in the first nine months
      // of 2023 compared to 2022`: a closing clause whose subject is `all`/`both` of the list dates it.
      const list =
        first?.t === 'word' &&
        a.g.listSubjects.has(a.tokens[first.from]?.forms.fold ?? '') &&
        clause.items.filter((x) => x.t === 'period').length === 1 &&
        clause.items.every((x) => x.t !== 'marker');
      // (`reported a VND1.8 trillion ($77.5 million) pre-tax profit for the first half of 2019`: after
      // the bracket that restates a value read before its measure noun, the noun's words and the
      // period date that value; round 40)
      const measure =
        clause.sepBefore === ')' && words <= 4 && st.current?.value?.rule.endsWith('.value.measure') === true;
      if (
        id &&
        (list ||
          ((words <= 2 || predicate || measure) && clause.items.every((x) => x.t !== 'base' && x.t !== 'marker')))
      )
        st.trailingPeriod = { id, item: it };
    }
    if (it.t === 'marker' && it.kind === 'of-which' && st.current) st.ofWhichParent = st.current;
  }
  // Words with no figure may begin the next clause's name (`tỷ lệ hồ sơ tiếp nhận, xử lý …`)
  // or name the figures after a colon (`Về thuê bao di động: đạt …`); an adverbial clause
  // with a period (`Đến cuối năm 2020,`) names nothing.
  const words = nameRange(clause.items);
  const adverbial = clause.items.some(
    (it) => it.t === 'period' || it.t === 'base' || (it.t === 'number' && it.why === 'date'),
  );
  const sep = clause.sepAfter;
  // (`According to the ministry, an estimated 362 trillion VND was collected …`: a source names
  // nothing either — the figure after it is the subject of its own predicate)
  // (`Tỷ số giới tính khi sinh có xu hướng tăng: Năm 2021: 109,5; …`: a period label between a
  // list's head and its first item keeps the head as the item's name)
  const periodLabel =
    sep === ':' && st.pending?.sep === ':' && clause.items.length > 0 && clause.items.every((it) => it.t === 'period');
  if (periodLabel) return;
  // `Revenues for the nine months ended September 30, 2023, reached …`: words before the period
  // that closes the clause (its comma dates it, no frame opens it) are the subject of the figure
  // after the comma, when that figure names nothing of its own.
  // (the period may end on a day, `ended September 30, 2023`: no event's day then, a source opens it)
  const sourced = first !== undefined && matchAt(a.tokens, first.from, a.g.sourceLeads, clause.to) !== null;
  const subject = sep === ',' && words !== undefined && !sourced && subjectBeforePeriod(a, clause, words);
  if (subject) {
    st.pending = { ...words, sep, subject: true };
    return;
  }
  // (`… the largest jump in RevPAR (+18.0% to US$72.85)`: the words before a bracket that holds the
  // figures name them as well; round 53)
  const words0 =
    words && !adverbial && !ofSource && (sep === ',' || sep === ':' || sep === '(') ? { ...words, sep } : undefined;
  // An aside opening words of their own is trimmed off them (`đặc biệt là khách sạn, nhà hàng …`);
  // a frame (`Trong tháng,`, `As of June 20,`, `In My Duc District,`) or an aside alone (`Cụ thể,`,
  // `However,`) is no part of the next clause's name.
  const lead = words0 ? matchAt(a.tokens, words0.from, a.g.listFrames) : null;
  const trimmed = words0 !== undefined && lead !== null && lead.phrase.data === 'aside' && lead.to < words0.to;
  const next = words0 && trimmed && lead ? { ...words0, from: lead.to } : words0;
  const apart = lead !== null && !trimmed;
  // `Vận tải, bưu điện, du lịch tăng 12,5%`, `Transport, storage, postal services rose 8%`: a list
  // of short figureless items before the figure names it whole — each item extends the pending
  // name instead of replacing it. The first item opens the sentence or follows a frame (`In
  // particular,`, `Cụ thể,`, `Trong các ngành công nghiệp,`) and may carry the head noun (`Doanh
  // thu ngành A, ngành B, …`); a clause opened by an aside or a frame is no item, nor is a short
  // clause after a longer figureless one (`Tình hình … khó khăn, biến động khó lường, vận tải, …`).
  const prev = st.pending;
  const opener = clause.items[0];
  // (`Livestock production, however, declined by 3.4 percent`, `…, on the other hand, …`: an aside alone
  // between a subject and its predicate leaves the subject pending — it had named the figure itself, or
  // left it none; round 58 — as a subject only, never joined to a name of the next clause's own: `With
  // the airport nearing completion, in particular, farm products earned …`)
  const aside = opener ? matchAt(a.tokens, opener.from, a.g.listFrames) : null;
  const lastItem = clause.items[clause.items.length - 1];
  if (
    aside?.phrase.data === 'aside' &&
    aside.to >= (lastItem?.to ?? aside.to) &&
    prev !== undefined &&
    !prev.frame &&
    prev.sep === ',' &&
    sep === ','
  ) {
    st.pending = { ...prev, subject: true };
    return;
  }
  const framed = lead !== null || aside !== null;
  const short = (most: number) => next !== undefined && next.to - next.from < most && !framed && sep === ',';
  st.pending =
    next && prev?.sep === ',' && prev.to < next.from && prev.item && short(4)
      ? { from: prev.from, to: next.to, sep: next.sep, item: true }
      : next && { ...next, item: short(8) && (prev === undefined || prev.frame === true), frame: apart };
}

/**
 * True when the clause is its name words then one period that closes it (`Revenues for the nine
 * months ended September 30, 2023`), the words opening the sentence with no frame or aside
 * (`Meanwhile`, `Trong đó`) and no base or marker among them, the period with its year.
 */
function subjectBeforePeriod(a: SentenceContext, clause: Clause, words: Range): boolean {
  const items = clause.items;
  const last = items[items.length - 1];
  if (last?.t !== 'period' || clause.sepBefore !== undefined || words.to > last.from) return false;
  // (`Credit growth in June, the main driver …`: a period with no year dates nothing here)
  if (a.periodId(last.match) === undefined) return false;
  // (`The broadband penetration rate for 2019, 2020 and 2021 was …`: a list of periods goes on after
  // the comma)
  const next = a.tokens[clause.to + 1];
  if (next?.kind === 'number' || matchPeriod(a.tokens, clause.to + 1, a.g.locale) !== null) return false;
  if (items.filter((it) => it.t === 'period').length !== 1) return false;
  if (items.some((it) => it.t !== 'word' && it.t !== 'period')) return false;
  return matchAt(a.tokens, words.from, a.g.listFrames) === null;
}

/** How many words may stand between a verb of exceeding and the goal noun it takes (`exceeded most forecasts`). */
const EXCEEDED_GOAL_REACH = 3;

/** True when a verb of exceeding (grammar `exceedHeads`) ends at most {@link EXCEEDED_GOAL_REACH} words before the goal noun at `at`. */
function exceededGoal(a: SentenceContext, from: number, at: number): boolean {
  const heads = a.g.exceedHeads;
  if (!heads) return false;
  for (let j = Math.max(from, at - EXCEEDED_GOAL_REACH - 1); j < at; j++) {
    const head = matchAt(a.tokens, j, heads, at);
    if (head && at - head.to <= EXCEEDED_GOAL_REACH) return true;
  }
  return false;
}
