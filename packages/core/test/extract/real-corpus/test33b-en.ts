import type { RealSentence } from './types';

/** The thirty-third fresh set, its second English part, being written. */
export const TEST33B_EN: readonly RealSentence[] = [];
