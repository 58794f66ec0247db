import type { ComparisonBase } from '../../model/types';
import { isPeriodId, previousPeriod, samePeriodLastYear } from '../../period/period';
import { yearSpanAt } from '../certainty/helpers';
import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { earlierPeriod, type LevelTime, levelTimeAt, SAME_PERIOD_YEAR, samePartOf } from './from-level-base';
import { tokenAt } from './token-at';

/** No link words (a grammar without `levelTimeLinks`). */
const NO_LINKS: ReadonlySet<string> = new Set();

/** How many tokens may stand between the level a change reached and the lead of the level it came from (its period, a fiscal chunk, a bracket). */
const REACH = 20;
/** How many tokens may stand between the earlier level and its base (`or 1.99 sen per share`, unit words, a bracket). */
const TAIL = 10;

/**
 * `Quarterly revenue increased by 7% to RM4.51 billion, from RM4.22 billion in the corresponding
 * quarter`, `net profit grew 28% to RM833.19 million for the 3QFY2024, from RM649.95 million a year
 * earlier`, `posted a 12% increase in net profit to RM1.91 billion for the third quarter ended Sept
 * 30, 2024 (3QFY2024) from RM1.7 billion a year ago`: the business press writes the level a change
 * reached (`to …`), then its period, then the level it came from, dated by the comparison base (a move
 * with no rate too: `fell to RM11.52 million from RM26.67 million a year earlier`). Where
 * `from-level-base.ts` reads the short shape, this reads the long one: from the reached level's end, at
 * most {@link REACH} tokens of its period (words, dates, a fiscal chunk, a bracket, commas — no other
 * figure of the sentence, no `;`, no clause contrast such as `while`) up to a lead of the earlier level
 * (grammar `reachedFromLeads`), then the statement whose value starts there, of the same unit, with no
 * change or completion of its own. That level is the indicator's at an earlier time: it takes the
 * statement's name and kind, its value is doubted (`earlier-reading`: another period's figure,
 * `certainty/doubts/earlier-reading.ts`) and it is dated only by its base — a year the base writes
 * (`in 2023`), or the statement's own period moved back by it (`a year ago` of 2024-Q2: 2023-Q2;
 * {@link earlierPeriod}) — never by the sentence's period (it runs after `datePeriods`). A level its
 * value verb states (`reached P9.5 billion …, up from P7.3 billion in the same period last year`) has
 * its earlier level too; a plan compared with (`compared to the target of 80%`) is none. A base after it (within {@link TAIL} tokens, past its link: `a year
 * ago`, `in the corresponding quarter`, `for the previous corresponding quarter`, `in 2023`) becomes the
 * change's, unless the change names its own. English only. Constant work per statement.
 */
