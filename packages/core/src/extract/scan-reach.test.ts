import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_CORPUS, TEST2_CORPUS } from '../../test/extract/real-corpus';
import { extractReport } from './extract-statements';
import { FIGURE_RULES } from './figure-rules';
import { scanOptions } from './scan';

const seed = readFileSync(new URL('../../test/extract/thanh-hoa-ict-2020.vi.txt', import.meta.url), 'utf8');

const readBoth = (text: string, locale: 'vi' | 'en') => {
  scanOptions.everyRule = true;
  const every = extractReport(text, { locale });
  scanOptions.everyRule = false;
  const reached = extractReport(text, { locale });
  return { every, reached };
};

describe('figure rules with a reach are skipped only where they cannot read', () => {
  afterEach(() => {
    scanOptions.everyRule = false;
  });

  it('reads every sentence of the real corpus and the seed report exactly as when every rule is tried at every token', () => {
    for (const s of [...REAL_CORPUS, ...TEST2_CORPUS]) {
      const { every, reached } = readBoth(s.text, s.locale);
      expect(reached, s.id).toEqual(every);
    }
    const { every, reached } = readBoth(seed, 'vi');
    expect(reached).toEqual(every);
    expect(reached.statements.length).toBeGreaterThan(10);
  }, 60_000); // the whole corpus twice: ~4 s alone, more under load

  it('reads a figure whose number sits at the edge of the reach, and skips nothing when no rule declares one', () => {
    // a value verb, bound and currency before the number: well inside the value rule's reach
    const text = 'Kim ngạch xuất khẩu của toàn tỉnh trong năm qua ước đạt khoảng hơn 1.234 tỷ đồng.';
    const { every, reached } = readBoth(text, 'vi');
    expect(reached).toEqual(every);
    expect(reached.statements[0]?.value?.value.base).toBe('1234000000000');
    // every declared reach leaves room beyond the longest lead a rule reads (16 tokens)
    for (const r of FIGURE_RULES) if (r.reach !== undefined) expect(r.reach, r.id).toBeGreaterThanOrEqual(16);
  });
});
