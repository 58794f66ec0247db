import type { RealSentence } from './types';

/** The nineteenth fresh set (`test19`): being written (held out; see index.ts). */
export const TEST19B_EN: readonly RealSentence[] = [];
