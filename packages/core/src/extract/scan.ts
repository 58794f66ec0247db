import { cmp, HUNDRED, toNum } from '../decimal/decimal';
import { FIGURE_RULES, type FigureRule } from './figure-rules';
import type { Grammar } from './grammar';
import { negate, shift } from './numeral';
import { matchPeriod } from './period-phrase';
import { readQuantity } from './quantity';
import { readNumber } from './read-number';
import { changeAt } from './rules/change';
import {
  afterQualifier,
  type Cursor,
  dateAt,
  type Found,
  gluedWordAt,
  type Item,
  identifierAt,
  isNum,
  isP,
  isPastParticiple,
  m,
  monthsBeforeVerb,
  namedLevelBefore,
  readBase,
  SEPARATORS,
} from './rules/context';
import { genrePeriodAt } from './rules/genre-periods';
import { OPEN_SHORTHAND_RATE, openShorthandRate } from './rules/percent';
import { isYearToken } from './sentence/year-word';
import { SENTENCE_ENDS, type Token } from './tokenize';
import type { MatchLevel, PrintedNumber, StatedCompletion } from './types';

export type { BaseRead, Cursor, Figure, Found, Item } from './rules/context';

/**
 * Switches for tests: `everyRule` tries every figure rule at every token, ignoring the rules'
 * `reach` (the corpus must read the same either way). @internal
 */
export const scanOptions = { everyRule: false };

/**
 * The first figure rule of {@link FIGURE_RULES} (in its order) that reads a figure at token `i`;
 * `toNumber` is how many tokens on the sentence's next number token is (a rule with a `reach`
 * is not tried further from one: most words of a report are far from any number).
 */
function firstFigure(c: Cursor, i: number, toNumber: number): Found | null {
  const rules = rulesOf(c.g.locale);
  const tried = scanOptions.everyRule
    ? rules.all
    : toNumber < rules.near.length
      ? (rules.near[toNumber] as readonly FigureRule[])
      : rules.far;
  for (const r of tried) {
    const found = r.match(c, i);
    if (found) return found;
  }
  return null;
}

/**
 * The figure rules of a locale in {@link FIGURE_RULES}'s order: all of them, those tried `d`
 * tokens before the next number (`near[d]`: no reach, or a reach of at least `d`) and those
 * tried further away (`far`: no reach) — filtered once, not at every token.
 */
interface LocaleRules {
  readonly all: readonly FigureRule[];
  readonly near: readonly (readonly FigureRule[])[];
  readonly far: readonly FigureRule[];
}

/** A year of four digits (one object, not a new literal per token). */
const YEAR_DIGITS = /^(19|20)\d\d$/u;
const LOCALE_RULES = new Map<string, LocaleRules>();

function rulesOf(locale: string): LocaleRules {
  let rules = LOCALE_RULES.get(locale);
  if (rules) return rules;
  const all = FIGURE_RULES.filter((r) => (r.locales as readonly string[]).includes(locale));
  const furthest = Math.max(0, ...all.map((r) => r.reach ?? 0));
  const near: FigureRule[][] = [];
  for (let d = 0; d <= furthest; d++) near.push(all.filter((r) => r.reach === undefined || d <= r.reach));
  rules = { all, near, far: all.filter((r) => r.reach === undefined) };
  LOCALE_RULES.set(locale, rules);
  return rules;
}

/**
 * What a token opens before any figure rule is tried: a date, a document number, a period, a
 * qualifier's number (`mức độ 3`), a `trong đó` or target marker, a plan for a named period.
 */
/**
 * `trẻ em dưới 5 tuổi`, `lao động từ 15 tuổi trở lên`, `under 15 years old`, `aged 15 and over`:
 * a number (after a bound or `từ`/`from`, or none) right before an age noun or right after an age
 * lead (grammar `ageNouns`, `ageLeads`) is an age inside a name, never a figure — unless a value
 * verb stands right before (`tuổi thọ bình quân đạt 74 tuổi` states a level). Returns the token
 * after the number, or null.
 */
function ageAt(c: Cursor, i: number): number | null {
  // (cheap exit first: an age starts at its number, or at a bound or `từ` at most two tokens before it)
  const tk = c.tokens;
  if (tk[i]?.kind !== 'number' && tk[i + 1]?.kind !== 'number' && tk[i + 2]?.kind !== 'number') return null;
  // (`tuổi thọ bình quân đạt 74 tuổi`: after a value verb the number is the level, in years)
  for (let back = 1; back <= 3 && i - back >= 0; back++) if (m(c, i - back, c.g.valueVerbs)?.to === i) return null;
  let k = i;
  const lead = m(c, k, c.g.approximate) ?? m(c, k, c.g.fromWords);
  if (lead) k = lead.to;
  if (c.tokens[k]?.kind !== 'number' || /[.,]/u.test(c.tokens[k]?.text ?? '')) return null;
  if (m(c, k + 1, c.g.ageNouns)) return k + 1;
  // (`aged 15 and over`: the lead word before the number)
  for (let back = 1; back <= 2 && k - back >= 0; back++) if (m(c, k - back, c.g.ageLeads)?.to === k) return k + 1;
  return null;
}

