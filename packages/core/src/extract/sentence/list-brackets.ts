import { negate } from '../numeral';
import { matchAt, type Phrase } from '../phrase';
import type { Figure, Item } from '../rules/context';
import type { Token } from '../tokenize';
import type { PrintedNumber } from '../types';
import type { SentenceContext } from './context';

/** The rule of a bare count after a name in a list (`rules/en-named-bracket-count.ts`). */
const NAMED_COUNT = '.value.named-bracket-count';

/** The mark in a field's rule of a bracketed figure whose role its list's head gave. */
export const LISTED = 'bracketed-list';

/** One `Name (figure)` entry of a list: the bracket's items `[open, close]` and the figure between. */
interface Entry {
  readonly open: number;
  readonly close: number;
  readonly fig: Item & { t: 'figure' };
  /** The item of the change after an amount (`(26,400 arrivals, up 2,958.6%)`). */
  readonly change?: number | undefined;
  /** The item of `fig` when not right after the bracket (a sign word before it: `(+33 percent …)`). */
  readonly at?: number | undefined;
}

/** The figure's role, from the head of its list. */
type Role = { readonly kind: 'rate'; readonly sign: 1 | -1 } | { readonly kind: 'completion' } | undefined;

/**
 * `(76.74 percent)`, `(increasing 71.6 percent)` right after a word: the one figure in brackets;
 * `(15.55 billion USD, up 14.3 percent)`: an amount and its change, a comma between.
 */
function entryAt(items: readonly Item[], k: number): Entry | undefined {
  const open = items[k];
  const fig = items[k + 1];
  // A change and the level it reached: `Sumatra (+16.5 percent y/y to 2.13 million tons)` — the change
  // first, then the amount (round 42); each its own figure, as an amount and its change.
  if (open?.t === 'sep' && open.ch === '(' && items[k - 1]?.t === 'word') {
    const reached = changeToLevel(items, k);
    if (reached) return reached;
  }
  if (open?.t !== 'sep' || open.ch !== '(' || items[k - 1]?.t !== 'word' || fig?.t !== 'figure') return undefined;
  const close = items[k + 2];
  if (close?.t === 'sep' && close.ch === ')') {
    // (`Dan Phuong (1,057), Thanh Oai (854)`: a bare count read as a list's item, `rules/en-named-bracket-count.ts`)
    const count = fig.fig.kind === 'value' && fig.rule.endsWith(NAMED_COUNT);
    if (fig.fig.kind !== 'percent' && !(fig.fig.kind === 'change' && fig.fig.form === 'rate') && !count)
      return undefined;
    return { open: k, close: k + 2, fig };
  }
  // An amount (not a percentage) and its change: `(nearly 8.81 billion USD, up 14.2 percent)`,
  // its counted noun between them (`(26,400 arrivals, up 2,958.6%)`).
  let c = k + 2;
  while (c < k + 5 && items[c]?.t === 'word') c++;
  const comma = items[c];
  const change = items[c + 1];
  const end = items[c + 2];
  if (fig.fig.kind !== 'value' || comma?.t !== 'sep' || comma.ch !== ',') return undefined;
  if (change?.t !== 'figure' || change.fig.kind !== 'change' || end?.t !== 'sep' || end.ch !== ')') return undefined;
  return { open: k, close: c + 2, fig, change: c + 1 };
}

/** How many words (`y/y`, `to`) may stand between a bracket's change and the level it reached. */
const REACHED_WORDS = 3;

/** `(+33 percent y/y to 841,000 tons)`: a rate, a few words, an amount, the closing bracket; the entry, or undefined. */
function changeToLevel(items: readonly Item[], k: number): Entry | undefined {
  // (the sign of a signed rate is a word of its own before the figure: `(+33 percent …)`)
  const sign = items[k + 1]?.t === 'word' && items[k + 2]?.t === 'figure' ? 1 : 0;
  const at = k + 1 + sign;
  const fig = items[at];
  if (fig?.t !== 'figure' || fig.fig.kind !== 'change' || fig.fig.form !== 'rate') return undefined;
  let c = at + 1;
  while (c < at + 1 + REACHED_WORDS && items[c]?.t === 'word') c++;
  const level = items[c];
  const end = items[c + 1];
  if (level?.t !== 'figure' || level.fig.kind !== 'value' || end?.t !== 'sep' || end.ch !== ')') return undefined;
  return { open: k, close: c + 1, fig, change: c, at };
}

