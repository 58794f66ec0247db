import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-FIFTH fresh set (`test35`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST35_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test35-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test35',
  facts,
}));
