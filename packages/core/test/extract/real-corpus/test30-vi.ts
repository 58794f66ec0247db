import type { RealSentence } from './types';

/** The thirtieth fresh set, being written. */
export const TEST30_VI: readonly RealSentence[] = [];
