import { isPeriodId } from '../../period/period';
import { negate, shift } from '../numeral';
import { matchPeriod } from '../period-phrase';
import { phraseEndingAt } from '../phrase';
import { readQuantity } from '../quantity';
import type { StatedCompletion } from '../types';
import {
  type BaseRead,
  bareBaseAt,
  type Cursor,
  commentOpensAt,
  type Figure,
  type FigureRule,
  type Found,
  isEstimateKind,
  isNum,
  isP,
  m,
  numberAt,
  percentAfter,
  planPhraseAt,
  readBase,
  worst,
} from './context';

/**
 * `than planned`, `than the annual plan`, `than the target set for 2020`, `above the target`,
 * `over the estimates`: the plan as the other side of the comparison after the direction word
 * (or a side word standing for it). Returns the plan's kind and where it ends.
 */
function planSideAt(
  c: Cursor,
  k: number,
): { of: StatedCompletion['of']; to: number; level: ReturnType<typeof worst> } | null {
  const than = m(c, k, c.g.compareWords);
  if (!than) return null;
  const planned = m(c, than.to, c.g.plannedWords) ?? m(c, than.to, c.g.thanExpectedWords ?? []);
  if (planned) return { of: planned.phrase.data, to: planned.to, level: worst(than.level, planned.level) };
  const plan = planPhraseAt(c, than.to, false);
  if (!plan || !planPhraseEnds(c, plan.to)) return null;
  return { of: plan.phrase.data, to: plan.to, level: worst(than.level, plan.level) };
}

/**
 * `5 percentage points higher than in 2022`, `3% lower than last year`, `16 percent more than the
 * same time in 2017`: the direction after the amount, then the base. Against a plan (`19% higher
 * than planned`, `8 percent above the target`, `2% below the annual plan`) the amount is how far
 * the result is over or under the plan: a completion of 100 ± N. `bracketed`: the amount at `i` is
 * the first token inside a bracket that closes right after it, the direction after the bracket.
 */
