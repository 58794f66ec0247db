import type { DoubtRule } from '../context';

/**
 * `…; profit reached nearly 176 billion`: a currency lent by an earlier amount of the sentence, and
 * `775 million tons, up from 687 million a year earlier`: a unit lent to the earlier level
 * (`sentence/lent-currency.ts`) was not written with the figure — the value is doubted.
 */
export const lentUnitDoubt: DoubtRule = {
  id: 'lent-unit',
  doubts: (_ctx, f, what) => what === 'value' && (f.rule.includes('+lent-currency') || f.rule.includes('+lent-unit')),
};
