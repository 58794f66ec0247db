import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { earlierPeriod } from './reached-from-level';
import { tokenAt } from './token-at';

/**
 * `The amount is 29 per cent higher than the 2006 figure of GH¢354.73 million`, `a 24 per cent growth
 * over the previous year's figure of GH¢734.1 million`: a change's base that ends on a noun standing
 * for a figure (grammar `baseStandIns`: `figure`, `level`, `total`), then its link (`of`, grammar
 * `fromLevelLinks`) and the value: that value is the base period's level, not the statement's (it had
 * been the statement's value, certain). It moves to a statement of its own — the statement's name and
 * kind, dated by the base (`2006`; the statement's period moved back by `the previous year`, else
 * undated), read as an earlier reading (doubted: another period's figure) — and the statement keeps
 * its change (and its completion: `… and two per cent over the 2007 target`) with no value. English only (the grammar with stand-ins). One look per statement (round 46).
 */
export function baseFigureLevels(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.baseStandIns.nouns;
  if (nouns.size === 0) return;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    const span = c?.value.baseSpan;
    const base = c?.value.base;
    if (!v || !span || !base || v.rule.includes('.earlier-reading')) continue;
    const last = tokenAt(a.tokens, span.end) - 1;
    const at = tokenAt(a.tokens, v.span.start);
    if (at !== last + 1 || !nouns.has(a.tokens[last]?.forms.fold ?? '')) continue;
    if (matchAt(a.tokens, at, a.g.fromLevelLinks)?.from !== at) continue;
    const e: Draft = a.newDraft(st.span, at);
    e.kind = { ...d.kind, rule: `${d.kind.rule}+base-figure` };
    if (d.name) e.name = { ...d.name, rule: `${a.g.locale}.name.base-figure` };
    e.value = { ...v, rule: `${v.rule}.earlier-reading` };
    const own = earlierPeriod(base, d.period?.value);
    if (own) e.period = a.field(own, tokenAt(a.tokens, span.start), last + 1, `${a.g.locale}.period.base-figure`);
    else {
      const message = 'The earlier level is of a period the text does not date';
      e.unread.push({ what: 'period', reason: 'no-period', span: v.span, message });
    }
    a.extend(e, at, tokenAt(a.tokens, v.span.end));
    d.value = undefined;
  }
}
