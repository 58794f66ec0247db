import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { Range, SentenceContext, SentenceState } from './context';
import { listComplete } from './list-complete';
import { tokenAt } from './token-at';
import { yearRun } from './year-run';

/** The mark in a field's rule of a figure paired with its name by order (the certainty pass does not doubt it). */
export const PAIRED = 'respectively-paired';

/** The tokens of a field's span. */
function rangeOf(tokens: readonly Token[], f: Extracted<unknown>): Range {
  const from = tokenAt(tokens, f.span.start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).end <= f.span.end) to++;
  return { from, to };
}

/**
 * The items of a list of names: `coffee and pepper`, `Korea, Japan and India`, `Hà Nội và TP HCM`
 * split at commas and joiners outside brackets; undefined when an item is empty.
 */
function nameItems(a: SentenceContext, name: Range): Range[] | undefined {
  const out: Range[] = [];
  let from = name.from;
  let depth = 0;
  for (let i = name.from; i < name.to; ) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth = Math.max(0, depth - 1);
    const joiner = depth === 0 && t.kind === 'word' ? matchAt(a.tokens, i, a.g.joiners, name.to) : null;
    const comma = depth === 0 && t.kind === 'punct' && t.text === ',';
    if (!joiner && !comma) {
      i++;
      continue;
    }
    if (i === from && comma) return undefined;
    if (i > from) out.push({ from, to: i });
    i = joiner ? joiner.to : i + 1;
    // `A, B and C`: a joiner right after a comma ends no item of its own.
    if (comma && a.tokens[i]?.kind === 'word') {
      const next = matchAt(a.tokens, i, a.g.joiners, name.to);
      if (next) i = next.to;
    }
    from = i;
  }
  if (from >= name.to) return undefined;
  out.push({ from, to: name.to });
  return out;
}

/**
 * True when the name may be only the end of a longer list of names (`Xuất khẩu gạo, cà phê, hồ
 * tiêu và điều tăng lần lượt …`, whose clause split at the commas named it `cà phê, hồ tiêu và
 * điều`): a comma before the name's words, with no number between it and the start of the
 * sentence or a `;` — the words there may be the list's first names.
 */
function mayContinue(a: SentenceContext, st: SentenceState, name: Range): boolean {
  let i = name.from - 1;
  while (i >= st.sentence.from && (a.tokens[i] as Token).kind === 'word') i--;
  const t = a.tokens[i];
  if (i < st.sentence.from || t?.kind !== 'punct' || t.text !== ',') return false;
  for (let j = i - 1; j >= st.sentence.from; j--) {
    const x = a.tokens[j] as Token;
    if (x.kind === 'number') return false;
    if (x.kind === 'punct' && x.text === ';') return true;
  }
  return true;
}

/** A change's form for pairing: a rate and a multiple (`times`) are both a rise stated in its own terms. */
const growth = (form: ExtractedChange['form'] | undefined): string | undefined => (form === 'times' ? 'rate' : form);

/** `f` with the mark of a figure paired with its item by a `respectively` list. */
export const paired = <T>(f: Extracted<T>): Extracted<T> => ({ ...f, rule: `${f.rule}+${PAIRED}` });

/**
 * `served more than 90,600 tourists, including 10,000 foreigners, up 39 percent and 20 percent
 * year-on-year, respectively`, `welcomed 1.8 million for tourism, 586,000 for work and 347,000 for
 * visiting relatives, increasing 44.4 percent, 45.7 percent and 2 percent respectively`: the
 * statement at `n` holds a value and N ≥ 2 changes of one form, and the N − 1 statements right
 * before it each hold a value and nothing else — the values are the list the changes pair with,
 * in order: change k goes to value k. Returns whether it paired.
 */
