import type { RealSentence } from './types';

/** The thirty-second fresh set, its first English part, being written. */
export const TEST32_EN: readonly RealSentence[] = [];
