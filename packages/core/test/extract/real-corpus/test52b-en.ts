import type { RealFact, RealSentence } from './types';

/**
 * The FIFTY-SECOND fresh set (`test52`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST52B_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test52b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test52',
  facts,
}));