/**
 * True when only a comma, a joiner and the next name's words stand between two entries; after a
 * semicolon the name may hold commas and joiners of its own (`…; household appliances, tools, and
 * equipment (13 percent)`).
 */
function joined(items: readonly Item[], from: number, to: number): boolean {
  let words = 0;
  let semicolon = false;
  for (let k = from; k < to; k++) {
    const it = items[k] as Item;
    if (it.t === 'sep' && it.ch === ';' && words === 0) semicolon = true;
    if (it.t === 'word') words++;
    else if (
      semicolon &&
      words > 0 &&
      ((it.t === 'sep' && it.ch === ',') || (it.t === 'marker' && it.kind === 'joiner'))
    )
      continue;
    // (`A (17.4 percent); B (15.4 percent); and C (10.2 percent)`: a semicolon joins as a comma does)
    else if (
      words > 0 ||
      !((it.t === 'sep' && (it.ch === ',' || it.ch === ';')) || (it.t === 'marker' && it.kind === 'joiner'))
    )
      return false;
  }
  return words > 0;
}

/** True when a phrase of `list` starts at a word of tokens `[from, to)`; the sign of the first one with data. */
function phraseIn(
  a: SentenceContext,
  from: number,
  to: number,
  list: readonly Phrase<unknown>[],
): { data: unknown } | undefined {
  for (let i = from; i < to; i++) {
    const m = matchAt(a.tokens, i, list, to);
    if (m) return { data: m.phrase.data };
  }
  return undefined;
}

/** The token where the last phrase of `list` in tokens `[from, to)` starts, or undefined. */
function lastPhraseIn(
  a: SentenceContext,
  from: number,
  to: number,
  list: readonly Phrase<unknown>[],
): number | undefined {
  for (let i = to - 1; i >= from; i--) if (matchAt(a.tokens, i, list, to)) return i;
  return undefined;
}

/** The token where the last change verb or noun of tokens `[from, to)` starts (-1 when none). */
function lastChangeAt(a: SentenceContext, from: number, to: number): number {
  const g = a.g;
  for (let i = to - 1; i >= from; i--)
    if (
      matchAt(a.tokens, i, g.changeVerbs, to) ||
      matchAt(a.tokens, i, g.changeNouns, to) ||
      matchAt(a.tokens, i, g.changeNounsAfterAmount, to)
    )
      return i;
  return -1;
}

/** The first change verb, else noun, of tokens `[from, to)`, its sign in `data` (as the head reads it). */
function firstChangeIn(a: SentenceContext, from: number, to: number): { data: unknown } | undefined {
  const g = a.g;
  return (
    phraseIn(a, from, to, g.changeVerbs) ??
    phraseIn(a, from, to, g.changeNouns) ??
    phraseIn(a, from, to, g.changeNounsAfterAmount)
  );
}

/** The token of the last colon in tokens `[from, to)`, or `from - 1` when there is none. */
function lastColonIn(a: SentenceContext, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && t.text === ':') return i;
  }
  return from - 1;
}

/**
 * What the figures of a bracketed list are, from its entries and its head (the words before the
 * first bracket): a rate when one entry states its change (`coal (increasing 71.6 percent)`) or
 * the head names a growth or a change (`mức tăng trưởng kinh tế … gồm`, `Dramatic rises in …`);
 * a completion when the head names a percentage of the plan (`disbursement rate`, `tỷ lệ giải
 * ngân`); otherwise unknown — the percentages stay bare, and their role is doubted.
 */
