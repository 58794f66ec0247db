import { describe, expect, it } from 'vitest';
import { auditStatements, extractReport } from '../../src/extract';
import { AUDIT_2, CORPUS_2 } from './corpus-2';
import { expectCase } from './expect-case';

describe('extract › robustness corpus', () => {
  it('has at least 40 sentences in both languages', () => {
    expect(CORPUS_2.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS_2.filter((c) => c.locale === 'en').length).toBeGreaterThanOrEqual(15);
  });

  for (const c of CORPUS_2) {
    it(`${c.locale} › ${c.title}`, () => expectCase(c));
  }
});

describe('audit › robustness corpus', () => {
  for (const c of AUDIT_2) {
    it(`${c.locale} › ${c.title}`, () => {
      const { statements } = extractReport(c.text, { locale: c.locale, period: '2023' });
      expect(statements.every((s) => s.complete)).toBe(true);
      expect(auditStatements(statements).map((f) => f.kind)).toEqual(c.findings);
    });
  }
});
