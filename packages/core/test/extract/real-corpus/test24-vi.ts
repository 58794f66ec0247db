import type { RealSentence } from './types';

/** The twenty-fourth fresh set, vi part: being written (stub). */
export const TEST24_VI: readonly RealSentence[] = [];
