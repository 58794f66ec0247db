import { describe, expect, it } from 'vitest';
import { figured } from './readings';

/**
 * Round 27, target vs actual you can trust (R27-KIND). Every statement's target/actual reading was
 * certain; a result shown as a certain target or a plan as a certain result is a wrong number shown
 * as right. The kind is now weighed like any field (`certainty/doubt-rules.ts` KIND_RULES): when the
 * sentence's frame leaves target vs actual open it is uncertain, with its reason.
 * Paraphrases of our own, never a corpus sentence.
 */

/** `kind confidence reason` of every statement with a figure. */
const read = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
  figured(text, locale).map(
    (s) => `${s.kind.value} ${s.kind.confidence}${s.kind.doubt ? ` ${s.kind.doubt.reason}` : ''}`,
  );

describe('a forecast that may be the estimated result or a target (forecast-kind)', () => {
  it('a forecast word with a change against a stated earlier base', () => {
    expect(read("In 2024, the province's rice exports will reach US$1.2 billion, up 8% from 2023.")).toEqual([
      'target uncertain forecast-kind',
    ]);
    // (round 42: a Vietnamese forecast with no period of its own against the period before is read as
    // the report's estimate of the period closing — an actual, still doubted)
    expect(
      read('Trong tháng, doanh thu dịch vụ lưu trú dự kiến đạt 850 tỷ đồng, tăng 4,2% so với tháng trước.', 'vi'),
    ).toEqual(['actual uncertain forecast-kind']);
  });

  it('a forecast word beside a stage word of an estimate', () => {
    expect(
      read('The ministry estimates that steel output will rise 12 percent to 3.1 million tonnes in October.'),
    ).toEqual(['target uncertain forecast-kind']);
  });

  it('a forecast of the year under way, in English a target (round 41: as every released set reads it), doubted', () => {
    expect(read('Garment exports are expected to be worth US$44 billion this year.')).toEqual([
      'target uncertain forecast-kind',
    ]);
  });

  it('a forecast told in the past, read as a result', () => {
    expect(read('The operating profit of the first quarter was expected to reach US$150 million.')).toEqual([
      'actual uncertain forecast-kind',
    ]);
    expect(read('Rice exports were projected to hit 8 million tonnes by the year-end.')).toEqual([
      'actual uncertain forecast-kind',
    ]);
    // near-misses: the present tense is a target, `as expected` and `higher than expected` are results
    expect(read('Rice exports are projected to hit 8 million tonnes by the year-end.')).toEqual(['target certain']);
    expect(read('Rice exports reached 8 million tonnes, as expected.')).toEqual(['actual certain']);
    expect(read('The output was higher than expected at 8 million tonnes.')).toEqual(['actual certain']);
  });

  it('near-misses stay certain: a bare forecast, a goal word, a completion of plan, an average rate', () => {
    expect(read('Tourism revenue is expected to reach US$40 billion.')).toEqual(['target certain']);
    expect(read('The city aims to earn US$2 billion from exports in 2025, up 10% from 2024.')).toEqual([
      'target certain',
    ]);
    expect(
      read('Hanoi is expected to collect VND 500 trillion in budget revenue, completing 105% of the yearly target.'),
    ).toEqual(['actual certain']);
    expect(read('Exports are expected to grow 6 percent annually in the 2025-2030 period.')).toEqual([
      'target certain',
    ]);
    expect(read('Phấn đấu năm 2025 kim ngạch xuất khẩu đạt 3 tỷ USD, tăng 10% so với năm 2024.', 'vi')).toEqual([
      'target certain',
    ]);
  });
});

describe('a result told inside a goal frame (result-in-goal)', () => {
  it('a result lead between the goal words and the figure', () => {
    expect(
      read(
        'Tại hội nghị, Sở Tư pháp đã báo cáo kết quả công tác năm 2022 với nhiều chuyển biến, các chỉ tiêu nhiệm vụ đều đạt và vượt chỉ tiêu được giao, cụ thể: về việc đã giải quyết xong 3.410 việc/4.020 việc có điều kiện, đạt tỉ lệ 84,8%.',
        'vi',
      )[0],
    ).toBe('target uncertain result-in-goal');
    expect(read('Freight rates will stay high in the coming months as the carrier has 120 vessels on order.')).toEqual([
      'target uncertain result-in-goal',
    ]);
    expect(
      read('The company will keep investing in new plants though it has 14 factories with 30,000 workers.'),
    ).toEqual(['target uncertain result-in-goal', 'target uncertain result-in-goal']);
  });

  it('the level a goal moves from', () => {
    // (round 29: the level it moves from is today's result, an actual — every such level of the
    // released corpus is annotated so; sentence/earlier-level-kind.ts)
    expect(read('The province plans to cut the poverty rate from 4.2% to 3% in 2026.')).toEqual([
      'actual certain',
      'target certain',
    ]);
    // near-misses: the goal itself moves (both goals: since round 47 the level the plan left is a
    // target statement of its own, its value doubted); a result moving has no goal frame
    expect(read('The company cut its profit target from VND 500 billion to VND 300 billion.')).toEqual([
      'target certain',
      'target certain',
    ]);
    expect(read('Exports rose from US$5 billion to US$6 billion in 2024.')).toEqual([
      'actual certain',
      'actual certain',
    ]);
  });

  it('near-misses stay certain: a goal’s own verb of possession, a goal with no result word', () => {
    expect(read('The airline will have 30 aircraft in 2026.')).toEqual(['target certain']);
    expect(
      read(
        'Vietnam expects to have 2 million people joining social insurance, and over 1.5 million others joining unemployment insurance by 2026.',
      ),
    ).toEqual(['target certain', 'target certain']);
    expect(read('Phấn đấu năm 2025 có 1.000 doanh nghiệp thành lập mới, 300 hợp tác xã.', 'vi')).toEqual([
      'target certain',
      'target certain',
    ]);
  });
});
