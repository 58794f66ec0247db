import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens may stand between a rate level and the previous figure's number (`, up from`). */
const GAP = 8;

/**
 * `Credit growth picked up to 9.1% YoY from 8.5% in the previous month`, `core inflation came in at
 * 4.4% y/y vs. 4.1% in September`, `…, up from 7.2% a month earlier`: after a rate of change stated
 * as a level (`rules/genre-rate-level.ts`), a bare percentage led by `from`, `up from`, `vs.` …
 * (`grammar-en` `genrePreviousLeads`) is the same rate for an earlier period — a rate against the
 * same base, never a level of 8.5 %. Its own statement keeps whatever doubt the certainty pass gives
 * a compared figure. Linear: one look per pair of neighbouring drafts.
 */
export function genrePreviousRates(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.genrePreviousLeads;
  if (!leads) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const prev = drafts[n - 1] as Draft;
    const rate = prev.changes.find((c) => c.value.form === 'rate' && c.rule.includes('genre-rate-level'));
    const v = d.value;
    if (!rate || !v || v.value.unitCode !== 'percent' || d.changes.length > 0 || d.completion) continue;
    if (d.kind.value !== prev.kind.value) continue;
    const from = tokenAt(a.tokens, rate.span.end);
    const at = tokenAt(a.tokens, v.span.start);
    if (at - from > GAP) continue;
    let led = false;
    for (let j = from; j < at && !led; j++) {
      const lead = matchAt(a.tokens, j, leads, at + 1);
      if (!lead) continue;
      // the lead ends at the number, or at a sign glued to it (`vs. +4.1%`)
      const next = a.tokens[lead.to];
      led =
        lead.to === at || (lead.to === at - 1 && next?.kind === 'punct' && (next.text === '+' || next.text === '-'));
    }
    if (!led) continue;
    const change: ExtractedChange = {
      form: 'rate',
      amount: v.value.number,
      ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
      ...(rate.value.base ? { base: rate.value.base } : {}),
    };
    d.changes.push({ ...v, value: change, rule: `${a.g.locale}.change.genre-previous-rate` });
    d.value = undefined;
  }
}
