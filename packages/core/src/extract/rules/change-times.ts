import { hundredfold } from '../numeral';
import { matchPeriod } from '../period-phrase';
import type { StatedCompletion } from '../types';
import { planPhraseEnds, statedAfter } from './change-direction-after';
import {
  type BaseRead,
  type Cursor,
  EVERY_LOCALE,
  type Figure,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  multiple,
  numberAt,
  planPhraseAt,
  readBase,
  SEPARATORS,
  worst,
} from './context';

/** A multiple's suffix glued to the number at token `k` (`3.1x`), from the grammar's `gluedTimesSuffixes`. */
function gluedSuffix(c: Cursor, k: number) {
  const n = c.tokens[k];
  const next = c.tokens[k + 1];
  if (!c.g.gluedTimesSuffixes || !isNum(n) || !next || next.start !== n.end) return null;
  const s = m(c, k + 1, c.g.gluedTimesSuffixes);
  // (the suffix ends the token: `3x4` is a dimension, not a multiple)
  return s && s.to === k + 2 ? s : null;
}

/** How many tokens after a multiple's change noun are looked at for an earlier level (`from its first-ever $100 billion`). */
const NOUN_LEVEL_REACH = 8;

/** True when a number stands in the `reach` tokens from `k` before a separator of the clause. */
function numberInClause(c: Cursor, k: number, reach: number): boolean {
  for (let j = k; j < k + reach && j < c.limit; j++) {
    const t = c.tokens[j];
    if (t?.kind === 'number') return true;
    if (t?.kind === 'punct' && SEPARATORS.has(t.text)) return false;
  }
  return false;
}

/**
 * True when the multiple word `word` (a verb form of the grammar: `doubled`, or `double` after a
 * bound, a modal or `will` before `from`) is used intransitively: the clause ends after it, or a
 * `to` level, a joiner, a base or a period phrase follows (`has almost quadrupled.`, `doubled to
 * 36.8 million tons`, `more than double in the first quarter of 2016`). A verb with an object
 * (`doubled its efforts`, `to double the capacity`) or another word after it (`doubled down`) is not.
 */
function verbAlone(
  c: Cursor,
  word: { from: number; to: number; text: string },
  from: number,
  bounded: boolean,
): boolean {
  const w = word.text.toLowerCase();
  if (!c.g.multipleVerbForms?.has(w)) {
    if (!c.g.multipleBaseVerbs?.has(w)) return false;
    const before = c.tokens[from - 1]?.forms.lower ?? '';
    if (!bounded && !c.g.modals?.has(before) && !c.g.futureAuxiliaries.has(before)) return false;
  }
  const k = word.to;
  const t = c.tokens[k];
  if (!t || k >= c.limit) return true;
  if (t.kind === 'punct') return t.text === '.' || SEPARATORS.has(t.text);
  return (
    m(c, k, c.g.toWords) !== null ||
    m(c, k, c.g.joiners) !== null ||
    // (`rises of 46% in volume and more than double in value`: the measure it is of)
    m(c, k, c.g.volumeMeasures) !== null ||
    m(c, k, c.g.valueMeasures) !== null ||
    readBase(c, k) !== null ||
    matchPeriod(c.tokens, k, c.g.locale) !== null ||
    // (`net profit quadrupled as it sets aside less money`, `… doubled thanks to …`: a comment on
    // the figure opens after it — an article is the verb's object, `doubled the capacity`)
    (c.g.trailingCommentLeads !== undefined &&
      m(c, k, c.g.trailingCommentLeads) !== null &&
      m(c, k, c.g.articles) === null &&
      !c.g.definiteArticles.has(t.forms.fold))
  );
}

/**
 * True when the multiple read from token `i` to `to` is of a fall: a change noun of a fall right
 * after it (`a six-fold drop`) or a falling change verb right before it (`fell six-fold`).
 */
function fallingMultiple(c: Cursor, i: number, to: number): boolean {
  if ((m(c, to, c.g.changeNounsAfterAmount)?.phrase.data ?? 0) < 0) return true;
  for (let j = Math.max(0, i - 2); j < i; j++) {
    const verb = m(c, j, c.g.changeVerbs);
    if (verb && verb.to === i && verb.phrase.data < 0) return true;
  }
  return false;
}

/**
 * True when the number at `k` is a level written in times: the level a value moved to (`increased
 * to 1.30 times`: `to` right before it, grammar `toWords`, after a verb of a moved value, grammar
 * `movedValueVerbs`, `timesLevelVerbs`) or stood at (`stood at 1.51 times`, grammar `timesLevelLinks`).
 * `rose 2 to 3 times` (a range of multiples) has no word right before its `to`.
 */
