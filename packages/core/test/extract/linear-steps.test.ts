/**
 * Guards "cost stays linear in the input" where the timed shapes of `robust.test.ts` cannot see it: a
 * step that runs once per sentence (or per statement, per field) and walks the WHOLE text's token array
 * from its start — `a.tokens.findIndex(t => t.start >= span.start)` — is quadratic in a report of many
 * sentences, with a constant so small that an 8n/n timing at test sizes hides it (round 47 found one in
 * `sentence/defined-unit.ts` at 14 % of the English press's time: 9.9 s → 5.8 s for 1 MB once removed).
 * The extractor's per-sentence code maps offsets to tokens with `tokenAt` (binary search) or reads a
 * bounded window; this fails on any whole-array search or walk of the shared token array.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src', 'extract');

/** The shared token array of a sentence context, a certainty context, a cursor or the assembler, searched or walked whole. */
const WHOLE_ARRAY =
  /\b(?:a|c|ctx\.ix|this)\.tokens\.(?:findIndex|findLastIndex|indexOf|lastIndexOf|filter|find|findLast|some|every|map|forEach|reduce|reduceRight|includes|entries)\(/u;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the extractor never searches the whole text’s tokens from a per-sentence step', () => {
  it('no step calls a whole-array search or walk on the shared token array', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, n) => {
        if (WHOLE_ARRAY.test(line)) found.push(`${relative(SRC, file)}:${n + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the guard sees the shape it forbids', () => {
    expect(WHOLE_ARRAY.test('  const from = a.tokens.findIndex((t) => t.start >= st.span.start);')).toBe(true);
    expect(WHOLE_ARRAY.test('  const from = tokenAt(a.tokens, st.span.start);')).toBe(false);
    expect(WHOLE_ARRAY.test('const words = c.tokens.slice(j + 1, j + 5).filter((x) => x.text !== "-");')).toBe(false);
  });
});
