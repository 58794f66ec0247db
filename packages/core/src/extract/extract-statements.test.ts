import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditStatements } from '../audit/audit-statements';
import { ChitieuError } from '../errors/chitieu-error';
import { extractReport, extractStatements } from './extract-statements';

const TEXT = 'Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao.';

describe('extractStatements', () => {
  it('reads the issue example with the rule of every field', () => {
    const [s] = extractStatements(TEXT, { locale: 'vi-VN', period: '2020' });
    expect(s?.name?.value).toBe('Tổng doanh thu toàn ngành');
    expect(s?.value?.value.base).toBe('3630000000000');
    expect(s?.stage).toMatchObject({ value: 'estimate', rule: 'vi.stage.verb' });
    expect(s?.completion?.value.percent.interval).toMatchObject({ min: '100.55', max: '100.65' });
    expect(s?.complete).toBe(true);
  });
  it('needs a locale it has a grammar for', () => {
    expect(() => extractStatements(TEXT, { locale: '' })).toThrow(ChitieuError);
    expect(() => extractStatements(TEXT, { locale: 'de' })).toThrow(/vi or en/);
    expect(() => extractStatements(TEXT, { locale: 'vi', period: '2020-13' })).toThrow(ChitieuError);
  });
  it('is deterministic', () => {
    expect(extractReport(TEXT, { locale: 'vi' })).toEqual(extractReport(TEXT, { locale: 'vi' }));
  });
  it('without any period it says so instead of guessing', () => {
    const [s] = extractStatements('Doanh thu đạt 3.630 tỷ đồng.', { locale: 'vi' });
    expect(s?.unread.map((u) => u.reason)).toEqual(['no-period']);
    expect(s?.complete).toBe(false);
  });
  it('the same words without diacritics read the same and say how they matched', () => {
    const [s] = extractStatements('Tong doanh thu uoc dat 3.630 ty dong, dat 100,6% ke hoach giao.', {
      locale: 'vi',
      period: '2020',
    });
    expect(s?.completion?.value.percent.value).toBe('100.6');
    expect(s?.completion?.match).toBe('no-diacritics');
  });
  it('empty text has no statements', () => {
    expect(extractReport('', { locale: 'en' })).toEqual({ locale: 'en', statements: [], unused: [] });
  });
});

describe('extractReport › any text', () => {
  // Pieces of report language, numbers in both conventions and noise, shuffled together.
  const pieces = [
    'Doanh thu',
    'ước đạt',
    'đạt',
    'bằng',
    'tăng',
    'giảm',
    'gấp',
    'lần',
    'so với',
    'cùng kỳ',
    'năm 2020',
    'quý I/2021',
    'kế hoạch',
    'mật độ',
    '/100 dân',
    'trong đó',
    'phấn đấu',
    'đứng thứ',
    'toàn quốc',
    'tỷ đồng',
    'nghìn tỷ',
    'triệu',
    '3.630',
    '2,89',
    '100,6%',
    '1.5',
    '80,00',
    '01',
    '11-1',
    '58-NQ/TW',
    ',',
    ';',
    ':',
    '(',
    ')',
    '.',
    '\n',
    'reached',
    'up',
    'year on year',
    'of the plan',
    'billion',
    '3,630',
    '3.63',
    'per 100 inhabitants',
    'of which',
    'in 2021',
  ];
  it('never throws, every span is the text at its offsets, and the audit accepts the result', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.constantFrom('vi', 'en'),
        (words, locale) => {
          const text = words.join(' ');
          const reading = extractReport(text, { locale });
          for (const s of reading.statements) {
            for (const f of [
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
            ]) {
              if (f) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
            }
            for (const u of s.unread) expect(text.slice(u.span.start, u.span.end)).toBe(u.span.text);
          }
          for (const u of reading.unused) expect(text.slice(u.span.start, u.span.end)).toBe(u.span.text);
          // and the audit accepts whatever was read
          for (const f of auditStatements(reading.statements)) expect(f.statements.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        extractReport(text, { locale: 'vi' });
        extractReport(text, { locale: 'en' });
      }),
      { numRuns: 300 },
    );
  });
});
