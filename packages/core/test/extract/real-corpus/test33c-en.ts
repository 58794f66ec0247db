import type { RealSentence } from './types';

/** The thirty-third fresh set, its English government part, being written. */
export const TEST33C_EN: readonly RealSentence[] = [];
