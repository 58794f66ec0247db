import { describe, expect, it } from 'vitest';
import { one, read } from '../sentence/statements.test-util';

const value = (text: string) => {
  const v = one(text).value?.value;
  return `${v?.base ?? ''} ${v?.unitCode ?? ''}`.trim();
};

describe('en — a plural scale after a number still scales it', () => {
  it('reads `N billions/millions/trillions` as the scaled number', () => {
    expect(value('Vietnam shipped US$41 billions of electronics to China last year.')).toBe('41000000000 USD');
    expect(value('Coffee exports earned 2.6 millions USD in May.')).toBe('2600000 USD');
    expect(value('Public investment disbursed VND310 trillions by the end of October.')).toBe('310000000000000 VND');
  });
  it('reads nothing from a plural scale without a number before it', () => {
    const s = read('Billions of dollars flowed into real estate, up 5 percent.');
    expect(s.every((st) => st.value === undefined)).toBe(true);
  });
});

describe('en — a scale glued by a hyphen scales the number', () => {
  it('reads `US$N-billion` as N × 10⁹', () => {
    expect(value('Exports are set to pass the US$400-billion mark this year.')).toBe('400000000000 USD');
    expect(value('The province drew a $2.5-billion investment in 2024.')).toBe('2500000000 USD');
    expect(value('The city approved a VND50-trillion package for housing in 2024.')).toBe('50000000000000 VND');
  });
  it('leaves a hyphenated non-scale word alone', () => {
    // `5-year` is no scale: the number keeps its own value
    expect(read('The 5-year plan targets US$30 billion.').some((st) => st.value?.value.base === '5000000000')).toBe(
      false,
    );
  });
});
