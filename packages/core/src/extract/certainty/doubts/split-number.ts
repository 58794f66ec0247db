import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';

/**
 * `(U$S1.9 billion)` tokenized as `S1` `.` `9`: a number glued by a point or comma to a token
 * that ends in a digit is the tail of a bigger number the tokenizer split, not a figure.
 */
/**
 * `a projected target of GH¢2, 2,999.89 million`, `2, 3 and 5 million tonnes`: an amount with no
 * scale word, then a comma and another number with one, may take that scale too (a list that shares
 * it) or be a stray figure the writer restated — its own reading is not certain (round 46).
 */
function sharedScaleAfter(t: readonly Token[], k: number, value: unknown, scales: ReadonlySet<string>): boolean {
  const q = value as { scale?: number };
  if (q.scale !== 0) return false;
  const comma = t[k + 1];
  if (comma?.kind !== 'punct' || comma.text !== ',' || comma.gap !== '') return false;
  const next = t[k + 2];
  if (next?.kind !== 'number' || next.gap === '') return false;
  const after = t[k + 3];
  return after?.kind === 'word' && scales.has(after.forms.lower);
}

/** Marks that glue a day, a month and a year (`16/7`, `16.7`, `16-7`). */
const DATE_MARKS: ReadonlySet<string> = new Set(['/', '.', '-']);

/** Three digits, maybe with decimals: a thousands group (`946.5`). */
const GROUP = /^\d{3}(?:\.\d+)?$/u;

/**
 * `amounted to USD 4, 946.5 million`, `reaching USD 12, 097.6 million`: a number of three whole digits
 * after a comma glued to one to three digits and a space is a thousands group a stray space broke off
 * (4,946.5 million), not an amount of its own (round 67, probe of Caucasus statistics; it had been a
 * certain 946.5 million); after a currency's glued sign too (`$4, 946.5 million`). English only (a
 * Vietnamese comma is the decimal mark); not after a date's glued part (`16/7, 125 con heo`).
 */
function brokenGroupBefore(t: readonly Token[], k: number): boolean {
  const x = t[k] as Token;
  const comma = t[k - 1] as Token;
  const head = t[k - 2] as Token;
  return (
    GROUP.test(x.text) &&
    x.gap === ' ' &&
    comma.kind === 'punct' &&
    comma.text === ',' &&
    comma.gap === '' &&
    head.kind === 'number' &&
    /^\d{1,3}$/u.test(head.text) &&
    !(head.gap === '' && DATE_MARKS.has(t[k - 3]?.text ?? ''))
  );
}

/** Three digits, then maybe more thousands groups and decimals: the rest of a number (`787,147`, `087`). */
const GROUPS = /^\d{3}(?:,\d{3})*(?:\.\d+)?$/u;

/**
 * `amounted to $68, 787,147`, `a further Rs. 2, 087 billion`: one to three digits, a glued comma and a
 * space, then a thousands group — the head of a number a stray space broke (68,787,147), or of a decimal
 * the writer mistyped (2.087 billion): neither the head alone nor the joined number is a certain
 * reading (round 69, test53 and the tourism probe; `$68` had been a certain level). English only.
 */
function brokenGroupAfter(t: readonly Token[], k: number): boolean {
  const head = t[k] as Token;
  const comma = t[k + 1];
  const rest = t[k + 2];
  return (
    /^\d{1,3}$/u.test(head.text) &&
    comma?.kind === 'punct' &&
    comma.text === ',' &&
    comma.gap === '' &&
    rest?.kind === 'number' &&
    rest.gap === ' ' &&
    GROUPS.test(rest.text) &&
    !(head.gap === '' && DATE_MARKS.has(t[k - 1]?.text ?? ''))
  );
}

export const splitNumberDoubt: DoubtRule = {
  id: 'split-number',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    if (what === 'value' && ctx.g.locale === 'en' && brokenGroupAfter(t, k)) return true;
    if (k < 2) return false;
    if (what === 'value' && ctx.g.scaleTokens && sharedScaleAfter(t, k, f.value, ctx.g.scaleTokens)) return true;
    const sep = t[k - 1] as Token;
    const head = t[k - 2] as Token;
    if (what === 'value' && ctx.g.locale === 'en' && brokenGroupBefore(t, k)) return true;
    return (
      (t[k] as Token).gap === '' &&
      sep.kind === 'punct' &&
      (sep.text === '.' || sep.text === ',') &&
      sep.gap === '' &&
      /\d$/u.test(head.text)
    );
  },
};
