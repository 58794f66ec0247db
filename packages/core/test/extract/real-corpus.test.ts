import { describe, expect, it } from 'vitest';
import {
  FRESH4_CORPUS,
  REAL_CORPUS,
  TEST2_CORPUS,
  TEST3_CORPUS,
  TEST5_CORPUS,
  TEST6_CORPUS,
  TEST7_CORPUS,
  TEST8_CORPUS,
  TEST9_CORPUS,
  TEST10_CORPUS,
  TEST11_CORPUS,
  TEST12_CORPUS,
  TEST13_CORPUS,
  TEST14_CORPUS,
  TEST15_CORPUS,
  TEST16_CORPUS,
  TEST17_CORPUS,
  TEST18_CORPUS,
  TEST19_CORPUS,
  TEST20_CORPUS,
  TEST21_CORPUS,
  TEST22_CORPUS,
  TEST23_CORPUS,
  TEST24_CORPUS,
  TEST25_CORPUS,
  TEST26_CORPUS,
  TEST27_CORPUS,
  TEST28_CORPUS,
  TEST29_CORPUS,
  TEST30_CORPUS,
  TEST31_CORPUS,
  TEST32_CORPUS,
  TEST33_CORPUS,
  TEST34_CORPUS,
  TEST35_CORPUS,
  TEST36_CORPUS,
  TEST37_CORPUS,
  TEST38_CORPUS,
  TEST39_CORPUS,
  TEST40_CORPUS,
  TEST41_CORPUS,
  TEST42_CORPUS,
  TEST43_CORPUS,
  TEST44_CORPUS,
  TEST45_CORPUS,
  TEST46_CORPUS,
  TEST47_CORPUS,
  TEST48_CORPUS,
  TEST49_CORPUS,
  TEST50_CORPUS,
  TEST51_CORPUS,
  TEST52_CORPUS,
  TEST53_CORPUS,
} from './real-corpus';

/**
 * The sets written in rounds 14-32 (`test10` held out through round 19, `test11` through round 20,
 * `test12` through round 22, `test13` through round 23, `test14` through round 24, `test15` through
 * round 25, `test16` through round 26, `test17` through round 27, `test18` through round 28, `test19`
 * through round 29, `test20` through round 30, `test21` through round 31, `test22` through round 32,
 * `test23` through round 36, `test24` through round 37, `test25` through round 38, `test26` through
 * round 39, `test27` through round 40, `test28` through round 41, `test29` through round 43, `test30` through round 45, `test31` through round 46, `test32` through round 47, `test33` through round 48, `test34` through round 49, `test35` through round 50, `test36` through round 51, `test37` through round 52, `test38` through round 53, `test39` through round 54, `test40` through round 55, `test41` through round 56, `test42` through round 57, `test43` through round 58, `test44` through round 59, `test45` through round 60, `test46` through round 61, `test47` through round 62, `test48` through round 63, `test49` through round 64, `test50` through round 65, `test51` through round 66, `test52` through round 67, `test53` through round 68; all scored here
 * as a guard).
 */
const RECENT = [
  ...TEST6_CORPUS,
  ...TEST7_CORPUS,
  ...TEST8_CORPUS,
  ...TEST9_CORPUS,
  ...TEST10_CORPUS,
  ...TEST11_CORPUS,
  ...TEST12_CORPUS,
  ...TEST13_CORPUS,
  ...TEST14_CORPUS,
  ...TEST15_CORPUS,
  ...TEST16_CORPUS,
  ...TEST17_CORPUS,
  ...TEST18_CORPUS,
  ...TEST19_CORPUS,
  ...TEST20_CORPUS,
  ...TEST21_CORPUS,
  ...TEST22_CORPUS,
  ...TEST23_CORPUS,
  ...TEST24_CORPUS,
  ...TEST25_CORPUS,
  ...TEST26_CORPUS,
  ...TEST27_CORPUS,
  ...TEST28_CORPUS,
  ...TEST29_CORPUS,
  ...TEST30_CORPUS,
  ...TEST31_CORPUS,
  ...TEST32_CORPUS,
  ...TEST33_CORPUS,
  ...TEST34_CORPUS,
  ...TEST35_CORPUS,
  ...TEST36_CORPUS,
  ...TEST37_CORPUS,
  ...TEST38_CORPUS,
  ...TEST39_CORPUS,
  ...TEST40_CORPUS,
  ...TEST41_CORPUS,
  ...TEST42_CORPUS,
  ...TEST43_CORPUS,
  ...TEST44_CORPUS,
  ...TEST45_CORPUS,
  ...TEST46_CORPUS,
  ...TEST47_CORPUS,
  ...TEST48_CORPUS,
  ...TEST49_CORPUS,
  ...TEST50_CORPUS,
  ...TEST51_CORPUS,
  ...TEST52_CORPUS,
  ...TEST53_CORPUS,
];

import { EN } from './real-corpus/en';
import { scoreCorpus, type Tally } from './real-corpus/score';
import { VI } from './real-corpus/vi';

/**
 * The real corpus (public reports and press, hand-annotated) as a regression guard. The figures
 * are floors at the last measured score (see the README's extraction section): a change that
 * loses recall or adds a silent wrong number fails here. The full table:
 * `pnpm --filter @chitieu/core exec tsx bench/extract-score.ts`.
 */
