import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { commentOpensAt } from '../rules/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { joinedBy, onlyJoinersBetween } from './list-joiners';
import { PAIRED, pairValues } from './list-respectively';
import { tokenAt } from './token-at';

/** The base of a change as one comparable key (`-` when none is written). */
function baseKey(c: Extracted<ExtractedChange>): string {
  const b = c.value.base;
  return b ? JSON.stringify(b) : '-';
}

/**
 * True when the changes are one list: each after the first is a bare number (`P% and Q%`, not
 * `down 4.3% and accounting for 20.6%`), with only commas and list joiners before it.
 */
function oneList(a: SentenceContext, changes: readonly Extracted<ExtractedChange>[]): boolean {
  for (let k = 1; k < changes.length; k++) {
    const from = tokenAt(a.tokens, (changes[k - 1] as Extracted<ExtractedChange>).span.end);
    const to = tokenAt(a.tokens, (changes[k] as Extracted<ExtractedChange>).span.start);
    if (a.tokens[to]?.kind !== 'number') return false;
    if (!onlyJoinersBetween(a, from, to)) return false;
  }
  return true;
}

/** True when a `;` stands between tokens `from` and `to`. */
function semicolonBetween(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && t.text === ';') return true;
  }
  return false;
}

/** At most this many tokens (a base, commas) stand between the last change and the clause's end. */
const TAIL = 16;

/**
 * The token that ends the clause after `from`: `.`, `;`, or the sentence's end — looked for over
 * at most {@link TAIL} tokens (further on, the words between make no pair anyway), so the step
 * stays linear.
 */
function clauseEnd(a: SentenceContext, st: SentenceState, from: number): number {
  const to = Math.min(st.sentence.to, from + TAIL);
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return i;
    if (t.kind === 'punct' && t.text === ',' && commentAt(a, i + 1, to)) return i;
  }
  return to;
}

/**
 * True when a comment on the figures opens at token `i` (`mainly due to lower oil prices`,
 * `driven by strong exports`, `said Nguyen Thi Huong`, `suggesting …`: grammar
 * `trailingCommentLeads`, or a lower-case `-ing` participle) — words that end the clause of the
 * changes rather than name what they pair with (`in volume and value`).
 */
export const commentAt = (a: SentenceContext, i: number, to: number): boolean => commentOpensAt(a.tokens, a.g, i, to);

/**
 * `43.69 billion USD came from the domestic sector and 113.08 billion USD from the foreign-invested
 * one, rising 20.5% and 13.3% against the same time last year`, `the domestic sector spent 54.95
 * billion USD on imports, and the foreign-invested one 93.81 billion USD, year-on-year increases of
 * 24.2% and 14.9%`: N values listed, then ONE list of N changes of one form and one base (`P% and
 * Q%`, nothing but commas and `and` between them) that ends the clause. One value cannot rise by
 * two amounts against one base, so the only reading is the `respectively` one without the word:
 * change k goes to value k ({@link pairValues}, marked paired). Changes of different bases (`up 3%
 * on-month and 12% year-on-year`), a count of values other than N, or words after the changes
 * (`in volume and value`) pair nothing, and the round-16 doubt keeps both changes uncertain.
 * English only; runs once per sentence with no `respectively` word.
 */
export function orderPairs(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const { from, to } = st.sentence;
  for (let i = from; i < to; i++) if (matchAt(a.tokens, i, a.g.respectiveWords, to)) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const changes = d.changes;
    if (!d.value || changes.length < 2 || n + 1 < changes.length) continue;
    const key = baseKey(changes[0] as Extracted<ExtractedChange>);
    if (changes.some((c) => baseKey(c) !== key || c.confidence === 'uncertain' || c.value.approximate)) continue;
    if (!oneList(a, changes)) continue;
    const last = changes[changes.length - 1] as Extracted<ExtractedChange>;
    // the values and their changes in one clause: no `;` between the first value and the last change
    const first = (drafts[n + 1 - changes.length] as Draft).value;
    if (!first || semicolonBetween(a, tokenAt(a.tokens, first.span.start), tokenAt(a.tokens, last.span.end))) continue;
    // (`around 30,300 passenger cars were sold, with 6,400 commercial vehicles, and 200 special-purpose
    // vehicles, jumping by 20.5 per cent and 9 per cent`: one more value listed before the N — the
    // list is longer than its changes, so which values they go to is not said; nothing is paired)
    const before = drafts[n - changes.length];
    if (
      before?.value &&
      before.changes.length === 0 &&
      !before.completion &&
      !semicolonBetween(a, tokenAt(a.tokens, before.value.span.end), tokenAt(a.tokens, first.span.start))
    )
      continue;
    pairValues(a, st, drafts, n, clauseEnd(a, st, tokenAt(a.tokens, last.span.end)));
  }
}

