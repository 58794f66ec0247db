import { readFileSync } from 'node:fs';
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
// The least of three runs: a GC pause or a busy sibling thread only ever adds time.
const median3 = (f: () => unknown): number => Math.min(cpu(f), cpu(f), cpu(f));

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
    // Round 8's steps that look across a sentence: respectively pairs, second statements in one
    // clause, changes measured in an earlier statement's counted noun.
    'one sentence of respectively pairs': (n) => `${'đạt 5 tỷ đồng và 6 tỷ đồng '.repeat(n)}lần lượt.`,
    'one sentence of counted nouns and measured changes': (n) =>
      `${'cấp mới 12 dự án, vốn đạt 5 tỷ đồng, tăng 3% về số lượng dự án, '.repeat(n)}.`,
    'one clause of second changes with names': (n) => `${'xuất khẩu gạo tăng 5% và cà phê tăng 3% '.repeat(n)}.`,
  };
  /**
   * The CPU-time ratio of `large` to `small`, the best of up to five tries: a GC pause or a
   * neighbour's burst can inflate one try, but a quadratic step (≈64×) fails every try.
   */
  const ratio = (run: (size: 'small' | 'large') => unknown): { value: number; note: string } => {
    let best = { value: Number.POSITIVE_INFINITY, note: '' };
    for (let attempt = 0; attempt < 5 && best.value >= 20; attempt++) {
      run('small');
      const a = median3(() => run('small'));
      const b = median3(() => run('large'));
      const value = b / Math.max(a, 1);
      if (value < best.value) best = { value, note: `${a.toFixed(1)} ms at n, ${b.toFixed(1)} ms at 8n` };
    }
    return best;
  };

  for (const [name, make] of Object.entries(shapes)) {
    it(name, () => {
      const small = make(300);
      const large = make(2400);
      const r = ratio((size) => extractStatements(size === 'small' ? small : large, { locale: 'vi' }));
      expect(r.value, r.note).toBeLessThan(20);
    });
  }

  // A step quadratic in ONE statement's figures with a small constant hides behind the linear work
  // at 300 → 2,400 (round 15's reason-split walked every change per change: 5.8× at 2,000 → 16,000,
  // 14.5× at 15,000 → 60,000). One statement of 4,000 → 32,000 changes shows it (≈30× before the
  // fix, ≈8× after), for ≈2 s of CI time.
  it('one statement of many changes, at a size where a small quadratic term shows', () => {
    const small = 'tăng 5% '.repeat(4000);
    const large = 'tăng 5% '.repeat(32000);
    const r = ratio((size) => extractStatements(size === 'small' ? small : large, { locale: 'vi' }));
    expect(r.value, r.note).toBeLessThan(20);
  });

  // Round 11's steps that look along a list or back over a sentence: bracketed lists, respectively
  // with as many names as figures, appositive changes, trong đó parts with completions, adverbs of
  // degree, period items, parallel completions, comparison tails, second plans.
  const listShapes: Record<string, readonly [(n: number) => string, 'vi' | 'en']> = {
    'a bracketed list': [
      (n) => `Tăng trưởng gồm: ${Array.from({ length: n }, (_, i) => `Tỉnh ${i} (${(i % 90) + 1},5%)`).join(', ')}.`,
      'vi',
    ],
    'respectively with n names': [
      (n) =>
        `${Array.from({ length: n }, (_, i) => `X${i}`).join(', ')} rose ${Array.from({ length: n }, (_, i) => `${(i % 90) + 1}%`).join(', ')}, respectively.`,
      'en',
    ],
    'a chain of appositive changes': [
      (n) => `Exports reached US$5 billion${', a 5 percent increase year-on-year'.repeat(n)}.`,
      'en',
    ],
    'trong đó parts with completions': [
      (n) =>
        `Tổng thu đạt 500 tỷ đồng, đạt 90% dự toán, trong đó ${Array.from({ length: n }, (_, i) => `thu ${i} đạt ${i + 1} tỷ đồng, đạt ${(i % 90) + 1}%`).join(', ')}.`,
      'vi',
    ],
    'rates after adverbs of degree': [(n) => 'ngành A tăng cao thứ hai, đạt 25%; '.repeat(n), 'vi'],
    'period items': [(n) => `${'GDP quý I tăng 5,66%, quý II ước tăng 6,93%, '.repeat(n)}.`, 'vi'],
    'parallel completions': [
      (n) =>
        `Thu ngân sách đạt 100 tỷ đồng, bằng 90% dự toán, ${'thu từ dầu thô 45,8 tỷ đồng, bằng 164,5%, '.repeat(n)}.`,
      'vi',
    ],
    'comparison tails': [
      (n) => `GDP grew 5 percent${', higher than the 4 percent growth in the same period last year'.repeat(n)}.`,
      'en',
    ],
    'second plans': [
      (n) =>
        `Thu nội địa đạt 8.120 tỷ đồng${Array.from({ length: n }, (_, i) => `, bằng ${(i % 90) + 1}% dự toán nguồn ${i}`).join('')}.`,
      'vi',
    ],
    // Round 54's steps: spans of two periods (and the same-period years read back over a sentence,
    // a respectively year pair looked for from a clause's start), one-verb rate lists given to values
    // by order, changes after a named part's bracketed amount.
    'changes over spans of two periods': [
      (n) => `${'Exports rose 5% between 2019 and 2020 and imports rose 3% over the same period and '.repeat(n)}.`,
      'en',
    ],
    'running totals and one-verb rate lists': [
      (n) =>
        `${'Dự báo đến ngày 30 tháng 11, tổng vốn huy động được 11.934 tỷ đồng, lũy kế được 500 tỷ đồng, tăng 2% và 3% so với cuối tháng 10, '.repeat(n)}.`,
      'vi',
    ],
    'changes after bracketed parts': [(n) => `${'value of imports (US$1 million) rose by 9%, '.repeat(n)}.`, 'en'],
  };
  for (const [name, [make, locale]] of Object.entries(listShapes)) {
    it(name, () => {
      const small = make(150);
      const large = make(1200);
      const r = ratio((size) => extractStatements(size === 'small' ? small : large, { locale }));
      expect(r.value, r.note).toBeLessThan(20);
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
    const r = ratio((size) => auditStatements(size === 'small' ? s1 : s8));
    expect(r.value, r.note).toBeLessThan(20);
  });

  it('auditStatements on a report that restates the same indicators (one finding, linear)', () => {
    const seed = readFileSync(new URL('../../test/extract/thanh-hoa-ict-2020.vi.txt', import.meta.url), 'utf8');
    const s1 = extractStatements(seed.repeat(2), { locale: 'vi' });
    const s8 = extractStatements(seed.repeat(16), { locale: 'vi' });
    expect(auditStatements(s8).map((f) => f.kind)).toEqual(['densities-disagree']);
    const r = ratio((size) => auditStatements(size === 'small' ? s1 : s8));
    expect(r.value, r.note).toBeLessThan(20);
  });
});