describe('real corpus (390 sentences from public reports and press)', () => {
  const { groups } = scoreCorpus(REAL_CORPUS);
  const group = (name: string): Tally => {
    const t = groups.find(([n]) => n === name)?.[1];
    if (!t) throw new Error(`no group ${name}`);
    return t;
  };
  const by = {
    all: group('all'),
    seen: group('seen'),
    unseen: group('unseen'),
    en: group('en'),
    released: group('released'),
    viReleased: group('vi released'),
    enReleased: group('en released'),
  };

  it('every sentence has its source address, a third is English, a quarter is kept unseen', () => {
    const every = [...REAL_CORPUS, ...TEST2_CORPUS, ...FRESH4_CORPUS, ...TEST3_CORPUS, ...TEST5_CORPUS, ...RECENT];
    for (const s of every) expect(s.url).toMatch(/^https?:\/\/\S+$/);
    expect(new Set(every.map((s) => s.id)).size).toBe(every.length);
    expect(every.length).toBeGreaterThanOrEqual(1900);
    expect(every.filter((s) => s.locale === 'en').length * 3).toBeGreaterThanOrEqual(every.length);
    // kept aside: the first rounds' unseen part and the fresh sets (test2 … test8 were each scored
    // unseen before their release)
    expect(every.filter((s) => s.split !== 'seen').length * 4).toBeGreaterThanOrEqual(every.length);
    expect(TEST2_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(TEST2_CORPUS.every((s) => s.split === 'test2')).toBe(true);
    expect(TEST5_CORPUS.length).toBeGreaterThanOrEqual(130);
    expect(TEST5_CORPUS.every((s) => s.split === 'test5')).toBe(true);
    for (const [name, set] of [
      ['test6', TEST6_CORPUS],
      ['test7', TEST7_CORPUS],
      ['test8', TEST8_CORPUS],
      ['test9', TEST9_CORPUS],
      ['test10', TEST10_CORPUS],
      ['test11', TEST11_CORPUS],
      ['test12', TEST12_CORPUS],
      ['test13', TEST13_CORPUS],
      ['test14', TEST14_CORPUS],
      ['test15', TEST15_CORPUS],
      ['test16', TEST16_CORPUS],
      ['test17', TEST17_CORPUS],
      ['test18', TEST18_CORPUS],
      ['test19', TEST19_CORPUS],
      ['test20', TEST20_CORPUS],
      ['test21', TEST21_CORPUS],
      ['test22', TEST22_CORPUS],
      ['test23', TEST23_CORPUS],
      ['test24', TEST24_CORPUS],
      ['test25', TEST25_CORPUS],
      ['test26', TEST26_CORPUS],
      ['test27', TEST27_CORPUS],
      ['test28', TEST28_CORPUS],
      ['test29', TEST29_CORPUS],
      ['test30', TEST30_CORPUS],
      ['test31', TEST31_CORPUS],
      ['test32', TEST32_CORPUS],
      ['test33', TEST33_CORPUS],
      ['test34', TEST34_CORPUS],
      ['test35', TEST35_CORPUS],
      ['test36', TEST36_CORPUS],
      ['test37', TEST37_CORPUS],
      ['test38', TEST38_CORPUS],
      ['test39', TEST39_CORPUS],
      ['test40', TEST40_CORPUS],
      ['test41', TEST41_CORPUS],
      ['test42', TEST42_CORPUS],
      ['test43', TEST43_CORPUS],
      ['test44', TEST44_CORPUS],
      ['test45', TEST45_CORPUS],
      ['test46', TEST46_CORPUS],
      ['test47', TEST47_CORPUS],
      ['test48', TEST48_CORPUS],
      ['test49', TEST49_CORPUS],
      ['test50', TEST50_CORPUS],
      ['test51', TEST51_CORPUS],
      ['test52', TEST52_CORPUS],
      ['test53', TEST53_CORPUS],
    ] as const) {
      // (test24 … test53 are one round's sets, 150, 149, 150, 137, 150, 150, 125, 50, 187, 200, 200, 200, 200, 188, 200, 202, 190, 200, 200, 190, 186, 196, 200, 179, 200, 180, 200, 186, 194 and 200 sentences — of
      // test31 only one builder of four delivered, of test37's Vietnamese part 48 of 60, of test40's and test43's 50 of 60, of test44's 46 of 60, of test45's 56 of 60, of test47's 39 of 60, of test49's 40 of 60, of test51's 46 of 60, of test52's 54 of 60; the others two rounds' or more)
      const oneRound = ['test24', 'test25', 'test26', 'test27', 'test28', 'test29', 'test30'].includes(name);
      const least =
        name === 'test33' ||
        name === 'test34' ||
        name === 'test35' ||
        name === 'test36' ||
        name === 'test38' ||
        name === 'test39' ||
        name === 'test41' ||
        name === 'test42' ||
        name === 'test46' ||
        name === 'test48' ||
        name === 'test50' ||
        name === 'test53'
          ? 200
          : name === 'test37'
            ? 188
            : name === 'test40' || name === 'test43'
              ? 190
              : name === 'test32'
                ? 187
                : name === 'test51'
                  ? 186
                  : name === 'test52'
                    ? 194
                    : name === 'test31'
                      ? 50
                      : name === 'test30'
                        ? 125
                        : name === 'test27'
                          ? 137
                          : oneRound
                            ? 149
                            : name === 'test47'
                              ? 179
                              : 180;
      expect(set.length, name).toBeGreaterThanOrEqual(least);
      expect(set.every((s) => s.split === name)).toBe(true);
    }
    expect(REAL_CORPUS.some((s) => s.facts.length === 0)).toBe(true);
  });

  it('whole-fact recall does not fall below the last measured floor', () => {
    // After the whole first fresh set was released (1 December 2026, after round 9): 87.5 % all,
    // English 80.8 %, unseen 89.0 %; the fresh set 79.5 % (Vietnamese 90.2 %, English 68.0 %).
    // Round 10: 89.7 % all, English 85.5 %, unseen 89.0 %; the fresh set 84.5 % (Vietnamese
    // 91.0 %, English 77.6 %).
    // Rounds 11-12: 93.8 % all, English 91.8 %, unseen 96.7 %; the fresh set 89.7 % (Vietnamese
    // 93.4 %, English 85.6 %). Rounds 14-16: 97.1 % all, English 96.1 %, unseen 100 %; the fresh
    // set 93.9 % (Vietnamese 94.9 %, English 92.8 %).
    const recall = (t: Tally): number => t.recalled / t.facts;
    expect(recall(by.all)).toBeGreaterThanOrEqual(0.97);
    expect(recall(by.en)).toBeGreaterThanOrEqual(0.95);
    expect(recall(by.unseen)).toBeGreaterThanOrEqual(0.95);
    expect(recall(by.released)).toBeGreaterThanOrEqual(0.93);
    expect(recall(by.viReleased)).toBeGreaterThanOrEqual(0.94);
    expect(recall(by.enReleased)).toBeGreaterThanOrEqual(0.92);
  });

  it('facts read with every field certain (what an audit checks) do not fall below the floor', () => {
    // after the release: 74.2 % all, 63.6 % on the fresh set (round 9: 78.7 % and 68.5 % before it);
    // round 10: 76.1 % all, 67.8 % on the fresh set; rounds 11-12: 81.3 % and 72.8 %; rounds
    // 14-16: 82.7 % and 73.2 %
    const certainRecall = (t: Tally): number => t.recalledCertain / t.facts;
    expect(certainRecall(by.all)).toBeGreaterThanOrEqual(0.82);
    expect(certainRecall(by.released)).toBeGreaterThanOrEqual(0.72);
  });

  it('silent wrong numbers do not rise above the last measured count', () => {
    // the held-out half of the fresh set came with 7 when it was released (all English); the
    // first half's 4 were removed in round 9, these 7 in round 10
    expect(by.all.silentWrong).toBe(0);
    expect(by.released.silentWrong).toBe(0);
    expect(by.viReleased.silentWrong).toBe(0);
  });

  it('targets and actuals are told apart', () => {
    expect(by.all.kindRight / by.all.kindTotal).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * The 225 sentences of the first rounds (`real-corpus/vi.ts`, `real-corpus/en.ts`: seen and the
 * old unseen part), scored alone: floors a little below round 9's measured score (93.7 % whole-
 * fact, English 93.1 %, Vietnamese 94.1 %, old unseen 89.0 %, 0 silent wrong numbers, targets vs
 * actuals 97.8 %; round 8 measured 92.8 %, 90.8 %, 94.1 %, 86.8 %).
 */
describe('real corpus: the 225 sentences of rounds 1–8', () => {
  const { groups } = scoreCorpus([...VI, ...EN]);
  const group = (name: string): Tally => {
    const t = groups.find(([n]) => n === name)?.[1];
    if (!t) throw new Error(`no group ${name}`);
    return t;
  };
  const recall = (t: Tally): number => t.recalled / t.facts;

  it('whole-fact recall holds round 9 (all, English, the old unseen part)', () => {
    expect(group('all').sentences).toBe(225);
    expect(recall(group('all'))).toBeGreaterThanOrEqual(0.93);
    expect(recall(group('en'))).toBeGreaterThanOrEqual(0.92);
    expect(recall(group('vi'))).toBeGreaterThanOrEqual(0.93);
    expect(recall(group('unseen'))).toBeGreaterThanOrEqual(0.88);
  });

  it('no silent wrong number, targets told from actuals', () => {
    expect(group('all').silentWrong).toBe(0);
    const all = group('all');
    expect(all.kindRight / all.kindTotal).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * The fresh sets written after round 10 by engineers who never read the extractor, each scored
 * unseen and then released to the rule writers: `test2` (held out to round 10's end: 72.3 %,
 * 7 silent wrong), `fresh4` (scored once mid-round 11: 70.5 %, 23 silent wrong), `test3` (held
 * out to round 11's end: 85.9 %, 11 silent wrong), `test5` (held out to round 12's end: 80.3 %,
 * 17 silent wrong), `test6` (held out to round 14's end: 85.4 %, 8 silent wrong), `test7` and
 * `test8` (held out to round 15's end: 85.1 %, 18 silent wrong and 77.6 %, 9 silent wrong), `test9`
 * (held out to round 17's end: 53.4 → 64.4 %, 18 → 27 silent wrong), `test10` (held out to
 * round 19's end: 65.7 → 68.8 %, 28 → 12 silent wrong on the rate-level convention of 1 December)
 * `test11` (held out to round 20's end: 74.4 → 75.3 %, 9 → 6 silent wrong), `test12` (held out
 * to round 22's end: 72.4 → 78.7 %, 22 → 23 silent wrong), `test13` (held out to round 23's end:
 * 67.1 → 68.0 %, 30 → 29 silent wrong), `test14` (held out to round 24's end: 68.7 → 70.7 %,
 * 12 → 10 silent wrong), `test15` (held out to round 25's end: 70.0 → 70.2 %, 27 → 28 silent wrong)
 * `test16` (held out to round 26's end: 70.9 → 71.7 %, 24 → 19 silent wrong), `test17` (held out to
 * round 27's end: 79.6 → 79.8 %, 22 → 22 silent wrong), `test18` (held out to round 28's end: 76.7 →
 * 77.8 %, 21 → 20 silent wrong), `test19` (held out to round 29's end: 72.6 → 72.8 %, 30 → 30 silent
 * wrong), `test20` (held out to round 30's end, its failures never printed: 75.9 → 75.9 %, 10 → 8
 * silent wrong), `test21` (held out to round 31's end, its failures never printed: 66.1 → 66.7 %,
 * 14 → 14 silent wrong) and `test22` (held out to round 32's end, its failures never printed: 82.7 →
 * 83.7 %, 11 → 7 silent wrong) and `test23` (held out to round 36's end, its failures never printed:
 * 77.6 → 77.6 %, 8 → 8 silent wrong) and `test24` (held out to round 37's end, its failures never
 * printed: 83.2 → 84.0 %, 10 → 3 silent wrong) and `test25` (held out to round 38's end, its failures
 * never printed: 78.7 → 79.1 %, 10 → 10 silent wrong; released for round 39 at those figures) and
 * `test26` (held out to round 39's end, its failures never printed: 85.4 → 85.4 %, 4 → 4 silent wrong;
 * released for round 40 at those figures) and `test27` (held out to round 40's end, its failures never
 * printed: 82.5 → 82.5 %, 2 → 2 silent wrong, 83.0 % with round 40's last scorer; released for round 41
 * at those figures) and `test28` (held out to round 41's end, its failures never printed: 77.9 → 77.9 %,
 * 4 → 4 silent wrong; released for round 42 at those figures) and `test29` (held out to round 43's end,
 * its failures never printed: 81.9 → 82.7 % in round 42, 82.7 → 82.7 % in round 43, 11 → 12 → 11 silent
 * wrong; released for round 44 at those figures) and `test30` (held out to round 45's end, its failures
 * never printed: 74.2 → 74.2 %, 11 → 11 silent wrong; released for round 46 at those figures) and
 * `test31` (its one delivered part, 50 English sentences, held out to round 46's end, its failures never
 * printed: 70.4 → 71.8 %, 2 → 2 silent wrong; released for round 47 at those figures) and `test32` (held
 * out to round 47's end, its failures never printed: 75.9 → 75.9 %, 17 → 14 silent wrong; 77.8 % and 12
 * silent wrong once six lakh-crore annotations written a power of ten short were corrected at release;
 * released for round 48) and `test33` (held out to round 48's end, its failures never printed: 75.7 →
 * 75.7 %, 10 → 10 silent wrong; the annotations of its failing rows read against their headers' conventions before any rule,
 * none changed; released for round 49) and `test34` (held out to round 49's end, its failures never
 * printed: 75.8 → 75.8 %, 18 → 18 silent wrong; its failing rows' annotations read against their
 * headers' conventions before any rule, none changed; released for round 50) and `test35` (held out to round
 * 50's end, its failures never printed: 76.4 → 77.1 %, 7 → 7 silent wrong; its failing rows' annotations
 * read against their headers' conventions before any rule, none changed — three of its silent wrong
 * numbers are readings the set's English convention leaves out, a bad-loan ratio, a share reached and a
 * rate in words; released for round 51) and `test36` (held out to round 51's end, its failures never
 * printed: 76.7 → 76.7 %, 14 → 14 silent wrong; its failing rows' annotations read against their headers'
 * conventions before any rule, none changed — its English units were low because its million tonnes
 * (`MT (Million Tonnes)`) and glued millions (`54m`) were misread, and its rates per day or per ounce
 * carry the numerator's unit in its convention where the extractor keeps the compound unit; released for
 * round 52) and `test37` (held out to round 52's end, its failures never printed: 70.5 → 71.6 %, 20 → 19 silent
 * wrong; its failing rows read before any rule, no annotation changed — its hotel reports' bracketed rates and levels, its state revenue releases' amounts restated as
 * rates and its Vietnamese crop and church statistics had been misread; released for round 53) and `test38`
 * (held out to round 53's end, its failures never printed: 82.1 → 82.4 %, 6 → 6 silent wrong; its failing
 * rows read before any rule, no annotation changed — its South African and Macanese releases' glued rands
 * and patacas, its US energy agencies' barrels a day and its crop estimates revised since last month had
 * been misread; released for round 54) and `test39` (held out to round 54's end, its failures never printed: 73.0 → 73.0 %,
 * 8 → 8 silent wrong; its failing rows read before any rule, no annotation changed — its per-share
 * restatements, weekly bases, budget participles, forecasts of the newswire and the Vietnamese customs'
 * rates by measure before a bracket had been misread; released for round 55) and `test40` (held out to round
 * 55's end, its failures never printed: 81.0 → 84.4 %, 7 → 7 silent wrong; its failing rows read before any
 * rule, no annotation changed — its bases written before a change noun with no article, rates after a
 * compared earlier level, Vietnamese moves dated in brackets and `tr.đ`, and its carmakers' translated
 * releases had been misread; released for round 56) and `test41` (held out to round 56's end, its failures
 * never printed: 70.4 → 70.7 %, 11 → 11 silent wrong; its failing rows read before any rule, no annotation
 * changed — its economic calendars, bounds in `vượt quá` and `in the region of`, quarters named by their
 * months and a change given to the earlier level compared with had been misread; released for round 57) and
 * `test42` (held out to round 57's end, its failures never printed: 85.6 → 85.6 %, 13 → 13 silent wrong; its
 * failing rows read before any rule, no annotation changed — a publishers' review that rounds its figures, a
 * museum's month and year to date, a milestone hit, an annual growth rate over a span of years, Guernsey's
 * nominal and real rates against another year's estimate and Vietnamese clauses that stay with the figure
 * before them had been misread; released for round 58) and `test43` (held out to round 58's end, its failures
 * never printed: 87.1 → 87.1 %, 13 → 13 silent wrong; its failing rows read before any rule, no annotation
 * changed — a completion ending a range, a threshold never passed, a growth rate's excess over its goal, an
 * increase in deposits amounting to an amount, `of FY24`, `riêng năm 2021,`, apposite changes, the rand apart
 * from its number and `kế hoạch năm 2016` had been misread; released for round 59) and `test44` (held out to round
 * 59's end, its failures never printed: 80.0 → 80.0 %, 3 → 3 silent wrong; its failing rows read before any rule,
 * no annotation changed — dollars with their letters after the sign, Northern Ireland's `over the quarter` and
 * period levels, `since 2012` and `over the same period`, Nigerian labelled brackets, Jamaican amounts restating
 * rates, a span that opens the sentence and a platform written as commands had been misread; released for round 60)
 * and `test45` (held out to round 60's end, its failures never printed: 80.6 → 80.6 %, 9 → 9 silent wrong; its
 * failing rows read before any rule, no annotation changed — a bound before a change's amount, `AUD$`, a list of
 * differences after a comparative, amounts over a budget, another fiscal year's estimate, labelled brackets of the
 * same part of another year and bases after a short noun phrase had been misread; released for round 61) and
 * `test46` (held out to round 61's end, its failures never printed: 82.6 → 82.6 %, 14 → 14 silent wrong; its failing
 * rows read before any rule, no annotation changed — cardinals in words of a radio transcript, a stray space after a
 * thousands comma, `closed in on`, a threshold broken through, `The year-on-year increase was 8,131 jobs` and `fell
 * another 9.5 percent` had been misread; released for round 62) and `test47` (held out to round 62's end, its
 * failures never printed: 77.3 → 77.3 %, 10 → 10 silent wrong; its failing rows read before any rule, no annotation
 * changed — a share verb's percentage of a month's total, an amount over a dated level, `cents/$1000`, `Tier 1 gold`,
 * `December quarter 2021`, `.38 percent`, `for 2013 through September`, `xoay quanh mức` and budgets recommended or
 * asked for had been misread; released for round 63) and `test48` (held out to round 63's end, its failures never
 * printed: 82.7 → 82.7 %, 11 → 11 silent wrong; its failing rows read before any rule, no annotation changed —
 * `on prior year`, glued Zambian, Argentine and Gulf currencies, a publication's edition month, a share of a growth,
 * an improvement of a deficit, `doubled (107% YoY)`, `January and February 2012`, `the value` after `the volume`,
 * `the previous year (2014)`, `Bcm` and a level of a budget's implementation had been misread; released for round 64)
 * and `test49` (held out to round 64's end, its failures never printed: 75.1 → 75.1 %, 14 → 15 silent wrong; its
 * failing rows read before any rule, no annotation changed — council budgets of an amount and allocated amounts,
 * South African amounts broken by a space, `or 10 per cent` after a count's noun, `per $100,000`, a sector's move in
 * a report of the economy's structure and `0 68%` had been misread; released for round 65)
 * and `test50` (held out to round 65's end, its failures never printed: 78.7 → 78.7 %, 13 → 13 silent wrong; its
 * failing rows read before any rule, no annotation changed — the Bank of Jamaica's amounts broken after their
 * decimal point (`US$1. 48 billion`), `US$15.million`, crop output higher than a target set in the clause before,
 * and one quantity's changes against two bases annotated as two facts had been misread or miscounted; released for
 * round 66)
 * and `test51` (held out to round 66's end, its failures never printed: 75.9 → 75.9 %, 17 → 17 silent wrong; its
 * failing rows read before any rule, no annotation changed — news agencies' `minus 31% y/y`, `2016 Q3` as a base,
 * `FY 12`, a percentage result against `the 56% target`, a change in another clause's forecast had been misread;
 * released for round 67)
 * and `test52` (held out to round 67's end, its failures never printed: 72.7 → 72.7 %, 8 → 8 silent wrong; its
 * failing rows read before any rule, no annotation changed — `<br />` left in council finance text, `to complete 2017
 * paving projects`, `(năm 2021: có 829 người)`, `to a projected $1.8 million in 2011`, `i.e. up 3.8%`, `the midway
 * point of 2012` and council budgets of an amount had been misread; released for round 68)
 * and `test53` (held out to round 68's end, its failures never printed: 66.9 → 66.9 %, 12 → 11 silent wrong; its
 * failing rows read before any rule, no annotation changed — `102.981 tỷ 107 triệu đồng`, a report's title dating
 * the figures, `2 percentage points lower than`, `18-year-olds`, `dove 21.2%`, `$68, 787,147` and council budgets
 * that present or show amounts had been misread; released for round 69).
 * Floors a little below the last measured score (round 69: test53 73.5 %, English 71.6 %, 4 silent wrong,
 * 26 wrong kinds; round 68: test52 74.7 %, English 68.8 %, 2 silent wrong,
 * 20 wrong kinds; round 67: test51 78.6 %, English 72.9 %, 10 silent wrong,
 * 19 wrong kinds; round 66: test50 78.7 %, English 72.0 %, 5 silent wrong,
 * 16 wrong kinds; round 65: test49 77.1 %, English 71.5 %, 5 silent wrong,
 * 23 wrong kinds; round 64: test48 87.4 %, English 82.2 %, 3 silent wrong,
 * 2 wrong kinds; round 63: test47 80.3 %, English 76.3 %, 5 silent wrong,
 * 16 wrong kinds; round 62: test46 85.4 %, English 82.6 %, 6 silent wrong,
 * 5 wrong kinds; round 61: test45 85.7 %, English 82.7 %, 2 silent wrong,
 * 12 wrong kinds; round 60: test44 91.3 %, English 91.4 %, 1 silent wrong,
 * 4 wrong kinds; round 59: test43 92.3 %, English 90.2 %, 6 silent wrong,
 * 3 wrong kinds; round 58: test42 94.6 %, English 96.0 %, 2 silent wrong,
 * 3 wrong kinds; round 57: test41 82.2 %, English 84.1 %, 3 silent wrong,
 * 1 wrong kind; round 56:
 * test40 93.7 %, English 93.9 %, 4 silent wrong, no wrong kind; test39 85.5 %; round 55: test39 85.5 %, English 87.9 %, 1 silent wrong, 13 wrong kinds; test38 96.1 %, English
 * 95.2 %; test37 90.1 %, English 88.9 %; round 54: test38
 * 94.6 %, English 93.1 %, 1 silent wrong, 1 wrong kind; round 53: test37 87.3 %, English 84.9 %, 3 silent wrong, 5 wrong
 * kinds; round 52: test36 87.8 %, English 83.6 %, 6
 * silent wrong, 3 wrong kinds; round 51: test35
 * 83.3 %, English 85.0 %, 3 silent wrong, 9 wrong kinds; round 50: test34 85.6 %, English 87.6 %, 0 silent wrong, 9 wrong kinds; test33
 * 86.5 %; round 49: test33
 * 86.2 %, English 84.7 %, 2 silent wrong, 7 wrong kinds; round 48: test32 87.4 %,
 * English 83.7 %, 1 silent wrong — a number in words the set's convention gives no fact —, 5 wrong
 * kinds; round 47: test31 93.0 %, 0 silent wrong, no wrong kind; test30 88.7 %,
 * English 89.2 %, 2 silent wrong, 7 wrong kinds; round 46: test30 86.6 %, English 83.8 %, 3 silent wrong, 7 wrong
 * kinds, targets/actuals 95.6 %; round 44: test29 92.7 %, English 90.8 %, 2 silent wrong, 3 wrong
 * kinds; round 42: test28 86.9 %, English 91.9 %, 1 silent wrong, 7 wrong
 * kinds; round 41: test27 91.3 %, English 89.7 %, 0 silent wrong, 7 wrong
 * kinds; round 40: test26 94.5 %, English 94.5 %, 0 silent wrong, no wrong
 * kind; round 39: test25 88.4 %, English 92.8 %, 1 silent wrong, 10 wrong
 * kinds — the goal lists whose frame only the sentence before states; round 38: test24 93.9 %, English 94.0 %, 1 silent wrong, no wrong kind; round 37: test23
 * 84.9 %, English 89.0 %, 5 silent wrong, 30 wrong kinds, targets/actuals 93.4 % — the lists of goals
 * whose frame only the sentence before states; test22 90.9 %; test21 85.2 %, English 82.0 %; test20
 * 87.2 %; test17 91.4 %; round 35: test22 90.1 %, English 91.1 %, 3 silent
 * wrong, kind 8; test21 84.8 %, English 81.3 %; test19 85.1 %, English 81.6 %; round 33: test22
 * 87.5 %, English 88.7 %, 3 silent wrong, 9 wrong kinds — one more than round 32: `1 tỷ 610 triệu USD`
 * is now read, in a purpose clause (`để … đảm bảo … đạt … theo kế hoạch`) whose goal the kind misses;
 * test21 83.8 %, English 79.4 %, 5 silent wrong; test6 98.6 %, English 99.4 %; round 32: test22
 * 83.7 %, English 81.4 %, 7 silent wrong; test21 81.9 %, English 76.8 %, 8 silent wrong; round 31:
 * test20 86.0 %, English 84.4 %, 3 silent wrong; test19 84.6 %,
 * English 80.8 %, 3 silent wrong; test18 88.5 %, English 85.3 %, 6 silent wrong; test17 89.9 %,
 * English 89.8 %, 4 silent wrong; test16 86.2 %, English 78.3 %, 1 silent wrong — a margin's level the
 * annotation leaves out, an open annotation question; test15 90.4 %, English 85.3 %; test14 91.5 %,
 * English 89.6 %; test13 90.4 %, English 89.0 %; test12 91.1 %, English 89.6 %; test11 93.1 %, English
 * 91.2 %; test10 87.5 %, English 82.9 %; test9 90.5 %, English 86.7 %; test8 93.9 %, English 92.6 %; test7 95.0 %, English 95.3 %; test6 98.2 %, English
 * 97.6 %;
 * test5 94.4 %, English 91.8 %; test3 96.5 %, English 93.8 %; fresh4 90.6 %, English 90.1 %; test2
 * 97.0 %, English 95.4 %, each 0 silent wrong; README, extraction section).
 */
describe('real corpus: the fresh sets (test2 … test53)', () => {
  const { groups } = scoreCorpus([...TEST2_CORPUS, ...FRESH4_CORPUS, ...TEST3_CORPUS, ...TEST5_CORPUS, ...RECENT]);
  const group = (name: string): Tally => {
    const t = groups.find(([n]) => n === name)?.[1];
    if (!t) throw new Error(`no group ${name}`);
    return t;
  };
  const recall = (t: Tally): number => t.recalled / t.facts;

  it('whole-fact recall holds round 33 on each set and in each language', () => {
    const floors: readonly [string, number, number][] = [
      ['test2', 0.96, 0.95],
      ['fresh4', 0.9, 0.9],
      ['test3', 0.96, 0.93],
      ['test5', 0.94, 0.91],
      ['test6', 0.98, 0.98],
      ['test7', 0.94, 0.95],
      ['test8', 0.93, 0.92],
      ['test9', 0.9, 0.86],
      ['test10', 0.89, 0.85],
      ['test11', 0.93, 0.92],
      ['test12', 0.91, 0.89],
      ['test13', 0.9, 0.88],
      ['test14', 0.91, 0.89],
      ['test15', 0.9, 0.86],
      ['test16', 0.86, 0.78],
      ['test17', 0.91, 0.89],
      ['test18', 0.88, 0.85],
      ['test19', 0.85, 0.81],
      ['test20', 0.87, 0.84],
      ['test21', 0.85, 0.81],
      ['test22', 0.9, 0.91],
      ['test23', 0.84, 0.88],
      ['test24', 0.93, 0.93],
      ['test25', 0.88, 0.92],
      ['test26', 0.94, 0.94],
      ['test27', 0.91, 0.89],
      ['test28', 0.86, 0.91],
      ['test29', 0.92, 0.9],
      ['test30', 0.88, 0.88],
      ['test31', 0.92, 0.92],
      ['test32', 0.86, 0.83],
      ['test33', 0.85, 0.83],
      ['test34', 0.84, 0.86],
      ['test35', 0.81, 0.82],
      ['test36', 0.86, 0.82],
      ['test37', 0.89, 0.87],
      ['test38', 0.95, 0.94],
      ['test39', 0.85, 0.86],
      ['test40', 0.92, 0.92],
      ['test41', 0.81, 0.83],
      ['test42', 0.93, 0.95],
      ['test43', 0.9, 0.88],
      ['test44', 0.9, 0.9],
      ['test45', 0.85, 0.82],
      ['test46', 0.85, 0.82],
      ['test47', 0.78, 0.74],
      ['test48', 0.85, 0.8],
      ['test49', 0.76, 0.7],
      ['test50', 0.78, 0.71],
      ['test51', 0.78, 0.72],
      ['test52', 0.74, 0.68],
      ['test53', 0.73, 0.71],
    ];
    for (const [name, all, en] of floors) {
      expect(recall(group(name)), name).toBeGreaterThanOrEqual(all);
      expect(recall(group(`en ${name}`)), `en ${name}`).toBeGreaterThanOrEqual(en);
    }
  });

  it('silent wrong numbers do not rise above the last count on any released set, targets told from actuals', () => {
    // every released set at 0 (rounds 14-28 took test7 … test16 from 18, 9, 27, 28, 9, 23, 29, 10,
    // 28 and 19) but test16's one (`ROS là 36,6%`: a margin's level, which its annotation leaves
    // out; an open annotation question), test17's 4 (22 when released; round 28's leftovers, one
    // taken by round 29 and one by round 31), test18's 6 (20 when released; round 29 took 10, round 30 three single
    // outbreaks), test19's 3 (30 when released; round 30 took single seizures and fines, a cause's
    // figure, a bracketed earlier level, a glued plus, stocks at a cut-off and a respectively pair) and
    // test20's 3 (10 when released; round 31 took a level after changes past a joiner, two subjects
    // across a joiner, counts read bare), test21's 8 (14 when released; round 32 took the scorer's
    // one-period bases, a whole after `out of`, `approximated`; round 33 took three to 5; round 36 one,
    // an earlier level named by another year, to 4), test22's 4
    // (held out: 11 the day it was written, 7 at round 32's end; round 33 took a gapped completion after
    // `by`, a count out of a total, a gapped fall on an item that names its own growth, a deadline
    // after `và` given to the figure before it)
    const most: Record<string, number> = {
      test2: 0,
      fresh4: 0,
      test3: 0,
      test5: 0,
      test6: 0,
      test7: 0,
      test8: 0,
      test9: 0,
      test10: 0,
      test11: 0,
      test12: 0,
      test13: 0,
      test14: 0,
      test15: 0,
      test16: 1,
      test17: 4,
      // (round 47: the amount a verb of change moved by, `raise its investment … by $1.4 billion`, is doubted)
      test18: 5,
      test19: 3,
      test20: 3,
      test21: 4,
      // (3 before round 40's scorer took `compared to the end of 2021` read as December 2021 for the year)
      test22: 2,
      // (8 when released; round 37 took an excess over a plan, the size of a noun's change and a
      // restated currency)
      // (round 47: `Tỷ lệ tăng dân số tự nhiên hằng năm 1,05%` is a doubted level, no certain rate)
      // (round 48: `to RM22.05 million from RM16 $ 0.77 million`, a garbled earlier level, now leaves the
      // rate's base unread where it had taken a wrong one)
      test23: 3,
      // (3 when released; round 38 took a level exceeded past `con số`, and a year against a part of
      // the year before)
      test24: 1,
      // (10 when released; round 39 took a space-grouped number read as a 0 (six fields), `chưa đầy`, the
      // base of a same period of a named year, and a fall by a multiple)
      // (round 47: `Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%` is a doubted level, no certain rate)
      test25: 0,
      // (4 when released; round 40 took a year lent to a yearless lead, a level in times, a period after
      // an act and a base named `same period in 2023` the scorer now takes as the year)
      test26: 0,
      // (2 when released; round 41 took a ratio in times after a bracket read as a multiple and a rise lent to the
      // forecast after `and`)
      test27: 0,
      // (4 when released; round 42 took, among others, a percentage of GDP read as a growth rate and a
      // vision year dating a target)
      test28: 1,
      // (11 when released; round 44 took, among others, a month after `until` read alone, a ratio
      // `reaching 101% over the same period` read as a rise, and the hundred of `cứ 100 người`)
      test29: 2,
      // (11 when released; round 46 took, among others, the base year's own level read as the value,
      // `mt` read as tonnes, a stray `GH¢2,` before its restatement and a fiscal year's short year)
      // (3 since round 46; round 47 doubted a reported result's change read off the earlier level)
      test30: 2,
      // (2 when released; round 47 doubted a revenue shortfall's and a quarterly difference's amounts)
      test31: 0,
      // (12 when released; round 48 took a range's start read as the base, the respective rates of a
      // head's parts with no base, a threshold not reached read as a completion, a completion on the plan
      // and a growth word of a condition; the one left is `one billion tonnes`, a number in words the set's
      // convention gives no fact, read — now as the goal it is)
      test32: 1,
      // (10 when released; round 49 took an amount restated as a rate read as a value, a rate written
      // before the earlier level it is measured from, a rate after a target's `but`, a lost whole part
      // read as 54 and the two ways of a peso glued to its number; the two left are an eight-month period
      // of another year read as the statement's, `in a similar eight-month period of 2017`)
      test33: 2,
      // (18 when released; round 50 took the lakh spelled `lac` (6), amounts restated in a bracket
      // (`$252 million (11.5 percent) more than forecast`), a gap `shy of`, a guidance range, `l.3 tỉ`,
      // `2,000 tỉ`, `added … giving it a total of`, a coverage ratio, the second amount of a change and a
      // rate given to a level that a change with its own level followed)
      test34: 0,
      // (7 when released; round 51 took `up 0.1 percent from the December estimate` read as 100.1 %, a
      // newspaper's date in words read as the figures' month, a level's year given to the next level,
      // `khoảng $5.5 tỷ` read as exact and `for 2015 during the first six months of this year` read as the
      // year; the three left are right readings the set's English convention gives no fact — a bad-loan
      // ratio, a share reached and `up nine per cent`)
      test35: 3,
      // (14 when released; round 52 took `54m mobile customers` and `315.4 MT (Million Tonnes)` read short of
      // their million, `an increase … from N6.59 trillion in H1’24` given its own period as the base, an
      // amount restating a change's size (`by 27 per cent, 35.8 thousand tonnes,`), `3.87% of the estimated
      // GDP` read as a budget completion, `the 100 million user club`, `30,000 tonnes away from that total`
      // and `21 million more … tourists than`; the six left are readings its English convention gives no
      // fact or splits otherwise — a cost per vehicle, an occupancy level, changes with no base and two
      // changes of one statement annotated as two facts)
      test36: 6,
      // (19 when released; round 53 took the hotel reports' `(+18.0% to US$72.85)`, amounts restated as a rate
      // against a base or a forecast (`$67 million or 8.6 percent over last August`, `$36.2 million or 12.8
      // percent more than expected`), `versus expectations of $1.9 billion`, `năm triệu 900 ngàn`, `409 ngàn
      // 166`, `tăng thêm so với năm ngoái 25.305.000 người`, `thêm 0,34%`, `almost reaching 19.6 million TEU`
      // `vượt 5% kế hoạch năm trở lên` and `a 0.8% year-over-year ADR lift`; the three left are a gapped
      // change's second amount, a ratio its convention gives no fact and an amount above a base the reader
      // cannot name — read since round 59, `$92.5 million or 6.4% above FY 2019 revenues`: two left)
      test37: 2,
      // (6 when released; round 54 took a year inside an earlier level's base dating the statement, a part
      // of the later year lost to bare years, `between August and September 2020` read against the year
      // before, crop estimates `down 6 percent from last month` and `of fiscal 2016` read as the base of
      // two rates sharing `the same six-month stretch a year earlier` across `while`; the one left is a
      // hotel occupancy level the set's convention gives no fact)
      test38: 1,
      // (8 when released; round 55 took a change after a per-share restatement, an amount restated by a rate
      // against a forecast after a copula, a split year `2016/17` read as a year, `vượt so với cùng kỳ … là
      // 702 tấn`, `cứ 1 triệu USD`, a forecast dated by a later event's quarter and the cement industry's
      // difference `91.1 units or 7.4% less than`; the one left is a rate given to an earlier level in a
      // sentence of two comparisons of sales so far this year)
      test39: 1,
      // (7 when released; round 56 took a tax rate read as the growth named before `nhưng`, `1 người` before
      // a figure per person, the `around` of a rate lost on the rate joined after it and a fall read as a
      // rise in `de-growth`; those left are a spelled `sixty two per cent` the set's convention gives no
      // fact (read now as 62, no longer as 2), two changes of one subject its builder writes as two facts, a
      // rate measured after a record of another year, and a carmakers' translated release whose `percents`
      // is read now, its rate given to the wrong level)
      test40: 4,
      // (11 when released; round 57 took `vượt quá` and `in the region of` read as exact levels, `quý 4 năm
      // nay` read as the year, `July-September` as September, a change given to the earlier level compared
      // with after it, `gần gấp đôi` as an exact multiple, a base period's level in a `during which` clause
      // and the calendar lines' readings; those left are a load factor's change in words the set's
      // convention gives no fact, an inflation rate held at 0 % its builder reads as no fact, and an
      // amount added to coffers read as a level)
      test41: 3,
      // (13 when released; round 58 took a rounding lead, a milestone hit, an annual growth rate over a span
      // of years, a museum's month and year to date, a bracket's own year and `thực hiệnvượt` read as exact,
      // as the wrong periods and as a completion of 20 %; those left are a rice harvest's `seven per cent` the
      // set's convention gives no fact, and a rate against last year's collection named before it)
      test42: 2,
      // (13 when released; round 59 took a completion ending a range, a threshold never passed, a growth
      // rate's excess over its goal, an increase amounting to an amount, an under performance, `of FY24` as
      // a base and `riêng năm 2021,` read as exact, as levels and as the sentence's span; those left are three
      // hotel occupancy levels after a change in points its convention gives no fact (one with a sign its
      // builder reads up in `eased … upward`), a target of `seven million` given no fact before the brief
      // asked for figures in words, and two changes of one statement annotated as two facts)
      test43: 6,
      // (3 when released; round 60 took a second rate `and by 1.2% over the year` after a fall read as a rise,
      // and `over the same period` after `since 2012` read as the year before; the one left is a share of
      // staff, `tỉ lệ 54,6%`, its builder gives no fact)
      test44: 1,
      // (9 when released; round 61 took a bound before a change's amount, a list of differences after a
      // comparative, an amount over a budget, a rate over another fiscal year's estimate and `three percent
      // below` a capitalised plan; the two left are a season's output its change is measured from, and a base
      // `the same period of 2022` its builder gives as the year where the reader names the quarter)
      test45: 2,
      // (14 when released; round 62 took cardinals in words, `343, 068`, `closed in on`, `break through the …
      // mark` and `The year-on-year increase was 8,131 jobs`; those left are five hotel occupancy levels its
      // convention gives no fact, as test38's and test43's, and a change in volume read beside the earlier level
      // a change in value is compared with)
      test46: 6,
      // (10 when released; round 63 took a share of a month's total, an amount over a dated level, `cents/$1000`,
      // `Tier 1 gold` and `xoay quanh mức`; those left are a first quarter dated by the later year of its
      // clause, a year lent to the second of two figures, two General Funds dated by the month they were
      // approved and an adjustment read as a level)
      test47: 5,
      // (11 when released; round 64 took `ZMK19.9 million`, `its April 2015 World Economic Outlook`, `the share of
      // … in this year's growth`, `an improvement of 21 percent` of a deficit, `doubled (107% YoY)`, `the level of
      // total expenditure implementation`, `January and February 2012` and `the value` after `the volume`; those
      // left are a change after two joined counts, the first of them dropped after `During December`, and two
      // amounts a producer added to reach a total read as levels)
      test48: 3,
      // (15 when released; round 65 took council budgets broken by a space (`R889, 9 million`), `per $100,000`,
      // `up 13,900 nights or 10 per cent`, a sector's move in a report of the economy's structure and `0 68%`;
      // those left are a collection rate the builder gave no fact, an additional £700K beside it, a levy's rise
      // read with the amount before it, a rise over `the 2023 Budget` whose base is not read and an increase of
      // $40 per $100,000 of value)
      test49: 5,
      // (13 when released; round 66 took the Bank of Jamaica's broken amounts (`US$1. 48 billion`), `US$15.million`
      // and a crop's output higher than the target set before it, and the scorer reads one quantity's changes against
      // two bases, annotated as two change-only facts, as that quantity's; those left are a rise after `;` whose base
      // was fronted in the clause before, a shortfall of a projection read as a change, a crop's increase over the
      // target beside its area, an unemployment level its builder gave no fact and a quarter dated `(January – March), 2016`)
      test50: 5,
      // (17 when released; round 67 took news agencies' `minus 31% y/y`, `2016 Q3` as a base, `FY 12`, a result
      // against `the 56% target`, a change in another clause's forecast and a change after `compared with
      // 202,577` (doubted); those left are a 249,294 read into a name before `compared with`, two bases of one
      // figure, `$25.2 biliion`, `1% equates to`, `£0.561k`, a count of offices and a collections rate its
      // builder gave no fact)
      test51: 10,
      // (8 when released; round 68 took `<br />` in a gap's restatement, `to complete 2017 paving projects`, `(năm 2021:
      // có 829 người)`, `to a projected $1.8 million in 2011` and `i.e.`; those left are a share of a diocese's
      // faithful its builder gives no fact and a rate given to a count after `with playing staff up from 64 to 107`)
      test52: 2,
      // (11 when released; round 69 took the report-title month of `trong 10 tháng đầu năm 2020`, `2 percentage
      // points lower than`, `18-year-olds` and doubted `$68, 787,147`; those left are two hotel occupancy levels its
      // builder gives no fact, the restated `$11.3 million or $12.2% more than last year`, and a quarter named after
      // its year, `in 2015 with a six per cent rise … in the first quarter`)
      test53: 4,
    };
    // a result shown as a certain target, or a plan as a certain result, is tallied apart from the
    // silent wrong numbers (`kindWrongCertain`): held at its count on every set (round 27: a forecast
    // or a result inside a goal frame is doubted, `certainty/doubt-rules.ts` KIND_RULES)
    const kindWrong: Record<string, number> = {
      test2: 0,
      fresh4: 2,
      test3: 0,
      test5: 5,
      test6: 1,
      test7: 7,
      test8: 2,
      test9: 0,
      test10: 2,
      test11: 3,
      test12: 6,
      test13: 13,
      test14: 6,
      // (12 and 3 before round 40 doubted a forecast of a part of a year)
      test15: 10,
      test16: 4,
      test17: 7,
      test18: 4,
      test19: 11,
      test20: 2,
      test21: 14,
      test22: 8,
      // (31 since round 44: `…, Giá trị sản xuất Công nghiệp-Xây dựng: 271 tỷ đồng` is read as a labelled
      // item of its own — a goal of the sentence before, whose frame it cannot see, as the item before it)
      // (27 since round 47: a sentence that runs to a year, `… đến năm 2025 đạt 67%`, leaves goal or result open)
      test23: 28,
      test24: 0,
      // (11 since round 47: `Tỷ lệ tăng dân số tự nhiên hàng năm: 1,1%`, a goal of the list before it, is
      // read as the doubted level it is, where it had been a certain rate of change — a silent wrong number)
      test25: 11,
      test26: 0,
      // (11 when released; round 41 read the parts of an estimated forecast as the estimate, and an
      // English forecast of this year as a target)
      test27: 7,
      test28: 7,
      // (3 when released; round 44 read `X and Y targets` as two goals, and `Profit before tax: 130
      // billion VND` as a labelled item of its own — a goal of the sentence before, as the item before it)
      test29: 3,
      // (10 when released; round 46 read an approved dividend and a plan measured against as targets)
      test30: 7,
      // (3 when released; round 47 read a plan a sentence opens by measuring against, and a goal's
      // base collected in an earlier year, as what they are)
      test31: 0,
      // (12 when released; round 48 read `the realization` after a target, a budget benchmark compared
      // with and a dated plan's `là` as what they are)
      test32: 5,
      // (14 when released; round 49 read a figure the goal noun follows, `its 6 million target … with 5.9
      // million visitors`, a baseline, `by collecting`, `tấn kế hoạch` and a rate after a target's `but` as what they are)
      test33: 7,
      // (11 when released; round 50 read a guidance, `in the hope of` and `foresee` as goals and forecasts;
      // `sẽ đạt tới` before a later year's figure now frames it as a goal, where the annotation reads an estimate)
      test34: 9,
      // (10 when released; round 51 read `the total targeted revenue of …` as the target; round 54 read
      // `continue to exceed projections, totaling …` as a result)
      test35: 8,
      test36: 3,
      // (7 when released; round 54 read `is targetting` as a goal)
      test37: 4,
      // (2 when released; round 54 read `Dự báo đến ngày 30 tháng 11, …` as the report's estimate)
      test38: 1,
      // (23 when released; round 55 read `X budgeted`, `challenged … to`, `the budget assumed`, `was seen
      // rising`, a goal's starting level, earlier levels after a forecast and `falling for` — no typo of
      // `calling for` — as what they are; most left are Vietnamese forecasts its builder reads as the
      // report's estimates and forecasts its English builders read as targets)
      // (14 since round 56: another body's forecast compared with, `vượt dự báo tăng …`, and `dự đoán`
      // are targets under the brief; its builder read them as estimates)
      // (15 since round 65: `with a production budget of just $9.5 million` is read as the plan a budget
      // of an amount sets — its builder read a film's budget as its cost; the same rule reads the
      // budgets of test43, test45 and test49 right)
      test39: 15,
      test40: 0,
      test41: 1,
      test42: 3,
      test43: 3,
      test44: 4,
      // (11 when released, 12 since round 61 reads `a 3 percent increase over the amount originally budgeted`
      // as the completion its builder gives, on a county's expectation its builder reads as an estimate)
      test45: 12,
      test46: 5,
      // (19 when released; round 63 read a levy staff recommend and one asked for as targets)
      test47: 16,
      test48: 2,
      // (26 when released; round 65 read budgets of an amount and allocated amounts as plans — most left are
      // council levies and rate increases its builder reads as planned)
      test49: 23,
      // (16 when released: its builders read forecasts of growth and festival attendance as estimates or targets)
      test50: 16,
      // (19 when released: its builders read council rates' increases, allocations and a fund's share as targets)
      test51: 19,
      // (21 when released: its builders read a village's levy, budgets and rate increases as targets)
      test52: 20,
      // (35 when released: its council builders read what a budget presents, includes or raises as planned)
      test53: 26,
    };
    for (const [name, count] of Object.entries(most)) {
      const t = group(name);
      expect(t.silentWrong, name).toBeLessThanOrEqual(count);
      expect(t.kindWrongCertain, `${name}: certain wrong target/actual`).toBeLessThanOrEqual(kindWrong[name] ?? 0);
      // targets told from actuals: 0.95 on every set (test22 98.0 %; test21 96.4 %) but test23's 0.93
      // (93.4 %: goals listed in sentences whose goal frame only the sentence before states; test27,
      // 91.9 % when released, is 96.0 % since round 41; test30, 93.6 % when released, is 95.6 % since round 46)
      // and test39's 0.93 (90.5 % when released, 94.5 % since round 55: its Vietnamese forecasts read as
      // estimates by its builder, its English ones as targets; 93.8 % since round 56, where another body's
      // Vietnamese forecast compared with is a target, as the brief has it since round 55), and test47's 0.9
      // (90.4 % when released, 91.2 % since round 63: its builders read a season's crop forecast as the
      // report's estimate, and a village's adopted budget, fund and appropriations as targets), and test49's
      // 0.88 (88.2 % when released, 89.6 % since round 65: its council builders read levies, rate increases and
      // a budget's income as planned; most are still read as results), and test50's 0.93 (93.9 % when released:
      // its builders read central banks' growth projections as estimates of the year, some as targets), and test51's
      // 0.92 (92.3 % when released: its council builders read allocations and rate increases as planned), and test52's
      // 0.92 (92.4 % when released: its council builders read levies, budgets and rate increases as planned), and test53's
      // 0.88 (84.2 % when released, 88.6 % since round 69: its council builders read a budget's rates and amounts as planned)
      const least =
        name === 'test23' || name === 'test39'
          ? 0.93
          : name === 'test47'
            ? 0.9
            : name === 'test49' || name === 'test53'
              ? 0.88
              : name === 'test50'
                ? 0.93
                : name === 'test51' || name === 'test52'
                  ? 0.92
                  : 0.95;
      expect(t.kindRight / t.kindTotal, name).toBeGreaterThanOrEqual(least);
    }
  });
});
