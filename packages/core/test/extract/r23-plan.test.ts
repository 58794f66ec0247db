import { describe, expect, it } from 'vitest';
import { figured, valueText } from './readings';

/**
 * Round 23, a plan noun heading the subject of a copula or `total(s)` names the plan itself — a
 * target (`Dự toán thu ngân sách năm 2024 là …` is read so in Vietnamese): `The revenue plan for
 * 2024 is …`, `The budget estimates for 2024 total …`. Paraphrases of our own with near-misses.
 */

/** Each English statement with a figure as `value unit k=kind [st=stage] [c=completion]`. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const st = s.stage ? ` st=${s.stage.value}` : '';
    const c = s.completion ? ` c=${s.completion.value.percent.value}` : '';
    return `${valueText(s)} k=${s.kind.value}${st}${c}`;
  });

describe('`plan` heading a subject linked by a copula is the plan (a target)', () => {
  it('reads `The revenue plan for 2024 is …` and its paraphrases as targets', () => {
    expect(readings('The revenue plan for 2024 is VND 1.7 quadrillion.')).toEqual(['1700000000000000 VND k=target']);
    expect(readings('The export plan of 2025 was US$400 billion.')).toEqual(['400000000000 USD k=target']);
    expect(readings("The province's investment plan for this year stands at VND 9,000 billion.")).toEqual([
      '9000000000000 VND k=target',
    ]);
    expect(readings('The approved plans for 2024 total VND 350 billion.')).toEqual(['350000000000 VND k=target']);
  });

  it('reads the plan first and the result second in `The plan was …, and revenue reached …`', () => {
    expect(readings('The plan was VND 500 billion, and revenue reached VND 520 billion.')).toEqual([
      '500000000000 VND k=target',
      '520000000000 VND k=actual',
    ]);
  });

  it('reads `quota`, `goal` and `projection` heads as the plan too', () => {
    expect(readings('The fishing quota for 2024 is 150,000 tonnes.')).toEqual(['150000 tonne k=target']);
    expect(readings('The sales goal for this year was 12,000 units.')).toEqual(['12000 (units) k=target']);
    expect(readings('The output projection for 2026 is 45 million tonnes.')).toEqual(['45000000 tonne k=target']);
  });

  it('keeps the targets that were already read (`target is`, `plan assigned for`)', () => {
    expect(readings('The 2025 export target is US$400 billion.')).toEqual(['400000000000 USD k=target']);
    expect(readings("This year's revenue target is VND 2,000 billion.")).toEqual(['2000000000000 VND k=target']);
    expect(readings('The plan assigned for 2024 is VND 300 billion.')).toEqual(['300000000000 VND k=target']);
    expect(readings('The capital allocated for 2025 is VND 790 trillion.')).toEqual(['790000000000000 VND k=target']);
    expect(readings('The target was 50,000 units.')).toEqual(['50000 (units) k=target']);
  });

  it('near-misses: a plan that is the object of a verb or a preposition stays a result', () => {
    expect(readings('Revenue exceeded the plan by VND 20 billion.').every((r) => r.includes('k=actual'))).toBe(true);
    expect(readings('Exports reached 106 percent of the plan.')).toEqual(['- k=actual c=106']);
    expect(readings('The shortfall against the plan was VND 20 billion.')).toEqual(['20000000000 VND k=actual']);
    expect(readings('Spending above the plan was VND 3 billion.')).toEqual(['3000000000 VND k=actual']);
    expect(readings('Output that beat the target was 5 million tonnes.')).toEqual(['5000000 tonne k=actual']);
    expect(readings("The plan's first phase cost VND 20 billion.")).toEqual(['20000000000 VND k=actual']);
  });
});

describe('`budget estimate(s)` heading a subject is the plan (`dự toán`), not a result at stage estimate', () => {
  it('reads the budget estimates as targets without a stage', () => {
    expect(readings('The budget estimates for 2024 total VND 1.7 quadrillion.')).toEqual([
      '1700000000000000 VND k=target',
    ]);
    expect(readings('The 2024 budget estimate is VND 1.7 quadrillion.')).toEqual(['1700000000000000 VND k=target']);
    expect(readings("The province's budget estimate for 2023 was VND 12,000 billion.")).toEqual([
      '12000000000000 VND k=target',
    ]);
    expect(readings("The ministry's revenue estimate is VND 2,000 billion.")).toEqual(['2000000000000 VND k=target']);
    expect(readings('Spending estimates for 2025 amount to VND 900 billion.')).toEqual(['900000000000 VND k=target']);
  });

  it('near-misses: an agency that estimates a result, and budget revenue, stay actuals', () => {
    expect(readings('The ministry estimates rice output at 43 million tonnes.')).toEqual([
      '43000000 tonne k=actual st=estimate',
    ]);
    expect(readings('Budget revenue was VND 1,500 trillion.')).toEqual(['1500000000000000 VND k=actual']);
    expect(readings("The province's estimate for rice output was 3 million tonnes.")).toEqual([
      '3000000 tonne k=actual st=estimate',
    ]);
    expect(readings('Budget spending is estimated at VND 800 billion.')).toEqual([
      '800000000000 VND k=actual st=estimate',
    ]);
  });
});

describe('a plan participle followed by an auxiliary names a result, not the plan', () => {
  it('keeps `Planned investment was disbursed at …` a result', () => {
    expect(readings('Planned investment was disbursed at 45 percent.').some((r) => r.includes('k=target'))).toBe(false);
    expect(readings('Planned capital has been disbursed at VND 20 trillion.')).toEqual(['20000000000000 VND k=actual']);
  });

  it('still reads the plan participle before the copula as the plan', () => {
    expect(readings('Total public investment planned for this year is estimated at VND 850 trillion.')).toEqual([
      '850000000000000 VND k=target st=estimate',
    ]);
    expect(readings('Projected disbursement in April alone is over VND 4 trillion.')[0]).toContain('k=target');
  });
});
