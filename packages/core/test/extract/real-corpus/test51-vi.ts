import type { RealFact, RealSentence } from './types';

/**
 * The FIFTY-FIRST fresh set (`test51`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST51_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test51-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  split: 'test51',
  facts,
}));
