import type { RealSentence } from './types';

/** The thirty-first fresh set, its second English part, being written. */
export const TEST31B_EN: readonly RealSentence[] = [];
