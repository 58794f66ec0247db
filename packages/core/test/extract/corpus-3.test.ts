import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';
import { CORPUS_3 } from './corpus-3';
import { simplify } from './simplify';

describe('extract › unseen-text corpus (round 3)', () => {
  it('has 30 sentences in both languages', () => {
    expect(CORPUS_3.length).toBe(30);
    expect(CORPUS_3.filter((c) => c.locale === 'en').length).toBeGreaterThanOrEqual(10);
  });

  for (const c of CORPUS_3) {
    it(`${c.locale} › ${c.title}`, () => {
      const reading = extractReport(c.text, { locale: c.locale, ...(c.period ? { period: c.period } : {}) });
      expect(reading.statements.map(simplify)).toMatchObject(c.statements);
      expect(reading.statements.length).toBe(c.statements.length);
      if (c.unused) expect(reading.unused.map((u) => u.reason)).toEqual(c.unused);
      for (const s of reading.statements) {
        expect(c.text.slice(s.span.start, s.span.end)).toBe(s.span.text);
        const fields = [s.name, s.subject, s.value, s.stage, s.completion, s.density, s.rank, s.period, s.target];
        for (const f of [...fields, s.previous, ...s.changes]) {
          if (f && f.span.end > f.span.start) expect(c.text.slice(f.span.start, f.span.end)).toBe(f.span.text);
        }
        for (const u of s.unread) expect(c.text.slice(u.span.start, u.span.end)).toBe(u.span.text);
      }
    });
  }
});