function roleOf(a: SentenceContext, entries: readonly Entry[], headFrom: number, headTo: number): Role {
  for (const e of entries) {
    const f = e.fig.fig;
    if (f.kind === 'change') return { kind: 'rate', sign: f.amount.value.startsWith('-') ? -1 : 1 };
  }
  const g = a.g;
  // (a share verb or noun nearer the brackets than any change word makes the head a share's:
  // `universal life products accounted for the highest proportion (51.8 percent) and endowment
  // products (23.2 percent)`, `declined, with the largest shares held by A (35 percent) and B (20
  // percent)`, `…, tỷ trọng lớn nhất là …` — the percentages stay bare)
  const share = Math.max(
    lastPhraseIn(a, headFrom, headTo, g.shareWords) ?? -1,
    lastPhraseIn(a, headFrom, headTo, g.shareHeadNouns ?? []) ?? -1,
  );
  // (a lead-in before a colon is a clause of its own: `FDI inflows held up despite …: The transport
  // group posted the biggest decrease, 2.29 percent, followed by food (0.41 percent)` is a fall —
  // the head's change word after its last colon gives the sign, when there is one)
  const after = lastColonIn(a, headFrom, headTo) + 1;
  const change = (after > headFrom ? firstChangeIn(a, after, headTo) : undefined) ?? firstChangeIn(a, headFrom, headTo);
  if (change && share >= 0 && share > lastChangeAt(a, headFrom, headTo)) return undefined;
  if (change) return { kind: 'rate', sign: change.data === -1 ? -1 : 1 };
  if (phraseIn(a, headFrom, headTo, g.growthWords)) return { kind: 'rate', sign: 1 };
  if (phraseIn(a, headFrom, headTo, g.planRateNouns)) return { kind: 'completion' };
  return undefined;
}

/** The entry's figure in its list's role. */
function inRole(a: SentenceContext, e: Entry, role: Role): Item {
  const f = e.fig.fig;
  if (!role) return e.fig;
  // The rule says the list gave the role (the certainty pass does not doubt it as bracketed).
  if (f.kind !== 'percent' || !f.q.quantity) return { ...e.fig, rule: `${e.fig.rule}+${LISTED}` };
  const n: PrintedNumber = f.q.quantity.number;
  const approximate = f.q.quantity.approximate;
  const L = a.g.locale;
  const fig: Figure =
    role.kind === 'rate'
      ? {
          kind: 'change',
          form: 'rate',
          amount: role.sign < 0 && !n.value.startsWith('-') ? negate(n) : n,
          numberAt: f.q.numberAt,
          ...(approximate ? { approximate } : {}),
        }
      : {
          kind: 'completion',
          completion: { percent: n, form: 'of-plan', of: 'plan', ...(approximate ? { approximate } : {}) },
          numberAt: f.q.numberAt,
        };
  return { ...e.fig, fig, rule: `${L}.${LISTED}.${role.kind}` };
}

/** How many words a degree (`cao nhất`, `cao thứ hai`, `the highest`) may hold between a growth noun and its bracket. */
const DEGREE_WORDS = 4;

/**
 * `dịch vụ lữ hành có mức tăng cao nhất (71,2%)`, `lưu trú có mức tăng trưởng cao thứ hai (14,1%)`,
 * `ngành chế biến có tốc độ tăng thấp nhất (2,3%)`: a bare percentage alone in brackets after a
 * growth noun (`mức tăng`, `tốc độ tăng trưởng`) and at most a few words of degree is that growth's
 * rate — a change, not a level (a decrease noun makes it negative). Its base is not said (unread).
 * A percentage after any other noun (`chiếm tỷ trọng cao nhất (45%)`) is left as it was read.
 */
function bracketGrowth(
  a: SentenceContext,
  items: readonly Item[],
  entries: readonly Entry[],
  replace: Map<number, Item | null>,
): void {
  for (const e of entries) {
    if (e.fig.fig.kind !== 'percent') continue;
    let k = e.open - 1;
    let role: Role;
    while (k >= 0 && e.open - k <= DEGREE_WORDS + 2 && (items[k] as Item).t === 'word' && !role) {
      const from = (items[k] as Item).from;
      const to = (items[e.open] as Item).from;
      const change =
        matchAt(a.tokens, from, a.g.changeNouns, to) ?? matchAt(a.tokens, from, a.g.changeNounsAfterAmount, to);
      if (change) role = { kind: 'rate', sign: change.phrase.data === -1 ? -1 : 1 };
      else if (matchAt(a.tokens, from, a.g.growthWords, to)) role = { kind: 'rate', sign: 1 };
      k--;
    }
    if (!role) continue;
    // (the brackets dropped, as in a list: the words before them name the statement)
    replace.set(e.open, null);
    replace.set(e.close, null);
    replace.set(e.open + 1, inRole(a, e, role));
  }
}

/**
 * `gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%) và Phú Thọ (10,09%)`, `imports of coal
 * (increasing 71.6 percent), steel scraps (56.9 percent) and oil (31.6 percent)`, `Localities
 * with high disbursement rates were Thai Binh (76.74 percent), Ha Nam (50.57 percent)`: two or
 * more `Name (figure)` entries in a row make a list. Each entry becomes a clause of its own —
 * the brackets dropped, a comma before each name (a joiner `and`/`và` stands as one), the first
 * name starting after the list's lead word (`were`, `gồm`) — so it is a statement named by the
 * words before its bracket, and its bare percentage takes the role the head gives (see
 * {@link roleOf}). Other items are returned as they are. Linear in the items.
 */
