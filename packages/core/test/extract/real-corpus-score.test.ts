import { describe, expect, it } from 'vitest';
import { scoreSentence } from './real-corpus/score';
import type { RealFact, RealSentence } from './real-corpus/types';

const sentence = (text: string, locale: 'vi' | 'en', facts: readonly RealFact[]): RealSentence => ({
  id: 'score-test',
  locale,
  url: 'test',
  text,
  split: 'seen',
  facts,
});

describe('the real-corpus scorer: comparison bases that name one period (round 32)', () => {
  it('takes a year’s previous year and its same period last year as one base', () => {
    const s = sentence(
      'The firm generated P90.6 billion in revenue for 2023, a 60 percent increase from the previous year.',
      'en',
      [{ v: '90600000000', p: '2023', ch: ['rate 60 same-period-last-year'] }],
    );
    const score = scoreSentence(s);
    expect(score.missed).toEqual([]);
    expect(score.wrong).toEqual([]);
  });

  it('takes a base named by its period as the relative base that names it', () => {
    const s = sentence('Tháng 6/2021, sản lượng đạt 120.000 tấn, giảm 3,6% so với tháng 5/2021.', 'vi', [
      { v: '120000', u: 'tonne', p: '2021-06', ch: ['rate -3.6 previous-period'] },
    ]);
    expect(scoreSentence(s).missed).toEqual([]);
  });

  it('still tells a quarter’s previous quarter from its same quarter last year', () => {
    const s = sentence(
      'Revenue reached VND5 trillion in the third quarter of 2023, up 12% from the previous quarter.',
      'en',
      [{ v: '5000000000000', u: 'VND', p: '2023-Q3', ch: ['rate 12 same-period-last-year'] }],
    );
    const score = scoreSentence(s);
    expect(score.missed).toHaveLength(1);
    expect(score.wrong).toEqual(['change base previous-period for 12']);
  });
});
