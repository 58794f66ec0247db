import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { changes, read } from './statements.test-util';

/** Each statement as `kind value|changes` (the value's base, else its changes). */
const kinds = (text: string): string[] =>
  read(text, 'en').map((s: Statement) => `${s.kind.value} ${s.value?.value.base ?? changes(s).join(',')}`);

describe('English: figures after `set`, `sets`, `setting` with a goal noun (a plan, a cap, goals) are goals adopted (goal-adopted.ts)', () => {
  it.each([
    // R27B-GOAL: test16 en-032, en-075, fresh4 en-135, in own paraphrases
    ['Hanoi has set a plan for tourism revenue of 12.5 billion USD this year.', ['target 12500000000']],
    ['The city set a plan for budget revenue at VND 12 trillion in 2025.', ['target 12000000000000']],
    ['The ministry sets a cap on total emissions of 185 million tonnes in 2050.', ['target 185000000']],
    [
      'The firm has set a plan for net revenue and profit of VND 1,750 billion and VND 350 billion respectively.',
      ['target 1750000000000', 'target 350000000000'],
    ],
    [
      'The province has set ambitious goals, including raising retail sales to VND 50 trillion by 2030.',
      ['target 50000000000000'],
    ],
    ['The Assembly is setting a ceiling on public debt of 60 percent of GDP.', ['target 60']],
  ])('%s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });

  it.each([
    // near-misses: `set` with no goal noun, an event before the figures, a second verb of its own
    ['Hanoi has set a record of 12.5 billion USD in tourism revenue this year.', ['actual 12500000000']],
    ['The province set a new high of VND 50 trillion in retail sales in 2024.', ['actual 50000000000000']],
    ['The city has set up a fund of VND 12 trillion for small firms.', ['actual 12000000000000']],
    ['After the government set a cap on imports, imports fell to US$3.2 billion in 2024.', ['actual 3200000000']],
    ['The city set a plan in January and collected VND 12 trillion by June.', ['actual 12000000000000']],
  ])('near-miss: %s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});
