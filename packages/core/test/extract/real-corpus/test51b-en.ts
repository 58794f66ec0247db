import type { RealFact, RealSentence } from './types';

/**
 * The FIFTY-FIRST fresh set (`test51`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST51B_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test51b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test51',
  facts,
}));