function leadingItem(c: Cursor, i: number): Item | null {
  const { tokens, g, limit: to } = c;
  const t = tokens[i] as Token;
  if (t.kind === 'number') {
    const d = dateAt(c, i);
    if (d) return { t: 'number', from: i, to: i + d, why: 'date' };
    // (`9M24`, `2Q24`, `9T/2024`: a count glued to a period letter is a period, no identifier)
    if ((identifierAt(c, i) || gluedWordAt(c, i)) && !genrePeriodAt(tokens, i, g.locale))
      return { t: 'number', from: i, to: i + 1, why: 'identifier' };
  }
  const period = matchPeriod(tokens, i, g.locale) ?? monthsBeforeVerb(c, i);
  // `(theo giá so sánh năm 2010)`, `giá so sánh 2010`: the year of a price basis names the prices,
  // never the statement's period (it took the period, or was a stray number that cut the name)
  const basisYear = period ? period.to : t.kind === 'number' && YEAR_DIGITS.test(t.text) ? i + 1 : undefined;
  if (basisYear !== undefined && basisYear <= to && priceBasisBefore(c, i))
    return { t: 'number', from: i, to: basisYear, why: 'qualifier' };
  // (`Estimates calculated in 2011 prices`, `GDP at 2010 prices`: the year before a price noun, grammar
  // `priceBasisAfter`, names the prices too; round 54 — it had been the period, or a count of 2010)
  const priced = pricedYearEnd(c, i, basisYear);
  if (priced !== null) return { t: 'number', from: i, to: priced, why: 'qualifier' };
  if (period && period.to <= to && visionAfterHorizon(c, i))
    return { t: 'number', from: i, to: period.to, why: 'qualifier' };
  if (period && period.to <= to) return { t: 'period', from: i, to: period.to, match: period };
  if (t.kind === 'number' && afterQualifier(c, i)) return { t: 'number', from: i, to: i + 1, why: 'qualifier' };
  const population = t.kind === 'word' ? populationOfPlaceAt(c, i) : null;
  if (population !== null) return { t: 'number', from: i, to: population, why: 'qualifier' };
  const age = ageAt(c, i);
  if (age !== null) return { t: 'number', from: i, to: age, why: 'qualifier' };
  const ofWhich = m(c, i, g.ofWhich);
  if (ofWhich && !wordsOnlyAside(c, i))
    return { t: 'marker', from: i, to: ofWhich.to, kind: 'of-which', level: ofWhich.level };
  // `giá trị sản xuất trên 1 ha đất canh tác`: `per one` and its noun inside a name
  const perOne = perOneAt(c, i);
  if (perOne !== null) return { t: 'number', from: i, to: perOne, why: 'qualifier' };
  const target = forecastWouldAt(c, i) ?? m(c, i, g.targetMarkers) ?? modalMoveAt(c, i);
  if (
    target &&
    !planOfPercentBefore(c, i) &&
    !pastReducedForecast(c, i, target.to) &&
    !seenStill(c, i, target.to) &&
    !fulfilledAfter(c, target.to) &&
    !capitalisedName(c, i, target.to) &&
    !prepositionTo(c, target.to) &&
    !hyphenedAfterWord(c, i)
  ) {
    const said =
      target.to === i + 1
        ? t.text
        : tokens
            .slice(i, target.to)
            .map((x) => x.text)
            .join(' ');
    // (NFC first: text copied from some sites and PDFs is decomposed — `cần` as c + a + ̂ + ̀)
    const future =
      g.leadingOnlyMarkers.has(said.normalize('NFC').toLowerCase()) || g.forecastWould.would.has(t.forms.lower);
    // `Cần Thơ`, `Will Smith`: a capitalised modal before a capitalised word is part of a proper name
    if (future && isUpper(t.text) && tokens[target.to]?.kind === 'word' && isUpper((tokens[target.to] as Token).text))
      return null;
    // `is predicted to have declined`, `could have reached`: the perfect infinitive is the marker's
    // (a guess at a past result, `goal-marker.ts`); the words before it stay the statement's name
    const to = perfectAfter(c, i, target.to) ? target.to + 1 : target.to;
    return { t: 'marker', from: i, to, kind: 'target', level: target.level, ...(future && { future }) };
  }
  // `kế hoạch năm 2021`, `đến năm 2025`, `the plan for 2021`: a plan for a named period; `PVOIL
  // planned 2023 consolidated revenue at …`: a plan word before a bare year that modifies a noun (round 36)
  const plan = m(c, i, g.planValueWords);
  if (plan && (matchPeriod(tokens, plan.to, g.locale) || yearBeforeNoun(tokens, plan.to)))
    return { t: 'marker', from: i, to: plan.to, kind: 'target', level: plan.level };
  return null;
}

/**
 * `bringing the cumulative disbursements under the Programme to over ₦927.94 billion`: a marker of a
 * noun of an undertaking and `to` (grammar `undertakingNouns`: `programme to`, `drive to`) with an
 * amount right after it — a number, past a bound and a currency — has the preposition of a level
 * reached, no infinitive of a goal (round 62: the disbursements had been a certain target). Constant
 * time.
 */
function prepositionTo(c: Cursor, to: number): boolean {
  const noun = c.tokens[to - 2];
  if (!m(c, to - 1, c.g.toWords) || noun?.kind !== 'word' || !c.g.undertakingNouns?.has(noun.forms.fold)) return false;
  let k = to;
  const bound = m(c, k, c.g.approximate);
  if (bound) k = bound.to;
  const currency = m(c, k, c.g.currencyBefore);
  if (currency) k = currency.to;
  else if (c.tokens[k]?.kind === 'punct' && c.tokens[k + 1]?.kind === 'number') k++;
  return c.tokens[k]?.kind === 'number';
}

/**
 * `Fiscal second-quarter sales at Target jumped 13.5 percent`: a one-word marker written with a
 * capital inside a sentence, between a word in lower case that is no article and a word in lower
 * case, is a proper name (the retailer), no goal (round 62: its sales had been a certain target).
 * `the Plan targets …`, `the Revenue Target` stay markers.
 */
function capitalisedName(c: Cursor, i: number, to: number): boolean {
  const t = c.tokens[i] as Token;
  const before = c.tokens[i - 1];
  const after = c.tokens[to];
  return (
    to === i + 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    before?.kind === 'word' &&
    /^\p{Ll}/u.test(before.text) &&
    !c.g.definiteArticles.has(before.forms.fold) &&
    after?.kind === 'word' &&
    /^\p{Ll}/u.test(after.text)
  );
}

/**
 * `Establish the $5.1 million Abalone Industry Reinvestment Fund …`, `Invest $2 million into the Mining
 * Exploration Grants Program`: a sentence that opens on a verb of doing in its base form (grammar
 * `imperativeLeads.verbs`, capitalised as a sentence's first word) before its object (`objects`: an
 * article, a determiner, a number or a currency's sign; after `verbLeads`, `Help identify …`, any word but
 * `stops`) is a commitment of a plan or a platform — a target marker of the figures after it (round 60:
 * they had been results). `Support for exporters rose 5%` opens on a noun and frames nothing.
 */
function imperativeLeadAt(c: Cursor, i: number): Item | null {
  const spec = c.g.imperativeLeads;
  const t = c.tokens[i];
  const next = c.tokens[i + 1];
  if (!spec || t?.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !spec.verbs.has(t.forms.fold)) return null;
  if (!next || i + 1 >= c.limit) return null;
  // (its object opens with an article, a determiner, a number or a currency's sign; `help` with a verb)
  const object =
    next.kind === 'number' ||
    (next.kind === 'punct' && spec.objects.has(next.text)) ||
    (next.kind === 'word' &&
      (spec.objects.has(next.forms.fold) || (spec.verbLeads.has(t.forms.fold) && !spec.stops.has(next.forms.fold))));
  return object ? { t: 'marker', from: i, to: i + 1, kind: 'target', level: 'exact', future: true } : null;
}

