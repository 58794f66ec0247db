import { isPeriodId } from '../../period/period';
import { matchAt } from '../phrase';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The mark of a period read as the year to its month. */
const YTD = '+year-to-date';

/** How many tokens before a change its year-to-date mark may stand (`with year to date figures down 3.7%`). */
const BEFORE = 7;
/** How many tokens after a change its year-to-date mark may stand (`surged 14.6% year-to-date`, `(+6.5% ytd)`). */
const AFTER = 2;

/**
 * `The VN-Index surged 14.6% year-to-date as of June 2024`, `moderately positive in May 2019 with
 * year to date figures down 3.7%`: a change marked as reckoned from the start of the year (grammar
 * `yearToDateWords`, a few tokens before or right after it, no stop or `;` between) in a statement
 * dated by one month is the change of the months of that year to that month (`2024-YTD-06`), not of
 * the month alone. Not a change bracketed after the statement's level: `The VN-index ended the Jun
 * 2024 at 1,250 (+10.2% ytd)` gives the month's closing level, and the month stays its period (test9).
 * Runs after the statements are dated; the period keeps its rule, `+year-to-date` after its id.
 */
export function yearToDateChanges(a: SentenceContext, st: SentenceState): void {
  const marks = a.g.yearToDateWords;
  if (!marks || marks.length === 0) return;
  const t = a.tokens;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.changes.length === 0 || !d.period) continue;
    const month = /^(\d{4})-(\d\d)$/u.exec(d.period.value);
    if (!month) continue;
    const id = `${month[1]}-YTD-${month[2]}`;
    if (!isPeriodId(id)) continue;
    const marked = d.changes.some((c) => {
      const from = tokenAt(t, c.span.start);
      // (`ended the Jun 2024 at 1,250 (+10.2% ytd)`: the bracket remarks on the month's level)
      if (d.value && (isBracket(t[from]) || isBracket(t[from - 1]) || isBracket(t[from - 2]))) return false;
      return markedNear(t, from, tokenAt(t, c.span.end), marks);
    });
    if (!marked) continue;
    // (the mark goes right after the rule's own id, before its suffixes: the doubts read both ends)
    const rule = d.period.rule;
    const cut = rule.indexOf('+');
    const withMark = cut < 0 ? `${rule}${YTD}` : `${rule.slice(0, cut)}${YTD}${rule.slice(cut)}`;
    d.period = { ...d.period, value: id, rule: withMark };
  }
}

/** True when a year-to-date mark starts within {@link BEFORE} tokens before `from`, inside the change or {@link AFTER} after `to`, no stop between. */
function markedNear(
  t: readonly Token[],
  from: number,
  to: number,
  marks: NonNullable<SentenceContext['g']['yearToDateWords']>,
): boolean {
  for (let i = from - 1; i >= 0 && i >= from - BEFORE; i--) {
    if (stop(t[i])) break;
    const mk = matchAt(t, i, marks);
    if (mk && mk.to <= from) return true;
  }
  // (inside the change too: `rose 9.2% ytd` is one change read with its base, the end of last year)
  for (let i = from; i < t.length && i < to + AFTER + 1; i++) {
    if (stop(t[i])) break;
    if (matchAt(t, i, marks)) return true;
  }
  return false;
}

/** A sentence's stop, a `;` or a comma: no mark reaches over it. */
const stop = (x: Token | undefined): boolean =>
  x === undefined || (x.kind === 'punct' && (x.text === '.' || x.text === ';' || x.text === ','));

/** An opening bracket. */
const isBracket = (x: Token | undefined): boolean => x?.kind === 'punct' && x.text === '(';
