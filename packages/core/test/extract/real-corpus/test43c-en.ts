import type { RealFact, RealSentence } from './types';

/**
 * The FORTY-THIRD fresh set (`test43`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST43C_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test43c-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test43',
  facts,
}));