export function pairValues(
  a: SentenceContext,
  st: SentenceState,
  drafts: readonly Draft[],
  n: number,
  word: number,
): boolean {
  const d = drafts[n] as Draft;
  const count = d.changes.length;
  // (`year-on-year increases of almost 50% and 2.5 times, respectively`: a rate and a multiple are
  // one list of rises; any other mix of forms is not)
  const form = growth(d.changes[0]?.value.form);
  if (!d.value || count < 2 || n + 1 < count || d.changes.some((c) => growth(c.value.form) !== form)) return false;
  // A value the statement could not place (`… valued at US$1.5 billion`) may be a name of the list.
  if (d.unread.some((u) => u.what === 'value')) return false;
  // Only commas and a base between the last change and the word: names written after the
  // figures (`up 15.7% and 13.7% in volume and value, respectively`) are what they pair with.
  const last = d.changes[count - 1] as Extracted<ExtractedChange>;
  for (let i = tokenAt(a.tokens, last.span.end); i < word; ) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && t.text === ',') {
      i++;
      continue;
    }
    const base = matchAt(a.tokens, i, a.g.bases, word) ?? matchAt(a.tokens, i, a.g.standaloneBases, word);
    if (!base) return false;
    i = base.to;
  }
  const members = drafts.slice(n - count + 1, n + 1);
  if (!members.every((m, k) => m.value && (k === count - 1 || (m.changes.length === 0 && !m.completion)))) return false;
  // (`Arrivals from Korea and China, which accounted for 20 percent of total exports, grew by
  // 27.7% and 12.4%, respectively, to 196,200 and 102,900`: listed values are one measure — a
  // percentage beside a count or an amount is an aside's share, no item of the list)
  const percent = members.map((m) => m.value?.value.unitCode === 'percent');
  if (percent.some((p) => p !== percent[0])) return false;
  // A number left unread among the values makes the count unsure (`…, 2 million foreigners and 300,000 business travellers`).
  if (!listComplete(a, st, drafts, ((members[0] as Draft).value as Extracted<unknown>).span.start, last.span.end))
    return false;
  // `Exports of rice and coffee reached US$1.2 billion and US$0.8 billion, up 5% and 7%,
  // respectively`: values read as a pair under one name take the list's names in order; when
  // that name is no list of exactly as many names, nothing is paired (every figure stays doubted).
  const first = members[0]?.name;
  // (the later values of a list written with commas have no name of their own)
  const shared =
    first !== undefined &&
    members.every((m, k) => m.name?.span.start === first.span.start || (k > 0 && m.name === undefined));
  const items = shared ? nameItems(a, rangeOf(a.tokens, first)) : undefined;
  // A shared name that is a list of another count (`Exports of phones and components and
  // exports of computers and electronics reached $X and $Y, up P% and Q%, respectively`: its
  // `and`s do not all join items) or no list at all (`served 3.73 million visitors …, earning
  // 13.2 trillion VND …, up 2.8 times and 3.6 times`) names nothing to pair: the values still
  // pair with the changes by order — the k-th value with the k-th change — and keep their names.
  const names = items?.length === count ? items : undefined;
  const changes = d.changes.map(paired);
  const sameIn = d.changes.map((c) => d.sameIn.get(c));
  d.sameIn.clear();
  members.forEach((m, k) => {
    const c = changes[k] as Extracted<ExtractedChange>;
    m.changes = [c];
    // The values are the list's names: each is its own statement's, whatever the pairing.
    if (m.value) m.value = paired(m.value);
    const r = names?.[k];
    if (r) m.name = a.field(a.span(r.from, r.to).text, r.from, r.to, `${a.g.locale}.name.${PAIRED}`);
    const year = sameIn[k];
    if (year !== undefined) m.sameIn.set(c, year);
  });
  return true;
}

/**
 * `Coffee and pepper exports rose 7 percent and 9 percent, respectively`, `the trade surplus to
 * the EU and Japan was US$16.4 billion and US$0.9 billion, respectively`, `Hà Nội và Đà Nẵng tăng
 * lần lượt 7,2% và 8,1%`: a sentence that pairs names and figures by order, where the statement's
 * name is a list of exactly as many names as its figures of one kind (several changes of one form
 * in one statement, or one value in each of the statements read as a `respectively` pair), gives
 * each figure its own statement named by its name, the figure marked as paired. When the counts
 * differ, nothing is paired and every figure of the list stays uncertain (`respectively`).
 * Runs once per sentence over its statements.
 */
