import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';

/** Each statement with a completion or a change as `value c=completion [changes]`, `?` after a doubted completion. */
function readings(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  return extractStatements(text, { locale })
    .filter((s) => s.completion || s.changes.length > 0)
    .map((s) => {
      const c = s.completion;
      const completion = c ? `${c.value.percent.value}${c.confidence === 'uncertain' ? '?' : ''}` : '-';
      const ch = s.changes.map((x) => `${x.value.form} ${x.value.amount.value}`);
      return `${s.value?.value.base ?? '-'} c=${completion} [${ch.join(', ')}]`;
    });
}

describe('a list of completions paired with the list of changes before it (r30-completion)', () => {
  it('reads a percentage joined after a plan exceeded by a percentage as the same plan exceeded by it', () => {
    expect(
      readings(
        'Revenue from crude oil and import-export activities exceeded the estimates by 43.6 percent and 6.6 percent, respectively.',
      ),
    ).toEqual(['- c=143.6? []', '- c=106.6? []']);
  });

  it('pairs the completions with the changes of one statement by order', () => {
    expect(
      readings(
        'Revenue from crude oil and import-export activities went up 12.5 percent and 27.7 percent on-year and exceeded the estimates by 43.6 percent and 6.6 percent, respectively.',
      ),
    ).toEqual(['- c=143.6? [rate 12.5]', '- c=106.6? [rate 27.7]']);
  });

  it('gives value k its change k and its completion k when the values are listed before', () => {
    expect(
      readings(
        'Last year, Đà Nẵng welcomed approximately 10.9 million visitors and reeled in VNĐ31 trillion, up 32.8 per cent and 22.1 per cent year on year and surpassing the yearly targets by 29.3 per cent and 10.8 per cent, respectively.',
      ),
    ).toEqual(['10900000 c=129.3? [rate 32.8]', '31000000000000 c=110.8? [rate 22.1]']);
  });

  it('pairs a list of completions of one plan with the changes of as many statements before', () => {
    expect(
      readings(
        'Besides, the retail segment maintained its outstanding performance, increasing 33 per cent in revenue and 39 per cent in before tax profit, reaching 104 per cent and 111 per cent of the ytd target, respectively.',
      ),
    ).toEqual(['- c=104? [rate 33]', '- c=111? [rate 39]']);
  });

  it('leaves a percentage joined after a plan exceeded a rate when a base or a verb of its own follows (near-misses)', () => {
    expect(readings('Rice exports exceeded the estimates by 29.3 percent and 12.4 percent year-on-year.')).toEqual([
      '- c=129.3 [rate 12.4]',
    ]);
    expect(readings('Rice exports exceeded the estimates by 29.3 percent and rose 12.4 percent year-on-year.')).toEqual(
      ['- c=129.3 [rate 12.4]'],
    );
    expect(readings('Doanh thu tăng 8% so với kế hoạch và 7,9% so với cùng kỳ.', 'vi')).toEqual(['- c=108 [rate 7.9]']);
  });

  it('pairs nothing when the counts differ (every completion stays doubted)', () => {
    const r = readings(
      'Exports of rice, coffee and pepper went up 32.8 percent, 22.1 percent and 5 percent and exceeded the estimates by 43.6 percent and 6.6 percent, respectively.',
    );
    expect(r.some((x) => x.includes('c=106.6?'))).toBe(true);
    expect(r.every((x) => !x.includes('c=143.6 ') && !x.includes('c=106.6 '))).toBe(true);
  });
});
