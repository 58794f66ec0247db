import { EN } from '../real-corpus/en';
import { FRESH_EN } from '../real-corpus/fresh-en';
import { FRESH_VI } from '../real-corpus/fresh-vi';
import { FRESH4_EN } from '../real-corpus/fresh4-en';
import { FRESH4_VI } from '../real-corpus/fresh4-vi';
import { type SentenceScore, scoreSentence } from '../real-corpus/score';
import { TEST2_EN } from '../real-corpus/test2-en';
import { TEST2_VI } from '../real-corpus/test2-vi';
import { TEST3_EN } from '../real-corpus/test3-en';
import { TEST3_VI } from '../real-corpus/test3-vi';
import { TEST5_EN } from '../real-corpus/test5-en';
import { TEST5_VI } from '../real-corpus/test5-vi';
import { TEST6_EN } from '../real-corpus/test6-en';
import { TEST6_VI } from '../real-corpus/test6-vi';
import type { RealSentence } from '../real-corpus/types';
import { VI } from '../real-corpus/vi';
import { TRANSFORMS, type Transform } from './transforms';

/**
 * The released sentences the metamorphic run rewrites: those of REAL_CORPUS (the first rounds and
 * the first fresh set), test2, test3, fresh4, test5 and test6, imported file by file so that the
 * held-out sets are never even loaded.
 */
export const RELEASED: readonly RealSentence[] = [
  ...VI,
  ...EN,
  ...FRESH_VI,
  ...FRESH_EN,
  ...TEST2_VI,
  ...TEST2_EN,
  ...TEST3_VI,
  ...TEST3_EN,
  ...FRESH4_VI,
  ...FRESH4_EN,
  ...TEST5_VI,
  ...TEST5_EN,
  ...TEST6_VI,
  ...TEST6_EN,
];

/** Read whole today: every annotated fact recalled, no silent wrong number. */
export const readWhole = (s: SentenceScore): boolean => s.missed.length === 0 && s.wrong.length === 0;

export interface Rewrite {
  readonly transform: string;
  readonly original: RealSentence;
  readonly score: SentenceScore;
}

export interface TransformTally {
  applied: number;
  whole: number;
  /** Rewrites with at least one silent wrong number. */
  silentWrong: number;
}

/**
 * Applies every transform of the sentence's language to each sentence read whole today and scores
 * each rewrite with the corpus scoring (`real-corpus/score.ts`).
 */
export function runMetamorphic(
  sentences: readonly RealSentence[],
  transforms: readonly Transform[] = TRANSFORMS,
): { tallies: Map<string, TransformTally>; rewrites: Rewrite[]; base: number } {
  const tallies = new Map<string, TransformTally>(
    transforms.map((t) => [t.name, { applied: 0, whole: 0, silentWrong: 0 }]),
  );
  const rewrites: Rewrite[] = [];
  let base = 0;
  for (const s of sentences) {
    if (!readWhole(scoreSentence(s))) continue;
    base++;
    for (const t of transforms) {
      if (t.locale !== s.locale) continue;
      const text = t.apply(s.text);
      if (text === null || text === s.text) continue;
      const score = scoreSentence({ ...s, text });
      const tally = tallies.get(t.name) as TransformTally;
      tally.applied++;
      if (readWhole(score)) tally.whole++;
      if (score.wrong.length > 0) tally.silentWrong++;
      rewrites.push({ transform: t.name, original: s, score });
    }
  }
  return { tallies, rewrites, base };
}

/**
 * The CI sample: the sentences in a seeded order; for each transform, its first `perTransform`
 * sentences that it rewrites and that are read whole today. Each original is scored once.
 */
export function sampleMetamorphic(
  perTransform: number,
  seed = 0x5eed,
  transforms: readonly Transform[] = TRANSFORMS,
): Map<string, TransformTally & { failures: string[] }> {
  const order = shuffle(RELEASED, seed);
  const whole = new Map<RealSentence, boolean>();
  const isWhole = (s: RealSentence): boolean => {
    let w = whole.get(s);
    if (w === undefined) {
      w = readWhole(scoreSentence(s));
      whole.set(s, w);
    }
    return w;
  };
  const out = new Map<string, TransformTally & { failures: string[] }>();
  for (const t of transforms) {
    const tally = { applied: 0, whole: 0, silentWrong: 0, failures: [] as string[] };
    out.set(t.name, tally);
    for (const s of order) {
      if (tally.applied >= perTransform) break;
      if (s.locale !== t.locale) continue;
      const text = t.apply(s.text);
      if (text === null || text === s.text || !isWhole(s)) continue;
      const score = scoreSentence({ ...s, text });
      tally.applied++;
      if (readWhole(score)) tally.whole++;
      else tally.failures.push(`${s.id}: ${text} — missed ${score.missed.length}, wrong ${score.wrong.join('; ')}`);
      if (score.wrong.length > 0) tally.silentWrong++;
    }
  }
  return out;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