/** `may` at `i` as written, right before a move in its base form (grammar `modalMoves`): a marker of one token. */
function modalMoveAt(c: Cursor, i: number): { to: number; level: MatchLevel } | null {
  const modal = c.g.modalMoves;
  const t = c.tokens[i];
  if (!modal || t?.kind !== 'word' || !modal.words.has(t.text)) return null;
  return modal.verbs.has(c.tokens[i + 1]?.forms.fold ?? '') ? { to: i + 1, level: 'exact' } : null;
}

/**
 * True when the marker `i`…`to` is the newswire's passive of a forecast (grammar `seenForecasts`: `was
 * seen`) not followed at once by a move in its -ing form (`seen rising`): `Sharp increases were seen in
 * exports`, `profit was seen at VND 270 billion` are results, no marker (round 55).
 */
function seenStill(c: Cursor, i: number, to: number): boolean {
  const seen = c.g.seenForecasts;
  if (!seen || to - i !== 2) return false;
  if (!seen.words.has(`${c.tokens[i]?.forms.fold ?? ''} ${c.tokens[i + 1]?.forms.fold ?? ''}`)) return false;
  return !seen.verbs.has(c.tokens[to]?.forms.fold ?? '');
}

/** True when a bare year stands at token `k` with a word right after it, not glued (`2023 consolidated revenue`). */
/** How many tokens a bracket of words may hold after its opening to stay a qualifier of a name. */
const ASIDE_TOKENS = 8;

/**
 * True when token `i` opens a bracket of words alone (`the foreign-invested sector (including crude
 * oil) reached …`): a qualifier of the name before it, not the parts of an earlier figure — the
 * of-which word there opens no statement (round 45: it had left the sector with no name, its
 * figures given to the statement before).
 */
function wordsOnlyAside(c: Cursor, i: number): boolean {
  const t = c.tokens;
  if (t[i - 1]?.kind !== 'punct' || t[i - 1]?.text !== '(') return false;
  for (let k = i + 1; k < t.length && k <= i + ASIDE_TOKENS; k++) {
    const x = t[k] as Token;
    if (x.kind === 'punct' && x.text === ')') return true;
    if (x.kind !== 'word') return false;
  }
  return false;
}

function yearBeforeNoun(tokens: readonly Token[], k: number): boolean {
  const year = tokens[k];
  const next = tokens[k + 1];
  return isYearToken(year) && year.gap !== '' && next?.kind === 'word' && next.gap !== '';
}

/**
 * True when the target marker ending at `to` (opened at `from`) ends in `to` or a modal and is
 * followed by the perfect infinitive and a past participle (`is likely to have widened`, `could have
 * reached`; not `are expected to have clean water`).
 */
function perfectAfter(c: Cursor, from: number, to: number): boolean {
  const { tokens, g } = c;
  const after = tokens[to];
  const last = tokens[to - 1]?.forms.lower;
  if (after?.kind !== 'word' || !g.perfectInfinitive?.has(after.forms.lower) || to <= from) return false;
  return (last === 'to' || (last !== undefined && g.modals?.has(last) === true)) && isPastParticiple(g, tokens[to + 1]);
}

/**
 * `The country of 97 million people had …`, `a city of 9 million residents`: `of` at `i` after a
 * place noun, a number, an optional scale word and a noun of population (grammar
 * `populationOfPlace`) describe the subject. Returns the token after the noun, or null.
 */
function populationOfPlaceAt(c: Cursor, i: number): number | null {
  const p = c.g.populationOfPlace;
  const t = c.tokens;
  if (!p || t[i + 1]?.kind !== 'number' || !p.links.has(t[i]?.forms.fold ?? '')) return null;
  if (!p.places.has(t[i - 1]?.forms.fold ?? '')) return null;
  const scale = m(c, i + 2, c.g.scales);
  const k = scale ? scale.to : i + 2;
  const people = m(c, k, c.g.populationWords);
  return people && people.to <= c.limit ? people.to : null;
}

/** How many words a verb of forecasting may stand before its `would` (`predicted the figure would`). */
const FORECAST_WOULD_REACH = 6;

/**
 * `predicted the figure would rise to 94.7 million in 2018`, `forecast that exports would top …`:
 * `would` after a verb of forecasting (grammar `forecastWould`) at most {@link FORECAST_WOULD_REACH}
 * words before it in the same clause (no punctuation between) is a forecast's marker — a target of
 * the figures after it. Only at a `would`; constant work.
 */
function forecastWouldAt(c: Cursor, i: number): { to: number; level: MatchLevel } | null {
  const { tokens, g } = c;
  if (!g.forecastWould.would.has(tokens[i]?.forms.lower ?? '')) return null;
  for (let back = 1; back <= FORECAST_WOULD_REACH && i - back >= 0; back++) {
    const t = tokens[i - back];
    if (t?.kind !== 'word') break;
    if (g.forecastWould.verbs.has(t.forms.lower)) return { to: i + 1, level: 'exact' };
  }
  return levelWouldAt(c, i);
}

/** How many tokens after `would` and its verb the figure may stand (`would see Vietnam’s power generation capacity more than double to 150GW`). */
const WOULD_OBJECT_REACH = 12;
/** How many tokens before `would` a hypothetical or estimating word of its sentence is looked for. */
const WOULD_LEAD_REACH = 12;

/**
 * `state budget expenditures would be VND2.07 quadrillion`, `the planned capacity would be 352,000
 * MW`, `the profit would be $82.7 million`, `would set a record high of 18 billion USD by 2023`:
 * `would` at `i` before a verb of a level or a move (grammar `forecastWould.levels`) with a number
 * at most {@link WOULD_OBJECT_REACH} tokens after it, no separator between, is the future in the
 * past of a plan or a forecast — a target marker of the figures after it. Not when its sentence says
 * the figure is a hypothetical restatement before it (`Excluding inflation, the increase would be 7
 * percent`), or the report estimates it (`The EVN estimated that its power output would hit …`:
 * left as it was read), nor when the figure follows a comparative (`would be faster than an
 * expansion of 4.05%`; a bound's `more than` is no comparison). Constant work at a `would`.
 */
