import type { RealSentence } from './types';

/** The twenty-fifth fresh set, vi part: being written (stub). */
export const TEST25_VI: readonly RealSentence[] = [];
