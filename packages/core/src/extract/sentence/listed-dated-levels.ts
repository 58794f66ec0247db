import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearText } from './year-word';

/** At most this many items a dated list may carry after its first (a guard; a report's series is short). */
const MAX_ITEMS = 24;

/**
 * `The figure reached over 30,000 in 2015; 54,000 in 2017 and 69,000 in 2018`, `Số doanh nghiệp đạt
 * 30.000 năm 2015; 54.000 năm 2017 và 69.000 năm 2018`: a plain count read with its own period right
 * after it, followed — past a comma, a semicolon or a joiner — by more plain numbers each with its
 * own dated period right after it, is a series of the same measure: each item a statement of its own
 * under the first's name, kind and stage, dated by its period. The later numbers were left unused (a
 * bare number alone is no figure). Only plain counts (no unit, no scale word) whose period follows
 * the number at once; a number that is a year, or that another statement read, ends the series.
 * Constant work per item.
 */
export function listedDatedLevels(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length === 0) return;
  const read = new Set<number>();
  for (const d of drafts) for (const f of [d.value, d.completion, ...d.changes]) if (f) read.add(f.span.start);
  const end = tokenAt(a.tokens, st.span.end);
  for (const d of [...drafts]) {
    const v = d.value;
    const p = d.period;
    if (!v || !p || d.changes.length > 0 || d.completion || v.value.unit !== undefined || v.value.scale !== 0) continue;
    let k = tokenAt(a.tokens, v.span.end);
    if (tokenAt(a.tokens, p.span.start) !== k && tokenAt(a.tokens, p.span.start) !== k + 1) continue;
    k = tokenAt(a.tokens, p.span.end);
    for (let n = 0; n < MAX_ITEMS && k < end; n++) {
      const sep = a.tokens[k] as Token | undefined;
      if (sep?.kind === 'punct' && (sep.text === ',' || sep.text === ';')) k++;
      const joiner = matchAt(a.tokens, k, a.g.joiners, end);
      if (joiner) k = joiner.to;
      else if (sep?.kind !== 'punct' || (sep.text !== ',' && sep.text !== ';')) break;
      const t = a.tokens[k];
      if (t?.kind !== 'number' || isYearText(t.text) || read.has(t.start) || a.tokens[k + 1]?.gap === '') break;
      const period = matchPeriod(a.tokens, k + 1, a.g.locale);
      const id = period ? a.periodId(period) : undefined;
      if (!period || !id || period.to > end) break;
      const number = readNumber(t.text, a.g.locale);
      if ('error' in number) break;
      const L = a.g.locale;
      const e: Draft = a.newDraft(st.span, k);
      e.kind = { ...d.kind, rule: `${L}.kind.listed-dated-level` };
      if (d.name) e.name = { ...d.name, rule: `${L}.name.listed-dated-level` };
      if (d.stage) e.stage = d.stage;
      e.value = a.field(quantityOf(number, 0), k, k + 1, `${L}.value.listed-dated-level`);
      e.period = a.field(id, period.from, period.to, `${period.rule}+listed-dated-level`);
      e.to = period.to;
      read.add(t.start);
      k = period.to;
    }
  }
}
