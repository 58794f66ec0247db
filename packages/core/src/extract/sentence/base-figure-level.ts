import type { ComparisonBase } from '../../model/types';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { earlierPeriod } from './from-level-base';
import { tokenAt } from './token-at';
import { unreadQuantity } from './unread-quantity';

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
    if (!v || v.rule.includes('.earlier-reading')) continue;
    // (each change's base: `a 33 percent increase over April's shipment of 4,384 tonnes and a 186
    // percent increase over last May's haul of 2,268 tonnes` — round 51; only a lone change had been looked at)
    for (const c of d.changes) {
      const span = c.value.baseSpan;
      const base = c.value.base;
      if (!span || !base) continue;
      const last = tokenAt(a.tokens, span.end) - 1;
      if (!nouns.has(a.tokens[last]?.forms.fold ?? '')) continue;
      // (`Revenue was GH¢910 million, a 24 per cent growth over the previous year's figure of GH¢734.1
      // million`: the statement has its value; the base's level was left unread as a second one — round 47)
      if (tokenAt(a.tokens, v.span.start) !== last + 1) {
        unreadBaseLevel(a, st, d, base, span, last);
        continue;
      }
      if (d.changes.length !== 1 || matchAt(a.tokens, last + 1, a.g.fromLevelLinks)?.from !== last + 1) continue;
      baseLevel(a, st, d, base, span, last, { ...v, rule: `${v.rule}.earlier-reading` });
      d.value = undefined;
    }
  }
}

/**
 * `an increase of $24.392 million or 3.19 percent against the January 2007 during which country's textile
 * exports were recorded $764.169 million`: a value in a relative clause of the base's period (grammar
 * `basePeriodRelatives`: `during which`, `when`) opened right after the change's base is that period's
 * level, not the statement's — it moves to a statement of its own as {@link baseFigureLevels} moves one,
 * and the statement keeps its change. Round 57: the change had been that level's, certain. So does a
 * value right after a `which` (grammar `baseLevelRelatives`) past a comma after the base (`than the same
 * period last year, which stood at $275.69 million`; round 62). One look per statement.
 */
export function baseClauseLevels(a: SentenceContext, st: SentenceState): void {
  const relatives = a.g.basePeriodRelatives;
  if (!relatives) return;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    const span = c?.value.baseSpan;
    const base = c?.value.base;
    if (!v || !span || !base || v.span.start < span.end || v.rule.includes('.earlier-reading')) continue;
    // (`18.36 percent higher than the same period last year, which stood at $275.69 million`: past a
    // comma too; round 62 — it had been this season's level, certain)
    const end = tokenAt(a.tokens, span.end) + (a.tokens[tokenAt(a.tokens, span.end)]?.text === ',' ? 1 : 0);
    const at = tokenAt(a.tokens, v.span.start);
    // (a bare `which` only right before the value's verb: `…, which was a record year, to $300 million` is no base's level)
    const levelRelative = a.g.baseLevelRelatives ? matchAt(a.tokens, end, a.g.baseLevelRelatives, at) : null;
    if (!matchAt(a.tokens, end, relatives, at) && levelRelative?.to !== at) continue;
    baseLevel(a, st, d, base, span, tokenAt(a.tokens, v.span.start) - 1, { ...v, rule: `${v.rule}.earlier-reading` });
    d.value = undefined;
  }
  nextBaseLevels(a, st);
}

/**
 * `India's coal production for April 2024 reached 78.69 million tonnes (MT), marking a notable growth rate
 * of 7.41 per cent compared to the corresponding period in the previous year, which stood at 73.26 MT`: the
 * base's level after `which` (grammar `baseLevelRelatives`) past the comma that closes a change's base,
 * read as a statement of its own because the statement of the change holds its value already, is that
 * base period's level, as {@link baseClauseLevels} reads one inside the statement: it takes that
 * statement's name and kind, the base's period (else none) and is read as an earlier reading (doubted).
 * Round 69, probe of South Asian state firms: it had been April 2024's level, certain. One look per statement.
 */
