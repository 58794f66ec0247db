import type { Grammar } from '../../grammar';
import { matchAt, type Phrase } from '../../phrase';
import { PAIRED } from '../../sentence/list-respectively';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { afterPercent, SENTENCE_ENDS } from '../helpers';
import type { TokenIndex } from '../token-index';

/** Per token index: the tokens inside a list that a `respectively` word pairs by order. */
const RESPECTIVE = new WeakMap<TokenIndex, Uint8Array>();
/** How many words may stand between `respective` and the first number of its list (`respective annual increases of`). */
const RESPECTIVE_AHEAD = 6;
const LIST_PUNCT = new Set([',', '%', '$', '€', '£', '¥', '-', '–']);

/**
 * How many tokens of a list of figures end at token `k` (reading back) or start at it (reading
 * on): a number, a comma, a percent sign, a currency, or a phrase of the grammar that belongs to
 * a figure (`and`/`và`, percent, scale and unit words, a bound, a base such as `year-on-year`, a
 * change verb, `by`); 0 when the token ends the list.
 */
function listStep(t: readonly Token[], g: Grammar, k: number, back: boolean): number {
  const x = t[k];
  if (!x || x.gap.includes('\n')) return 0;
  if (x.kind === 'number' || (x.kind === 'punct' && LIST_PUNCT.has(x.text))) return 1;
  if (x.kind !== 'word') return 0;
  const lists = [
    g.joiners,
    g.percentWords,
    g.pointWords,
    g.scales,
    g.units,
    g.timesWords,
    g.currencyBefore,
    g.approximate,
    g.bases,
    g.standaloneBases,
    g.changeVerbs,
    g.exceedBy,
    g.percentVerbs,
  ] as readonly (readonly Phrase<unknown>[])[];
  for (const list of lists) {
    if (!back) {
      const m = matchAt(t, k, list);
      if (m) return m.to - k;
      continue;
    }
    // Reading back: a phrase of at most six tokens that holds `k` (`US$` from its `US`).
    for (let from = k; from >= 0 && from > k - 6; from--)
      if ((matchAt(t, from, list)?.to ?? 0) > k) return k + 1 - from;
  }
  return 0;
}

/** True when token `k` can end a figure: a number, `%`, or the last word of a percent, scale, unit or base phrase. */
function figureEnd(t: readonly Token[], g: Grammar, k: number): boolean {
  const x = t[k];
  if (x?.kind === 'number' || (x?.kind === 'punct' && x.text === '%')) return true;
  if (x?.kind !== 'word') return false;
  for (const list of [
    g.percentWords,
    g.pointWords,
    g.timesWords,
    g.scales,
    g.units,
    g.bases,
  ] as readonly (readonly Phrase<unknown>[])[])
    for (let from = k; from >= 0 && from > k - 6; from--) if (matchAt(t, from, list)?.to === k + 1) return true;
  return false;
}

/**
 * The tokens of the lists a `respectively` word pairs by order, however long: reading back from
 * the word (`increasing 44.4 percent, 45.7 percent and 2 percent year-on-year respectively`) and
 * on from it (`lần lượt là 8% và 8,5%`) over the figures of the list; an earlier clause of the
 * sentence (`…, down 24.1 percent on-year, while … US$16.4 billion and US$0.9 billion,
 * respectively`) stays certain. Computed once per text; each token is stepped over a bounded
 * number of times, so the rule stays linear.
 */
function respectiveList(ix: TokenIndex, g: Grammar, k: number): boolean {
  let marks = RESPECTIVE.get(ix);
  if (!marks) {
    const t = ix.tokens;
    marks = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++) {
      const x = t[i] as Token;
      // `representing respective increases of 10% and 12%`: the list starts at the first number
      // within a few words after the adjective.
      if (x.kind === 'word' && g.respectiveAdjectives.has(x.forms.fold)) {
        let f = i + 1;
        while (f < t.length && f <= i + RESPECTIVE_AHEAD && (t[f] as Token).kind === 'word') f++;
        if ((t[f] as Token | undefined)?.kind !== 'number') continue;
        while (f < t.length) {
          const step = listStep(t, g, f, false);
          if (step === 0) break;
          marks.fill(1, f, f + step);
          f += step;
        }
        continue;
      }
      const m = x.kind === 'word' ? matchAt(t, i, g.respectiveWords) : null;
      if (!m) continue;
      // `up 11% and 9% in volume and value, respectively`: the names may stand between the
      // figures and the word; the figures' list ends within a few tokens before it.
      let j = i - 1;
      for (let b = i - 1; b >= 0 && b >= i - 8; b--) {
        if (figureEnd(t, g, b)) {
          j = b;
          break;
        }
        const x = t[b] as Token;
        if ((x.kind === 'punct' && x.text !== ',') || x.gap.includes('\n')) break;
      }
      while (j >= 0 && !marks[j]) {
        const n = listStep(t, g, j, true);
        if (n === 0) break;
        marks.fill(1, j - n + 1, j + 1);
        j -= n;
      }
      for (let f = m.to; f < t.length; ) {
        const n = listStep(t, g, f, false);
        if (n === 0) break;
        marks.fill(1, f, f + n);
        f += n;
      }
      i = m.to - 1;
    }
    RESPECTIVE.set(ix, marks);
  }
  return marks[k] === 1;
}

/**
 * `an increase of 27 percent and 32.6 percent in terms of volume and value, respectively`:
 * two figures joined by `and` and paired later in the sentence by `respectively` (with words
 * between them the list reader does not follow) are not certain to be whose they were read.
 */
export const joinedRespectivelyDoubt: DoubtRule = {
  id: 'respectively',
  doubts: (ctx, f, what) => {
    // (values joined by `and` are each read with their own noun: `12.6 million foreign visitors and
    // 108 million domestic tourists, up 57 percent and 6 percent, respectively`)
    if (what !== 'change' || f.rule.includes(PAIRED)) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const joined = (from: number, step: 1 | -1): boolean => {
      for (let i = from, n = 0; n < 4 && i >= 0 && i < t.length; i += step, n++) {
        const x = t[i] as Token;
        if (x.kind === 'number') return true;
        if (x.kind === 'punct' && !LIST_PUNCT.has(x.text)) return false;
      }
      return false;
    };
    const and = (i: number): boolean => t[i]?.kind === 'word' && matchAt(t, i, ctx.g.joiners)?.to === i + 1;
    const ahead = afterPercent(t, ctx.g, k).to;
    let paired = (and(ahead) && joined(ahead + 1, 1)) || false;
    if (!paired) for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (and(i) && joined(i - 1, -1)) paired = true;
    if (!paired) return false;
    for (let i = k + 1; i < t.length && i <= k + WIDE_WINDOW; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
      if (matchAt(t, i, ctx.g.respectiveWords)) return true;
    }
    return false;
  },
};

/**
 * `được giao chỉ tiêu tăng trưởng lần lượt là 8% và 8,5%`, `US$16.4 billion and US$0.9
 * billion, respectively`: the sentence pairs names and figures by order, which the reader
 * does not follow; no figure near the word is certain.
 */
export const respectiveListDoubt: DoubtRule = {
  id: 'respectively',
  doubts: (ctx, f) => {
    // `Coffee and pepper exports rose 7% and 9%, respectively`: paired with its name by order
    // (`sentence/list-respectively.ts`), the counts of names and figures being equal.
    if (f.rule.includes(PAIRED)) return false;
    const k = numberToken(ctx, f);
    return k !== undefined && respectiveList(ctx.ix, ctx.g, k);
  },
};