function levelWouldAt(c: Cursor, i: number): { to: number; level: MatchLevel } | null {
  const { tokens, g } = c;
  const w = g.forecastWould;
  const verb = tokens[i + 1];
  if (!w.levels || verb?.kind !== 'word' || !w.levels.has(verb.forms.lower)) return null;
  for (let back = 1; back <= WOULD_LEAD_REACH && i - back >= 0; back++) {
    const t = tokens[i - back] as Token;
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.text)) break;
    if (t.kind !== 'word') continue;
    if (w.hypothetical?.has(t.forms.fold) || w.estimates?.has(t.forms.lower)) return null;
  }
  for (let k = i + 2; k < tokens.length && k < i + 2 + WOULD_OBJECT_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'number') return { to: i + 1, level: 'exact' };
    if (t.kind === 'punct' && SEPARATORS.has(t.text)) return null;
    if (t.kind === 'punct' && SENTENCE_ENDS.has(t.text)) return null;
    if (t.kind === 'word' && w.comparisons?.has(t.forms.lower) && !boundThan(c, k)) return null;
  }
  return null;
}

/** True when the comparison word at `k` ends a bound of the grammar (`more than`, `slightly less than`). */
function boundThan(c: Cursor, k: number): boolean {
  for (let back = 1; back <= 2 && k - back >= 0; back++) if (m(c, k - back, c.g.approximate)?.to === k + 1) return true;
  return false;
}

/**
 * True when the reduced forecast `expected to` (grammar `reducedForecasts`) at `i`, ending at `to`,
 * follows an auxiliary of the past (`was expected to reach`, `had been widely expected to`): the
 * report's estimate or a plan recalled, no forecast of its own.
 */
function pastReducedForecast(c: Cursor, i: number, to: number): boolean {
  if (m(c, i, c.g.reducedForecasts)?.to !== to) return false;
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const aux = m(c, i - back, c.g.passiveAuxiliaries);
    if (aux && (aux.to === i || aux.to === i - 1)) return true;
  }
  return false;
}

/**
 * `giá trị sản xuất trên 1 ha đất canh tác đạt 120 triệu đồng`, `thu nhập bình quân trên một lao
 * động`: a word of `per` and the number one between a name's words and a noun (grammar `perOne`)
 * divide the indicator by that noun — no bound `trên 1 ha`, no figure. After a verb of value or
 * change (`đạt trên 1 triệu lượt`, `tăng trên 1%`) the words are a bound as ever. Returns the
 * token after the number, or null.
 */
function perOneAt(c: Cursor, i: number): number | null {
  const { tokens, g } = c;
  const lead = m(c, i, g.perOne.leads);
  if (!lead || i === 0 || tokens[i - 1]?.kind !== 'word') return null;
  for (let back = 1; back <= 2 && i - back >= 0; back++) if (m(c, i - back, g.perOne.sizes)?.to === i) return null;
  const one = tokens[lead.to];
  const isOne = one?.kind === 'number' ? one.text === '1' : one !== undefined && g.perOne.ones.has(one.forms.lower);
  if (!isOne || tokens[lead.to + 1]?.kind !== 'word') return null;
  // (the noun after the one: a unit or a plain word, never a scale: `trên 1 triệu lượt` is a bound)
  if (m(c, lead.to + 1, g.scales) || m(c, lead.to + 1, g.percentWords)) return null;
  for (let back = 1; back <= 3 && i - back >= 0; back++)
    if (m(c, i - back, g.valueVerbs)?.to === i || m(c, i - back, g.changeVerbs)?.to === i) return null;
  return lead.to + 1;
}

/** How many tokens back a completion's plan noun may stand before a goal word of its phrase. */
const PLAN_OF_PERCENT_REACH = 8;

/**
 * `đạt 98% chỉ tiêu phấn đấu`, `bằng 105% kế hoạch phấn đấu`, `đạt 77% chỉ tiêu tỉnh Lào Cai giao phấn
 * đấu`: a plan noun right after a percentage and before token `i`, only words between (who set the plan:
 * round 68, probe of tax departments — the result had been a certain target) — the goal word there names
 * which plan the completion is of (the stretch goal beside the binding one), it frames nothing as a goal.
 */
function planOfPercentBefore(c: Cursor, i: number): boolean {
  for (let back = 1; back <= PLAN_OF_PERCENT_REACH && i - back > 0; back++) {
    const k = i - back;
    const plan = m(c, k, c.g.planValueWords);
    if (plan && plan.to <= i) {
      if (isP(c.tokens[k - 1], '%')) return true;
      for (let p = 1; p <= 3 && k - p >= 0; p++) if (m(c, k - p, c.g.percentWords)?.to === k) return true;
    }
    if (c.tokens[k]?.kind !== 'word') return false;
  }
  return false;
}

/**
 * `in 2011 prices`, `at 2010 prices` from token `i` (the year, or the word before it, `basisYear` the
 * token after the year): where the price noun (grammar `priceBasisAfter`) ends, or null — also when a
 * period's preposition opens it and a verb follows (`In 2023 prices rose 4 percent`: the year dates the
 * sentence, `prices` is its subject).
 */
function pricedYearEnd(c: Cursor, i: number, basisYear: number | undefined): number | null {
  const after = c.g.priceBasisAfter;
  if (!after) return null;
  let year = basisYear;
  // (`at 2010 prices`: the value verb `at` before the year — read from it, so no rule takes `at 2010` as a figure)
  const next = c.tokens[i + 1];
  if (year === undefined && c.tokens[i]?.kind === 'word' && isNum(next) && YEAR_DIGITS.test(next.text)) year = i + 2;
  if (year === undefined || year >= c.limit) return null;
  const priced = m(c, year, after);
  if (!priced || priced.to > c.limit) return null;
  // (after a period's preposition only: `at 2010 prices grew` is still the price basis)
  const dated = c.g.periodWords.keys.prepositions.has(c.tokens[year - 2]?.forms.fold ?? '');
  if (dated && (m(c, priced.to, c.g.changeVerbs) || m(c, priced.to, c.g.valueVerbs))) return null;
  return priced.to;
}

/** True when a price basis phrase (`giá so sánh`, `constant prices of`) ends right before token `i`. */
function priceBasisBefore(c: Cursor, i: number): boolean {
  // (from one word back: `reference year 2010` is read as a period from `year`; round 60)
  for (let back = 1; back <= 4 && i - back >= 0; back++) {
    if (m(c, i - back, c.g.priceBasisWords)?.to === i) return true;
  }
  return false;
}

