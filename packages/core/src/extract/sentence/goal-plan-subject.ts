import { YEAR, yearSpanAt } from '../certainty/helpers';
import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words (`the`, `total`, `its`) may open the subject before its plan participle. */
const HEAD_WITHIN = 3;

/**
 * `Projected disbursement in April alone is over 4 trillion VND`, `the total planned investment
 * capital from the State budget for 2023 is 756.1 trillion VND`, `Targeted revenue this year
 * stands at VND 12 trillion`: a subject headed by a participle of a plan or forecast (before its
 * noun: `planned capital`, not `capital planned to …`), linked to its value by at most a copula, a
 * bound and a period, names the plan or the forecast itself — a target, not a result. A verb of
 * doing between them (`Planned capital disbursed so far reached …`) or a completion keeps the
 * result. English only (Vietnamese plan names are `vi-plan-name.ts`). Linear: a few tokens per draft.
 */
export function planSubjects(a: SentenceContext, st: SentenceState): void {
  if (a.g.planSubjectParticiples.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (d.kind.value !== 'actual' || !v || d.completion || d.density || d.rank) continue;
    const noun = planNounAfter(a, v.span.end);
    if (noun !== undefined) {
      d.kind = a.field('target', noun.from, noun.to, `${a.g.locale}.kind.amount-plan-noun`);
      continue;
    }
    if (!d.name) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const to = tokenAt(a.tokens, d.name.span.end);
    const number = firstNumber(a, v.span.start, v.span.end);
    if (number === undefined || to > number) continue;
    if (d.changes.length === 0 && forecasterNamed(a, from, to)) {
      d.kind = { ...d.name, value: 'target', rule: `${a.g.locale}.kind.forecaster-subject` };
      // (`The average estimate of analysts`: the forecast's name, no stage of a result)
      if (d.stage && d.stage.span.start >= d.name.span.start && d.stage.span.end <= d.name.span.end) delete d.stage;
      continue;
    }
    if (!linkedOnly(a, to, number)) {
      planHead(a, st, d, from, number);
      continue;
    }
    // the head of the name's last part (`For the … alone, the total planned investment capital …`)
    let head = from;
    for (let i = from; i < to; i++) if (a.tokens[i]?.kind === 'punct' && a.tokens[i]?.text === ',') head = i + 1;
    let participle = false;
    for (let i = head; i < to && i <= head + HEAD_WITHIN; i++) {
      const p = matchAt(a.tokens, i, a.g.planSubjectParticiples, to);
      // (`Planned investment was disbursed at 45 percent`: an auxiliary after it, a verb of a result)
      if (p && a.tokens[p.to]?.kind === 'word' && p.to < to) {
        participle = !verbWithin(a, p.to, to);
        break;
      }
      if (a.tokens[i]?.kind !== 'word') break;
    }
    if (participle || postNominal(a, head, to)) {
      d.kind = { ...d.name, value: 'target', rule: `${a.g.locale}.kind.goal-plan-subject` };
      continue;
    }
    planHead(a, st, d, from, number);
  }
}

/**
 * True when a phrase at token `k` (ending by `limit`) parts a plan noun from the words before it: a
 * preposition or relative (grammar `planHeadStops`) or a verb of a value, an excess, a fulfilment, a change or
 * a percentage — shared by a plan subject's walk back and an amount's walk forward to its plan noun.
 */
function subjectStopAt(a: SentenceContext, k: number, limit: number): boolean {
  const g = a.g;
  const t = a.tokens;
  return (
    matchAt(t, k, g.planHeadStops, limit) !== null ||
    matchAt(t, k, g.valueVerbs, limit) !== null ||
    matchAt(t, k, g.exceedVerbs, limit) !== null ||
    matchAt(t, k, g.fulfilVerbs, limit) !== null ||
    matchAt(t, k, g.changeVerbs, limit) !== null ||
    matchAt(t, k, g.percentVerbs, limit) !== null
  );
}

/** How many words may modify a plan noun between an amount and it (`$23 million general operating budget`). */
const MODIFIERS = 4;

/**
 * `The $661.8 million operating budget includes costs …`, `adopted a $23 million general operating budget
 * for 2024`: an amount right before a plan head noun (grammar `planHeadNouns`, past at most four words
 * that modify it, none a verb, link or preposition) names the plan's size — a target, not a result (round
 * 68, test52 and the probe of councils' budgets: it had been a certain result); no article, `and` or verb
 * between (`income of $72.3m and a capital works program`, `5 plants exceeding the plan`). Only when the noun heads
 * its phrase: punctuation, the end, or a word of grammar `planNounFollowers` after it (`includes`, `for`);
 * `a $5 million budget deficit` is of another noun. The noun's span, or undefined. Constant time.
 */