/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function postChangeAt(c: Cursor, i: number, bracketed: boolean | 'comma' = false): Found | null {
  if (c.g.directionAfter.length === 0) return null;
  // `over 19% higher than planned`: a bound word before the amount bounds it (never audited).
  const approx = isNum(c.tokens[i]) ? null : m(c, i, c.g.approximate);
  const at = approx ? approx.to : i;
  const n = numberAt(c, at);
  if (!n) return null;
  const points = m(c, at + 1, c.g.pointWords);
  const pct = points ? 0 : percentAfter(c, at + 1);
  if (!points && !pct) return null;
  // (`$252 million (11.5 percent) more than forecast`: the percentage in a bracket, its direction after the bracket)
  const end = points ? points.to : pct;
  if (bracketed === true && !isP(c.tokens[end], ')')) return null;
  // (`$231 million, or 2.4%, above estimates`: the restated rate set off by commas; round 57)
  const k = bracketed === true || (bracketed === 'comma' && isP(c.tokens[end], ',')) ? end + 1 : end;
  const approximate = approx?.phrase.data;
  const dirWord = m(c, k, c.g.directionAfter);
  // (`10% higher (in nominal terms) than the central estimate for 2020`, `10% higher in nominal terms
  // than …`: the measure's terms, grammar `measureTerms`, bracketed or not, read past; round 58)
  const dir = dirWord ? { ...dirWord, to: pastTerms(c, dirWord.to) } : null;
  // `8 percent above the target`, `2% below the annual plan`: the side word stands for the direction and `than`.
  const side = !dir && pct ? m(c, k, c.g.rateSides) : null;
  const plan = dir && pct ? planSideAt(c, dir.to) : side ? planSideOf(c, side.to) : null;
  // (`£54,329 in 2021; 10% higher than the 2020 central estimate`, `… than the central estimate for
  // 2020`: the estimate of another year than the statement's own is that year's estimated figure — the
  // base of a rise, not this statement's plan; round 58, it had been a doubted completion of 110 %)
  // (`$3.089 billion, 4.7 percent above the FY16 estimate`: after a side word too, and a fiscal year's
  // shorthand — round 61, it had been a certain completion of 104.7 %)
  const sideTo = dir?.to ?? side?.to;
  const estimated =
    plan && pct && sideTo !== undefined && isEstimateKind(plan.of) ? estimateYearBase(c, sideTo, plan.to, i) : null;
  if (estimated) {
    const fig: Figure = {
      kind: 'change',
      form: 'rate',
      amount: dir?.phrase.data !== undefined && dir.phrase.data < 0 ? negate(n) : n,
      numberAt: at,
      base: estimated,
      approximate,
    };
    return {
      to: estimated.to,
      fig,
      rule: `${c.g.locale}.change.rate-vs-year-estimate`,
      level: worst(dir?.level, estimated.level, approx?.level),
    };
  }
  // `2 percent higher than the target of 8%`: the other side is a stated figure, not the plan's completion.
  if (plan && pct && !ratesCompared(c, plan.to)) {
    const sign = (dir ?? side)?.phrase.data ?? 1;
    const percent = shift(sign < 0 ? negate(n) : n, '100');
    const completion: StatedCompletion = { percent, form: 'exceeded-by', of: plan.of, approximate };
    return {
      to: plan.to,
      fig: { kind: 'completion', completion, numberAt: at },
      rule: `${c.g.locale}.completion.rate-than-plan`,
      level: worst((dir ?? side)?.level, plan.level, approx?.level),
    };
  }
  // (`$67 million or 8.6 percent over last August`: a side word before a base of its own, after an
  // amount the percentage restates, is the rise's direction and `than`; round 53 — it had been a ratio
  // of 8.6 %. Alone, `110% over the same period` is the translated ratio: grammar `restateWords`)
  const restated = phraseEndingAt(c.tokens, i, c.g.restateWords ?? [], 2) >= 0;
  // (`$11,757,095 or 2.18% below September 2020`: a named period right after the side word is the base
  // too; round 59 — it had dated the statement, certain)
  const sideBase =
    side && pct && !plan && restated
      ? (readBase(c, side.from) ?? bareBaseAt(c, side.to) ?? namedPeriodBaseAt(c, side.to))
      : null;
  if (side && sideBase && sideBase.base.kind !== 'plan') {
    const fig: Figure = {
      kind: 'change',
      form: 'rate',
      amount: side.phrase.data < 0 ? negate(n) : n,
      numberAt: at,
      base: sideBase,
      approximate,
    };
    return {
      to: sideBase.to,
      fig,
      rule: `${c.g.locale}.change.rate-side-base`,
      level: worst(side.level, sideBase.level, approx?.level),
    };
  }
  if (!dir) return sharedDirectionAt(c, at, n, k, points !== null, approximate, approx?.level);
  const amount = dir.phrase.data < 0 ? negate(n) : n;
  const form = points ? 'points' : 'rate';
  const base = readBase(c, dir.to);
  if (!base) {
    // (after a comma the rate is an appositive of a value before it: the earlier level is read apart)
    // (`…, which is 1.11 percent higher than the PHP227.62 billion earnings in 2015`: after a relative
    // pronoun and its copula the rate is of the value before too — a dated earlier level is read apart)
    const appositive = isP(c.tokens[i - 1], ',');
    const open = pct
      ? (openComparison(c, dir.to, appositive, appositive || relativeBefore(c, i)) ??
        objectComparison(c, dir.from, dir.to))
      : null;
    if (!open) return null;
    const fig: Figure = { kind: 'change', form, amount, numberAt: at, base: open.base ?? undefined, approximate };
    return {
      to: open.to,
      fig,
      rule: `${c.g.locale}.change.${form}-direction-after-open`,
      level: worst(dir.level, open.base?.level, approx?.level),
    };
  }
  if (base.base.kind === 'plan') return null;
  const fig: Figure = { kind: 'change', form, amount, numberAt: at, base, approximate };
  return {
    to: base.to,
    fig,
    rule: `${c.g.locale}.change.${form}-direction-after`,
    level: worst(dir.level, base.level, approx?.level),
  };
}

/** The token after the measure's terms at `k` (`in nominal terms`, `(in real terms)`), or `k` when none stand there. */
function pastTerms(c: Cursor, k: number): number {
  const terms = c.g.measureTerms;
  if (!terms) return k;
  const bare = m(c, k, terms);
  if (bare && bare.to < c.limit && m(c, bare.to, c.g.compareWords)) return bare.to;
  if (!isP(c.tokens[k], '(')) return k;
  const inner = m(c, k + 1, terms);
  return inner && isP(c.tokens[inner.to], ')') ? inner.to + 1 : k;
}

/** How many tokens before the amount the statement's own year is looked for (`GDP per capita in 2021 is estimated at …; 10% higher …`). */
const OWN_YEAR_BACK = 24;