/**
 * `Chiến lược … đến năm 2030, tầm nhìn đến năm 2050 đặt mục tiêu …`: a vision lead (grammar
 * `visionLeads`) ending right before the period at `i` (or one link word before it) and itself after
 * a comma and a year — the horizon of a document's title. True then: the vision's year is no period.
 */
function visionAfterHorizon(c: Cursor, i: number): boolean {
  const leads = c.g.visionLeads;
  if (!leads) return false;
  for (let back = 1; back <= 4 && i - back >= 2; back++) {
    const lead = m(c, i - back, leads);
    if (!lead || (lead.to !== i && lead.to !== i - 1)) continue;
    const year = c.tokens[i - back - 2];
    if (isP(c.tokens[i - back - 1], ',') && isNum(year) && /^(19|20)\d\d$/u.test(year.text)) return true;
  }
  return false;
}

/** How many tokens after a plan word its `was fulfilled by` may stand (`The plan for the production of X was fulfilled by`). */
const FULFILLED_REACH = 10;

/**
 * True when `was fulfilled by` (grammar `fulfilledByHeads`) follows within {@link FULFILLED_REACH}
 * tokens of token `k`, no punctuation between: the plan word opens the subject of a plan done — a
 * result, no goal frame (`The plan for the production of polypropylene was fulfilled by 109.7%`; round 61).
 */
function fulfilledAfter(c: Cursor, k: number): boolean {
  const heads = c.g.fulfilledByHeads;
  if (!heads) return false;
  for (let j = k; j < c.limit && j <= k + FULFILLED_REACH; j++) {
    if (c.tokens[j]?.kind === 'punct') return false;
    if (m(c, j, heads)) return true;
  }
  return false;
}

/** `tăng 7,5-8%`, `growth of 7.5-8%`: a figure glued to a second number by a dash is a range, read as neither end. */
function rangeItem(c: Cursor, i: number, found: Found): Item | null {
  const { tokens, text, g, limit: to } = c;
  if (!isP(tokens[found.to], '-', '–', '—') || !isNum(tokens[found.to + 1]) || found.to + 1 >= to) return null;
  const second = readQuantity(text, tokens, found.to + 1, g, to);
  // (`totalled $83.1 billion – 17.6 per cent higher than …`: a sum of money then a percentage across a
  // spaced dash are two figures, no range; round 53 — both had been dropped)
  const first = found.fig.kind === 'value' ? found.fig.q.quantity?.unitCode : undefined;
  // (`$236.68—0.7 percent lower than the same week in 2010`: an em dash, spaced or not, is the
  // sentence's dash between the two; round 54)
  const spaced = (tokens[found.to]?.gap === ' ' && tokens[found.to + 1]?.gap === ' ') || isP(tokens[found.to], '—');
  if (spaced && first !== undefined && first !== 'percent' && second?.quantity?.unitCode === 'percent') return null;
  const end = second?.quantity ? second.to : found.to + 2;
  const error = `A range (${text.slice((tokens[i] as Token).start, (tokens[end - 1] as Token).end)}), no single figure`;
  return { t: 'bad-number', from: i, to: end, error, range: true };
}

/** The rule of a percentage over a base signed by its side word (`rules/percent.ts`). */
const RATE_OVER_BASE = '.change.rate-over-base';

/** True when `by` (grammar `exceedBy`) stands right before the number at `k`, after a joiner or a comma. */
function byJoined(c: Cursor, items: readonly Item[], k: number): boolean {
  const by = items[items.length - 1];
  if (by?.t !== 'word' || by.to !== k || m(c, by.from, c.g.exceedBy)?.to !== by.to) return false;
  const before = items[items.length - 2];
  return (
    (before?.t === 'marker' && before.kind === 'joiner') ||
    (before?.t === 'sep' && before.ch === ',') ||
    (before?.t === 'word' && m(c, before.from, c.g.joiners)?.to === before.to)
  );
}

/**
 * The verb of the rate before carries over: `tăng 1,8% so với tháng trước và 9,2% so với cùng
 * kỳ` (a bare percentage with a base), `up 15.7% and 13.7% in volume and value` (a bare
 * percentage joined to the rate right before it).
 */
