import type { RealSentence } from './types';

/** The thirty-first fresh set, its third English part, being written. */
export const TEST31C_EN: readonly RealSentence[] = [];
