import type { Item } from '../rules/context';
import { spacedYearPartAt } from '../rules/genre-periods';
import type { Token } from '../tokenize';
import type { SentenceContext, SentenceState } from './context';
import { isYearToken as isYear } from './year-word';

/** `Group’s`, `Vietnam's`: a possessive glued to its noun. */
const POSSESSIVE = /['’]s$/u;

/**
 * `the cashew industry exceeded the 2023 plan by 18%`, `The 2023 Vietnam Provincial Governance …
 * Index recorded … 7.6 percent`, `In the 2019 edition of the Games, Vietnam … won 98 gold`, `approved the Group’s 2025
 * business plan, targeting revenue of VND 170 trillion`, `… 67%, according to the new 2018 Global
 * Digital suite of reports`: an English year written only as the modifier of a noun (after an
 * article, a possessive or an adjective of its noun, grammar `attributiveYearLeads`, or opening the
 * sentence; a word after it, not glued) dates the sentence's statements that no other words, no
 * sentence before and no option date — the plan, the report, the edition is of the year the figures
 * are. Only when the sentence writes one such year (two different ones: which dates the figures is
 * not read); a year read as a period, a base or a figure is none, and a statement with a yearless
 * period of its own (`3.6 percent y/y in October, … below the 2023 policy rate`) takes none. The reading
 * is doubted (`year-of-noun`, `certainty/weigh-period.ts`): the noun's year may not be the figure's.
 * Linear in the sentence's items.
 */
export function attributiveYears(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  const leads = a.g.attributiveYearLeads;
  if (!leads || leads.size === 0) return;
  // (`registered 3.6 percent y/y in October, …, below the 2023 policy rate`: a statement with a
  // period of its own that no year completes is not dated by a noun's year)
  const drafts = a
    .sentenceDrafts(st.span)
    .filter((d) => !d.period && !d.periodMatch && d.unread.some((u) => u.reason === 'no-period'));
  if (drafts.length === 0) return;
  let year: number | undefined;
  let figure: number | undefined;
  for (const it of items) {
    // (a year inside a figure's phrase that is not its number: `exceeded the 2023 plan by 18%`)
    const own = it.t === 'figure' ? figureNumbers(it) : undefined;
    const plain = (it.t === 'number' || it.t === 'word') && it.to === it.from + 1;
    // (`The 2023 figure represented …`: a year level no comparison word leads, read as a base)
    const level = it.t === 'base' && it.read.base.kind === 'named-period' && it.read.base.match.from <= it.from + 1;
    if (!plain && !own && !level) continue;
    for (let k = it.from; k < it.to; k++) {
      const at = own?.includes(k) ? false : attributiveAt(a, st, k);
      if (at === false) continue;
      // (a second such year: which one dates the figures is not read)
      if (year !== undefined && a.tokens[year]?.text !== a.tokens[k]?.text) return;
      if (year === undefined) {
        year = k;
        figure = at === true ? undefined : at;
      }
    }
  }
  if (year === undefined) return;
  const t = a.tokens[year] as Token;
  // (`broke the 2022 record with a value of 11 billion USD`, `below the 2023 policy rate of 4.5
  // percent`: a noun with a figure of its own lends its year to that figure's statement only)
  const start = figure === undefined ? undefined : (a.tokens[figure] as Token).start;
  const holds = (d: (typeof drafts)[number]): boolean =>
    start === undefined ||
    [d.value, d.completion, ...d.changes].some((f) => f !== undefined && f.span.start <= start && start < f.span.end);
  for (const d of drafts) {
    if (!holds(d)) continue;
    d.period = a.field(t.text, year, year + 1, `${a.g.locale}.period.attributive-year`);
    d.unread = d.unread.filter((u) => u.reason !== 'no-period');
  }
}

/** The token indices of a figure item's own numbers (its quantity, amount, both ends of a move). */
function figureNumbers(it: Item & { t: 'figure' }): readonly number[] {
  const f = it.fig;
  switch (f.kind) {
    case 'value':
    case 'percent':
    case 'density':
    case 'plan':
      return [f.q.numberAt];
    case 'from-to':
      return [f.previous.numberAt, f.current.numberAt];
    case 'completion':
    case 'change':
    case 'invalid':
      return [f.numberAt];
    default:
      // (a rank's numbers are not kept: every token is its own)
      return Array.from({ length: it.to - it.from }, (_, n) => it.from + n);
  }
}

/**
 * Whether token `k` is a year written as the modifier of the noun after it: `false`, `true`, or —
 * when the noun has a figure of its own after `of` or `is` — that figure's number token.
 */
function attributiveAt(a: SentenceContext, st: SentenceState, k: number): boolean | number {
  const t = a.tokens[k];
  if (!isYear(t)) return false;
  const after = a.tokens[k + 1];
  if (after?.kind !== 'word' || after.gap === '' || (t.gap === '' && k > st.sentence.from)) return false;
  // (`down 9.4 percent from 2019 Q2 of $2.3 billion`: the year of a quarter or a half written after it; round 67)
  if (spacedYearPartAt(a.tokens, k)) return false;
  if (k !== st.sentence.from) {
    const before = a.tokens[k - 1];
    const leads = a.g.attributiveYearLeads;
    // (`At DPM, 2020 profit also recorded …`: a year opening a clause after its comma, as one opening the sentence)
    // (not after a day of a month: `the nine months ended June 30, 2024 rose …` is a date)
    const opens = before?.kind === 'punct' && before.text === ',' && a.tokens[k - 2]?.kind !== 'number';
    if (
      !opens &&
      !(before?.kind === 'word' && (leads?.has(before.forms.fold) === true || POSSESSIVE.test(before.text)))
    )
      return false;
  }
  // (`below the 2023 policy rate of 4.5 percent`, `its 2020 target of 90.7 percent`: a noun with a
  // figure of its own after `of` or `is` — the year is that figure's, not the sentence's)
  for (let j = k + 1; j < k + 1 + OWN_FIGURE_REACH && a.tokens[j]?.kind === 'word'; j++)
    if (a.g.planLinks.has((a.tokens[j] as Token).forms.fold) && a.tokens[j + 1]?.kind === 'number') return j + 1;
  return true;
}

/** How many words after the year are read for its noun's own figure (`the 2023 policy rate of 4.5 percent`). */
const OWN_FIGURE_REACH = 5;