export function reachedFromLevels(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en' || !a.g.reachedFromLeads) return;
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length < 2) return;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  // (the tokens each draft's figures cover: no other figure may stand in the reach — built once,
  // and only for a sentence with a reached level)
  let owners: Map<number, Draft> | undefined;
  const ownerMap = (): Map<number, Draft> => {
    if (owners) return owners;
    owners = new Map<number, Draft>();
    for (const x of drafts)
      for (const f of [x.value, x.completion, ...x.changes]) {
        if (!f) continue;
        const to = tokenAt(a.tokens, f.span.end);
        for (let k = tokenAt(a.tokens, f.span.start); k < to; k++) owners.set(k, x);
      }
    return owners;
  };
  // (each draft by its value's number token, the first draft of a token kept — built once, and only for
  // a sentence with a reached level)
  let byNumber: Map<number, Draft> | undefined;
  const numberMap = (): Map<number, Draft> => {
    if (byNumber) return byNumber;
    byNumber = new Map<number, Draft>();
    for (const x of drafts) {
      const n = x.value ? numberOf(a, x.value) : undefined;
      if (n !== undefined && !byNumber.has(n)) byNumber.set(n, x);
    }
    return byNumber;
  };
  for (const d of drafts) {
    let c = d.changes.length === 1 ? d.changes[0] : undefined;
    const v = d.value;
    // (`fell to RM11.52 million from RM26.67 million a year earlier`: a move with no rate has its
    // earlier level too)
    if (!v || d.completion || d.changes.length > 1) continue;
    if (!reached(a, v, end)) continue;
    const owner = ownerMap();
    // (`increased to 161.2 million from 150.4 million a year earlier, up by 7.18%`: a change after the
    // earlier level leaves the lead right after the value — round 47)
    const changeAfter = c !== undefined && c.span.start >= v.span.end;
    const lead = leadAfter(
      a,
      d,
      changeAfter
        ? tokenAt(a.tokens, v.span.end)
        : Math.max(tokenAt(a.tokens, c?.span.end ?? 0), tokenAt(a.tokens, v.span.end)),
      end,
      owner,
    );
    if (lead < 0) continue;
    // (the statement whose value's number stands right after the lead, past a currency or `the`)
    // (`to P308.7 million from a loss of P621.6 million …`: the level may be named between the lead
    // and its figure, closed by its link)
    const levelEnd = namedLevelEnd(a, lead, end) ?? lead;
    // (looked up by the number's token in a map built once: a `find` over the sentence's drafts for each
    // draft made a sentence of thousands of moves quadratic — round 57)
    let e: Draft | undefined;
    const numbers = numberMap();
    for (let k = lead; k <= levelEnd + 3 && !e; k++) {
      const x = numbers.get(k);
      if (x !== undefined && x !== d) e = x;
    }
    const ev = e?.value;
    // (`was IDR 25,389 billion, compared to IDR 22,816 billion for the same period in 2022, representing
    // an increase of about 11.3%`: the rate after the earlier level is the statement's own change)
    // (`earned 70 million USD from exporting about 11,000 tonnes cashew nut, a rise of 12.6 percent in
    // volume`: a level in another unit is no earlier level of this one, and keeps its rate)
    const sameUnit = ev !== undefined && ev.value.unitCode === v.value.unitCode && ev.value.unit === v.value.unit;
    const moved = !c && e !== undefined && ev !== undefined && sameUnit && rateAfterLevel(a, e, ev, end);
    if (moved && e) {
      c = e.changes[0];
      if (c) d.changes.push({ ...c, rule: `${c.rule}+after-earlier-level` });
      c = d.changes[0];
      e.changes.length = 0;
      e.sameIn.clear();
      e.unread = e.unread.filter((u) => u.what !== 'change');
    }
    // (`reached 54.8%, compared to the target of 80%`: a plan compared with is no earlier level)
    if (!e || !ev || e.changes.length > 0 || e.completion || e.kind.value === 'target') continue;
    // (`compared to the budget benchmark of 436.72 million barrels for the same period`: a plan named
    // between the lead and its figure is the plan the result is measured against — a target, no
    // earlier level; round 48)
    if (levelEnd > lead && planNamed(a, lead, levelEnd)) {
      e.kind = a.field('target', lead, levelEnd, `${a.g.locale}.kind.compared-plan`);
      const plan = ownLevelName(a, lead, levelEnd);
      if (plan)
        e.name = a.field(a.span(plan.from, plan.to).text, plan.from, plan.to, `${a.g.locale}.name.compared-plan`);
      continue;
    }
    if (!sameUnit) continue;
    if (tokenAt(a.tokens, ev.span.start) > levelEnd + 2) continue;
    const base =
      baseAfter(a, tokenAt(a.tokens, ev.span.end), end, (k) => {
        const o = owner.get(k);
        return o !== undefined && o !== d && o !== e;
      }) ?? possessiveBase(a, lead, levelEnd);
    // (`from a $2.8 billion surplus in July`: a level dated by its own words is a figure of its own)
    if (base && 'own' in base) continue;
    // (`The year-to-date (01 January to 30 September 2020) trade surplus of R167.45 billion is an
    // improvement from the R0.48 billion surplus for the comparable period in 2019`: a year inside the
    // earlier level's base dated the statement — it is the base's; the sentence's own period dates it
    // instead; round 54)
    if (base && d.period && d.period.span.start >= base.span.start && d.period.span.end <= base.span.end) {
      const lead = st.sentencePeriod;
      d.period = lead ? a.field(lead.id, lead.item.from, lead.item.to, `${lead.item.match.rule}+sentence`) : undefined;
      if (!d.period && !d.unread.some((u) => u.what === 'period'))
        d.unread.push({
          what: 'period',
          reason: 'no-period',
          span: st.span,
          message: 'No period in the statement, its sentence or the text before it',
        });
    }
    // (`in the same period of 2022`: that part of 2022 the statement is of its year)
    const ownPeriod = d.period?.value ?? st.sentencePeriod?.id;
    const named =
      base?.samePart && base.base.kind === 'period' && ownPeriod ? samePartOf(base.base.period, ownPeriod) : base?.base;
    // (`against ₹13,172 crore freight earnings in January 2022, an improvement of 13% over last year`:
    // the rate's `over last year` and the earlier level's named month are one base, the month the
    // more exact — round 48)
    const dated = c?.value.base?.kind === 'same-period-last-year' && base?.base.kind === 'period' && !base.samePart;
    // (`rose by 28 percent year-on-year … in H1’24 from N6.59 trillion in H1’24`: an earlier level
    // dated to the statement's own period is a slip; the rate keeps its own base — round 52)
    // (a period read before the earlier level's own words: `against ₹13,172 crore … in January 2022`
    // may have lent the statement the very period that dates the earlier level)
    const ownBase =
      named?.kind === 'period' &&
      d.period !== undefined &&
      named.period === d.period.value &&
      base != null &&
      d.period.span.end <= base.span.start;
    if (c && base && !ownBase && (c.value.base === undefined || c.rule.includes('+sentence-base') || dated))
      d.changes[0] = {
        ...c,
        value: { ...c.value, base: named ?? base.base, baseSpan: base.span },
        rule: `${c.rule.replace('+sentence-base', '')}+reached-from-base${base.samePart && !ownPeriod ? SAME_PERIOD_YEAR : ''}`,
      };
    // (`net profit of RM10.03 million, from a net loss of RM145.2 million`: a level named by its own
    // words keeps them — a loss is no profit of the statement's name)
    const ownName = levelEnd > lead ? ownLevelName(a, lead, levelEnd) : undefined;
    if (ownName)
      e.name = a.field(
        a.span(ownName.from, ownName.to).text,
        ownName.from,
        ownName.to,
        `${a.g.locale}.name.from-level-own`,
      );
    else if (d.name) e.name = { ...d.name, rule: `${a.g.locale}.name.from-level` };
    if (d.fullName) e.fullName = d.fullName;
    e.kind = { ...d.kind, rule: `${d.kind.rule}+from-level` };
    if (!ev.rule.includes('.earlier-reading')) e.value = { ...ev, rule: `${ev.rule}.earlier-reading` };
    delete e.periodMatch;
    // (`up from IDR 31 billion, reflecting a growth of 10.5% year-over-year`: with no base after the
    // level, the moved rate's own base dates it)
    const by = named ?? (moved ? c?.value.base : undefined);
    // (`In 2018-2019 the number … from 150.4 million previous year`: a year the sentence writes as the
    // first of a range moves back to no certain year — round 47)
    // (`from April 2022 to January 2023, freight loading of …`: the end of a range of months dates
    // a running total, whose year before is no month — round 48)
    const ranged =
      (d.period !== undefined && yearSpanAt(a.tokens, tokenAt(a.tokens, d.period.span.end))) ||
      rangeEnd(a, d.period ? tokenAt(a.tokens, d.period.span.start) : st.sentencePeriod?.item.from);
    const own = by && !ranged ? earlierPeriod(by, d.period?.value) : undefined;
    if (base && own)
      e.period = a.field(
        own,
        tokenAt(a.tokens, base.span.start),
        tokenAt(a.tokens, base.span.end),
        'en.period.from-level',
      );
    else if (own && moved && c?.value.baseSpan) {
      const span = c.value.baseSpan;
      e.period = a.field(own, tokenAt(a.tokens, span.start), tokenAt(a.tokens, span.end), 'en.period.from-level');
      e.unread = e.unread.filter((u) => u.what !== 'period');
    }
    // (a period `compared-previous.ts` gave the level from its base, `24,200 units a year earlier` in a
    // March 2024 statement: March 2023, is its own)
    else if (e.period && (ranged || !e.period.rule.includes('.period.compared-previous'))) {
      e.period = undefined;
      const message = 'The earlier level is of a period the text does not date';
      e.unread.push({ what: 'period', reason: 'no-period', span: ev.span, message });
    }
  }
}

