import { describe, expect, it } from 'vitest';
import { CSV_HEADER, neutralise, writeCsv } from '../src/index';
import { thanhHoa } from './fixtures';

/** Minimal RFC 4180 reader for the test (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('writeCsv', () => {
  it('neutralises text cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(neutralise(bad)).toBe(`'${bad}`);
    for (const fine of ['Doanh thu', '3630', "'quoted", ' =x']) expect(neutralise(fine)).toBe(fine);
  });

  it('keeps negative numbers as numbers in number columns, neutralises the same text elsewhere', () => {
    const base = thanhHoa();
    const dataset = {
      ...base,
      indicators: base.indicators.map((i) =>
        i.id === 'revenue' ? { ...i, name: { vi: '=HYPERLINK("http://x","bấm")', en: '-Revenue' } } : i,
      ),
      observations: base.observations.map((o) =>
        o.indicator === 'revenue' ? { ...o, previous: '-12.5' as typeof o.actual, note: '@note' } : o,
      ),
    };
    const rows = parseCsv(writeCsv(dataset));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const header = rows[0] as string[];
    const revenue = rows.find((r) => r[0] === 'revenue') as string[];
    const at = (name: string) => revenue[header.indexOf(name)];
    expect(at('previous')).toBe('-12.5');
    expect(at('name_vi')).toBe('\'=HYPERLINK("http://x","bấm")');
    expect(at('name_en')).toBe("'-Revenue");
    expect(at('note')).toBe("'@note");
    expect(at('actual')).toBe('3630');
    expect(at('stated_completion')).toBe('100.6');
  });

  it('writes UTF-8 with a byte order mark and CRLF lines; one row per observation', () => {
    const csv = writeCsv(thanhHoa());
    expect(csv.startsWith('\uFEFFindicator,period,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toHaveLength(1 + thanhHoa().observations.length);
    expect(writeCsv(thanhHoa(), { bom: false, delimiter: ';' }).startsWith('indicator;period;')).toBe(true);
  });
});