function carryVerb(c: Cursor, items: readonly Item[], found: Found, lastChange: 1 | -1 | undefined): Found {
  const fig = found.fig;
  // (`registering -0.1 percent (m/m) and 9.3 percent (y/y)`, `…: 7.4% year-on-year`: no direction
  // to carry, the rate's own adverb makes the verbless percentage a rate all the same, doubted)
  if (!lastChange && openShorthandRate(c, fig) && fig.kind === 'change')
    return { ...found, fig: { ...fig, form: 'rate' }, rule: `${c.g.locale}.change.${OPEN_SHORTHAND_RATE}` };
  if (!lastChange) return found;
  // (`occupancy increased 1.7% to an actual level of 75.1% compared with the previous year`: a figure
  // named a level (`level of`, `total of`) is the level the change reached, never a second rate; round 61 —
  // it had been a certain rise of 75.1 %)
  if ((fig.kind === 'change' || fig.kind === 'completion') && namedLevelBefore(c, fig.numberAt)) return found;
  const rule = `${c.g.locale}.change.elliptic-rate`;
  const signed = (n: PrintedNumber): PrintedNumber => (lastChange < 0 ? negate(n) : n);
  if (fig.kind === 'change' && fig.form === 'ratio' && fig.verbless) {
    const about = !fig.approximate && aboutBefore(items);
    return {
      ...found,
      fig: { ...fig, form: 'rate', amount: signed(fig.amount), ...(about ? { approximate: 'about' as const } : {}) },
      rule,
    };
  }
  // `tăng 8% so với cùng kỳ và 7,9% so với kế hoạch`: a bare percentage of the plan joined right
  // after a rate (no verb of its own between the joiner and its number) and compared with the plan
  // (a compare word between them) takes the rate's verb — the plan exceeded (or missed) by it, never
  // 7,9% of the plan. (`tăng 2,8% so cùng kỳ và 45,7% kế hoạch năm`: with the plan right after the
  // percentage it is the share of the plan done — round 67, probe of provincial agriculture reports; it
  // had been a certain 145.7 %)
  if (fig.kind === 'completion' && fig.completion.form === 'of-plan' && c.tokens[fig.numberAt - 1] !== undefined) {
    const joiner = items[items.length - 1];
    const percentEnd = isP(c.tokens[fig.numberAt + 1], '%')
      ? fig.numberAt + 2
      : m(c, fig.numberAt + 1, c.g.percentWords)?.to;
    const bare =
      percentEnd !== undefined && joiner?.t === 'marker' && joiner.kind === 'joiner' && joiner.to === fig.numberAt;
    const compared = percentEnd !== undefined && m(c, percentEnd, c.g.compareWords) !== null;
    if (!bare || !compared || !rateBefore(items, items.length - 2)) return found;
    const completion = {
      ...fig.completion,
      form: 'exceeded-by' as const,
      percent: shift(signed(fig.completion.percent), '100'),
    };
    return { ...found, fig: { ...fig, completion }, rule: `${c.g.locale}.completion.elliptic-rate` };
  }
  // (`decreased by 0.3% over the quarter and by 1.2% over the year`: `by` and a percentage over a base,
  // joined after a fall, is the fall's verb left out — `over` there names the base, not a rise; round 60)
  if (
    fig.kind === 'change' &&
    found.rule.endsWith(RATE_OVER_BASE) &&
    lastChange < 0 &&
    byJoined(c, items, fig.numberAt)
  )
    return { ...found, fig: { ...fig, amount: signed(fig.amount) }, rule };
  if (fig.kind !== 'percent' || !fig.q.quantity) return found;
  const listed = exceededListed(c, items, fig, signed);
  if (listed) return { ...found, fig: listed, rule: `${c.g.locale}${LISTED_EXCEEDED}` };
  // `grew 5.05 percent, lower than its target of 6.5 percent`, `higher than the rate of 9.1
  // percent`: the other side of a comparison with a rate is a rate too (its own sign; the
  // certainty pass marks it uncertain).
  if (comparedAfter(c, items) && !levelCompared(c, items))
    return {
      ...found,
      fig: { kind: 'change', form: 'rate', amount: fig.q.quantity.number, numberAt: fig.q.numberAt },
      rule: `${c.g.locale}.change.compared-rate`,
    };
  // `tăng 65,1% … và bằng 85% tổng kim ngạch cả năm ngoái`: a percentage with a ratio verb of its
  // own is no rate whose verb was left out.
  if (fig.verbFrom !== undefined && m(c, fig.verbFrom, c.g.ratioVerbs)) return found;
  const joiner = items[items.length - 1];
  const joined =
    (joiner?.t === 'marker' && joiner.kind === 'joiner') ||
    (joiner?.t === 'word' && m(c, joiner.from, c.g.joiners)?.to === joiner.to);
  // `Đà Nẵng grew by 9.4 per cent, Cần Thơ by 8.7 per cent`: `by` and a bare percentage after a
  // rate of the same sentence is that rate's verb left out.
  const by = joiner?.t === 'word' && m(c, joiner.from, c.g.exceedBy)?.to === joiner.to && joiner.to === fig.q.from;
  if (!joined && !by) return found;
  // `… and 12 percent of it was exported`: a percentage OF something is a share, no rate.
  if (m(c, fig.q.to, c.g.quantityOf)) return found;
  // `jumped by 10.5 percent over the same period last year, and 9.2 percent if …`: a comma may
  // stand before the joiner.
  const last = items[items.length - 2];
  const afterComma = last?.t === 'sep' && last.ch === ',' ? items.length - 3 : items.length - 2;
  if (joined && !rateBefore(items, afterComma)) return found;
  const amount = signed(fig.q.quantity.number);
  const approximate = fig.q.quantity.approximate ?? (aboutBefore(items) ? ('about' as const) : undefined);
  return {
    ...found,
    fig: { kind: 'change', form: 'rate', amount, numberAt: fig.q.numberAt, ...(approximate ? { approximate } : {}) },
    rule,
  };
}

/** The rule suffix of a completion read as the next item of a list of plans exceeded (`6.6 percent` of `by 43.6 percent and 6.6 percent`). */
export const LISTED_EXCEEDED = '.completion.listed-exceeded-by';

/**
 * `exceeded the estimates by 43.6 percent and 6.6 percent, respectively`, `surpassing the yearly
 * targets by 29.3 per cent and 10.8 per cent`, `vượt kế hoạch 5% và 7%`: a bare percentage (no
 * verb of its own) joined by a joiner right after a completion read as a plan exceeded
 * (or missed) by a percentage is the next item of that list — the same plan exceeded by it
 * (100 + X, the first one's direction). Not when a base or `of …` follows it (`tăng 8% so với kế
 * hoạch và 7,9% so với cùng kỳ` is a rate against its own base, read by the caller).
 */
function exceededListed(
  c: Cursor,
  items: readonly Item[],
  fig: Found['fig'],
  signed: (n: PrintedNumber) => PrintedNumber,
): Found['fig'] | null {
  if (fig.kind !== 'percent' || !fig.q.quantity || fig.verbFrom !== undefined) return null;
  const joiner = items[items.length - 1];
  const joined =
    (joiner?.t === 'marker' && joiner.kind === 'joiner') ||
    (joiner?.t === 'word' && m(c, joiner.from, c.g.joiners)?.to === joiner.to);
  if (!joined || joiner.to !== fig.q.from) return null;
  const before = items[items.length - 2];
  if (before?.t !== 'figure' || before.fig.kind !== 'completion' || before.fig.completion.form !== 'exceeded-by')
    return null;
  if (m(c, fig.q.to, c.g.quantityOf) || readBase(c, fig.q.to)) return null;
  const completion: StatedCompletion = {
    percent: shift(signed(fig.q.quantity.number), '100'),
    form: 'exceeded-by',
    of: before.fig.completion.of,
    ...(fig.approximate ? { approximate: fig.approximate } : {}),
  };
  return { kind: 'completion', completion, numberAt: fig.q.numberAt, ...(fig.stage ? { stage: fig.stage } : {}) };
}

/**
 * `registering -0.1 percent (m/m) and 9.3 percent (y/y)`: a sign printed on the number belongs to
 * that number alone — no verb of direction carries over to a percentage joined after it (round 18).
 */
function printedSign(c: Cursor, at: number | undefined): boolean {
  if (at === undefined || at < 1 || c.tokens[at]?.gap !== '') return false;
  return isP(c.tokens[at - 1], '-', '−', '+');
}

