import { JOINED_VALUE_NAME } from '../../sentence/figures';
import type { DoubtRule } from '../context';

/**
 * `exports to Japan and Korea stood at $1.25 billion and $646 million`: the second value of a
 * pair joined with no `respectively` is read as a statement of its own (`sentence/figures.ts`,
 * `sameUnitValue`); whose figure it is among the names before the verb is paired by order only,
 * so its value is doubted like a list that says `respectively`.
 */
export const joinedValueDoubt: DoubtRule = {
  id: 'respectively',
  doubts: (ctx, f, what) =>
    what === 'value' && f === ctx.s.value && (ctx.s.name?.rule.endsWith(JOINED_VALUE_NAME) ?? false),
};
