/**
 * The texts the extraction speed benchmarks read: 1 MB of report prose (the seed report repeated)
 * and, per language, 1 MB of dense press sentences — every sentence of every RELEASED real-corpus
 * file in that language, in file order, joined by a space and repeated to a million characters (a
 * figure in nearly every clause, unlike a report's prose). The held-out set (`test23*`) is never
 * imported: its files are listed here one by one instead of through `real-corpus/index.ts`, so
 * adding a set to the press is a deliberate line when it is released.
 */
import { readFileSync } from 'node:fs';
import { EN } from '../test/extract/real-corpus/en';
import { FRESH_EN } from '../test/extract/real-corpus/fresh-en';
import { FRESH_VI } from '../test/extract/real-corpus/fresh-vi';
import { FRESH4_EN } from '../test/extract/real-corpus/fresh4-en';
import { FRESH4_VI } from '../test/extract/real-corpus/fresh4-vi';
import { TEST2_EN } from '../test/extract/real-corpus/test2-en';
import { TEST2_VI } from '../test/extract/real-corpus/test2-vi';
import { TEST3_EN } from '../test/extract/real-corpus/test3-en';
import { TEST3_VI } from '../test/extract/real-corpus/test3-vi';
import { TEST5_EN } from '../test/extract/real-corpus/test5-en';
import { TEST5_VI } from '../test/extract/real-corpus/test5-vi';
import { TEST6_EN } from '../test/extract/real-corpus/test6-en';
import { TEST6_VI } from '../test/extract/real-corpus/test6-vi';
import { TEST7_EN } from '../test/extract/real-corpus/test7-en';
import { TEST7_VI } from '../test/extract/real-corpus/test7-vi';
import { TEST8_EN } from '../test/extract/real-corpus/test8-en';
import { TEST8_VI } from '../test/extract/real-corpus/test8-vi';
import { TEST9_EN } from '../test/extract/real-corpus/test9-en';
import { TEST9_VI } from '../test/extract/real-corpus/test9-vi';
import { TEST10_EN } from '../test/extract/real-corpus/test10-en';
import { TEST10_VI } from '../test/extract/real-corpus/test10-vi';
import { TEST11_EN } from '../test/extract/real-corpus/test11-en';
import { TEST11_VI } from '../test/extract/real-corpus/test11-vi';
import { TEST12_EN } from '../test/extract/real-corpus/test12-en';
import { TEST12_VI } from '../test/extract/real-corpus/test12-vi';
import { TEST13_EN } from '../test/extract/real-corpus/test13-en';
import { TEST13_VI } from '../test/extract/real-corpus/test13-vi';
import { TEST13B_EN } from '../test/extract/real-corpus/test13b-en';
import { TEST13B_VI } from '../test/extract/real-corpus/test13b-vi';
import { TEST14_EN } from '../test/extract/real-corpus/test14-en';
import { TEST14_VI } from '../test/extract/real-corpus/test14-vi';
import { TEST14B_EN } from '../test/extract/real-corpus/test14b-en';
import { TEST14B_VI } from '../test/extract/real-corpus/test14b-vi';
import { TEST15_EN } from '../test/extract/real-corpus/test15-en';
import { TEST15_VI } from '../test/extract/real-corpus/test15-vi';
import { TEST15B_EN } from '../test/extract/real-corpus/test15b-en';
import { TEST15B_VI } from '../test/extract/real-corpus/test15b-vi';
import { TEST16_EN } from '../test/extract/real-corpus/test16-en';
import { TEST16_VI } from '../test/extract/real-corpus/test16-vi';
import { TEST16B_EN } from '../test/extract/real-corpus/test16b-en';
import { TEST16B_VI } from '../test/extract/real-corpus/test16b-vi';
import { TEST17_EN } from '../test/extract/real-corpus/test17-en';
import { TEST17_VI } from '../test/extract/real-corpus/test17-vi';
import { TEST17B_EN } from '../test/extract/real-corpus/test17b-en';
import { TEST17B_VI } from '../test/extract/real-corpus/test17b-vi';
import { TEST18_EN } from '../test/extract/real-corpus/test18-en';
import { TEST18_VI } from '../test/extract/real-corpus/test18-vi';
import { TEST18B_EN } from '../test/extract/real-corpus/test18b-en';
import { TEST18B_VI } from '../test/extract/real-corpus/test18b-vi';
import { TEST19_EN } from '../test/extract/real-corpus/test19-en';
import { TEST19_VI } from '../test/extract/real-corpus/test19-vi';
import { TEST19B_EN } from '../test/extract/real-corpus/test19b-en';
import { TEST19B_VI } from '../test/extract/real-corpus/test19b-vi';
import { TEST20_EN } from '../test/extract/real-corpus/test20-en';
import { TEST20_VI } from '../test/extract/real-corpus/test20-vi';
import { TEST20B_EN } from '../test/extract/real-corpus/test20b-en';
import { TEST20B_VI } from '../test/extract/real-corpus/test20b-vi';
import { TEST21_EN } from '../test/extract/real-corpus/test21-en';
import { TEST21_VI } from '../test/extract/real-corpus/test21-vi';
import { TEST21B_EN } from '../test/extract/real-corpus/test21b-en';
import { TEST21B_VI } from '../test/extract/real-corpus/test21b-vi';
import { TEST22_EN } from '../test/extract/real-corpus/test22-en';
import { TEST22_VI } from '../test/extract/real-corpus/test22-vi';
import { TEST22B_EN } from '../test/extract/real-corpus/test22b-en';
import { TEST22B_VI } from '../test/extract/real-corpus/test22b-vi';
import type { RealSentence } from '../test/extract/real-corpus/types';
import { VI } from '../test/extract/real-corpus/vi';

