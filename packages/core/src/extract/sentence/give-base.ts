import type { BaseOf, Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';

/**
 * Change `c` of statement `d` measured against the base read `of` (its own earlier base dropped), its
 * rule tagged `+tag`; a base of `cùng kỳ năm 2019` keeps its year for the statement's period
 * (`sameIn`). The steps that give a change a base found elsewhere in the sentence share it.
 */
export function withBase(d: Draft, c: Extracted<ExtractedChange>, of: BaseOf, tag: string): Extracted<ExtractedChange> {
  const { base: _earlier, ...rest } = c.value;
  const next: Extracted<ExtractedChange> = {
    ...c,
    value: { ...rest, ...(of.base ? { base: of.base } : {}), baseSpan: of.span },
    rule: `${c.rule}+${tag}`,
  };
  if (of.sameIn !== undefined) d.sameIn.set(next, of.sameIn);
  return next;
}