function planNounAfter(a: SentenceContext, end: number): { from: number; to: number } | undefined {
  const g = a.g;
  const followers = g.planNounFollowers;
  if (!followers) return undefined;
  const t = a.tokens;
  const k = tokenAt(t, end);
  for (let j = k; j <= k + MODIFIERS && t[j]?.kind === 'word'; j++) {
    const noun = matchAt(t, j, g.planHeadNouns);
    if (noun) {
      const after = t[noun.to];
      return after === undefined || after.kind === 'punct' || matchAt(t, noun.to, followers)
        ? { from: j, to: noun.to }
        : undefined;
    }
    // (`income of $72.3m and a capital works program of …`, `5 plants exceeding the plan`: another phrase)
    const w = t[j] as Token;
    if (
      g.coordinators?.has(w.forms.lower) === true ||
      (g.thingArticles !== undefined && matchAt(t, j, g.thingArticles) !== null) ||
      matchAt(t, j, g.planHeadLinks) ||
      subjectStopAt(a, j, t.length)
    )
      return undefined;
  }
  return undefined;
}

/**
 * `Analysts polled by Thomson Reuters had expected revenue`, `The average estimate of analysts polled
 * by Reuters`: forecasters (grammar `forecasterSubjects.people`) and their expectation (`.expectations`)
 * both in the statement's name, tokens `[from, to)` — the figure is their forecast (round 52; it had
 * been a certain result).
 */
function forecasterNamed(a: SentenceContext, from: number, to: number): boolean {
  const f = a.g.forecasterSubjects;
  if (!f) return false;
  let people = false;
  let expectation = false;
  for (let i = from; i < to; i++) {
    people ||= matchAt(a.tokens, i, f.people, to) !== null;
    expectation ||= matchAt(a.tokens, i, f.expectations, to) !== null;
  }
  return people && expectation;
}

/** True when an auxiliary (`was`, `has`) stands inside tokens `[from, to)` (a verb phrase, not a subject). */
function verbWithin(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (matchAt(a.tokens, i, a.g.planParticipleStops, to)) return true;
  return false;
}

/** How many tokens before its head noun a plan subject may reach back (`the province's revenue plan`). */
const SUBJECT_WITHIN = 10;

/**
 * `The revenue plan for 2024 is VND 1.7 quadrillion`, `The plan was VND 500 billion`, `The budget
 * estimates for 2024 total …`, `The province's budget estimate for 2023 was …`: a subject whose head
 * noun (its last noun before the copula or `total(s)`, past a trailing `for <period>` or
 * `assigned`) is a plan noun names the plan itself — a target, as `Dự toán thu ngân sách năm 2024
 * là …` is; `estimate(s)` heading it is the plan (`dự toán`), not the stage of a result. Not when
 * the plan noun is the object of a preposition or a verb in the subject (`The shortfall against the
 * plan was …`, `Output that beat the target was …`) or no copula links it (`Revenue exceeded the
 * plan`, `The plan's first phase cost …`: the head is `phase`). Linear: a few tokens per draft.
 */
function planHead(a: SentenceContext, st: SentenceState, d: Draft, from: number, number: number): void {
  const g = a.g;
  if (g.planHeadNouns.length === 0 || !d.name) return;
  // the link: the first copula (or `total`) that only bounds and currencies part from the number
  // (at most a few candidates, `The total plan is …`: the cost stays linear)
  let link = -1;
  for (let i = from + 1, tries = 0; i < number && tries < 3; i++) {
    const m = matchAt(a.tokens, i, g.planHeadLinks, number);
    if (!m) continue;
    tries++;
    if (linkedOnly(a, m.to, number)) {
      link = i;
      break;
    }
  }
  if (link < 0) return;
  const first = tokenAt(a.tokens, st.span.start);
  // past the trailers (`for 2024`, `assigned`, `alone`)
  let end = link;
  for (let step = 0; step < 4 && end > from; step++) {
    const trailer = matchAt(a.tokens, end - 1, g.planHeadTrailers, end);
    if (trailer?.to === end) {
      end -= 1;
      continue;
    }
    const period = periodBefore(a, Math.max(from, end - 6), end);
    if (period === undefined) break;
    end = period;
  }
  // the head noun, ending right before the trailers
  let head = -1;
  for (let j = Math.max(first, end - 3); j < end && head < 0; j++)
    if (matchAt(a.tokens, j, g.planHeadNouns, end)?.to === end) head = j;
  if (head < 0 && matchAt(a.tokens, end - 1, g.planHeadEstimates, end)?.to === end && ownedEstimate(a, end - 1))
    head = end - 1;
  if (head < 0) return;
  // the subject before the head: no preposition, relative or verb of a result (back to its clause)
  let k = head - 1;
  for (; k >= first && k >= head - SUBJECT_WITHIN; k--) {
    const t = a.tokens[k];
    if (!t) return;
    if (t.kind === 'punct') {
      if (t.text === ',' || t.text === ';' || t.text === ':') break;
      if (t.text !== "'" && t.text !== '’' && t.text !== '-') return;
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'number') return;
    if (subjectStopAt(a, k, head)) return;
  }
  if (k >= first && k < head - SUBJECT_WITHIN) return;
  d.kind = { ...d.name, value: 'target', rule: `${g.locale}.kind.plan-head` };
  // (`budget estimate`: the plan's name, no stage of a result)
  const noun = { start: a.tokens[head]?.start ?? 0, end: a.tokens[end - 1]?.end ?? 0 };
  if (d.stage && d.stage.span.start >= noun.start && d.stage.span.end <= noun.end) delete d.stage;
}

