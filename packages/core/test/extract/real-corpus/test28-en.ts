import type { RealSentence } from './types';

/** The twenty-eighth fresh set, being written. */
export const TEST28_EN: readonly RealSentence[] = [];
