import type { RealFact, RealSentence } from './types';

/**
 * The FIFTY-THIRD fresh set (`test53`): this part is written by a builder who never read the extractor.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ROWS: readonly Row[] = [];

export const TEST53_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test53-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  split: 'test53',
  facts,
}));
