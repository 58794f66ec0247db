import type { RealSentence } from './types';

/** The twenty-ninth fresh set, being written. */
export const TEST29_VI: readonly RealSentence[] = [];
