import type { Phrasebook } from './phrasebook-types';
import { PHRASES_EN } from './phrases-en';
import { PHRASES_VI } from './phrases-vi';

export type { ChangeText, CompletionSide, CompletionWording, Phrasebook, SummaryText } from './phrasebook-types';

/** The phrasebook of a words language. @internal */
export function phrasebook(words: 'vi' | 'en'): Phrasebook {
  return words === 'vi' ? PHRASES_VI : PHRASES_EN;
}
