import type { RealSentence } from './types';

/** The fourteenth fresh set (`test14`): being written (held out; see index.ts). */
export const TEST14_EN: readonly RealSentence[] = [];