export function pairRespectively(a: SentenceContext, st: SentenceState): void {
  const { from, to } = st.sentence;
  let word = -1;
  for (let i = from; i < to && word < 0; i++) if (matchAt(a.tokens, i, a.g.respectiveWords, to)) word = i;
  if (word < 0) return;
  const drafts = a.sentenceDrafts(st.span);
  const L = a.g.locale;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    if (pairValues(a, st, drafts, n, word)) continue;
    if (!d.name) continue;
    // One value in each of the drafts named the same by a `respectively` pair.
    let group = 1;
    while (
      n + group < drafts.length &&
      (drafts[n + group] as Draft).name?.rule.endsWith('.name.respectively') &&
      (drafts[n + group] as Draft).name?.span.start === d.name.span.start
    )
      group++;
    const name = rangeOf(a.tokens, d.name);
    // (`… 2,528 TEUs and 4,580 TEUs, respectively, representing respective growth of 100 percent
    // and 398 percent`: a name opened by the `respectively` of the list before it names nothing —
    // its changes are that list's, paired with its values by `pairChangesWithValues`)
    if (matchAt(a.tokens, name.from, a.g.respectiveWords, name.to)) continue;
    const items = mayContinue(a, st, name) ? undefined : nameItems(a, name);
    if (!items) continue;
    if (group > 1) {
      const members = drafts.slice(n, n + group);
      if (items.length !== group || !members.every((m) => m.value && m.changes.length === 0)) continue;
      // (`Mức kiều hối trong năm 2013 và 2012 lần lượt là 11 tỷ USD và 10 tỷ USD`: a list of years ending
      // the name pairs each value with its year, the words before the years naming both; round 51 — the
      // second value had taken the first year)
      const years = yearRun(a, st.periods);
      const start = years[0]?.from ?? -1;
      const last = years[years.length - 1];
      const ofYears = years.length === group && start > name.from && last !== undefined && last.to <= name.to;
      members.forEach((m, k) => {
        const r = ofYears ? { from: name.from, to: start } : (items[k] as Range);
        m.name = { ...a.field(a.span(r.from, r.to).text, r.from, r.to, `${L}.name.${PAIRED}`) };
        if (m.value) m.value = paired(m.value);
        const y = ofYears ? years[k] : undefined;
        if (y) m.period = a.field(y.id, y.from, y.to, `${L}.period.${PAIRED}`);
      });
      n += group - 1;
      continue;
    }
    // Several changes of one form in one statement, one per name.
    const form = d.changes[0]?.value.form;
    if (d.value || d.completion || d.changes.length < 2 || d.changes.some((c) => c.value.form !== form)) continue;
    if (items.length !== d.changes.length) continue;
    // (`Citing GSO data, the bank noted that visitors dropped 12.5 per cent and 8.3 per cent in 2022
    // and 2023 respectively`, `Statistics from the Ministry of Industry and Trade indicated that …`:
    // a run of as many years after the changes is the list they pair with — `respectivePeriods`
    // dates each — and a lead-in split at its comma or its `and` names no list)
    if (yearsAfter(a, st, d)) continue;
    const changes: Extracted<ExtractedChange>[] = d.changes.map(paired);
    // `cùng kỳ năm 2019`: a change's base year waits in `sameIn` under the change itself.
    const sameIn = d.changes.map((c) => d.sameIn.get(c));
    d.sameIn.clear();
    if (sameIn[0] !== undefined) d.sameIn.set(changes[0] as Extracted<ExtractedChange>, sameIn[0]);
    const first = items[0] as Range;
    d.name = a.field(a.span(first.from, first.to).text, first.from, first.to, `${L}.name.${PAIRED}`);
    d.changes = [changes[0] as Extracted<ExtractedChange>];
    for (let k = 1; k < items.length; k++) {
      const r = items[k] as Range;
      const e = a.newDraft(d.sentence, r.from);
      e.kind = d.kind;
      if (d.stage) e.stage = d.stage;
      if (d.period) e.period = d.period;
      if (d.subject) e.subject = d.subject;
      e.name = a.field(a.span(r.from, r.to).text, r.from, r.to, `${L}.name.${PAIRED}`);
      e.changes = [changes[k] as Extracted<ExtractedChange>];
      const year = sameIn[k];
      if (year !== undefined) e.sameIn.set(changes[k] as Extracted<ExtractedChange>, year);
      a.extend(e, r.from, r.to);
    }
  }
}

/**
 * True when a run of bare years (`in 2022 and 2023`) of exactly as many years as the statement's
 * changes follows its last change: the years are what `respectively` pairs the changes with.
 */
function yearsAfter(a: SentenceContext, st: SentenceState, d: Draft): boolean {
  const run = yearRun(a, st.periods);
  const last = d.changes[d.changes.length - 1];
  if (run.length !== d.changes.length || !last) return false;
  return (run[0]?.from ?? -1) >= tokenAt(a.tokens, last.span.end);
}
