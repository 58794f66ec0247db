import type { RealSentence } from './types';

/** The twentieth fresh set (`test20`): being written (held out; see index.ts). */
export const TEST20B_VI: readonly RealSentence[] = [];
