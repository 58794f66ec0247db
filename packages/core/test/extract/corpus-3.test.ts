import { describe, expect, it } from 'vitest';
import { CORPUS_3 } from './corpus-3';
import { expectCase } from './expect-case';

describe('extract › unseen-text corpus (round 3)', () => {
  it('has 30 sentences in both languages', () => {
    expect(CORPUS_3.length).toBe(30);
    expect(CORPUS_3.filter((c) => c.locale === 'en').length).toBeGreaterThanOrEqual(10);
  });

  for (const c of CORPUS_3) {
    it(`${c.locale} › ${c.title}`, () => expectCase(c));
  }
});
