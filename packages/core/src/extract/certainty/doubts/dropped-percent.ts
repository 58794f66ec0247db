import type { Extracted, ExtractedChange } from '../../types';
import type { DoubtRule } from '../context';

/**
 * `tăng 6,73% so với tháng trước và tăng 6,71 so với cùng kỳ`: a rate read from a bare number whose
 * `%` the writer dropped in a list of rates (`rules/vi-rate-dropped-percent.ts`): the form is
 * inferred from the list, not printed, so it is never certain.
 */
export const droppedPercentDoubt: DoubtRule = {
  id: 'dropped-percent',
  doubts: (_ctx, f, what) =>
    what === 'change' && (f as Extracted<ExtractedChange>).rule.includes('.change.rate-dropped-percent'),
};
