import type { RealSentence } from './types';

/** The thirty-first fresh set, its first English part, being written. */
export const TEST31_EN: readonly RealSentence[] = [];
