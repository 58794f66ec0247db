import type { RealSentence } from './types';

/** The twenty-sixth fresh set, being written. */
export const TEST26_VI: readonly RealSentence[] = [];