/**
 * `against last year’s loading of 1,159.08 MT`: the base a possessive (grammar
 * `levelBasePossessives`) writes at the head of the words naming the earlier level, between the
 * lead at `lead` and the link ending at `levelEnd`; null when no such words or no possessive.
 */
function possessiveBase(a: SentenceContext, lead: number, levelEnd: number): LevelTime | null {
  if (levelEnd <= lead || !a.g.levelBasePossessives) return null;
  const m = matchAt(a.tokens, lead, a.g.levelBasePossessives, levelEnd);
  if (!m) return null;
  // (the span opens at the lead — `against`, `compared with` — before the base: never a subject's base)
  const from = phraseEndingAt(a.tokens, lead, a.g.reachedFromLeads ?? [], LEAD_WORDS, 0, true);
  return { base: m.phrase.data, span: a.span(from < 0 ? lead - 1 : from, m.to) };
}

/** True when the period starting at token `at` closes a range (`from April 2022 to January 2023`: a range word before it). */
function rangeEnd(a: SentenceContext, at: number | undefined): boolean {
  const to = at === undefined ? undefined : a.tokens[at - 1];
  return to?.kind === 'word' && a.g.rangeToWords.has(to.forms.lower);
}

/** True when a plan noun (grammar `planNouns`) stands in the words naming the earlier level, between `lead` and `levelEnd`. */
function planNamed(a: SentenceContext, lead: number, levelEnd: number): boolean {
  for (let k = lead; k < levelEnd; k++) if (matchAt(a.tokens, k, a.g.planNouns, levelEnd)) return true;
  return false;
}

