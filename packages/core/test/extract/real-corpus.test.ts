import { describe, expect, it } from 'vitest';
import { REAL_CORPUS } from './real-corpus';
import { scoreCorpus, type Tally } from './real-corpus/score';

/**
 * The real corpus (public reports and press, hand-annotated) as a regression guard. The figures
 * are floors at the last measured score (see the README's extraction section): a change that
 * loses recall or adds a silent wrong number fails here. The full table:
 * `pnpm --filter @chitieu/core exec tsx bench/extract-score.ts`.
 */
describe('real corpus (225 sentences from public reports and press)', () => {
  const { groups } = scoreCorpus(REAL_CORPUS);
  const group = (name: string): Tally => {
    const t = groups.find(([n]) => n === name)?.[1];
    if (!t) throw new Error(`no group ${name}`);
    return t;
  };
  const by = { all: group('all'), seen: group('seen'), unseen: group('unseen'), en: group('en') };

  it('every sentence has its source address, a third is English, a quarter is kept unseen', () => {
    for (const s of REAL_CORPUS) expect(s.url).toMatch(/^https?:\/\/\S+$/);
    expect(REAL_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(REAL_CORPUS.filter((s) => s.locale === 'en').length * 3).toBeGreaterThanOrEqual(REAL_CORPUS.length);
    expect(REAL_CORPUS.filter((s) => s.split === 'unseen').length * 4).toBeGreaterThanOrEqual(REAL_CORPUS.length);
    expect(REAL_CORPUS.some((s) => s.facts.length === 0)).toBe(true);
  });

  it('whole-fact recall does not fall below the last measured floor', () => {
    const recall = (t: Tally): number => t.recalled / t.facts;
    expect(recall(by.all)).toBeGreaterThanOrEqual(0.84);
    expect(recall(by.en)).toBeGreaterThanOrEqual(0.8);
    expect(recall(by.unseen)).toBeGreaterThanOrEqual(0.75);
  });

  it('silent wrong numbers do not rise above the last measured count', () => {
    expect(by.all.silentWrong).toBeLessThanOrEqual(4);
    expect(by.seen.silentWrong).toBe(0);
  });

  it('targets and actuals are told apart', () => {
    expect(by.all.kindRight / by.all.kindTotal).toBeGreaterThanOrEqual(0.95);
  });
});