/** The start of a `for|of|in <period>` (or a period) ending at token `end`, from `lo` on; or undefined. */
function periodBefore(a: SentenceContext, lo: number, end: number): number | undefined {
  // (`for 1991-92`, `for the year 2017-18`: a fiscal year across two ends where its second year does;
  // round 66 — South Asian budgets)
  if (end >= 3 && YEAR.test(a.tokens[end - 3]?.text ?? '') && (yearSpanAt(a.tokens, end - 2) || slashYear(a, end - 2)))
    end -= 2;
  for (let j = end - 1; j >= lo; j--) {
    if (matchPeriod(a.tokens, j, a.g.locale)?.to !== end) continue;
    if (j > lo && matchAt(a.tokens, j - 1, a.g.planHeadPeriodLeads, j)?.to === j) return j - 1;
    if (matchAt(a.tokens, j, a.g.planHeadPeriodLeads, end)) return j;
  }
  return undefined;
}

/** `for 2023/24`: a fiscal year's second end after a slash (round 68, probe of councils' budgets). */
function slashYear(a: SentenceContext, j: number): boolean {
  const next = a.tokens[j + 1];
  return a.tokens[j]?.text === '/' && next?.kind === 'number' && /^\d\d(?:\d\d)?$/u.test(next.text);
}

/** `the province's estimate`, `the 2024 estimate`: an `estimate` owned by a possessive or a year. */
function ownedEstimate(a: SentenceContext, at: number): boolean {
  const before = a.tokens[at - 1];
  if (!before) return false;
  if (before.kind === 'word' && /(?:['’]s|s['’])$/u.test(before.text)) return true;
  return before.kind === 'number' && /^(?:19|20)\d\d$/u.test(before.text);
}

/**
 * `Total public investment planned for this year is estimated at …`, `Public investment capital
 * allocated for 2025 is VND 790 trillion`: a plan participle right after the subject's noun and
 * before `for` (a period) names the plan too; not after a copula, `as` or `than` (`disbursed as
 * planned`, grammar `planParticipleStops`).
 */
function postNominal(a: SentenceContext, head: number, to: number): boolean {
  for (let i = head + 1; i < to; i++) {
    const p = matchAt(a.tokens, i, a.g.planSubjectParticiples, to + 1);
    if (!p || a.tokens[p.to]?.forms.lower !== 'for') continue;
    const before = a.tokens[i - 1];
    if (before?.kind !== 'word' || matchAt(a.tokens, i - 1, a.g.planParticipleStops, i)) continue;
    return true;
  }
  return false;
}

/** True when tokens `[from, to)` are only copulas, bounds and periods (`for 2023 is`, `is over`). */
function linkedOnly(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const link =
      matchPeriod(a.tokens, i, a.g.locale) ??
      matchAt(a.tokens, i, a.g.planSubjectLinks, to) ??
      matchAt(a.tokens, i, a.g.approximate, to) ??
      matchAt(a.tokens, i, a.g.currencyBefore, to);
    if (!link) return false;
    i = link.to - 1;
  }
  return true;
}

/** The first number token in the characters `[start, end)`, or undefined. */
function firstNumber(a: SentenceContext, start: number, end: number): number | undefined {
  for (let i = tokenAt(a.tokens, start); i < a.tokens.length && (a.tokens[i]?.start ?? end) < end; i++)
    if (a.tokens[i]?.kind === 'number') return i;
  return undefined;
}
