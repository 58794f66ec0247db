import type { RealSentence } from './types';

/** The twenty-fifth fresh set, en part: being written (stub). */
export const TEST25_EN: readonly RealSentence[] = [];
