import type { RealSentence } from './types';

/** The sixteenth fresh set (`test16`): being written (held out; see index.ts). */
export const TEST16_EN: readonly RealSentence[] = [];
