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
  const sign = signOf(g);
  // (both forms: NFD text reads as NFC does)
  const syllableTails = g.glueSyllableTails?.flatMap((w) => [w.normalize('NFC'), w.normalize('NFD')]);
  glue = {
    leads: g.glueLeads,
    tails,
    heads: headsOf(g),
    ...(sign ? { sign } : {}),
    ...(syllableTails ? { syllableTails } : {}),
    ...(g.dollarLetters ? { dollarLetters: g.dollarLetters } : {}),
    ...(g.spacedGroupComma ? { spacedGroupComma: true } : {}),
    ...(g.leadingPoint ? { leadingPoint: true } : {}),
    seen: new Map(),
  };
  GLUES.set(g, glue);
  return glue;
}

/** The one-word texts of a list of phrases (`lower` forms, or as written). */
function singles(list: readonly { readonly tokens: readonly Token[] }[], asWritten = false): string[] {
  const out: string[] = [];
  for (const p of list)
    if (p.tokens.length === 1 && p.tokens[0]?.kind === 'word')
      out.push(asWritten ? p.tokens[0].text : p.tokens[0].forms.lower);
  return out;
}

/** A head is at least this long: `upon`, `into` (`up`, `in` + a lead) stay whole. */
const HEAD_MIN = 4;

/**
 * The content words that web text glues to the word after them (`percentover`, `increasedby`,
 * `trillionVND`), each with what may follow it: see `Grammar.glueHeads`. Empty without them.
 */
function headsOf(g: Grammar): ReadonlyMap<string, ReadonlySet<string>> {
  const heads = new Map<string, ReadonlySet<string>>();
  const spec = g.glueHeads;
  if (!spec) return heads;
  const bounds = singles(g.approximate);
  const linked = new Set([...g.glueLeads, ...bounds]);
  const afterScale = new Set([...linked, ...singles(g.units, true), ...singles(g.currencyBefore, true)]);
  const afterPercent = new Set([...linked, ...spec.afterPercent]);
  const afterVerb = new Set([...spec.afterVerb, ...bounds]);
  const add = (words: Iterable<string>, after: ReadonlySet<string>) => {
    for (const w of words)
      if (w.length >= HEAD_MIN && /^\p{Ll}+$/u.test(w) && !heads.has(w) && !g.glueLeads.has(w)) heads.set(w, after);
  };
  add(singles(g.scales), afterScale);
  add(singles(g.percentWords), afterPercent);
  add(spec.words, linked);
  add(singles([...g.changeVerbs, ...g.valueVerbs]), afterVerb);
  return heads;
}

const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The sticky pattern of a currency's sign glued to a number that one of the grammar's scale words
 * follows (`P8.6 billion`, `Rp12.5 trillion`, `RM1.2bn`): a sign of `gluedCurrencySigns`, then the
 * number, an optional space or hyphen and a single-word scale (as written or capitalised; a one-letter scale
 * glued), or a number grouped in thousands (`RM960,000`), not followed by a letter or digit — or, after a
 * sign of two letters or more, a bare number of two digits or more (`Sh150`, `Rs500`). Undefined without signs.
 */
function signOf(g: Grammar): RegExp | undefined {
  const signs = g.gluedCurrencySigns;
  if (!signs || signs.size === 0) return undefined;
  const scales = new Set<string>();
  for (const w of [...singles(g.scales, true), ...singles(g.currencyScales ?? [], true)]) {
    scales.add(w);
    scales.add(w.charAt(0).toUpperCase() + w.slice(1));
  }
  const alt = (list: Iterable<string>): string =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  // (a one-letter scale only glued to the number, `P339m`: `P5 T-shirts` stays whole)
  const long = [...scales].filter((w) => w.length > 1);
  const short = [...scales].filter((w) => w.length === 1);
  // (`a P2.8-billion increase`: the hyphen of a compound adjective, as a space; round 42)
  const scale = short.length > 0 ? `(?:[\\s-]?(?:${alt(long)})|(?:${alt(short)}))` : `[\\s-]?(?:${alt(long)})`;
  // (`a gross profit of RM960,000`: or a number grouped in thousands, which no code or name writes; round 41)
  const grouped = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?';
  // (`from Sh250 to the current Sh150`, `Rs500`: a sign of two letters or more before a bare number of
  // two digits or more — no code writes a price that way; a one-letter sign, `P5`, `K12`, stays whole; round 48)
  const wide = [...signs].filter((w) => w.length > 1);
  const scaled = `(?:${alt(signs)})(?=(?:\\d+(?:[.,]\\d+)*${scale}|${grouped})(?![\\p{L}\\d]))`;
  const bare = wide.length > 0 ? `|(?:${alt(wide)})(?=\\d{2,}(?:\\.\\d+)?(?![\\p{L}\\d]|[.,]\\d))` : '';
  // (`the farmgate price of palay was observed at P24.06 per kilogram`: a one-letter sign before a price,
  // a number with decimals and a word of rate after it — grammar `perWords`; round 58, the figure had been
  // left in the name)
  const one = [...signs].filter((w) => w.length === 1);
  const per = singles(g.perWords ?? []);
  const priced = one.length > 0 && per.length > 0 ? `|(?:${alt(one)})(?=\\d+\\.\\d+\\s+(?:${alt(per)})\\s)` : '';
  return new RegExp(`(?:${scaled}${bare}${priced})`, 'uy');
}
