import type { DoubtRule } from '../context';

/**
 * `eased to 50.4 in August, down from 52.4 in July`, `a decrease from July’s 54.7 points`: the
 * reading a move started from (`rules/en-value-earlier-reading.ts`) is the earlier period's
 * figure, never the statement's own level — its value is another period's and is doubted.
 */
export const earlierReadingDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (_ctx, f, what) => what === 'value' && f.rule.includes('.earlier-reading'),
};
