import type { RealSentence } from './types';

/** The thirtieth fresh set, its second English part, being written. */
export const TEST30B_EN: readonly RealSentence[] = [];
