/**
 * Generated report sentences (`generated.ts`): every one read whole, no field ever certain and
 * wrong. The hand-run tally of many more samples, with the failures listed, is
 * `pnpm --filter @chitieu/core exec tsx bench/generated-score.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import {
  english,
  englishGoals,
  englishMany,
  englishRespectively,
  readItems,
  readWhole,
  silentWrong,
  silentWrongItems,
  silentWrongMany,
  vietnamese,
  vietnameseBracketList,
  vietnameseGoals,
  vietnameseMany,
} from './generated';

describe.each([
  ['en', english],
  ['vi', vietnamese],
  ['en', englishGoals],
  ['vi', vietnameseGoals],
] as const)('generated %s report sentences (one statement each)', (locale, sentences) => {
  it('are read whole, and no field is ever certain and wrong', () => {
    fc.assert(
      fc.property(sentences, ({ text, truth }) => {
        const statements = extractStatements(text, { locale });
        expect(
          statements.flatMap((s) => silentWrong(s, truth)),
          text,
        ).toEqual([]);
        expect(readWhole(statements, truth), text).toBe(true);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});

describe.each([
  ['en', englishMany],
  ['vi', vietnameseMany],
] as const)('generated %s sentences of two statements, a part or a comparison', (locale, sentences) => {
  it('read every statement whole, and no field is ever certain and wrong', () => {
    fc.assert(
      fc.property(sentences, ({ text, truths }) => {
        const statements = extractStatements(text, { locale });
        expect(silentWrongMany(statements, truths), text).toEqual([]);
        for (const t of truths) expect(readWhole(statements, t), text).toBe(true);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});

describe.each([
  ['vi', vietnameseBracketList],
  ['en', englishRespectively],
] as const)('generated %s lists (bracketed entries, respectively)', (locale, sentences) => {
  it('read every item under its own name, and no field is ever certain and wrong', () => {
    fc.assert(
      fc.property(sentences, ({ text, items }) => {
        const statements = extractStatements(text, { locale });
        expect(silentWrongItems(statements, items), text).toEqual([]);
        expect(readItems(statements, items), text).toEqual([]);
      }),
      { seed: 20261201, numRuns: 200 },
    );
  });
});
