import type { Draft } from '../place/context';
import { readNumber } from '../read-number';
import type { Extracted, ExtractedChange, StatedCompletion } from '../types';
import { bracketLabel, joinedAt, leadsOf, ledAt, numberOf, ownBase, periodAfter } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { asShownPoints, shownEarlier } from './labelled-parts';
import { tokenAt } from './token-at';

/**
 * `GDP growth picked up to 7.3% in 2024 from 6.7% in 2023`, `…, up from 3.1% in August 2024`,
 * `Exports hit US$35.6 billion in September 2024, versus US$32.1 billion in August 2024`, `Inflation
 * decelerated to 2.8% in April (March: 3.4%)`, `(10M 2024: 5.8 million tonnes)`, `(vs +9.1% YoY in
 * October 2024 and a 9.6% YoY average in 9M 2025)`: a figure led by a compare word (`from`, `up
 * from`, `vs`, `versus`, `against`, `compared with`, `after`) or labelled by a period in a bracket,
 * right after a statement of the same indicator, is that indicator's figure for the period written
 * with it — its own statement, never dated by the statement before it (which gave the earlier
 * month's figure the later month as certain). A bare percentage after a rate of change is the same
 * rate (against the base written with it, else the first one's), after a completion the same
 * plan's completion; a value of the first one's unit stays a value. A period that cannot be dated
 * (`in January` of a move to February 2024) is not given; a figure with no period written keeps
 * whatever the other steps gave. Constant work per pair of neighbouring statements.
 */
export function comparedPrevious(a: SentenceContext, st: SentenceState): void {
  if (!leadsOf(a)) return;
  const L = a.g.locale;
  const drafts = a.sentenceDrafts(st.span);
  const compared = new Set<Draft>();
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const prev = drafts[n - 1] as Draft;
    if (d.kind.value !== prev.kind.value) continue;
    if (d.completion) {
      comparedCompletionPeriod(a, st, prev, d);
      continue;
    }
    const v = d.value;
    const side = !v && d.changes.length === 1 ? d.changes[0] : undefined;
    if (!v && !side) continue;
    if (v && d.changes.length > 0) continue;
    const fig = (v ?? side) as Extracted<unknown>;
    const at = numberOf(a, fig);
    if (at === undefined || side?.rule.includes('labelled-part')) continue;
    const own = prev.period?.value ?? st.sentencePeriod?.id;
    const label = bracketLabel(a, at, own);
    // (`vs +9.1% YoY in October 2024 and a 9.6% YoY average in 9M 2025`: a figure joined by `and`
    // to a compared one is compared too, with its own period)
    const led = label !== undefined || ledAt(a, at) || (compared.has(prev) && joinedAt(a, at));
    if (!led) continue;
    const end = tokenAt(a.tokens, fig.span.end);
    const after = label ? undefined : periodAfter(a, end, own);
    // (`vs 12% in the textile sector`: a compared figure with no period of its own is left as read)
    if (!label && !after) continue;
    const id = label ? label.id : after?.id;
    // (`… in 9M 2025 vs 78.4% in 9M 2025`: the same period is no comparison of periods)
    if (id !== undefined && id === prev.period?.value) continue;
    const rate = prev.changes.find((c) => c.value.form === 'rate');
    const percent = v?.value.unitCode === 'percent' && !v.value.scale;
    // the figure's kind: a rate after a rate, a completion after a completion, a value of the same unit
    if (v && percent) {
      const base = after?.base ?? ownBase(a, end + (a.tokens[end]?.text === '%' ? 1 : 0))?.base ?? rate?.value.base;
      // (`đạt 137,13%, giảm 53,37% so với cùng kỳ (năm 2017 đạt 190,5%)`: the arithmetic shows the level)
      const shown = shownEarlier(prev, v.value.number);
      if (shown) asShownPoints(prev, v.value.number);
      if (rate && !shown) {
        const change: ExtractedChange = {
          form: 'rate',
          amount: v.value.number,
          ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
          ...(base ? { base } : {}),
        };
        d.changes.push({ ...v, value: change, rule: `${L}.change.compared-previous` });
        d.value = undefined;
      } else if (prev.completion && shown !== 'value') {
        const completion: StatedCompletion = {
          percent: v.value.number,
          form: 'of-plan',
          of: prev.completion.value.of,
          ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
        };
        d.completion = { ...v, value: completion, rule: `${L}.completion.compared-previous` };
        d.value = undefined;
      } else if (shown !== 'value') continue;
    } else if (v) {
      const first = prev.value?.value;
      if (!first || (v.value.unitCode !== undefined && v.value.unitCode !== first.unitCode)) continue;
    } else if (side?.value.form !== 'rate') continue;
    else if (prev.completion && !rate && !side.value.base && !label) {
      // (`… achieve 55 percent of the annual planned budget (compared with 46.5 percent during the
      // same period of 2022)`: read as a rate for the sentence's earlier change, it is the same
      // plan's completion of that period)
      const completion: StatedCompletion = {
        percent: side.value.amount,
        form: 'of-plan',
        of: prev.completion.value.of,
        ...(side.value.approximate ? { approximate: side.value.approximate } : {}),
      };
      d.completion = { ...side, value: completion, rule: `${L}.completion.compared-previous` };
      d.changes = [];
    }
    compared.add(d);
    if (prev.name) d.name = { ...prev.name, rule: `${L}.name.compared-previous` };
    if (id && id !== prev.period?.value) {
      const from = label ? label.open + 1 : (after?.from ?? end);
      const to = label ? at : (after?.to ?? end);
      d.period = a.field(id, from, to, `${L}.period.compared-previous`);
    }
    joinedPercents(a, st, d, own);
  }
}

