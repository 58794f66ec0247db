import type { RealSentence } from './types';

/** The twenty-first fresh set (`test21`): being written (held out; see index.ts). */
export const TEST21_VI: readonly RealSentence[] = [];
