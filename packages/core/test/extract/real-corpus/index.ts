import { EN } from './en';
import type { RealSentence } from './types';
import { VI } from './vi';

export type { RealFact, RealSentence } from './types';

/** Every sentence of the real corpus, Vietnamese first. */
export const REAL_CORPUS: readonly RealSentence[] = [...VI, ...EN];