export function bracketList(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  const entries: Entry[] = [];
  for (let k = 1; k < items.length; k++) {
    const e = entryAt(items, k);
    if (e) {
      entries.push(e);
      k = e.close;
    }
  }
  if (entries.length === 0) return items;
  // Runs of entries joined by commas, joiners and names.
  const runs: Entry[][] = [];
  let run: Entry[] = [entries[0] as Entry];
  for (let n = 1; n < entries.length; n++) {
    const e = entries[n] as Entry;
    const prev = run[run.length - 1] as Entry;
    if (joined(items, prev.close + 1, e.open)) run.push(e);
    else {
      runs.push(run);
      run = [e];
    }
  }
  runs.push(run);
  const replace = new Map<number, Item | null>();
  // An entry in no list keeps its place; after a growth noun its percentage is that growth's rate.
  bracketGrowth(
    a,
    items,
    runs.filter((r) => r.length === 1).map((r) => r[0] as Entry),
    replace,
  );
  const lists = runs.filter((r) => r.length >= 2);
  if (lists.length === 0 && replace.size === 0) return items;
  for (const list of lists) {
    const first = list[0] as Entry;
    // The head: the words before the first bracket, back to the start of the sentence or a `;`.
    let headFrom = first.open;
    while (
      headFrom > 0 &&
      !((items[headFrom - 1] as Item).t === 'sep' && (items[headFrom - 1] as { ch: string }).ch === ';')
    )
      headFrom--;
    const headTokFrom = (items[headFrom] as Item).from;
    const role = roleOf(a, list, headTokFrom, (items[first.open] as Item).from);
    // The first name starts after the last lead word of the head (`… were Thai Binh province`).
    for (let k = first.open - 1; k > headFrom; k--) {
      const it = items[k] as Item;
      if (it.t === 'sep') break;
      if (it.t !== 'word') continue;
      const lead = matchAt(a.tokens, it.from, a.g.listLeads);
      if (lead && lead.to < (items[first.open] as Item).from) {
        replace.set(k, { t: 'sep', from: it.from, to: it.to, ch: ':' });
        for (let j = k + 1; j < first.open && (items[j] as Item).from < lead.to; j++) replace.set(j, null);
        break;
      }
    }
    for (let n = 0; n < list.length; n++) {
      const e = list[n] as Entry;
      replace.set(e.open, null);
      replace.set(e.close, null);
      // (`a slight fall (around 6 per cent) in …, but a significant rise (about 35 per cent) in …`: a
      // later entry's own change word gives its sign, not the head's)
      const own =
        n > 0 && role?.kind === 'rate'
          ? firstChangeIn(a, (items[(list[n - 1] as Entry).close] as Item).to, (items[e.open] as Item).from)
          : undefined;
      const entryRole: Role = own ? { kind: 'rate', sign: own.data === -1 ? -1 : 1 } : role;
      if (e.change !== undefined) {
        // An amount and its change: each its own figure, the list (not a bracket) their place.
        const change = items[e.change] as Item & { t: 'figure' };
        replace.set(e.at ?? e.open + 1, { ...e.fig, rule: `${e.fig.rule}+${LISTED}` });
        replace.set(e.change, { ...change, rule: `${change.rule}+${LISTED}` });
      } else replace.set(e.open + 1, inRole(a, e, entryRole));
    }
    for (let n = 1; n < list.length; n++) {
      const e = list[n] as Entry;
      const prev = list[n - 1] as Entry;
      // `…, and oil (…)`, `… và Phú Thọ (…)`: one comma before the name; a joiner becomes it.
      let comma = false;
      for (let k = prev.close + 1; k < e.open; k++) {
        const it = items[k] as Item;
        if (it.t === 'word') break;
        if (comma) replace.set(k, null);
        else if (it.t === 'marker') replace.set(k, { t: 'sep', from: it.from, to: it.to, ch: ',' });
        comma = true;
      }
    }
  }
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const r = replace.get(k);
    if (r === undefined) out.push(items[k] as Item);
    else if (r !== null) out.push(r);
  }
  return out;
}
