import type { RealSentence } from './types';

/** The thirty-second fresh set, its Vietnamese part, being written. */
export const TEST32_VI: readonly RealSentence[] = [];
