import type { RealSentence } from './types';

/** The twenty-seventh fresh set, being written. */
export const TEST27_VI: readonly RealSentence[] = [];