/** How many words a lead of the earlier level may hold (`compared with`). */
const LEAD_WORDS = 3;

/** How many words may name the earlier level between the lead and its link (`from a net loss of`). */
const LEVEL_NAME = 4;

/**
 * The token after the link that closes words naming the earlier level right after the lead at
 * `lead` (`from a loss of`, `from the net income of`: grammar `fromLevelLinks`), at most
 * {@link LEVEL_NAME} words; undefined when no such words stand there.
 */
function namedLevelEnd(a: SentenceContext, lead: number, end: number): number | undefined {
  // (`from its high-water mark of`: a hyphen glued inside a word is no break and counts no word; round 53)
  let hyphens = 0;
  for (let k = lead + 1; k < end && k <= lead + LEVEL_NAME + hyphens; k++) {
    const t = a.tokens[k - 1];
    const glued = t?.kind === 'punct' && t.text === '-' && t.gap === '' && a.tokens[k]?.gap === '';
    if (glued) hyphens++;
    else if (t?.kind !== 'word') return undefined;
    const link = matchAt(a.tokens, k, a.g.fromLevelLinks, end);
    if (link) return link.to;
  }
  return undefined;
}

/** The words naming the earlier level between the lead and its link (`a net loss` → `net loss`, past an article), or undefined. */
function ownLevelName(a: SentenceContext, lead: number, levelEnd: number): { from: number; to: number } | undefined {
  let from = lead;
  if (matchAt(a.tokens, from, a.g.articles) || a.g.definiteArticles.has(a.tokens[from]?.forms.fold ?? '')) from++;
  const link = levelEnd - 1;
  return link > from ? { from, to: link } : undefined;
}

/** How many tokens may stand between the earlier level and the rate that restates the move (its period, a participle, `an increase of`). */
const RATE_AFTER = 12;

/**
 * True when the one change of the earlier level's statement `e` is a rate written after its value,
 * in a clause of its own after a comma, with only words (its period, `reflecting`, `representing`,
 * `an increase of`) and that comma between — the rate of the move the statement before made.
 */
function rateAfterLevel(a: SentenceContext, e: Draft, ev: NonNullable<Draft['value']>, end: number): boolean {
  const r = e.changes.length === 1 ? e.changes[0] : undefined;
  if (r?.value.form !== 'rate' || e.completion || r.span.start < ev.span.end) return false;
  const from = tokenAt(a.tokens, ev.span.end);
  const to = tokenAt(a.tokens, r.span.start);
  if (to > end || to - from > RATE_AFTER) return false;
  let comma = false;
  for (let k = from; k < to; k++) {
    // (`as against Rs 34.43 lakh crore in Q2 of 2018-19, showing a growth rate of 4.5 per cent`: the
    // level's period, whatever its numbers and dashes, is read past; round 58)
    const p = matchPeriod(a.tokens, k, a.g.locale);
    if (p && p.to > k && p.to <= to) {
      // (and the second year of a fiscal span, `2018-19`)
      k = yearSpanAt(a.tokens, p.to) && p.to + 2 <= to ? p.to + 1 : p.to - 1;
      continue;
    }
    const t = a.tokens[k];
    if (!t || t.kind === 'number') {
      // (the year of the level's period: `in 2022`; a fiscal span the period grammar leaves unread,
      // `in FY 2022-23`, `2022/23`, with its second year — round 62)
      if (t && /^(19|20)\d\d$/u.test(t.text)) {
        if (yearSpanAt(a.tokens, k + 1) && k + 2 < to) k += 2;
        continue;
      }
      return false;
    }
    if (t.kind === 'punct') {
      // (`…, i.e. up 3.8%`: a stop glued to a word inside the sentence is an abbreviation's; round 68, test52)
      if (t.text === '.' && t.gap === '' && a.tokens[k - 1]?.kind === 'word') continue;
      if (t.text !== ',') return false;
      comma = true;
    }
  }
  return comma;
}

