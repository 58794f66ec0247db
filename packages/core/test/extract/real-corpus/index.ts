import { EN } from './en';
import { FRESH_EN } from './fresh-en';
import { FRESH_VI } from './fresh-vi';
import type { RealSentence } from './types';
import { VI } from './vi';

export type { RealFact, RealSentence } from './types';

/** Every sentence of the real corpus, Vietnamese first. */
export const REAL_CORPUS: readonly RealSentence[] = [...VI, ...EN];

/**
 * The fresh unseen set (split `fresh`), kept out of REAL_CORPUS so its floors and figures stay
 * comparable: score it with `scoreCorpus([...REAL_CORPUS, ...FRESH_CORPUS])`.
 */
export const FRESH_CORPUS: readonly RealSentence[] = [...FRESH_VI, ...FRESH_EN];