/**
 * The named year of an estimate compared with (`than the 2020 central estimate`, `than the central
 * estimate for 2020`: a year inside the plan's words, or `for`/`of` and a year right after them) when
 * the statement names its own year shortly before the amount at `i` and it is another one — that
 * year's estimated figure is the base. Null otherwise (`revenue in 2024 rose 4% above the 2024
 * estimate` completes the plan; with no own year the estimate's year may be the statement's).
 */
function estimateYearBase(c: Cursor, from: number, planTo: number, i: number): BaseRead | null {
  let year = yearIn(c, from, planTo);
  let to = planTo;
  const link = c.tokens[planTo];
  if (!year && link?.kind === 'word' && c.g.estimateYearLinks?.has(link.forms.fold)) {
    year = yearIn(c, planTo + 1, planTo + 2);
    to = planTo + 2;
  }
  if (!year) return null;
  const own = yearIn(c, Math.max(0, i - OWN_YEAR_BACK), i);
  if (!own || own.id === year.id) return null;
  return {
    from,
    to,
    base: {
      kind: 'named-period',
      match: { from: year.from, to: year.to, id: year.id, rule: `${c.g.locale}.period.year-estimate` },
    },
    level: 'exact',
  };
}

/**
 * The first year named in tokens `from`…`to` (exclusive): a year in digits, or a fiscal year's
 * shorthand the period reader takes whole (`FY16`, `FY 2016`). Its id and tokens, or null.
 */
function yearIn(c: Cursor, from: number, to: number): { id: string; from: number; to: number } | null {
  for (let j = from; j < to; j++) {
    const t = c.tokens[j];
    if (isNum(t) && /^(19|20)\d\d$/u.test(t.text)) return { id: t.text, from: j, to: j + 1 };
    const p = t?.kind === 'word' ? matchPeriod(c.tokens, j, c.g.locale) : null;
    if (p?.id !== undefined && /^\d{4}$/u.test(p.id) && p.to <= to) return { id: p.id, from: j, to: p.to };
  }
  return null;
}

/** True when a relative pronoun and its copula stand right before token `i` (`which is`, `that was`). */
function relativeBefore(c: Cursor, i: number): boolean {
  const relatives = c.g.baseStandIns.relatives;
  if (m(c, i - 1, c.g.subjectChange.copulas)?.to !== i) return false;
  return !!relatives?.has(c.tokens[i - 2]?.forms.fold ?? '') || amountBefore(c, i - 1);
}

/** How many tokens before a copula the subject's amount may end (`Exports of R191.56 billion, said SARS, were`). */
const SUBJECT_AMOUNT_REACH = 8;

/**
 * `Exports of R191.56 billion, said SARS, were 22.0% more than the R157.03 billion exports recorded in
 * September 2021`: an amount (no year) of the subject within {@link SUBJECT_AMOUNT_REACH} tokens
 * before the copula at `k` — the rate is that amount's, the level after `than` read apart (round 54).
 */
function amountBefore(c: Cursor, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - SUBJECT_AMOUNT_REACH; j--) {
    const t = c.tokens[j];
    if (isNum(t)) return !/^(19|20)\d\d$/u.test(t.text);
  }
  return false;
}

/** How many words the object of `more`/`less` may have (`more Wheat`, `less crude oil`). */
const OBJECT_WORDS = 3;

/** How many words may follow the object before its base (`during the ongoing Rabi Season compared to …`). */
const OBJECT_BASE_REACH = 8;

/**
 * `procured 49 per cent more Wheat during the ongoing Rabi Season compared to the corresponding
 * period last year`, `produced 12 percent more rice than last year`, `shipped 8 percent more coffee
 * in May`: a direction word that takes an object (grammar `objectDirections`: `more`, `less`,
 * `fewer`), the object's few words, then a base within {@link OBJECT_BASE_REACH} words — or none,
 * when the object ends the clause or a link word follows it (round 42; the percentage had been a
 * doubted level). Where the comparison ends and its base; null when no object follows.
 */
