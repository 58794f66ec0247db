import { isPeriodId, previousPeriod, samePeriodLastYear } from '../../period/period';
import { matchPeriod } from '../period-phrase';
import { matchAt, type PhraseMatch } from '../phrase';
import type { Draft } from '../place/context';
import type { ExtractedChange, StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many participle or link words may stand between the compared figure and its period (`recorded in`). */
const LINK_WORDS = 3;

/** The first word token of the draft's tokens. */
function firstWord(a: SentenceContext, d: Draft): number {
  let k = d.from;
  while (k < d.to && a.tokens[k]?.kind !== 'word') k++;
  return k;
}

/**
 * `… in October 2024, compared to the 1.3 million in September`: a month (or quarter) with no
 * year, compared with a statement of a month (quarter), is the latest such period before it —
 * this year's, or last year's when its number is not smaller. Undefined otherwise.
 */
function earlierPart(part: { kind: string; index: number } | undefined, own: string | undefined): string | undefined {
  const m = own ? /^(\d{4})-(\d\d|Q\d)$/u.exec(own) : null;
  if (!part || !m) return undefined;
  const year = Number(m[1]);
  const ownPart = m[2] as string;
  if (part.kind === 'month' && !ownPart.startsWith('Q')) {
    const y = part.index < Number(ownPart) ? year : year - 1;
    return `${y}-${String(part.index).padStart(2, '0')}`;
  }
  if (part.kind === 'quarter' && ownPart.startsWith('Q')) {
    const y = part.index < Number(ownPart.slice(1)) ? year : year - 1;
    return `${y}-Q${part.index}`;
  }
  return undefined;
}

/**
 * The period a compared figure names after it (`28.56 percent recorded in the same period last
 * year`, `3.39 percent seen in the first half of 2020`), resolved against the statement compared
 * with it (`id` undefined when that one has no period); undefined when the text names none.
 */
function comparedPeriod(
  a: SentenceContext,
  after: number,
  own: string | undefined,
): { id: string | undefined; to: number } | undefined {
  for (let k = after; k <= after + LINK_WORDS && k < a.tokens.length; k++) {
    const base = matchAt(a.tokens, k, a.g.bases);
    const kind = base?.phrase.data.kind;
    if (base && (kind === 'same-period-last-year' || kind === 'previous-period')) {
      if (!own || !isPeriodId(own)) return { id: undefined, to: base.to };
      const id = kind === 'same-period-last-year' ? samePeriodLastYear(own).id : previousPeriod(own).id;
      return { id, to: base.to };
    }
    const named = matchPeriod(a.tokens, k, a.g.locale);
    const id = named ? (a.periodId(named) ?? earlierPart(named.partial, own)) : undefined;
    if (named && id) return { id, to: named.to };
    if (a.tokens[k]?.kind !== 'word') return undefined;
  }
  return undefined;
}

/** Moves every change of `from` (with its same-period year) to `to`. */
function moveChanges(from: Draft, to: Draft): void {
  for (const c of from.changes) {
    to.changes.push(c);
    const year = from.sameIn.get(c);
    if (year !== undefined) to.sameIn.set(c, year);
    from.sameIn.delete(c);
  }
  from.changes.length = 0;
}

/**
 * `Exports reached 5 billion USD in 2022, compared with 4.2 billion USD in 2021`, `targets 5
 * million foreign tourists this year compared to 18 million in 2019`: a value right after a
 * compare word, followed by the period it belongs to, is the other side of the comparison — the
 * same indicator's value for that period (it was named `compared` and dated with the first
 * statement's period, a wrong period shown as certain). Its unit is the first value's, or none
 * written. True when the draft was taken as such.
 */
function comparedValue(a: SentenceContext, prev: Draft, d: Draft, lead?: string): boolean {
  const v = d.value;
  const first = prev.value;
  if (!v || !first || d.completion) return false;
  if (v.value.unitCode !== undefined && v.value.unitCode !== first.value.unitCode) return false;
  // the compare word right before the value's number (its span may hold a verb: `with`), a
  // bound word may stand between (`compared with nearly 4.2 billion USD`)
  const at = tokenAt(a.tokens, v.span.start);
  let led = false;
  for (let j = Math.max(0, at - LINK_WORDS); j <= at + 1 && !led; j++) {
    const compare = matchAt(a.tokens, j, a.g.periodBaseLeads);
    if (!compare) continue;
    // (`compared to the 1.3 million in September`: the article before the figure)
    const the = a.g.definiteArticles.has(a.tokens[compare.to]?.forms.fold ?? '') ? compare.to + 1 : compare.to;
    const bound = matchAt(a.tokens, the, a.g.approximate);
    led = a.tokens[bound ? bound.to : the]?.kind === 'number';
  }
  if (!led) return false;
  const end = tokenAt(a.tokens, v.span.end);
  // (the statement is dated later: its lead period stands in, `In October 2024, …`)
  const own = prev.period?.value ?? lead;
  const period = end < a.tokens.length ? comparedPeriod(a, end, own) : undefined;
  if (!period?.id || period.id === own) return false;
  // `reached 1.42 million, a slight increase compared to the 1.3 million in September and a 27.6
  // per cent increase compared to the same period last year`: changes written after the compared
  // figure's period are the first value's (it has none of its own); any other change: unsure.
  const periodEnd = a.tokens[period.to - 1]?.end ?? v.span.end;
  if (d.changes.length > 0 && (prev.changes.length > 0 || d.changes.some((c) => c.span.start < periodEnd)))
    return false;
  moveChanges(d, prev);
  const L = a.g.locale;
  if (prev.name) d.name = { ...prev.name, rule: `${L}.name.compared-value` };
  d.period = a.field(period.id, end, period.to, `${L}.period.compared-value`);
  return true;
}

/** How many tokens (unit words and a comma) may stand between the first value and the compare word. */
const GAP = 4;

/**
 * `… đạt 204.291 lượt khách, so với cùng kỳ 182.907 lượt, tăng 11,69%`, `… reached 1.2 million,
 * compared with the same period last year 1.05 million, up 14%`: a value right after a compare
 * word and a base of the same period a year (or a period) before (`so với cùng kỳ`, `so với cùng
 * kỳ năm trước`, `so với tháng trước`) is the base period's figure, and the change written after it
 * compares the figure BEFORE with it — the first value's change, against that base (round 27; it was
 * given to the base figure, doubted `comparison`). The compared figure keeps the first value's name
 * and, when the first is dated, the base's period. Only when the first value has no change of its
 * own, stands just before (its unit words and a comma, no other figure between) and has the same
 * unit (or none written), and every change of the compared figure comes after it. True when taken.
 */
function baseLedValue(a: SentenceContext, prev: Draft, d: Draft, lead?: string): boolean {
  const v = d.value;
  const first = prev.value;
  if (!v || !first || d.completion || prev.completion || prev.changes.length > 0 || d.changes.length === 0)
    return false;
  if (v.value.unitCode !== undefined && v.value.unitCode !== first.value.unitCode) return false;
  if (d.changes.some((c) => c.span.start < v.span.end)) return false;
  const at = tokenAt(a.tokens, v.span.start);
  const from = tokenAt(a.tokens, first.span.end);
  // the compare word after the first value: only its unit words and one comma between
  let cw: { from: number; to: number } | undefined;
  for (let j = from; j < at && j <= from + GAP && !cw; j++) {
    const x = a.tokens[j];
    if (!x || x.kind === 'number' || (x.kind === 'punct' && x.text !== ',')) return false;
    const m = matchAt(a.tokens, j, a.g.compareWords, at);
    if (m) cw = m;
  }
  if (!cw) return false;
  // the base fills the words to the figure (a bound word may stand before it: `so với cùng kỳ gần
  // 183 nghìn lượt`); it may open inside the longest compare word (`so với cùng` + `kỳ năm trước`)
  let base: PhraseMatch<{ kind: string }> | null = null;
  for (let k = cw.from + 1; k <= cw.to && !base; k++) {
    const m = matchAt(a.tokens, k, a.g.bases, at);
    const bound = m ? matchAt(a.tokens, m.to, a.g.approximate, at) : null;
    if (m && (bound ? bound.to : m.to) === at) base = m;
  }
  const kind = base?.phrase.data.kind;
  if (!base || (kind !== 'same-period-last-year' && kind !== 'previous-period')) return false;
  // (the base span opens with its compare word: a base named before the change with no compare
  // word is the subject of another clause, `doubts/comparison.ts`)
  const baseSpan = a.span(cw.from, base.to);
  d.changes = d.changes.map((c) =>
    c.value.base ? c : { ...c, value: { ...c.value, base: { kind }, baseSpan }, rule: `${c.rule}+base-led` },
  );
  moveChanges(d, prev);
  const L = a.g.locale;
  if (prev.name) d.name = { ...prev.name, rule: `${L}.name.base-led-value` };
  const own = prev.period?.value ?? lead;
  if (own && isPeriodId(own)) {
    const id = kind === 'same-period-last-year' ? samePeriodLastYear(own).id : previousPeriod(own).id;
    d.period = a.field(id, base.from, base.to, `${L}.period.base-led-value`);
  }
  return true;
}

/**
 * `… fulfilling 33.1 percent of the plan, higher than the 28.56 percent recorded in the same
 * period last year`, `GRDP up 5.91 percent in the first half of 2021, higher than 3.39 percent
 * recorded in the same period last year`, `the increase would be 7 percent, lower than the 9.2
 * percent seen in the same period last year`: a clause that opens with a comparative on a
 * percentage, followed by the period it belongs to, is the other side of the comparison — the
 * same indicator's figure of the same kind (a completion of the same plan, a rate against the
 * same base) for that period, resolved against the compared statement's. It becomes that
 * statement instead of a percentage named `higher than`. Without a period after it (`higher than
 * the 6 percent growth target`) it is left as read. The certainty pass still doubts it
 * (`comparison`): it is shown, never audited.
 */
export function comparedFigures(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const prev = drafts[n - 1] as Draft;
    if (comparedValue(a, prev, d, st.sentencePeriod?.id)) continue;
    if (baseLedValue(a, prev, d, st.sentencePeriod?.id)) continue;
    if (!d.name || d.completion || d.kind.value !== prev.kind.value || !a.comparativeAt(firstWord(a, d))) continue;
    const rate = prev.changes.find((c) => c.value.form === 'rate');
    if (!rate && !prev.completion) continue;
    // the compared figure: a bare percentage, or a rate the scanner read as the comparison's side
    const v = d.value;
    const side = d.changes.length === 1 && !v ? d.changes[0] : undefined;
    const bare = v && v.value.unitCode === 'percent' && d.changes.length === 0 ? v : undefined;
    // `lower than the 66.6 percent of the same period last year`: the scanner read a ratio to that
    // base; its base is the period the compared figure belongs to
    const ratio = side?.value.form === 'ratio' && side.value.baseSpan ? side : undefined;
    const at = bare?.span ?? (side?.value.form === 'rate' ? side.span : undefined) ?? ratio?.value.baseSpan;
    if (!at) continue;
    const end = tokenAt(a.tokens, ratio ? at.start : at.end);
    const period = end < a.tokens.length ? comparedPeriod(a, end, prev.period?.value) : undefined;
    if (!period) continue;
    if (ratio) {
      if (prev.name) d.name = { ...prev.name, rule: `${L}.name.compared-figure` };
      if (period.id) d.period = a.field(period.id, end, period.to, `${L}.period.compared-figure`);
      const number = ratio.value.amount;
      const approximate = ratio.value.approximate;
      d.changes = [];
      if (prev.completion && !rate) {
        const completion: StatedCompletion = {
          percent: number,
          form: 'of-plan',
          of: prev.completion.value.of,
          ...(approximate ? { approximate } : {}),
        };
        d.completion = { ...ratio, value: completion, rule: `${L}.completion.compared-figure` };
      } else if (rate) {
        const change: ExtractedChange = {
          form: 'rate',
          amount: number,
          ...(approximate ? { approximate } : {}),
          ...(rate.value.base ? { base: rate.value.base } : {}),
        };
        d.changes.push({ ...ratio, value: change, rule: `${L}.change.compared-figure` });
      }
      continue;
    }
    if (prev.name) d.name = { ...prev.name, rule: `${L}.name.compared-figure` };
    if (period.id) d.period = a.field(period.id, end, period.to, `${L}.period.compared-figure`);
    if (side) {
      if (!side.value.base && rate?.value.base)
        d.changes[0] = { ...side, value: { ...side.value, base: rate.value.base }, rule: `${side.rule}+compared-base` };
      continue;
    }
    if (!bare) continue;
    const number = bare.value.number;
    const approximate = bare.value.approximate;
    if (rate) {
      const change: ExtractedChange = {
        form: 'rate',
        amount: number,
        ...(approximate ? { approximate } : {}),
        ...(rate.value.base ? { base: rate.value.base } : {}),
      };
      d.changes.push({ ...bare, value: change, rule: `${L}.change.compared-figure` });
    } else if (prev.completion) {
      const completion: StatedCompletion = {
        percent: number,
        form: 'of-plan',
        of: prev.completion.value.of,
        ...(approximate ? { approximate } : {}),
      };
      d.completion = { ...bare, value: completion, rule: `${L}.completion.compared-figure` };
    }
    d.value = undefined;
  }
}