function nextBaseLevels(a: SentenceContext, st: SentenceState): void {
  const relatives = a.g.baseLevelRelatives;
  if (!relatives) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const prev = drafts[n - 1] as Draft;
    const v = d.value;
    const c = prev.changes.length === 1 ? prev.changes[0] : undefined;
    const span = c?.value.baseSpan;
    const base = c?.value.base;
    if (!v || !span || !base || !prev.value || d.changes.length > 0 || d.completion) continue;
    if (v.rule.includes('.earlier-reading') || v.span.start < span.end) continue;
    const close = tokenAt(a.tokens, span.end);
    if (a.tokens[close]?.text !== ',') continue;
    const at = tokenAt(a.tokens, v.span.start);
    if (matchAt(a.tokens, close + 1, relatives, at)?.to !== at) continue;
    d.kind = { ...prev.kind, rule: `${prev.kind.rule}+base-figure` };
    if (prev.name) d.name = { ...prev.name, rule: `${a.g.locale}.name.base-figure` };
    d.value = { ...v, rule: `${v.rule}.earlier-reading` };
    const own = earlierPeriod(base, prev.period?.value);
    d.period = own ? a.field(own, tokenAt(a.tokens, span.start), close, `${a.g.locale}.period.base-figure`) : undefined;
  }
}

/**
 * The base period's own level `value` (it starts right after the stand-in noun at `last`, past its link): a
 * statement of its own with `d`'s name and kind, dated by the base (the statement's period moved back by
 * it), else undated.
 */
function baseLevel(
  a: SentenceContext,
  st: SentenceState,
  d: Draft,
  base: ComparisonBase,
  span: { start: number; end: number },
  last: number,
  value: NonNullable<Draft['value']>,
): void {
  const at = last + 1;
  const e: Draft = a.newDraft(st.span, at);
  e.kind = { ...d.kind, rule: `${d.kind.rule}+base-figure` };
  if (d.name) e.name = { ...d.name, rule: `${a.g.locale}.name.base-figure` };
  e.value = value;
  const own = earlierPeriod(base, d.period?.value);
  if (own) e.period = a.field(own, tokenAt(a.tokens, span.start), at, `${a.g.locale}.period.base-figure`);
  else {
    const message = 'The earlier level is of a period the text does not date';
    e.unread.push({ what: 'period', reason: 'no-period', span: value.span, message });
  }
  a.extend(e, at, tokenAt(a.tokens, value.span.end));
}

/**
 * The base's level left unread right after the stand-in noun at `last` (past its link): a statement of
 * its own, as {@link baseFigureLevels} makes one, of the same unit as the statement's value; the unread
 * part is taken off the statement.
 */
function unreadBaseLevel(
  a: SentenceContext,
  st: SentenceState,
  d: Draft,
  base: ComparisonBase,
  span: { start: number; end: number },
  last: number,
): void {
  const v = d.value;
  const u = d.unread.find(
    (x) => x.what === 'value' && x.reason === 'unrecognised-figure' && tokenAt(a.tokens, x.span.start) === last + 1,
  );
  const link = u ? matchAt(a.tokens, last + 1, a.g.fromLevelLinks) : null;
  if (!v || !u || link?.from !== last + 1) return;
  // (read past the link, so a currency before the number is the amount's: `of GH¢734.1 million`)
  const q = unreadQuantity(a, { ...u, span: a.span(link.to, tokenAt(a.tokens, u.span.end)) })?.q.quantity;
  if (!q || q.unitCode !== v.value.unitCode || q.unit !== v.value.unit) return;
  baseLevel(a, st, d, base, span, last, {
    value: q,
    span: u.span,
    rule: `${a.g.locale}.value.base-figure.earlier-reading`,
  });
  d.unread = d.unread.filter((x) => x !== u);
}
