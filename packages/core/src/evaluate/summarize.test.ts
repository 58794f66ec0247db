import { describe, expect, it } from 'vitest';
import { defineIndicator } from '../model/define-indicator';
import { evaluate } from './evaluate';
import { summarize } from './summarize';

const ind = (id: string, extra = {}) => defineIndicator({ id, name: id, unit: 'count', ...extra });
const ev = (id: string, actual: string | null, target: string | null, extra = {}) =>
  evaluate({ indicator: id, period: '2020', actual, target }, ind(id, extra));

describe('summarize', () => {
  const rows = [
    ev('a', '120', '100'),
    ev('b', '100', '100'),
    ev('c', '96', '100'),
    ev('d', '50', '100'),
    ev('e', '1', null),
    ev('f', null, '1'),
  ];
  it('counts indicators by status and those that met or exceeded their plan', () => {
    const s = summarize(rows);
    expect(s.total).toBe(6);
    expect(s.counts).toEqual({ exceeded: 1, met: 1, near: 1, missed: 1, 'no-target': 1, 'no-data': 1 });
    expect(s.metOrExceeded).toBe(2);
    expect(s.assessed).toBe(4);
  });
  it('scores Σ w · min(c, cap) ÷ Σ w over indicators with a completion', () => {
    expect(summarize(rows).score).toBe('0.865'); // (1 + 1 + 0.96 + 0.5) / 4
    expect(summarize(rows, { cap: '1.2' }).score).toBe('0.915');
    expect(summarize(rows, { weights: { d: 2 } }).score).toBe('0.792');
  });
  it('counts only top-level indicators when asked', () => {
    const child = ev('g', '1', '1', { parent: 'a' });
    expect(summarize([...rows, child], { scope: 'top-level' }).total).toBe(6);
    expect(summarize([...rows, child]).total).toBe(7);
  });
  it('has no score without completions, with a reason', () => {
    expect(summarize([ev('e', '1', null)])).toMatchObject({ score: null, scoreReason: 'no-weights' });
  });
});
