import type { RealSentence } from './types';

/** The fifteenth fresh set (`test15`): being written (held out; see index.ts). */
export const TEST15B_VI: readonly RealSentence[] = [];