function objectComparison(c: Cursor, from: number, k: number): { to: number; base: BaseRead | null } | null {
  if (!c.g.objectDirections || m(c, from, c.g.objectDirections)?.to !== k) return null;
  let j = k;
  while (
    j < c.limit &&
    j - k < OBJECT_WORDS &&
    c.tokens[j]?.kind === 'word' &&
    !c.g.planPhraseStops.has(c.tokens[j]?.forms.fold ?? '')
  )
    j++;
  if (j === k) return null;
  for (let n = 0, x = j; n <= OBJECT_BASE_REACH && x < c.limit; n++, x++) {
    const base = readBase(c, x);
    if (base && base.base.kind !== 'plan') return { to: base.to, base };
    const t = c.tokens[x];
    if (t?.kind === 'number' || (t?.kind === 'punct' && t.text !== '-')) break;
  }
  return { to: j, base: null };
}

/**
 * `than the PHP227.62 billion earnings in 2015`, `compared to 5.3 million arrivals it acquired in
 * 2015`: a link of the level's time (grammar `levelTimeLinks`: `in`, `for`) and a period with its year
 * after the earlier level's words — that period is the base. Round 49. Null when none stands at `j`.
 */
function datedLevelAt(c: Cursor, j: number): BaseRead | null {
  const links = c.g.levelTimeLinks;
  if (!links?.has(c.tokens[j]?.forms.fold ?? '')) return null;
  // (`in 2015` is read whole by the period reader, its link first)
  const p = matchPeriod(c.tokens, j, c.g.locale) ?? matchPeriod(c.tokens, j + 1, c.g.locale);
  if (!p?.id || !isPeriodId(p.id) || p.to > c.limit) return null;
  return { from: j, to: p.to, base: { kind: 'named-period', match: p }, level: 'exact' };
}

/** How many words may stand between the earlier level's number and its base (`billion reported in`). */
const OPEN_LEVEL_WORDS = 4;

/**
 * After a percentage and its direction with no base of their own: `this year's volume was 13%
 * higher.` (the comparison ends the clause: a rate whose base the sentence may lend) or `It is 25%
 * higher than IDR 457.88 billion reported in the same period last year` (the other side is the
 * earlier level, a money or count figure — never a percentage — dated by a base phrase after at
 * most {@link OPEN_LEVEL_WORDS} words, an article before it: `than the P75.8 billion booked in …`), or
 * an earlier amount with its scale or unit that no base dates (`69.8% higher from RM4 million for
 * 3QFY18`: read with the rate, which has no base). Returns where the comparison ends and the base when
 * one is named; null for any other continuation. After a comma (`P71.2 billion, 6 percent lower than
 * the P75.8 billion …`: an appositive of the value before) the comparison ends before its compare word,
 * so the earlier level is read as a figure of its own (doubted: the other side of a comparison).
 */
function openComparison(
  c: Cursor,
  k: number,
  appositive: boolean,
  apart = appositive,
): { to: number; base: BaseRead | null } | null {
  const t = c.tokens[k];
  if (k >= c.limit || (t?.kind === 'punct' && ['.', ',', ';'].includes(t.text))) return { to: k, base: null };
  // (`Loadable capacity was 7.5% higher while the overall load factor fell by 2.4%`: a contrast opens
  // another subject's clause — the rate's base is not written; round 58, it had been a doubted level)
  if (c.g.clauseContrasts && m(c, k, c.g.clauseContrasts)) return { to: k, base: null };
  // (`net profit was 5.77% higher at RM103.94 million against …`: the level reached follows; the
  // rate's base is read after it, `sentence/reached-from-level.ts`)
  const lead = c.g.locale === 'en' && c.g.reachedLevelLeads ? m(c, k, c.g.reachedLevelLeads) : null;
  if (lead && (isNum(c.tokens[lead.to]) || m(c, lead.to, c.g.currencyBefore))) return { to: k, base: null };
  const than = m(c, k, c.g.compareWords);
  if (!than) return null;
  // (`6 percent lower than the P75.8 billion booked in the same period last year`: an article first)
  const article = c.g.definiteArticles.has(c.tokens[than.to]?.forms.fold ?? '') ? than.to + 1 : than.to;
  const at = m(c, article, c.g.currencyBefore)?.to ?? article;
  if (!isNum(c.tokens[at])) {
    const clause = thanClauseBase(c, than.to);
    return clause ? { to: appositive ? k : clause.to, base: clause } : null;
  }
  if (/^(19|20)\d\d$/u.test(c.tokens[at]?.text ?? '')) return null;
  let j = at + 1;
  // (never a percentage level: `5% higher than the 3% of 2022` compares two rates)
  if (percentAfter(c, j) || isP(c.tokens[j], '%')) return null;
  for (let n = 0; n <= OPEN_LEVEL_WORDS && j < c.limit; n++, j++) {
    const b = bareBaseAt(c, j);
    if (b && b.base.kind !== 'plan') return { to: appositive ? k : b.to, base: b };
    // (after a comma or `which is`, a level dated by a named period is read apart as a figure of its
    // own, the other side of the comparison: `…, which is 1.11 percent higher than the PHP227.62 billion
    // earnings in 2015`)
    const dated = apart ? datedLevelAt(c, j) : null;
    if (dated) return { to: k, base: dated };
    if (c.tokens[j]?.kind !== 'word') break;
  }
  // (`69.8% higher from RM4 million for 3QFY18.`, `11.01% higher from RM1.22 billion,`: an earlier
  // level of an amount, with its scale, whose time names no base the text dates — the rate has no
  // base of its own; the level is read with it)
  const q = readQuantity(c.text, c.tokens, article, c.g, c.limit);
  if (!q?.quantity || q.error !== undefined || (q.quantity.scale === 0 && q.quantity.unit === undefined)) return null;
  const after = c.tokens[q.to];
  if (
    q.to >= c.limit ||
    after?.kind === 'punct' ||
    (after?.kind === 'word' && c.g.levelTimeLinks?.has(after.forms.fold))
  )
    return { to: appositive ? k : q.to, base: null };
  return null;
}

