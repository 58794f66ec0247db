import type { ComparisonBase } from '../../model/types';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { earlierPeriod } from './from-level-base';
import { tokenAt } from './token-at';

/** A year in digits. */
const YEAR = /^(19|20)\d\d$/u;

/** How many words of what moved may stand between the rate and its compare word (`increase in earnings over`). */
const WORDS = 3;

/**
 * The token an earlier level written with a possessive base starts at (its currency or number), when one follows
 * token `k` (`from 2021’s 38.5 million`, `over the previous year’s US$714 million`, `than last
 * year's 5.2 million`), or null: a compare word (grammar `compareWords`), then a possessive base
 * (grammar `levelBasePossessives`, returned as the base) or a year with its `’s`, then the currency, then
 * the number.
 */
function possessiveLevelAt(
  a: SentenceContext,
  k: number,
  end: number,
): { at: number; base?: ComparisonBase | undefined } | null {
  // (`up 34% from 2021’s …`: the change read its base, `from 2021`, and ends at the `’s`)
  if (YEAR.test(a.tokens[k - 1]?.text ?? '') && possessiveMark(a, k)) return levelAt(a, k + 2, end);
  // (`a 7.4 per cent increase in earnings over …`: at most WORDS words of what rose before the compare word)
  let compare = matchAt(a.tokens, k, a.g.compareWords, end);
  for (let n = 0; n < WORDS && !compare && a.tokens[k]?.kind === 'word'; n++)
    compare = matchAt(a.tokens, ++k, a.g.compareWords, end);
  if (!compare) return null;
  const j = compare.to;
  const possessive = a.g.levelBasePossessives ? matchAt(a.tokens, j, a.g.levelBasePossessives, end) : null;
  if (possessive) return levelAt(a, possessive.to, end, possessive.phrase.data);
  const year = a.tokens[j];
  if (year?.kind !== 'number' || !YEAR.test(year.text) || !possessiveMark(a, j + 1)) return null;
  return levelAt(a, j + 3, end);
}

/** True when tokens `k` and `k + 1` are a possessive's `’s` (`'s`). */
function possessiveMark(a: SentenceContext, k: number): boolean {
  const mark = a.tokens[k];
  return mark?.kind === 'punct' && (mark.text === '’' || mark.text === "'") && a.tokens[k + 1]?.forms.fold === 's';
}

/** The level when it starts at `j`: its number, or a currency before it (`US$714 million`); else null. */
function levelAt(
  a: SentenceContext,
  j: number,
  end: number,
  base?: ComparisonBase,
): { at: number; base?: ComparisonBase | undefined } | null {
  const at = matchAt(a.tokens, j, a.g.currencyBefore, end)?.to ?? j;
  return a.tokens[at]?.kind === 'number' ? { at: j, base } : null;
}

/**
 * `That’s up 34% from 2021’s 38.5 million barrels.`, `the country earned approximately US$766
 * million …, which represents a 7.4 per cent increase in earnings over the previous year’s US$714
 * million`: a rate written before the earlier level it is measured from, the level dated by a
 * possessive base — the rate is the change of the figure before it, never of that earlier level
 * (English). The rate goes to the statement right before when it has a value of the same unit and
 * kind and no change or completion of its own; with none (`That’s up …`: the subject is a pronoun) it is a
 * statement of its own, of the same name, kind and period. Runs after dating: the earlier level takes
 * the period its base names (`the previous year’s` of 2024: 2023), else none. Round 49: the rate had
 * been given to the earlier level — a silent wrong number. Constant work per statement.
 */
export function ratesBeforeEarlierLevels(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en' || !a.g.levelBasePossessives) return;
  const drafts = a.sentenceDrafts(st.span);
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const v = d.value;
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    if (!v || !c || d.completion || c.value.form !== 'rate' || c.span.end > v.span.start) continue;
    const level = possessiveLevelAt(a, tokenAt(a.tokens, c.span.end), end);
    const k = tokenAt(a.tokens, v.span.start);
    if (level?.at !== k) continue;
    // (the statement right before only: a value of the same unit and kind, with no change or completion)
    const before = n > 0 ? (drafts[n - 1] as Draft) : undefined;
    const owner =
      before?.value &&
      before.changes.length === 0 &&
      !before.completion &&
      before.value.value.unitCode === v.value.unitCode &&
      before.kind.value === d.kind.value
        ? before
        : undefined;
    const rule = `${a.g.locale}.change.rate-before-earlier-level`;
    // (`over the previous year’s …`: the possessive is the rate's base when it read none)
    const base = c.value.base ?? level.base;
    const moved = { ...c, value: base ? { ...c.value, base } : c.value, rule: `${c.rule}+${rule}` };
    d.changes.length = 0;
    const own = d.period;
    // (the earlier level is of the period its base names — `2021’s`, `the previous year’s` of 2024:
    // 2023 — never of the statement's own, lent it by the sentence)
    const earlier = base ? earlierPeriod(base, own?.value) : undefined;
    if (earlier && own) d.period = { ...own, value: earlier, rule: `${own.rule}+${rule}` };
    else if (own) {
      d.period = undefined;
      d.unread.push(
        a.unread('period', 'no-period', k, k + 1, 'The earlier level is of a period the text does not date'),
      );
    }
    if (owner) {
      owner.changes.push(moved);
      continue;
    }
    const s = a.newDraft(st.span, tokenAt(a.tokens, c.span.start));
    s.kind = { ...d.kind, rule: `${d.kind.rule}+${rule}` };
    if (d.name) s.name = { ...d.name };
    if (own) s.period = own;
    s.changes.push(moved);
  }
}