/** Every released real-corpus file, each once. */
export const RELEASED_SENTENCES: readonly (readonly RealSentence[])[] = [
  EN,
  FRESH_EN,
  FRESH_VI,
  FRESH4_EN,
  FRESH4_VI,
  TEST10_EN,
  TEST10_VI,
  TEST11_EN,
  TEST11_VI,
  TEST12_EN,
  TEST12_VI,
  TEST13_EN,
  TEST13_VI,
  TEST13B_EN,
  TEST13B_VI,
  TEST14_EN,
  TEST14_VI,
  TEST14B_EN,
  TEST14B_VI,
  TEST15_EN,
  TEST15_VI,
  TEST15B_EN,
  TEST15B_VI,
  TEST16_EN,
  TEST16_VI,
  TEST16B_EN,
  TEST16B_VI,
  TEST17_EN,
  TEST17_VI,
  TEST17B_EN,
  TEST17B_VI,
  TEST18_EN,
  TEST18_VI,
  TEST18B_EN,
  TEST18B_VI,
  TEST19_EN,
  TEST19_VI,
  TEST19B_EN,
  TEST19B_VI,
  TEST20_EN,
  TEST20_VI,
  TEST20B_EN,
  TEST20B_VI,
  TEST21_EN,
  TEST21_VI,
  TEST21B_EN,
  TEST21B_VI,
  TEST22_EN,
  TEST22_VI,
  TEST22B_EN,
  TEST22B_VI,
  TEST2_EN,
  TEST2_VI,
  TEST3_EN,
  TEST3_VI,
  TEST5_EN,
  TEST5_VI,
  TEST6_EN,
  TEST6_VI,
  TEST7_EN,
  TEST7_VI,
  TEST8_EN,
  TEST8_VI,
  TEST9_EN,
  TEST9_VI,
  VI,
];

export const MB = 1_000_000;

/** `text` repeated and cut to `size` characters. */
function fill(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

/** 1 MB (or `size`) of report prose: the seed report repeated. */
export function reportText(size = MB): string {
  const seed = readFileSync(new URL('../test/extract/thanh-hoa-ict-2020.vi.txt', import.meta.url), 'utf8');
  return fill(seed, size);
}

/** 1 MB (or `size`) of dense press sentences in one language. */
export function pressText(locale: 'en' | 'vi', size = MB): string {
  const text = RELEASED_SENTENCES.flat()
    .filter((s) => s.locale === locale)
    .map((s) => s.text)
    .join(' ');
  return fill(text, size);
}
