import { EN } from './en';
import { FRESH_EN } from './fresh-en';
import { FRESH_VI } from './fresh-vi';
import { TEST2_EN } from './test2-en';
import { TEST2_VI } from './test2-vi';
import type { RealSentence } from './types';
import { VI } from './vi';

export type { RealFact, RealSentence } from './types';

const FRESH = [...FRESH_VI, ...FRESH_EN];

/**
 * Every sentence of the real corpus the rules may be written against, Vietnamese first: the 225
 * sentences of the first rounds (`seen` and `unseen`) and the released half of the fresh set.
 */
export const REAL_CORPUS: readonly RealSentence[] = [
  ...VI,
  ...EN,
  // released to the rule writers: readable like any seen sentence, named apart from the held-out rows
  ...FRESH.filter((s) => s.split !== 'fresh').map((s) => ({ ...s, id: s.id.replace('-fresh-', '-released-') })),
];

/**
 * The held-out half of the fresh set (split `fresh`), never read by the rule writers: score it
 * with `scoreCorpus([...REAL_CORPUS, ...FRESH_CORPUS])`.
 */
export const FRESH_CORPUS: readonly RealSentence[] = FRESH.filter((s) => s.split === 'fresh');

/**
 * The second fresh set (split `test2`, `test2-vi.ts` and `test2-en.ts`), in neither REAL_CORPUS
 * nor FRESH_CORPUS: new articles annotated by someone who never read the extractor. Score it with
 * `scoreCorpus([...REAL_CORPUS, ...TEST2_CORPUS])` (`bench/extract-score.ts --test2`); its failures
 * are never printed.
 */
export const TEST2_CORPUS: readonly RealSentence[] = [...TEST2_VI, ...TEST2_EN];