/**
 * `up 0.12 percentage points from the previous quarter and 0.1 percentage points year-on-year`,
 * `giảm 0,04 điểm % so với quý trước và 1,7 điểm % so với cùng kỳ`: a number in points right after
 * `and`/`và` that follows a change in points is that change's verb left out — a change in points
 * with the first one's sign, read with its own base.
 */
function gappedPointsAt(c: Cursor, items: readonly Item[], i: number): Found | null {
  if (c.tokens[i]?.kind !== 'number') return null;
  const joiner = items[items.length - 1];
  if (joiner?.t !== 'marker' || joiner.kind !== 'joiner') return null;
  const before = items[items.length - 2];
  if (before?.t !== 'figure' || before.fig.kind !== 'change' || before.fig.form !== 'points') return null;
  const sign = before.fig.amount.value.startsWith('-') ? -1 : 1;
  const verb = {
    phrase: { text: '', tokens: [], words: 0, data: sign as 1 | -1 },
    from: i,
    to: i,
    level: 'exact' as const,
  };
  const found = changeAt(c, i, verb);
  if (found?.fig.kind !== 'change' || found.fig.form !== 'points') return null;
  return { ...found, rule: `${c.g.locale}.change.gapped-points` };
}

/** True when the clause being scanned opens with a comparative (`lower than`, `cao hơn`) before its first figure. */
function comparedAfter(c: Cursor, items: readonly Item[]): boolean {
  for (let j = items.length - 1; j >= 0; j--) {
    const it = items[j] as Item;
    if (it.t === 'sep' || it.t === 'figure') return false;
    if (it.t !== 'word') continue;
    const a = c.tokens[it.from]?.forms.fold ?? '';
    const b = c.tokens[it.from + 1]?.forms.fold ?? '';
    if (c.g.comparatives.has(`${a} ${b}`)) return true;
  }
  return false;
}

/**
 * True when the comparative that opens the clause being scanned (`compared with`, `higher than`)
 * stands right after a change that reached a percentage (`increased by 91bps to 27.6% compared with
 * 26.7% over the same period last year`, `rose 1.2 percentage points to 18.5%, higher than 17.3% in
 * 2022`): only words — the comparative — and at most one comma between. What is compared is that
 * level, so the percentage after the comparative is the level of the other period, no rate (it was
 * read as a rate of 26.7 %). A change to an amount (`rose 5% to US$10 billion, compared with 3% last
 * year`) compares its rate and keeps the compared rate. Constant work per figure (the scan back
 * stops at the first figure or at a second separator).
 */
function levelCompared(c: Cursor, items: readonly Item[]): boolean {
  let seps = 0;
  for (let j = items.length - 1; j >= 0; j--) {
    const it = items[j] as Item;
    if (it.t === 'word') continue;
    if (it.t === 'sep' && it.ch === ',' && seps++ === 0) continue;
    if (it.t !== 'figure' || it.fig.kind !== 'change') return false;
    const then = it.fig.then?.quantity;
    return then?.unitCode === 'percent' && it.fig.form !== 'ratio' && c.g.locale === 'en';
  }
  return false;
}

/** How many words may stand between a rate and the joiner of its elliptic second rate. */
const ELLIPSIS_WORDS = 4;

/**
 * True when item `k` — or the item before at most {@link ELLIPSIS_WORDS} words (`down 24.8
 * percent in value and 45.4 percent`, `an increase of 27.8 per cent in domestic revenues and
 * 15.6 per cent`) — is a rate.
 */
function rateBefore(items: readonly Item[], k: number): boolean {
  let j = k;
  // (the rate's own trailing period may stand between: `grew 6.2 percent in the second quarter and
  // 5.8 percent in the first half`)
  while (j >= 0 && j > k - ELLIPSIS_WORDS && ((items[j] as Item).t === 'word' || (items[j] as Item).t === 'period'))
    j--;
  const it = items[j];
  return it?.t === 'figure' && it.fig.kind === 'change' && it.fig.form === 'rate';
}

/** How many items back the rate whose `around` a verbless rate shares may stand (its base, the joiner). */
const ABOUT_BACK = 4;

/**
 * True when the last figure before the item being read, a few items back with only words, bases,
 * periods and joiners between, is a rate written `about` (`grown around seven per cent year-on-year
 * and two per cent quarter-on-quarter`): the verbless rate after it is the list's, as rough — the
 * bound is the whole list's (round 56: the second had been certain). Constant time.
 */
function aboutBefore(items: readonly Item[]): boolean {
  for (let j = items.length - 1; j >= 0 && j >= items.length - ABOUT_BACK; j--) {
    const it = items[j] as Item;
    if (it.t === 'figure') return it.fig.kind === 'change' && it.fig.form === 'rate' && it.fig.approximate === 'about';
    if (it.t !== 'word' && it.t !== 'base' && it.t !== 'period' && it.t !== 'marker') return false;
  }
  return false;
}

/**
 * `In the first quarter of FY24, …`, `during the first three months of FY2024`: `of` and a period
 * (grammar `partPeriodLinks`) right after a period the reader read without its year — a part of a fiscal
 * year, no part of the calendar's (`period-phrase.ts`) — are the rest of that period, no base (`of` is a compare word:
 * `than that of 2023`). Read as words: the sentence states no calendar period there (round 59; the
 * fiscal year had been the base of every change in the sentence).
 */
function ofPartPeriodTail(c: Cursor, items: readonly Item[], i: number): Item | null {
  const last = items[items.length - 1];
  const links = c.g.partPeriodLinks;
  if (!links || last?.t !== 'period' || last.to !== i || !links.has(c.tokens[i]?.forms.fold ?? '')) return null;
  const base = readBase(c, i);
  if (base?.base.kind !== 'named-period') return null;
  return { t: 'word', from: i, to: base.to };
}

/**
 * `According to preliminary data from the first quarter of 2012, …`: `from` right after a noun of data
 * (grammar `dataFromNouns`) and before a whole period says whose data they are — that period's, no
 * base (`from` is a compare word: `up 5% from 2011`). Read as a word, so the period after it is read
 * as one (round 59; the figures had lost their period). Constant time.
 */