/** True when the value is the level a change reached: read by the change's `to` rule, or opened by `to` or `at` (grammar `reachedLevelLeads`). */
function reached(a: SentenceContext, v: NonNullable<Draft['value']>, end: number): boolean {
  // (`core net income reached P9.5 billion in the first half of 2023, up from P7.3 billion in the
  // same period last year`: a level its value verb states is one too)
  if (v.rule.includes('.value.change-to') || v.rule.endsWith('.value.verb')) return true;
  const k = tokenAt(a.tokens, v.span.start);
  const leads = a.g.reachedLevelLeads ?? a.g.toWords;
  if (matchAt(a.tokens, k - 1, leads, end)?.to === k) return true;
  // (the value's span may open on its verb: `increased to RM728.9 million`)
  const n = numberOf(a, v) ?? -1;
  for (let j = k; j >= 0 && j < n; j++) {
    const m = matchAt(a.tokens, j, leads, end);
    if (m && m.to >= n - 2) return true;
  }
  return passiveResultAfter(a, tokenAt(a.tokens, v.span.end), end) || resultVerbBefore(a, k, n);
}

/**
 * True when a verb of a result (grammar `passiveResults.participles`, here in the simple past) stands
 * right before the value's number, past its currency: `Railways earned ₹1,35,387 crore against
 * ₹1,17,212 crore over last year`, `Nepal received 835,629 foreign visitors … as against 692,372 in
 * the previous year` state the level reached as `reached` does (round 48: the rate after them had
 * gone to the earlier level).
 */
function resultVerbBefore(a: SentenceContext, k: number, n: number): boolean {
  const p = a.g.passiveResults;
  if (!p || n < 1) return false;
  for (let j = Math.max(0, k - 1, n - CURRENCY_TOKENS); j < n; j++) {
    const verb = matchAt(a.tokens, j, p.participles, n);
    if (verb && (verb.to === n || matchAt(a.tokens, verb.to, a.g.currencyBefore, n)?.to === n)) return true;
  }
  return false;
}

/** How many tokens may stand between a result verb and its number (the verb and a currency of two tokens). */
const CURRENCY_TOKENS = 3;

/**
 * True when a passive auxiliary and a participle of a result (grammar `passiveResults`) follow right
 * at token `k`: `(the board stated that) Rs 230 billion was collected in September 2014 against Rs 202
 * billion …` states the level reached as `reached` does (round 47; the change had gone to the earlier
 * level when a reporting verb stood before the figure).
 */
function passiveResultAfter(a: SentenceContext, k: number, end: number): boolean {
  const p = a.g.passiveResults;
  if (!p || k + 1 >= end) return false;
  const fold = (j: number): string => a.tokens[j]?.forms.fold ?? '';
  const to = p.auxiliaries.has(`${fold(k)} ${fold(k + 1)}`) ? k + 2 : p.auxiliaries.has(fold(k)) ? k + 1 : -1;
  return to > 0 && matchAt(a.tokens, to, p.participles, end) !== null;
}

/** The token after the lead of the earlier level (`from`, `compared with`) in reach of token `from`, or -1. */
function leadAfter(a: SentenceContext, d: Draft, from: number, end: number, owner: ReadonlyMap<number, Draft>): number {
  const leads = a.g.reachedFromLeads ?? [];
  for (let j = from; j < end && j < from + REACH; j++) {
    const t = a.tokens[j];
    if (!t) return -1;
    const m = matchAt(a.tokens, j, leads, end);
    if (m) return m.to;
    const o = owner.get(j);
    if (o !== undefined && o !== d) return -1;
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':')) return -1;
    if (
      t.kind === 'word' &&
      ((a.g.clauseContrasts && matchAt(a.tokens, j, a.g.clauseContrasts, end)) ||
        matchAt(a.tokens, j, a.g.toWords, end))
    )
      return -1;
  }
  return -1;
}

/** The base dating the earlier level, read from token `from` on: a base phrase or a period with its year, past its link; a period of its own with no year (`in July`) is no base but dates the level (`own`); `other` tells a token of another statement's figure. */
function baseAfter(a: SentenceContext, from: number, end: number, other: (k: number) => boolean): LevelTime | null {
  const links = a.g.levelTimeLinks ?? NO_LINKS;
  for (let j = from; j < end && j < from + TAIL; j++) {
    const t = a.tokens[j];
    if (!t || other(j)) return null;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')') return null;
    const time = levelTimeAt(a, j, links, end);
    if (time) return time;
  }
  return null;
}
