import type { RealFact, RealSentence } from './types';

/**
 * The FIFTY-FOURTH fresh set (`test54`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST54B_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test54b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test54',
  facts,
}));
