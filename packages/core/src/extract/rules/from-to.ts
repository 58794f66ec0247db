import type { DataStage } from '../../model/types';
import type { Grammar } from '../grammar';
import { matchAt, type Phrase } from '../phrase';
import { type QuantityMatch, quantityOf, readQuantity } from '../quantity';
import { type Cursor, type FigureRule, type Found, m, worst } from './context';

/** True when a phrase of `list` ends right before token `i` (`giảm` before `từ`). */
export function endsAt(c: Cursor, i: number, list: Parameters<typeof matchAt>[2]): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    if (matchAt(c.tokens, i - back, list, i)?.to === i) return true;
  }
  return false;
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function fromToAt(c: Cursor, i: number): Found | null {
  const from = m(c, i, c.g.fromWords);
  if (!from) return null;
  const a = readQuantity(c.text, c.tokens, from.to, c.g, c.limit);
  if (!a?.quantity) return null;
  const to = m(c, a.to, c.g.toWords);
  if (!to) return null;
  // `từ 7,5 đến 8%`, `from 7 to 7.5%` with no change verb before: a range, not a change.
  const neutral = c.g.rangeToWords.has(to.phrase.text);
  if (neutral && !endsAt(c, i, c.g.changeVerbs) && !endsAt(c, i, changeToVerbs(c.g))) return null;
  const b = readQuantity(c.text, c.tokens, to.to, c.g, c.limit);
  if (!b?.quantity) return null;
  // `từ 2 lên 3 nghìn tỷ đồng`, `from 3.5 to 3.2%`: a bare first number shares the second's
  // scale and unit (it is never read as 2 đồng).
  const bare = a.quantity.scale === 0 && a.quantity.unit === undefined;
  const shared = b.quantity.scale !== 0 || b.quantity.unit !== undefined;
  const previous: QuantityMatch =
    bare && shared
      ? {
          ...a,
          quantity: quantityOf(a.quantity.number, b.quantity.scale, {
            ...(b.quantity.scaleWord !== undefined ? { scaleWord: b.quantity.scaleWord } : {}),
            ...(b.quantity.unit !== undefined ? { unit: b.quantity.unit } : {}),
            ...(b.quantity.unitCode !== undefined ? { unitCode: b.quantity.unitCode } : {}),
          }),
        }
      : a;
  return {
    to: b.to,
    fig: { kind: 'from-to', previous, current: b },
    rule: `${c.g.locale}.from-to${bare && shared ? '+shared-scale' : ''}`,
    level: worst(from.level, to.level),
  };
}

const CHANGE_TO = new WeakMap<Grammar, readonly Phrase<DataStage | undefined>[]>();

/** The value verbs that say the value moved (`tăng lên`, `rose to`), filtered once per grammar (a list is indexed once). */
export function changeToVerbs(g: Grammar): readonly Phrase<DataStage | undefined>[] {
  let list = CHANGE_TO.get(g);
  if (!list) {
    list = g.valueVerbs.filter((p) => g.movedValueVerbs.has(p.text.split(' ')[0] ?? ''));
    CHANGE_TO.set(g, list);
  }
  return list;
}

/** The `from-to` figure rule: its first number comes right after `từ`/`from` (and a currency). @internal */
export const fromToRule: FigureRule = { id: 'from-to', locales: ['vi', 'en'], match: fromToAt, reach: 24 };
