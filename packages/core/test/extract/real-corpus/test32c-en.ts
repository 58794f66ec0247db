import type { RealSentence } from './types';

/** The thirty-second fresh set, its third English part, being written. */
export const TEST32C_EN: readonly RealSentence[] = [];
