import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import { numberOf, periodOver, yearAt } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `The economy expanded by 7.09% in the third quarter of 2024 (July +5.66%, August +6.93%, September
 * +7.4%)`, `GDP grew 6.42% in 2024, about half of the 2023 average growth (8.3 percent)`: a statement
 * named by a period alone (a month or quarter inside the span of the statement before it), or a
 * figure of `the <year> average`, is the same measure's figure for that period — never dated by
 * the statement before it. A bare percentage after a rate is that rate. Constant work per statement.
 */
export function periodNamedParts(a: SentenceContext, st: SentenceState): void {
  if (!a.g.genrePreviousLeads) return;
  const L = a.g.locale;
  const drafts = a.sentenceDrafts(st.span);
  let whole: Draft | undefined;
  for (const d of drafts) {
    const name = d.name;
    const from = name ? tokenAt(a.tokens, name.span.start) : 0;
    const to = name ? tokenAt(a.tokens, name.span.end) : 0;
    const p = name && whole ? periodOver(a, from, to, whole.period?.value) : undefined;
    const named = p !== undefined;
    const fig = (d.value ?? d.changes[0]) as Extracted<unknown> | undefined;
    const at = fig ? numberOf(a, fig) : undefined;
    const average = at !== undefined ? averageYear(a, at) : undefined;
    if (!whole || (!named && average === undefined) || d.period?.rule.includes('compared')) {
      if (!named) whole = d;
      continue;
    }
    const rate = whole.changes.find((c) => c.value.form === 'rate');
    if (!rate) continue;
    const id = average || p?.id;
    const v = d.value;
    if (v && (v.value.unitCode !== 'percent' || v.value.scale || d.changes.length > 0)) continue;
    if (v) {
      const change: ExtractedChange = {
        form: 'rate',
        amount: v.value.number,
        ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
      };
      // (an average with no year of its own: a compared figure, its period never the statement's before)
      const rule = average === '' ? `${L}.change.compared-previous-average` : `${L}.change.period-named-part`;
      d.changes.push({ ...v, value: change, rule });
      d.value = undefined;
    }
    if (whole.name) d.name = { ...whole.name, rule: `${L}.name.period-named-part` };
    if (id && at !== undefined) d.period = a.field(id, at, at + 1, `${L}.period.period-named-part`);
  }
}

/**
 * `the 2023 average growth (8.3 percent)`, `the 2022 average of 7%`, `the pre-pandemic average of
 * 7%`: an average named right before number token `at` — its year when one stands before
 * `average` (`''` when none does); undefined when there is no such average.
 */
function averageYear(a: SentenceContext, at: number): string | undefined {
  const t = a.tokens;
  for (let j = at - 1; j >= 0 && j >= at - 5; j--) {
    const x = t[j] as Token;
    if (x.kind === 'word' && x.forms.fold === 'average') return yearAt(t[j - 1]) ?? '';
    if (x.kind === 'number' || (x.kind === 'punct' && x.text !== '(' && x.text !== '-')) return undefined;
  }
  return undefined;
}
