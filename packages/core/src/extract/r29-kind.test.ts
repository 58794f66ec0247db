import { describe, expect, it } from 'vitest';
import { kindsOf } from '../../test/extract/readings';

describe('a plan’s value after a comparison with the result is a target (round 29)', () => {
  it('reads the value after `so với mục tiêu phải đạt`, `so với kế hoạch là` as a target, and a second one joined to it', () => {
    expect(
      kindsOf(
        'Tuy nhiên, các tỷ lệ về dịch vụ công trực tuyến mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%.',
        'vi',
      ).slice(2),
    ).toEqual(['target 80', 'target 60']);
    expect(kindsOf('Thu ngân sách đạt 5.200 tỷ đồng, so với kế hoạch là 5.000 tỷ đồng.', 'vi')).toEqual([
      'actual 5200000000000',
      'target 5000000000000',
    ]);
    expect(kindsOf('Số khách quốc tế đạt 12,6 triệu lượt, so với mục tiêu ban đầu là 8 triệu lượt.', 'vi')[1]).toBe(
      'target 8000000',
    );
  });

  it('reads the value after `compared to the target of`, `against the target of`, `lower than the target of` as a target', () => {
    expect(
      kindsOf(
        'Compared to the target of 10 trillion dong earlier this year, Agribank has achieved more than 80 percent.',
        'en',
      )[0],
    ).toBe('target 10000000000000');
    expect(kindsOf('Export turnover reached US$45.5 billion, against the target of US$42 billion.', 'en')).toEqual([
      'actual 45500000000',
      'target 42000000000',
    ]);
    expect(kindsOf('The rate reached 54.8%, lower than the target of 80%.', 'en')).toEqual([
      'actual 54.8',
      'target 80',
    ]);
  });

  it('leaves another body’s estimate, an earlier period and a plan noun with no value after it actual (near-misses)', () => {
    expect(
      kindsOf('Coffee output reached 29.3 million bags, lower than the USDA estimate of 29.9 million bags.', 'en'),
    ).toEqual(['actual 29300000', 'actual 29900000']);
    expect(
      kindsOf('Revenue reached VND 5,200 billion, higher than the plan and VND 4,000 billion last year.', 'en'),
    ).toEqual(['actual 5200000000000', 'actual 4000000000000']);
    expect(kindsOf('Tổng thu ngân sách đạt 5.200 tỷ đồng, so với năm 2023 là 4.800 tỷ đồng.', 'vi')).toEqual([
      'actual 5200000000000',
      'actual 4800000000000',
    ]);
    expect(kindsOf('So với kế hoạch, tổng thu ngân sách đạt 5.200 tỷ đồng.', 'vi')).toEqual(['actual 5200000000000']);
  });
});

describe('a fronted comparison with the plan frames no goal (round 29)', () => {
  it('reads the result after `So với mục tiêu đề ra,` and `Against the target set for the year,` as actual', () => {
    expect(kindsOf('So với mục tiêu đề ra, tổng thu ngân sách đạt 5.200 tỷ đồng.', 'vi')).toEqual([
      'actual 5200000000000',
    ]);
    expect(kindsOf('Against the target set for the year, export turnover reached US$45.5 billion.', 'en')).toEqual([
      'actual 45500000000',
    ]);
  });

  it('keeps a goal frame with no comparison before it (near-miss)', () => {
    expect(kindsOf('Mục tiêu đề ra, tổng thu ngân sách đạt 5.200 tỷ đồng vào năm 2025.', 'vi')).toEqual([
      'target 5200000000000',
    ]);
  });
});
