import type { RealSentence } from './types';

/** The twenty-third fresh set (`test23`): being written (held out; see index.ts). */
export const TEST23B_EN: readonly RealSentence[] = [];
