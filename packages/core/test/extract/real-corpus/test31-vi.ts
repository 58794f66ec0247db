import type { RealSentence } from './types';

/** The thirty-first fresh set, its Vietnamese part, being written. */
export const TEST31_VI: readonly RealSentence[] = [];
