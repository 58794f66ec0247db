import type { RealFact, RealSentence } from './types';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

export const TEST11_VI_ROWS: readonly Row[] = [];

export const TEST11_VI: readonly RealSentence[] = TEST11_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test11-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test11',
}));