/** True when the tokens `[from, to)` hold only commas, `respectively`, a base and `to`. */
function onlyToRespectively(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const t = a.tokens[i] as Token;
    if ((t.kind === 'punct' && t.text === ',') || (t.kind === 'word' && t.forms.lower === 'to')) {
      i++;
      continue;
    }
    const r =
      t.kind === 'word'
        ? (matchAt(a.tokens, i, a.g.respectiveWords, to) ??
          matchAt(a.tokens, i, a.g.bases, to) ??
          matchAt(a.tokens, i, a.g.standaloneBases, to))
        : null;
    if (!r) return false;
    i = r.to;
  }
  return true;
}

const markPaired = <T>(f: Extracted<T>): Extracted<T> => ({ ...f, rule: `${f.rule}+${PAIRED}` });

/**
 * `Arrivals from Australia and the US grew by 2,918% and 2,192%, respectively, to 17,806 and
 * 49,675`, `Exports of rice and coffee rose 27.7% and 12.4% to $13.11 billion and $6.58 billion,
 * respectively`: ONE list of N changes of one form, then `to` and ONE list of N values (with
 * `respectively` before or after the values): the k-th change reached the k-th value.
 * The statement read holds the first value and all N changes, and the N − 1 statements after it
 * each one value and nothing else; change k moves to value k, each marked paired. Any other count,
 * form, or word between the lists pairs nothing. English only; once per sentence.
 */
export function pairChangesThenValues(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const changes = d.changes;
    const count = changes.length;
    if (!d.value || count < 2 || n + count > drafts.length) continue;
    const form = changes[0]?.value.form;
    if (changes.some((c) => c.value.form !== form || c.rule.includes(PAIRED)) || !oneList(a, changes)) continue;
    const members = drafts.slice(n, n + count);
    if (!members.every((m, k) => m.value && (k === 0 || (m.changes.length === 0 && !m.completion)))) continue;
    const last = changes[count - 1] as Extracted<ExtractedChange>;
    const first = d.value;
    if (first.span.start < last.span.end) continue;
    if (!onlyToRespectively(a, tokenAt(a.tokens, last.span.end), tokenAt(a.tokens, first.span.start))) continue;
    // the word `to` opens the first value (in its span or right before it)
    const at = tokenAt(a.tokens, first.span.start);
    if (a.tokens[at]?.forms.lower !== 'to' && a.tokens[at - 1]?.forms.lower !== 'to') continue;
    let joined = true;
    for (let k = 1; k < count && joined; k++) {
      const prev = (members[k - 1] as Draft).value as Extracted<unknown>;
      const cur = (members[k] as Draft).value as Extracted<unknown>;
      joined = joinedBy(a, tokenAt(a.tokens, prev.span.end), tokenAt(a.tokens, cur.span.start));
    }
    // exactly N values: none left unread in the list, no value joined after the last
    if (!joined || members.some((m) => m.unread.some((u) => u.what === 'value'))) continue;
    const after = drafts[n + count]?.value;
    const lastValue = (members[count - 1] as Draft).value as Extracted<unknown>;
    if (after && joinedBy(a, tokenAt(a.tokens, lastValue.span.end), tokenAt(a.tokens, after.span.start))) continue;
    const moved = changes.map(markPaired);
    members.forEach((m, k) => {
      m.changes = [moved[k] as Extracted<ExtractedChange>];
      if (m.value) m.value = markPaired(m.value);
    });
    d.sameIn.clear();
    n += count - 1;
  }
}
