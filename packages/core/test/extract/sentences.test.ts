import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';
import { CASES } from './sentences';
import { simplify } from './simplify';

describe('extract › report sentences', () => {
  it('has at least 30 sentences in both languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.locale === 'en').length).toBeGreaterThanOrEqual(10);
  });

  for (const c of CASES) {
    it(`${c.locale} › ${c.title}`, () => {
      const reading = extractReport(c.text, { locale: c.locale, ...(c.period ? { period: c.period } : {}) });
      expect(reading.statements.map(simplify)).toMatchObject(c.statements);
      if (c.unused) expect(reading.unused.map((u) => u.reason)).toEqual(c.unused);
      for (const s of reading.statements) {
        for (const f of [s.name, s.value, s.completion, s.density, s.rank, s.period, ...s.changes]) {
          if (f && f.span.end > f.span.start) expect(c.text.slice(f.span.start, f.span.end)).toBe(f.span.text);
        }
      }
    });
  }
});
