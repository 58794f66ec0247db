import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearToken } from './year-word';

/**
 * `The KRA collected Sh2.1 trillion, a performance rate of 97.6 per cent`: a completion whose
 * statement is named only by a plan-rate noun (grammar `planRateNouns`, `performanceNouns`) in
 * apposition — a comma and an article right after the amount of the statement before, which has no
 * completion — is that amount's completion of its plan, not a statement of its own (round 52; the
 * amount had been left without its completion). English. One look per pair of statements.
 */
export function appositeCompletions(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const p = drafts[n - 1] as Draft;
    const q = drafts[n] as Draft;
    const c = q.completion;
    const v = p.value;
    if (!c || q.value || q.changes.length > 0 || !q.name || !v || p.completion || v.value.unitCode === 'percent')
      continue;
    if (p.kind.value !== 'actual' || q.kind.value !== 'actual') continue;
    // the comma and the article between the amount and the name
    const comma = tokenAt(a.tokens, v.span.end);
    const name = tokenAt(a.tokens, q.name.span.start);
    if (!commaArticleBefore(a, comma, name)) continue;
    // the name is the rate noun alone
    const noun = matchAt(a.tokens, name, a.g.planRateNouns) ?? matchAt(a.tokens, name, a.g.performanceNouns ?? []);
    if (noun?.to !== tokenAt(a.tokens, q.name.span.end)) continue;
    p.completion = { ...c, rule: `${c.rule}+apposite` };
    q.completion = undefined;
    q.unread = [];
  }
}

/** How many words may end the amount's clause before the comma of its apposition (`in cash was sent`). */
const CLAUSE_TAIL = 6;

/**
 * `remittances … reached more than $1.9 billion, an amount up 18.76 percent compared with the same
 * month in 2015`, `$40.26 million in cash was sent, a figure 0.36 percent lower over January 2015`: a
 * change whose statement is named only by a noun standing for a figure (grammar `baseStandIns.nouns`:
 * `amount`, `figure`, `total`), or by the change's own size and its counted noun (`a 196 person
 * decrease (-2.9 per cent)`), in apposition — a comma and an article right after the amount of the
 * statement before (or after its clause's last words, at most {@link CLAUSE_TAIL}), which has no change — is that amount's change, not a statement of its own (round
 * 59; the amount had been left without its change). English. One look per pair of statements.
 */
export function appositeChanges(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const p = drafts[n - 1] as Draft;
    const q = drafts[n] as Draft;
    const v = p.value;
    if (q.changes.length === 0 || q.value || q.completion || !q.name || !v || p.changes.length > 0) continue;
    if (v.value.unitCode === 'percent' || p.kind.value !== q.kind.value) continue;
    // (the amount's own words may end its clause before the comma: `$40.26 million in cash was sent, a figure …`)
    let comma = tokenAt(a.tokens, v.span.end);
    // (and its period: `6,621 tourists arrived in January 2015, a 196 person decrease …`)
    const tail = (t: Token | undefined): boolean => t?.kind === 'word' || isYearToken(t);
    while (comma < tokenAt(a.tokens, v.span.end) + CLAUSE_TAIL && tail(a.tokens[comma])) comma++;
    const name = tokenAt(a.tokens, q.name.span.start);
    if (!commaArticleBefore(a, comma, name)) continue;
    // (the name is a noun standing for a figure, `an amount`, or the size of the change itself and its
    // counted noun: `a 196 person decrease (-2.9 per cent)`)
    const nameEnd = tokenAt(a.tokens, q.name.span.end);
    const standIn = name + 1 === nameEnd && a.g.baseStandIns.nouns.has(a.tokens[name]?.forms.lower ?? '');
    const counted =
      a.tokens[name]?.kind === 'number' &&
      nameEnd > name + 1 &&
      nameEnd <= name + 3 &&
      a.tokens.slice(name + 1, nameEnd).every((t) => t.kind === 'word');
    if (!standIn && !counted) continue;
    for (const c of q.changes) {
      const moved = { ...c, rule: `${c.rule}+apposite` };
      p.changes.push(moved);
      // (the base that waits for the statement's period moves with its change: `the same month in 2015`)
      const same = q.sameIn.get(c);
      if (same !== undefined) p.sameIn.set(moved, same);
      const month = q.monthBase?.get(c);
      if (month !== undefined) {
        p.monthBase ??= new Map();
        p.monthBase.set(moved, month);
      }
    }
    p.unread.push(...q.unread.filter((u) => u.what === 'change'));
    q.changes = [];
    q.unread = [];
  }
}

/** True when token `comma` is a comma and an article (grammar `articles`) runs from right after it to token `name`. */
function commaArticleBefore(a: SentenceContext, comma: number, name: number): boolean {
  return a.tokens[comma]?.text === ',' && matchAt(a.tokens, comma + 1, a.g.articles)?.to === name;
}
