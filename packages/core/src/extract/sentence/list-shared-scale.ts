import { matchAt } from '../phrase';
import { type QuantityMatch, quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Item } from '../rules/context';
import type { SentenceContext } from './context';

/** Digits before the decimal point of a canonical decimal string. */
const intDigits = (v: string): number => v.replace(/^-/u, '').split('.')[0]?.length ?? 0;

/** The bare number of item `it` (a stray number, or a value read without scale or unit) as a token index, or -1. */
function bareNumberAt(a: SentenceContext, it: Item | undefined): number {
  if (it?.t === 'number') return it.why === 'stray' && it.to === it.from + 1 ? it.from : -1;
  if (it?.t !== 'figure' || it.fig.kind !== 'value') return -1;
  const q = it.fig.q;
  const x = q.quantity;
  if (x?.scale !== 0 || x.unit !== undefined || x.unitCode !== undefined || q.to !== q.numberAt + 1) return -1;
  return a.tokens[q.numberAt]?.kind === 'number' ? q.numberAt : -1;
}

/**
 * `earned 10.6 and 10.2 trillion VND`, `were 2.1 and 1.4 million tonnes, respectively`: in English,
 * a bare number right before `and` and a value with a scale word or a unit (no percentage) shares
 * that value's scale and unit — it is never a count of 10.6 nor a stray number. A first number of
 * three or more digits more than the second shares only the unit (`736,095 and 1.12 million
 * tonnes`). Not after a range opener (`between 10 and 12 million`: one end of a range), nor a year.
 * One pass over the items.
 */
export function sharedScales(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  if (a.g.locale !== 'en') return items;
  let out: Item[] | undefined;
  for (let k = 0; k + 2 < items.length; k++) {
    const at = bareNumberAt(a, items[k]);
    if (at < 0) continue;
    const joiner = matchAt(a.tokens, at + 1, a.g.joiners);
    const next = items[k + 2];
    if (!joiner || joiner.to !== at + 2 || next?.t !== 'figure' || next.fig.kind !== 'value') continue;
    const second = next.fig.q;
    const q2 = second.quantity;
    if (!q2 || second.from !== at + 2 || q2.unitCode === 'percent' || (q2.scale === 0 && q2.unit === undefined))
      continue;
    const tok = a.tokens[at];
    if (!tok || /^(19|20)\d\d$/u.test(tok.text)) continue;
    // (`during KMS 2020-21 and 433.32 LMT`: the end of a fiscal year glued to its first year by a dash,
    // no number of the list; round 42 — it had been 2.1 million tonnes)
    const dash = a.tokens[at - 1];
    if (dash?.kind === 'punct' && tok.gap === '' && /^(19|20)\d\d$/u.test(a.tokens[at - 2]?.text ?? '')) continue;
    let opened = false;
    for (let back = 1; back <= 3 && at - back >= 0 && !opened; back++)
      opened = matchAt(a.tokens, at - back, a.g.rangeOpeners, at)?.to === at;
    if (opened) continue;
    const read = readNumber(tok.text, a.g.locale);
    if ('error' in read) continue;
    const unitOnly = intDigits(read.value) >= intDigits(q2.number.value) + 3;
    const quantity = quantityOf(read, unitOnly ? 0 : q2.scale, {
      ...(q2.scaleWord !== undefined && !unitOnly ? { scaleWord: q2.scaleWord } : {}),
      ...(q2.unit !== undefined ? { unit: q2.unit } : {}),
      ...(q2.unitCode !== undefined ? { unitCode: q2.unitCode } : {}),
    });
    const it = items[k] as Item;
    const q: QuantityMatch = { from: at, to: at + 1, numberAt: at, quantity, rules: [] };
    out ??= [...items];
    out[k] =
      it.t === 'figure' && it.fig.kind === 'value'
        ? { ...it, fig: { ...it.fig, q: { ...it.fig.q, quantity } }, rule: `${it.rule}+shared-scale` }
        : {
            t: 'figure',
            from: at,
            to: at + 1,
            fig: { kind: 'value', q, count: false, average: false },
            rule: `${a.g.locale}.value.joined-shared-scale`,
            level: 'exact',
          };
  }
  return out ?? items;
}