/** How many words a clause between `than` and its base may run (`than the state took in last March`). */
const THAN_CLAUSE_WORDS = 6;
/** How many plain words may close that clause after its base (`of last year on the same date`). */
const TRAILING_WORDS = 4;

/**
 * `12.4 percent more than the state took in last March`, `21% higher than the sugar production of
 * last year on the same date`: after `than`, a short clause of plain words (no figure, no plan noun)
 * that ends on a base (a few plain words may follow it) closing the clause — that base is the rate's (round 53; the rate had been a level
 * of the comparison). Constant time.
 */
function thanClauseBase(c: Cursor, k: number): BaseRead | null {
  for (let j = k + 1; j < c.limit && j <= k + THAN_CLAUSE_WORDS; j++) {
    const prev = c.tokens[j - 1];
    if (prev?.kind !== 'word' || m(c, j - 1, c.g.planWords)) return null;
    const b = bareBaseAt(c, j) ?? readBase(c, j);
    if (!b) continue;
    // (`… of last year on the same date.`: a few plain words may close the clause after the base)
    let end = b.to;
    while (end < c.limit && end < b.to + TRAILING_WORDS && c.tokens[end]?.kind === 'word') end++;
    const next = c.tokens[end];
    return b.base.kind !== 'plan' && (end >= c.limit || next?.kind === 'punct') ? b : null;
  }
  return null;
}

/**
 * `11.4 percent and 7.6 percent higher than last year (, respectively)`, `2 and 3 percentage points
 * lower than in 2022`: an amount joined by `and` to a second amount of the same form whose
 * direction and base follow it shares them (the second is read at its own number). Constant time.
 */
function sharedDirectionAt(
  c: Cursor,
  at: number,
  n: NonNullable<ReturnType<typeof numberAt>>,
  k: number,
  points: boolean,
  approximate: 'about' | 'over' | 'under' | undefined,
  level: ReturnType<typeof worst> | undefined,
): Found | null {
  const and = m(c, k, c.g.joiners);
  if (!and || c.tokens[k]?.forms.fold !== 'and' || !numberAt(c, and.to)) return null;
  const second = points ? m(c, and.to + 1, c.g.pointWords)?.to : percentAfter(c, and.to + 1);
  if (!second) return null;
  const dir = m(c, second, c.g.directionAfter);
  if (!dir) return null;
  const base = readBase(c, dir.to);
  if (!base || base.base.kind === 'plan') return null;
  const amount = dir.phrase.data < 0 ? negate(n) : n;
  const form = points ? 'points' : 'rate';
  const fig: Figure = { kind: 'change', form, amount, numberAt: at, base, approximate };
  return {
    to: k,
    fig,
    rule: `${c.g.locale}.change.${form}-shared-direction-after`,
    level: worst(dir.level, base.level, level),
  };
}

/** How many tokens a bracket's label may span before its colon (`(the first nine months of 2023:`). */
const LABEL_SPAN = 8;

/**
 * True when the plan noun phrase ends at `k`: punctuation or the sentence's end, a stop word (`in
 * 2020`, `for the year`, `by the province`), an assigning verb (`the plan assigned …`) or a past
 * participle (`the target set earlier`, `the estimates approved`) — not a noun it modifies (`the
 * forecast period`, `the plan year`).
 */
