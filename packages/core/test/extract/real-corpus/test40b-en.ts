import type { RealFact, RealSentence } from './types';

/**
 * The FORTIETH fresh set (`test40`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST40B_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test40b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test40',
  facts,
}));
