import type { RealSentence } from './types';

/** The seventeenth fresh set (`test17`): being written (held out; see index.ts). */
export const TEST17_VI: readonly RealSentence[] = [];