/**
 * `(vs 9.1% in October 2024 and 9.6% in 9M 2025)`: a percentage joined by `and` to a compared rate,
 * with a period of its own written after it, was left unread in the compared statement (`% of
 * what?`). It is the same rate for that period — a statement of its own. Constant work per unread.
 */
function joinedPercents(a: SentenceContext, st: SentenceState, d: Draft, own: string | undefined): void {
  const L = a.g.locale;
  const rate = d.changes.find((c) => c.value.form === 'rate');
  if (!rate) return;
  for (const u of [...d.unread]) {
    if (u.what !== 'completion' || u.reason !== 'percent-without-base' || u.span.start < rate.span.end) continue;
    const k = numberOf(a, u as unknown as Extracted<unknown>);
    const tok = k === undefined ? undefined : a.tokens[k];
    if (k === undefined || !tok || !joinedAt(a, k)) continue;
    const end = Math.max(k + 1, tokenAt(a.tokens, u.span.end));
    const after = periodAfter(a, end, own);
    if (!after?.id) continue;
    const n = readNumber(tok.text, L);
    if ('error' in n) continue;
    const s: Draft = a.newDraft(st.span, k);
    s.kind = { ...d.kind, rule: `${L}.kind.compared-previous` };
    if (d.name) s.name = { ...d.name, rule: `${L}.name.compared-previous` };
    const base = after.base ?? rate.value.base;
    const change: ExtractedChange = { form: 'rate', amount: n, ...(base ? { base } : {}) };
    s.changes.push(a.field(change, k, end, `${L}.change.compared-previous`));
    s.period = a.field(after.id, after.from, after.to, `${L}.period.compared-previous`);
    d.unread.splice(d.unread.indexOf(u), 1);
    a.extend(s, k, end);
  }
}

/**
 * `đạt 91,8% kế hoạch …, cao hơn so với mức 87,1% của cùng kỳ năm 2023`: a completion another step
 * read as the compared one keeps the period written after it (`cùng kỳ năm 2023` of a ten-month
 * statement is 2023-YTD-10), never the sentence's. Constant work.
 */
function comparedCompletionPeriod(a: SentenceContext, st: SentenceState, prev: Draft, d: Draft): void {
  const c = d.completion;
  if (!c || !prev.completion || d.value || d.changes.length > 0) return;
  const at = numberOf(a, c as Extracted<unknown>);
  if (at === undefined || !ledAt(a, at)) return;
  const own = prev.period?.value ?? st.sentencePeriod?.id;
  const after = periodAfter(a, tokenAt(a.tokens, c.span.end), own);
  if (!after?.id || after.id === own || after.id === d.period?.value) return;
  d.period = a.field(after.id, after.from, after.to, `${a.g.locale}.period.compared-previous`);
}
