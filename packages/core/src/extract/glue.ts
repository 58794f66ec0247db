import type { Grammar } from './grammar';
import type { Glue, Token } from './tokenize';

const GLUES = new WeakMap<Grammar, Glue>();

/**
 * The glue words of a grammar: its leads, and as tails its own tails plus every single-word
 * change verb, value verb, percent verb and bound word that is no lead itself (`andrising`, `orreached`,
 * but `into` stays whole). Computed once.
 */
export function glueOf(g: Grammar): Glue {
  let glue = GLUES.get(g);
  if (glue) return glue;
  const tails = new Set(g.glueTails);
  for (const list of [g.changeVerbs, g.valueVerbs, g.percentVerbs, g.approximate] as const)
    for (const p of list as readonly { readonly tokens: readonly Token[] }[])
      if (p.tokens.length === 1 && p.tokens[0]?.kind === 'word' && !g.glueLeads.has(p.tokens[0].forms.lower))
        tails.add(p.tokens[0].forms.lower);
  glue = { leads: g.glueLeads, tails, seen: new Map() };
  GLUES.set(g, glue);
  return glue;
}
