import type { RealSentence } from './types';

/** The thirty-third fresh set, its Vietnamese part, being written. */
export const TEST33_VI: readonly RealSentence[] = [];
