import { describe, expect, it } from 'vitest';
import { evaluateDataset } from '../evaluate/evaluate-dataset';
import { assertDataset } from './parse-dataset';
import { withImpliedTargets } from './with-implied-targets';

const dataset = assertDataset({
  title: 'Thanh Hóa 2020',
  indicators: [
    { id: 'revenue', name: { vi: 'Tổng doanh thu', en: 'Revenue' }, unit: 'VND', scale: 9 },
    { id: 'budget', name: { vi: 'Nộp ngân sách', en: 'Paid to the budget' }, unit: 'VND', scale: 9 },
    { id: 'phones', name: { vi: 'Thuê bao', en: 'Subscribers' }, unit: 'subscriber' },
  ],
  observations: [
    { indicator: 'revenue', period: '2020', actual: '3630', stated: { completion: '100.6' } },
    { indicator: 'budget', period: '2020', actual: '200' },
    { indicator: 'phones', period: '2020', actual: '2890000', target: '2800000', stated: { completion: '100.67' } },
  ],
});

describe('withImpliedTargets', () => {
  it('gives an observation without a plan the plan its stated completion implies', () => {
    const [revenue, budget, phones] = evaluateDataset(withImpliedTargets(dataset));
    expect(revenue?.target).toBe(evaluateDataset(dataset)[0]?.implied.target?.value);
    expect(revenue?.status).toBe('exceeded');
    // no stated completion: nothing to derive, still no plan
    expect(budget?.target).toBeNull();
    expect(budget?.status).toBe('no-target');
    // a stated plan is never replaced
    expect(phones?.target).toBe('2800000');
  });

  it('leaves the input as it was', () => {
    const before = JSON.stringify(dataset);
    withImpliedTargets(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
