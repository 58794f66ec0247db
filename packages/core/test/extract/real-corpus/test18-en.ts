import type { RealSentence } from './types';

/** The eighteenth fresh set (`test18`): being written (held out; see index.ts). */
export const TEST18_EN: readonly RealSentence[] = [];
