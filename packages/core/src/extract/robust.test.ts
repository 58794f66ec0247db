import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditStatements } from '../audit/audit-statements';
import { extractReport, extractStatements } from './extract-statements';

/** Pieces report text is made of, and the shapes that broke earlier versions. */
const PIECES = [
  'Tổng doanh thu',
  ' ước đạt ',
  '3.630',
  ' tỷ đồng',
  ', ',
  '. ',
  '; ',
  '(',
  ')',
  ' tăng ',
  '5%',
  ' so với cùng kỳ',
  ' đạt 100,6% kế hoạch',
  ' 7,5-8%',
  ' năm 2020',
  ' 7 tháng qua',
  'giờ/ngày',
  '\n',
  ' VND123.4 trillion',
  ' up 9.8 per cent year-on-year',
  ' of which ',
  ' trong đó ',
  '-',
  '/',
  '…',
  '😀',
  '\u0301',
  ' 1.2.3,4,5 ',
  ' gấp 3,2 lần',
  ' chiếm 0,2%',
];

const cpu = (f: () => unknown): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const median3 = (f: () => unknown): number => [cpu(f), cpu(f), cpu(f)].sort((a, b) => a - b)[1] as number;

describe('extraction never crashes, hangs or misplaces a span', () => {
  it('any mix of report pieces: no throw, every span slices its own text (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.constantFrom('vi', 'en'),
        (parts, locale) => {
          const text = parts.join('');
          const reading = extractReport(text, { locale });
          for (const s of reading.statements) {
            expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
            for (const f of [s.name, s.value, s.completion, s.period, ...s.changes]) {
              if (f) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
              if (f) expect(f.confidence === 'certain' || f.confidence === 'uncertain').toBe(true);
            }
          }
          expect(() => auditStatements(reading.statements)).not.toThrow();
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('NFD text reads as the same numbers as NFC text (seeded)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES.filter((p) => p !== '\u0301')), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const numbers = (t: string): string[] =>
          extractStatements(t, { locale: 'vi' }).map(
            (s) =>
              `${s.value?.value.base}|${s.value?.value.unitCode}|${s.completion?.value.percent.value}|${s.changes.map((c) => c.value.amount.value).join(',')}`,
          );
        expect(numbers(text.normalize('NFD'))).toEqual(numbers(text.normalize('NFC')));
      }),
      { seed: 11, numRuns: 150 },
    );
  });

  it('giờ/ngày keeps its unit in NFD', () => {
    const nfd = 'Thời gian truy cập bình quân đạt 6,5 giờ/ngày.'.normalize('NFD');
    expect(extractStatements(nfd, { locale: 'vi' })[0]?.value?.value.unitCode).toBe('hours-per-day');
  });
});

describe('cost is linear in the input (CPU-time ratio of 8n to n, same run)', () => {
  // Linear work gives ≈8×; the quadratic shapes of issue #11 gave 30–60×. A bound of 20 holds
  // on a loaded machine (CPU time, median of three) and fails on any quadratic step.
  const shapes: Record<string, (n: number) => string> = {
    'tăng 5% repeated (no spread into Math.min)': (n) => 'tăng 5% '.repeat(n),
    'one long sentence without a period': (n) => 'Doanh thu đạt 5 tỷ đồng, tăng 5% so với cùng kỳ, '.repeat(n),
    'many short sentences': (n) => 'Doanh thu đạt 5 tỷ đồng. '.repeat(n),
    'runs of (': (n) => '('.repeat(n * 4),
    'runs of ( with numbers': (n) => '(5 '.repeat(n),
    'English glued currencies': (n) => 'Revenue reached VND123.4 trillion, up 9.8 per cent year-on-year. '.repeat(n),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(name, () => {
      const small = make(300);
      const large = make(2400);
      extractStatements(small, { locale: 'vi' });
      const a = median3(() => extractStatements(small, { locale: 'vi' }));
      const b = median3(() => extractStatements(large, { locale: 'vi' }));
      expect(b / Math.max(a, 1)).toBeLessThan(20);
    });
  }

  it('auditStatements matches names through an index', () => {
    const report = (n: number): string =>
      Array.from(
        { length: n },
        (_, i) =>
          `Doanh thu ngành ${i % 97} nhóm ${i} năm 2020 đạt ${i + 1} tỷ đồng, đạt 100% kế hoạch, tăng 5% so với năm 2019.`,
      ).join(' ');
    const s1 = extractStatements(report(300), { locale: 'vi' });
    const s8 = extractStatements(report(2400), { locale: 'vi' });
    auditStatements(s1);
    const a = median3(() => auditStatements(s1));
    const b = median3(() => auditStatements(s8));
    expect(b / Math.max(a, 1)).toBeLessThan(20);
  });
});
