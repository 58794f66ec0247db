import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditStatements, extractReport } from '../../src/extract';
import { project, projectFinding } from './project';

const SEED = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'seed', 'thanh-hoa-ict-2020.vi.txt');
const GOLDEN = join(import.meta.dirname, 'seed.golden.json');
// The seed lives outside the repository; a copy beside the golden keeps the test self-contained.
const COPY = join(import.meta.dirname, 'thanh-hoa-ict-2020.vi.txt');

function seedText(): string {
  try {
    return readFileSync(SEED, 'utf8');
  } catch {
    return readFileSync(COPY, 'utf8');
  }
}

describe('seed report (Thanh Hóa ICT 2020) end to end', () => {
  const text = seedText();
  const reading = extractReport(text, { locale: 'vi' });
  const actual = {
    statements: reading.statements.map(project),
    findings: auditStatements(reading.statements).map(projectFinding),
    unused: reading.unused.map((u) => `${u.span.text} @${u.span.start} ${u.reason}`),
  };

  it('extract › the copy in the repository is the seed', () => {
    expect(readFileSync(COPY, 'utf8')).toBe(text);
  });

  it('extract › every statement, field, rule and offset matches the hand-checked golden file', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('extract › every span is the text at its offsets', () => {
    for (const s of reading.statements) {
      const fields = [
        s.name,
        s.subject,
        s.value,
        s.stage,
        s.completion,
        s.density,
        s.rank,
        s.target,
        s.previous,
        ...s.changes,
      ];
      for (const f of fields) if (f) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
      expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
    }
  });

  it('audit › the 2021 density targets imply populations 3.645.000 and ≈3.616.601 that no rounding reconciles', () => {
    const findings = auditStatements(reading.statements);
    expect(findings.map((f) => f.kind)).toEqual(['densities-disagree']);
    const [f] = findings;
    expect(f?.computed.value).toBe('3645000');
    expect(f?.stated.value.startsWith('3616600.79')).toBe(true);
  });
});
