import type { RealSentence } from './types';

/** The twenty-second fresh set (`test22`): being written (held out; see index.ts). */
export const TEST22B_VI: readonly RealSentence[] = [];
