import type { RealFact, RealSentence } from './types';

/**
 * The FORTY-SEVENTH fresh set (`test47`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST47B_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test47b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test47',
  facts,
}));