function dataFromWord(c: Cursor, i: number): Item | null {
  const nouns = c.g.dataFromNouns;
  if (!nouns || !m(c, i, c.g.fromWords) || !nouns.has(c.tokens[i - 1]?.forms.fold ?? '')) return null;
  const p = matchPeriod(c.tokens, i + 1, c.g.locale);
  return p?.id !== undefined && p.to <= c.limit ? { t: 'word', from: i, to: i + 1 } : null;
}

/** After no figure: a base, a stage word, and — before the clause's first word — a joiner or a topic. */
function trailingItem(c: Cursor, i: number, sawWord: boolean): Item | null {
  const { tokens, g } = c;
  const base = readBase(c, i);
  if (base) return { t: 'base', from: i, to: base.to, read: base };
  const stage = m(c, i, g.stageWords);
  if (stage) return { t: 'marker', from: i, to: stage.to, kind: 'stage', stage: stage.phrase.data, level: stage.level };
  if (sawWord) return null;
  const joiner = m(c, i, g.joiners);
  if (joiner) return { t: 'marker', from: i, to: joiner.to, kind: 'joiner', level: joiner.level };
  const topic = m(c, i, g.topicWords);
  if (topic && !isNum(tokens[topic.to]))
    return { t: 'marker', from: i, to: topic.to, kind: 'topic', level: topic.level };
  return null;
}

/** A separator at token `i`: the sentence's closing stop, or a clause separator (not `–` between numbers). */
function separatorAt(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== 'punct') return false;
  if (i === to - 1 && ['.', '!', '?', '…'].includes(t.text)) return true;
  return SEPARATORS.has(t.text) && !(t.text === '–' && isNum(tokens[i - 1]) && isNum(tokens[i + 1]));
}

/**
 * Scans tokens `[from, to)` of one sentence into items: separators, periods, bases, markers,
 * figures and the words left over (which become names). Left to right, longest rule first at
 * each position, so the result is deterministic.
 */
export function scanSentence(text: string, tokens: readonly Token[], from: number, to: number, g: Grammar): Item[] {
  const c: Cursor = { text, tokens, g, limit: to };
  let nextNumber = from - 1;
  const items: Item[] = [];
  let i = from;
  let sawWord = false;
  let lastChange: 1 | -1 | undefined;
  while (i < to) {
    const t = tokens[i] as Token;
    // The full stop that ends the sentence is no part of a name before it.
    if (separatorAt(tokens, i, to)) {
      items.push({ t: 'sep', from: i, to: i + 1, ch: t.text });
      i++;
      if (i === to) continue;
      sawWord = false;
      if (t.text === ';') lastChange = undefined;
      continue;
    }
    if (nextNumber < i) {
      nextNumber = i;
      while (nextNumber < to && (tokens[nextNumber] as Token).kind !== 'number') nextNumber++;
    }
    let item = (i === from ? imperativeLeadAt(c, i) : null) ?? leadingItem(c, i) ?? fiscalYearTail(tokens, i);
    const found = item
      ? null
      : (gappedPointsAt(c, items, i) ??
        firstFigure(c, i, nextNumber === to ? Number.POSITIVE_INFINITY : nextNumber - i));
    if (found) {
      item = rangeItem(c, i, found);
      if (!item) {
        const { fig, rule, level } = carryVerb(c, items, found, lastChange);
        if (fig.kind === 'change' && (fig.form === 'rate' || fig.form === 'points'))
          lastChange = printedSign(c, fig.numberAt) ? undefined : fig.amount.value.startsWith('-') ? -1 : 1;
        // `tăng gần 8% so với kế hoạch và 7,9% so với cùng kỳ`: a change verb read as the plan
        // exceeded or missed lends its direction to the bare percentage joined after it
        else if (fig.kind === 'completion' && fig.completion.form === 'exceeded-by' && !printedSign(c, fig.numberAt)) {
          const side = cmp(toNum(fig.completion.percent.value), HUNDRED);
          lastChange = side === 0 ? undefined : side;
        }
        item = { t: 'figure', from: i, to: found.to, fig, rule, level };
      }
    }
    item ??= ofPartPeriodTail(c, items, i) ?? dataFromWord(c, i) ?? trailingItem(c, i, sawWord);
    if (!item && t.kind === 'number') {
      const read = readNumber(t.text, g.locale);
      item =
        'error' in read
          ? { t: 'bad-number', from: i, to: i + 1, error: read.error }
          : { t: 'number', from: i, to: i + 1, why: 'stray' };
    }
    if (!item) {
      if (t.kind === 'word') sawWord = true;
      item = { t: 'word', from: i, to: i + 1 };
    }
    items.push(item);
    i = item.to;
  }
  return items;
}

/**
 * `2017-18`, `(2016-17)`, `FY2019-20`, `the 2021-25 plan`: two digits glued by a hyphen to a year,
 * a later year within a decade, close a fiscal year or a plan's span written with its last year
 * short — no figure (`The target for 2017-18 fiscal was set at …` had read a target of 18; round
 * 46). Read as a word.
 */
function fiscalYearTail(tokens: readonly Token[], i: number): Item | null {
  const t = tokens[i] as Token;
  if (t.kind !== 'number' || t.gap !== '' || !/^\d\d$/u.test(t.text)) return null;
  const dash = tokens[i - 1];
  const year = tokens[i - 2];
  if (dash?.kind !== 'punct' || dash.text !== '-' || dash.gap !== '' || year?.kind !== 'number') return null;
  const y = /^((?:19|20)\d\d)$/u.exec(year.text)?.[1] ?? /^\p{L}+((?:19|20)\d\d)$/u.exec(year.text)?.[1];
  // (a later year within a decade: `2021-25` is a five-year plan's span)
  if (y === undefined) return null;
  const gap = Number(t.text) - Number(y.slice(2));
  const later = gap < 0 ? gap + 100 : gap;
  if (later < 1 || later > 10) return null;
  return { t: 'word', from: i, to: i + 1 };
}

/** True when a word starts with a capital letter. */
function isUpper(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * True when the word at `i` is the tail of a compound hyphened to a word before it (`an above-target
 * revenue performance`, `on-target`): an adjective of the noun after it, no marker of a goal (round 65:
 * `after collecting a net tax outturn of K48,307.9 million` had been a target).
 */
function hyphenedAfterWord(c: Cursor, i: number): boolean {
  const dash = c.tokens[i - 1];
  return i > 1 && isP(dash, '-') && dash?.gap === '' && c.tokens[i]?.gap === '' && c.tokens[i - 2]?.kind === 'word';
}
