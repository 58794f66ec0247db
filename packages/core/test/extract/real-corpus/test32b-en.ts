import type { RealSentence } from './types';

/** The thirty-second fresh set, its second English part, being written. */
export const TEST32B_EN: readonly RealSentence[] = [];
