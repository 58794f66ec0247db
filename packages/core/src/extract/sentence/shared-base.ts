import type { Item } from '../rules/context';
import type { SentenceContext } from './context';

/**
 * True when a base item standing alone may be lent to the changes around it: not one opened by a compare
 * word that names a base only right after a figure (grammar `figureOnlyCompareWords`: `reaching their
 * highest levels since 2014, while exports rose by $117 billion (7.6 percent) … from 2017 to 2018` — the
 * rise is not counted from 2014; round 60).
 */
export function lentBase(a: SentenceContext, it: Item & { t: 'base' }): boolean {
  return !a.g.figureOnlyCompareWords?.has(a.tokens[it.from]?.forms.fold ?? '');
}
