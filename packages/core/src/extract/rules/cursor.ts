import type { Grammar } from '../grammar';
import type { Token } from '../tokenize';

/** Where a rule reads: the text, its tokens, the grammar and the sentence's end. @internal */
export interface Cursor {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly g: Grammar;
  readonly limit: number;
}
