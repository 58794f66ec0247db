import type { RealSentence } from './types';

/** The twenty-fourth fresh set, en part: being written (stub). */
export const TEST24_EN: readonly RealSentence[] = [];
