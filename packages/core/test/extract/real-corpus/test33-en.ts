import type { RealSentence } from './types';

/** The thirty-third fresh set, its first English part, being written. */
export const TEST33_EN: readonly RealSentence[] = [];