export function planPhraseEnds(c: Cursor, k: number): boolean {
  const t = c.tokens[k];
  if (k >= c.limit || t?.kind !== 'word') return true;
  if (c.g.planPhraseStops.has(t.forms.fold) || m(c, k, c.g.assignVerbs)) return true;
  // (a comment on the figure after the plan phrase: `than the full-year estimate reflecting …`,
  // `than the target mainly thanks to …`)
  if (c.g.locale === 'en' && commentOpensAt(c.tokens, c.g, k, c.limit)) return true;
  // (a participle after the plan phrase opens a clause of its own: `the target assigned`, `the
  // target driven by transport costs` — an irregular one too)
  return (
    c.g.locale === 'en' && (t.forms.fold.endsWith('ed') || c.g.pastParticiples?.irregular.has(t.forms.fold) === true)
  );
}

/** True when a figure follows the plan phrase (`the target of 8%`, `the plan (VND 10 trillion)`). */
/**
 * `2 percent higher than the target of 8%`: a percentage stated for the plan after it — two rates
 * compared, no completion. A sum stated for it (`9.16 percent lower than the strategic target of $
 * 5,660.60 million`) keeps the completion (round 42; it had been a doubted level). Only a plain
 * percentage after the link (`of`, a bound word) counts; a bracket is {@link statedAfter}'s.
 */
function ratesCompared(c: Cursor, k: number): boolean {
  if (!statedAfter(c, k)) return false;
  let j = k;
  if (m(c, j, c.g.planOf) || m(c, j, c.g.approximate)) j++;
  const currency = m(c, j, c.g.currencyBefore);
  if (currency) return false;
  if (!isNum(c.tokens[j])) return true;
  return percentAfter(c, j + 1) > 0 || isP(c.tokens[j + 1], '%');
}

export function statedAfter(c: Cursor, k: number): boolean {
  let j = k;
  if (m(c, j, c.g.planOf) || m(c, j, c.g.approximate)) j++;
  const t = c.tokens[j];
  // (`so với kế hoạch năm 2021`: a year names the plan's period, it states no figure)
  if (isNum(t)) return !/^(19|20)\d\d$/u.test(t.text) || m(c, j + 1, c.g.units) !== null;
  return (isP(c.tokens[j], '(') && bracketStates(c, j + 1)) || m(c, j, c.g.currencyBefore) !== null;
}

/**
 * True when the bracket opening before token `k` states a figure of the plan (`(VND 10 trillion)`,
 * `(8%)`) — not another period's figure after its label (`(9M 2023: 3.4%)`, `(2023: 3.4%)`) nor a
 * change (`(up 5% y/y)`): `21.9 percent over the target (9M 2023: 3.4%)` is still 121.9 % of it.
 */
function bracketStates(c: Cursor, k: number): boolean {
  // (a label ends on a colon a few tokens in: `9M 2023:`, `the first half of 2023:`)
  for (let j = k; j < k + LABEL_SPAN && j < c.limit && !isP(c.tokens[j], ')'); j++)
    if (isP(c.tokens[j], ':')) return false;
  return isNum(c.tokens[k]) || m(c, k, c.g.currencyBefore) !== null;
}

/** `above the target`, `below the annual plan`: a plan noun phrase right after a side word. */
function planSideOf(
  c: Cursor,
  k: number,
): { of: StatedCompletion['of']; to: number; level: ReturnType<typeof worst> } | null {
  const plan = planPhraseAt(c, k, false);
  return plan && planPhraseEnds(c, plan.to) ? { of: plan.phrase.data, to: plan.to, level: plan.level } : null;
}

/** The `change.direction-after` figure rule. @internal */
export const changeDirectionAfterRule: FigureRule = {
  id: 'change.direction-after',
  locales: ['en'],
  match: postChangeAt,
  // its number comes first, or after one bound word
  reach: 24,
};

/** A whole named period at `k` (`September 2020`, `2019`, `the first quarter of 2022`) read as a base, or null. */
function namedPeriodBaseAt(c: Cursor, k: number): BaseRead | null {
  const p = matchPeriod(c.tokens, k, c.g.locale);
  if (!p || p.id === undefined || p.to > c.limit) return null;
  return { from: k, to: p.to, base: { kind: 'named-period', match: p }, level: 'exact' };
}