function levelInTimes(c: Cursor, k: number): boolean {
  const link = c.tokens[k - 1];
  const verb = c.tokens[k - 2];
  if (link?.kind !== 'word' || verb === undefined) return false;
  // (`stood at 1.51 times`, `was steady at 1.52 times`, `a ratio of 1.5 times`: a level link,
  // grammar `timesLevelLinks`, after a word — never after a number; `a D/E ratio (excluding the
  // financial industry) at 1.52 times`: or after a closing bracket, round 41)
  if (c.g.timesLevelLinks?.has(link.forms.fold) === true) return verb.kind === 'word' || isP(verb, ')');
  if (verb.kind !== 'word') return false;
  // (`continued to fall to 1.15 times`: `to` after a verb of a moved value, or any word but a bound's
  // `up to`)
  return (
    m(c, k - 1, c.g.toWords)?.to === k &&
    (c.g.movedValueVerbs.has(verb.forms.lower) || c.g.timesLevelVerbs?.has(verb.forms.lower) === true)
  );
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function timesAt(c: Cursor, i: number): Found | null {
  // `surged 3.5-fold`, `jumped 2.1 times`, `increased by 1.8 times`: any rising change verb of
  // English before a multiple (Vietnamese `tăng 2 lần` is left to its own words).
  // (`saw hikes of about 11 times`: a plural change noun too, before the simple-present verb it
  // spells: `posted jumps of 2.5 times`)
  const rising = c.g.locale === 'en' ? (m(c, i, c.g.pluralChangeNouns) ?? m(c, i, c.g.changeVerbs)) : null;
  const listed = m(c, i, c.g.timesVerbs);
  const up = rising && rising.phrase.data > 0 && (!listed || rising.to > listed.to) ? rising : null;
  const verb = up ?? listed;
  let k = verb ? verb.to : i;
  if (up) k = m(c, k, c.g.exceedBy)?.to ?? k;
  // `tăng gần 3 lần`, `gấp hơn 2 lần`, `rose nearly 3 times`: a bound between the verb and the
  // multiple is the multiple's (shown as approximate, never audited).
  // (`…, nearly 13 times higher than …`: the bound opens the multiple with no verb before it too;
  // the times word after the number is still required below)
  // (`more than doubled year-on-year`, `more than three times that of 2019`: a bound before a
  // multiple word or a number word too)
  const bound = m(c, k, c.g.approximate);
  // (`tăng gần gấp 2 lần`: the bound between the verb and `gấp`, then the number — round 46;
  // `tăng gần gấp đôi`, `…, gần gấp đôi so với tháng trước`: then a multiple word, after a verb or
  // none — the multiple had been read exact past its bound; round 57)
  const gap = bound ? m(c, bound.to, c.g.timesVerbs) : null;
  const boundVerb =
    gap && bound && gap.to > bound.to && (isNum(c.tokens[gap.to]) || m(c, gap.to, c.g.multipleWords)) ? gap : null;
  const approximate =
    bound &&
    (isNum(c.tokens[bound.to]) || m(c, bound.to, c.g.multipleWords) || m(c, bound.to, c.g.multipleNumbers) || boundVerb)
      ? bound.phrase.data
      : undefined;
  if (bound && approximate) k = boundVerb ? boundVerb.to : bound.to;
  // (the times verb after the bound heads the multiple when no verb stood before it)
  const head = verb ?? (approximate ? boundVerb : null);
  // `gấp đôi`, `double the figure for 2022`, `twice`: a multiple written as a word.
  // `a three-fold increase`, `rose five times`: a number word before a times word is the multiple.
  const counted = m(c, k, c.g.multipleNumbers);
  const countedTimes = counted ? m(c, counted.to, c.g.timesWords) : null;
  const word = countedTimes ? counted : m(c, k, c.g.multipleWords);
  const n = word ? multiple(c, word) : numberAt(c, k);
  if (!n) return null;
  // (`debt to equity ratios increased to 1.30 times`, `the coverage fell to 3.2 times`: the level a
  // ratio moved to, written in times — no multiple of change; round 40)
  if (!head && !word && levelInTimes(c, k)) return null;
  // (`jumped 3.1x`, `a 4.6x increase`: a suffix glued to the number is a times word, checked below)
  const glued = word || countedTimes ? null : gluedSuffix(c, k);
  const times = countedTimes ?? (word ? { to: word.to, level: word.level } : (m(c, k + 1, c.g.timesWords) ?? glued));
  if (!times) return null;
  // (`trong năm 2013 và 2012 lần lượt là 11 tỷ USD và 10 tỷ USD`: `lần lượt`, respectively, is no
  // times word — the year before it had been read as a multiple; round 51)
  if (m(c, k + 1, c.g.respectiveWords)) return null;
  // `double-digit` is no multiple; without `gấp` before it, a multiple word needs its base after
  // it (`double the figure for 2022`).
  if (word && !countedTimes && isP(c.tokens[word.to], '-')) return null;
  const planNext = word && !countedTimes ? planPhraseAt(c, word.to, false) : null;
  // (`a threefold increase year-on-year`: the base may follow a change noun after the word)
  const tail = word && !countedTimes ? m(c, word.to, c.g.timesTail) : null;
  // (`a fivefold increase compared to the previous decade`: after an article, a change noun right
  // after the word makes it the multiple of a change, whatever base follows or none — unless an
  // earlier level follows in its clause, `a fourfold increase from its first-ever $100 billion
  // mark in 2007`, read as a figure of its own)
  const noun =
    word && c.g.subjectDeterminers?.has(c.tokens[i]?.forms.fold ?? '')
      ? m(c, word.to, c.g.changeNounsAfterAmount)
      : null;
  const nounAfter = noun !== null && !numberInClause(c, noun.to, NOUN_LEVEL_REACH);
  // (`Egg production has almost quadrupled`, `exports doubled in 2023`, `volumes more than double in
  // the first quarter`: a multiple verb standing alone needs no base after it)
  const alone =
    word !== null &&
    !countedTimes &&
    !head &&
    verbAlone(
      c,
      { from: k, to: word.to, text: word.phrase.text },
      bound && approximate ? i : k,
      approximate !== undefined,
    );
  if (
    !alone &&
    word &&
    !countedTimes &&
    !head?.phrase.text.includes('gấp') &&
    !readBase(c, word.to) &&
    !(tail && readBase(c, tail.to)) &&
    !nounAfter &&
    !(planNext && planPhraseEnds(c, planNext.to))
  )
    return null;
  // `a six-fold drop`, `exports fell six-fold`: the multiple of a fall (the result a sixth of the
  // base) is no `times` change — unread, never a rise by six
  if (c.g.locale === 'en' && fallingMultiple(c, i, times.to))
    return {
      to: m(c, times.to, c.g.changeNounsAfterAmount)?.to ?? times.to,
      fig: {
        kind: 'invalid',
        numberAt: k,
        error: 'The multiple of a fall (`a six-fold drop`): the fraction is not stated',
      },
      rule: `${c.g.locale}.change.times-fall`,
      level: times.level,
    };
  let to = times.to;
  if (c.g.locale === 'en') {
    // (`3.4 times as high as in the same period last year`: a compare phrase that reads a base
    // whole is not cut by the tail `as high`)
    const more = readBase(c, to) ? null : (m(c, to, c.g.changeVerbs) ?? m(c, to, c.g.timesTail));
    if (more) to = more.to;
  }
  // `gấp 3,2 lần năm 2023`: a named period right after the multiple is its base (not the
  // statement's period).
  const after = readBase(c, to);
  // a glued suffix is a multiple of change only beside a rising verb, a change noun or a compare
  // word after it, or a base (`surged 5x year-on-year`, `a 4.6x increase`); alone it is a valuation
  // multiple (`a P/E of 15x`, `trading at 12.5x forward earnings`) and no figure here
  if (glued && times === glued && !up && to === glued.to && !after) return null;
  // (a multiple verb standing alone takes no period after it as its base: `doubled in 2023` dates
  // the statement)
  // (`rose six-fold in 2023`: a period after `in` dates the statement)
  const dated = c.g.timesDateLinks?.has(c.tokens[to]?.forms.fold ?? '') === true;
  const named = after || alone || dated ? null : matchPeriod(c.tokens, to, c.g.locale);
  const base: BaseRead | null =
    after ??
    // (`gấp 3 lần quý 3 năm ngoái`: a part of last year with no year written is a base too — the
    // change placer makes it the same period last year when the statement's part is that one)
    (named && (named.id || (named.partial && named.relative === -1)) && named.to <= c.limit
      ? { from: to, to: named.to, base: { kind: 'named-period', match: named }, level: 'exact' }
      : null);
  // `reached 1.5 times the plan`, `gấp 1,2 lần kế hoạch`, `twice the annual target`: a multiple of
  // the plan (a plan noun phrase right after it, or a plan base) is a completion of 100 × N
  // (`seven times higher than its adjusted target`: after the tail, a compare word opens the plan
  // phrase that the plan bases do not spell out)
  const than = base || c.g.locale !== 'en' || to === times.to ? null : m(c, to, c.g.compareWords);
  const plan = base ? null : (planPhraseAt(c, to, false) ?? (than ? planPhraseAt(c, than.to, false) : null));
  const of = base?.base.kind === 'plan' ? base.base.of : plan && planPhraseEnds(c, plan.to) ? plan.phrase.data : null;
  if (of && !statedAfter(c, base?.to ?? (plan as { to: number }).to)) {
    const completion: StatedCompletion = {
      percent: hundredfold(n),
      form: 'of-plan',
      of,
      ...(approximate ? { approximate } : {}),
    };
    return {
      to: base?.to ?? (plan as { to: number }).to,
      fig: { kind: 'completion', completion, numberAt: k },
      rule: `${c.g.locale}.completion.times-plan`,
      level: worst(head?.level, times.level, base?.level, plan?.level),
    };
  }
  const fig: Figure = {
    kind: 'change',
    form: 'times',
    amount: n,
    numberAt: k,
    base: base ?? undefined,
    ...(approximate ? { approximate } : {}),
  };
  return {
    to: base ? base.to : to,
    fig,
    rule: `${c.g.locale}.change.times`,
    level: worst(head?.level, times.level, base?.level),
  };
}

/** The `change.times` figure rule. @internal */
export const changeTimesRule: FigureRule = { id: 'change.times', locales: EVERY_LOCALE, match: timesAt };
