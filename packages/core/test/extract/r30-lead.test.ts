import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import type { Statement } from '../../src/extract/types';
import { REAL_CORPUS, TEST19_CORPUS } from './real-corpus';

const vi = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });
const en = (text: string): Statement[] => extractStatements(text, { locale: 'en' });
/** The name a reader sees for each statement (the reader's table shows the full name first). */
const shown = (ss: readonly Statement[]): (string | undefined)[] => ss.map((s) => s.fullName?.value ?? s.name?.value);

describe('round 30 › a sign between two figures names nothing', () => {
  it.each([
    // a count out of a total: the total is of the same indicator, not of an indicator called `/`
    [vi, 'Đến ngày 29-9 có 209/1.167 doanh nghiệp hoạt động trở lại, tăng 138 doanh nghiệp so với ngày 31-8.'],
    [vi, 'Năm 2023, cả nước xảy ra 2.096/3.456 vụ cứu hộ, cứu nạn.'],
    // the two ends of a range written with their currencies
    [en, 'Vicofa expects coffee exports to earn about US$4.5-US$5 billion this year.'],
  ])('every statement has a name with a word, the second the first one’s: %#', (read, text) => {
    const names = shown(read(text));
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(n === undefined || /\p{L}/u.test(n)).toBe(true);
    expect(names[1]).toBe(names[0]);
  });

  it('an arithmetic line of signs gives no name made of a sign', () => {
    const names = shown(en('(5) Registration fee + Admission fee: VND 200,000 + VND 300,000 = VND 500,000.'));
    expect(names).not.toContain('+');
    expect(names).not.toContain('=');
  });

  it('a word between the figures still names the second one', () => {
    const ss = vi('Doanh thu đạt 500 tỷ đồng, lợi nhuận đạt 50 tỷ đồng.');
    expect(shown(ss)).toEqual(['Doanh thu', 'lợi nhuận']);
  });
});

describe('round 30 › a percent sign is no counted noun', () => {
  it('a share after a joiner is not named `%`', () => {
    const names = shown(
      en('However, the terminal enjoyed a share of some 50% in the south and some 34% in the entire nation.'),
    );
    expect(names).not.toContain('%');
  });

  it('a count after a joiner is still named by its own noun', () => {
    const names = shown(en('The airline carried 100,000 passengers and nearly 100 tonnes of cargo.'));
    expect(names).toContain('cargo');
  });
});

describe('round 30 › the names a reader sees in real report sentences', () => {
  it('no statement of the 390 or test19 shows a name made only of signs', () => {
    const signs: string[] = [];
    for (const r of [...REAL_CORPUS, ...TEST19_CORPUS]) {
      for (const n of shown(extractStatements(r.text, { locale: r.locale })))
        if (n !== undefined && !/[\p{L}\d]/u.test(n)) signs.push(`${r.id}: ${JSON.stringify(n)}`);
    }
    expect(signs).toEqual([]);
  }, 120_000);
});
