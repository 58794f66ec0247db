import type { RealSentence } from './types';

/** The twenty-third fresh set (`test23`), part A: still to be written (held out; see index.ts). */
export const TEST23_VI: readonly RealSentence[] = [];
