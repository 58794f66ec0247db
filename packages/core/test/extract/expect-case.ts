import { expect } from 'vitest';
import { extractReport } from '../../src/extract';
import type { Case } from './sentences';
import { simplify } from './simplify';

/**
 * Reads one corpus sentence and checks it: the expected statements (and no more), the reasons
 * of unused numbers, and that every span of every field points at its own text.
 */
export function expectCase(c: Case): void {
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
}
