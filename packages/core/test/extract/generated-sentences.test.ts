/**
 * Report sentences GENERATED from the phrasings of the language, not copied from a corpus: a
 * name, a period, a value verb, an amount with its scale and currency, a change against a base
 * and a completion of a plan, each drawn from the ways Vietnamese reports and the English-language
 * Vietnamese press write them, in the orders the languages allow, with random numbers. Every
 * sentence has one known reading. The extractor must read it — or, where it reads a field, never
 * read it wrong with certainty (the library's promise: no silent wrong number).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

interface Truth {
  value: string;
  unit: string;
  approximate?: 'about' | 'over' | 'under';
  rate?: string;
  completion?: string;
  period?: string;
  stage?: 'estimate';
}

interface Generated {
  readonly text: string;
  readonly truth: Truth;
}

/** A decimal with 0–2 decimals, as digits and as a canonical string. */
const amount = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 99 }))
  .map(([int, decimals, frac]) => {
    const f = decimals === 0 ? '' : String(frac % 10 ** decimals).padStart(decimals, '0');
    const canonical = f.replace(/0+$/u, '') === '' ? String(int) : `${int}.${f.replace(/0+$/u, '')}`;
    return { int: String(int), frac: f, canonical };
  });

const percent = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 9 }))
  .map(([int, tenth]) => `${int}.${tenth}`);

/** `canonical` × 10^scale as a canonical integer string (at most two decimals, scale ≥ 9). */
const times = (canonical: string, scale: number): string => {
  const [int, frac = ''] = canonical.split('.');
  return `${int}${frac.padEnd(scale, '0')}`.replace(/^0+/u, '');
};

// ---- English ----------------------------------------------------------------------------------

const EN_NAMES = [
  'Export turnover',
  'State budget revenue',
  'Total retail sales of goods and services',
  'Disbursed foreign direct investment',
  'Realised investment capital',
];
const EN_PERIODS: readonly (readonly [string, string])[] = [
  ['in the first nine months of 2023', '2023-YTD-09'],
  ['in 2022', '2022'],
  ['in the first half of 2024', '2024-H1'],
  ['in the third quarter of 2021', '2021-Q3'],
  ['in the first seven months of 2019', '2019-YTD-07'],
];
const EN_VERBS: readonly (readonly [string, 'estimate' | undefined])[] = [
  ['reached', undefined],
  ['hit', undefined],
  ['totalled', undefined],
  ['amounted to', undefined],
  ['was estimated at', 'estimate'],
  ['stood at', undefined],
];
const EN_BOUNDS: readonly (readonly [string, 'about' | 'over' | 'under' | undefined])[] = [
  ['', undefined],
  ['nearly ', 'under'],
  ['over ', 'over'],
  ['about ', 'about'],
  ['more than ', 'over'],
];
const EN_CHANGES: readonly ((r: string) => string)[] = [
  (r) => `, up ${r} percent year-on-year`,
  (r) => `, up ${r} per cent over the same period last year`,
  (r) => `, a ${r} percent increase year-on-year`,
  (r) => `, an increase of ${r} percent compared to the same period last year`,
  (r) => `, rising ${r}% from a year earlier`,
];
const EN_FALLS: readonly ((r: string) => string)[] = [
  (r) => `, down ${r} percent year-on-year`,
  (r) => `, a decrease of ${r} per cent compared with the same period last year`,
  (r) => `, falling ${r}% from a year earlier`,
];
const EN_COMPLETIONS: readonly ((c: string) => string)[] = [
  (c) => ` and fulfilling ${c} percent of the annual plan`,
  (c) => `, equal to ${c} percent of the year's target`,
  (c) => `, or ${c}% of the full-year estimate`,
];

const english: fc.Arbitrary<Generated> = fc
  .record({
    name: fc.constantFrom(...EN_NAMES),
    period: fc.constantFrom(...EN_PERIODS),
    place: fc.constantFrom('first', 'before-verb', 'after-value'),
    source: fc.constantFrom('', 'According to the General Statistics Office, ', 'The ministry said that '),
    said: fc.constantFrom('', ', the ministry said', ', according to the statistics office'),
    converted: fc.boolean(),
    verb: fc.constantFrom(...EN_VERBS),
    bound: fc.constantFrom(...EN_BOUNDS),
    money: fc.constantFrom(
      ['US$', ' billion', 'USD', 9],
      ['VND', ' trillion', 'VND', 12],
      ['', ' trillion VND', 'VND', 12],
      ['', ' billion USD', 'USD', 9],
    ),
    a: amount,
    change: fc.option(fc.tuple(fc.boolean(), fc.nat(), percent), { nil: undefined }),
    completion: fc.option(fc.tuple(fc.nat(), percent), { nil: undefined }),
  })
  .map((g) => {
    const [pre, post, unit, scale] = g.money as [string, string, string, number];
    const number = g.a.frac ? `${g.a.int}.${g.a.frac}` : g.a.int;
    const value = `${g.bound[0]}${pre}${number}${post}${g.converted && unit === 'VND' ? ' (US$1.2 billion)' : ''}`;
    const name = g.source || g.place === 'first' ? `${g.name.charAt(0).toLowerCase()}${g.name.slice(1)}` : g.name;
    const sentence =
      g.place === 'first'
        ? `${g.period[0]}, ${name} ${g.verb[0]} ${value}`
        : g.place === 'before-verb'
          ? `${name} ${g.period[0]} ${g.verb[0]} ${value}`
          : `${name} ${g.verb[0]} ${value} ${g.period[0]}`;
    const opened = `${g.source}${sentence}`;
    let text = `${opened.charAt(0).toUpperCase()}${opened.slice(1)}`;
    const truth: Truth = { value: times(g.a.canonical, scale), unit, period: g.period[1] };
    if (g.bound[1]) truth.approximate = g.bound[1];
    if (g.verb[1]) truth.stage = g.verb[1];
    if (g.change) {
      const [up, k, r] = g.change;
      const list = up ? EN_CHANGES : EN_FALLS;
      text += (list[k % list.length] as (r: string) => string)(r);
      truth.rate = up ? r : `-${r}`;
    }
    if (g.completion) {
      const [k, c] = g.completion;
      text += (EN_COMPLETIONS[k % EN_COMPLETIONS.length] as (c: string) => string)(c);
      truth.completion = c;
    }
    return { text: `${text}${g.said}.`, truth };
  });

// ---- Vietnamese -------------------------------------------------------------------------------

const VI_NAMES = [
  'Kim ngạch xuất khẩu',
  'Tổng thu ngân sách nhà nước trên địa bàn',
  'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
  'Vốn đầu tư thực hiện toàn xã hội',
  'Doanh thu du lịch',
];
const VI_PERIODS: readonly (readonly [string, string])[] = [
  ['9 tháng đầu năm 2023', '2023-YTD-09'],
  ['năm 2022', '2022'],
  ['6 tháng đầu năm 2024', '2024-H1'],
  ['quý III/2021', '2021-Q3'],
  ['7 tháng năm 2019', '2019-YTD-07'],
];
const VI_VERBS: readonly (readonly [string, 'estimate' | undefined])[] = [
  ['đạt', undefined],
  ['ước đạt', 'estimate'],
  ['ước tính đạt', 'estimate'],
  ['thực hiện được', undefined],
];
const VI_BOUNDS: readonly (readonly [string, 'about' | 'over' | 'under' | undefined])[] = [
  ['', undefined],
  ['gần ', 'under'],
  ['hơn ', 'over'],
  ['khoảng ', 'about'],
  ['trên ', 'over'],
];
const VI_CHANGES: readonly ((r: string) => string)[] = [
  (r) => `, tăng ${r}% so với cùng kỳ năm trước`,
  (r) => `, tăng ${r}% so với cùng kỳ`,
  (r) => ` và tăng ${r}% so với cùng kỳ năm ngoái`,
];
const VI_FALLS: readonly ((r: string) => string)[] = [
  (r) => `, giảm ${r}% so với cùng kỳ năm trước`,
  (r) => `, giảm ${r}% so với cùng kỳ`,
];
const VI_COMPLETIONS: readonly ((c: string) => string)[] = [
  (c) => `, đạt ${c}% kế hoạch năm`,
  (c) => `, bằng ${c}% dự toán`,
  (c) => `, đạt ${c}% kế hoạch được giao`,
];

const vietnamese: fc.Arbitrary<Generated> = fc
  .record({
    name: fc.constantFrom(...VI_NAMES),
    period: fc.constantFrom(...VI_PERIODS),
    place: fc.constantFrom('first', 'before-verb', 'after-value'),
    source: fc.constantFrom('', 'Theo Cục Thống kê tỉnh, ', 'Theo báo cáo của Sở Tài chính, '),
    verb: fc.constantFrom(...VI_VERBS),
    bound: fc.constantFrom(...VI_BOUNDS),
    money: fc.constantFrom([' tỷ USD', 'USD', 9], [' tỷ đồng', 'VND', 9], [' nghìn tỷ đồng', 'VND', 12]),
    a: amount,
    change: fc.option(fc.tuple(fc.boolean(), fc.nat(), percent), { nil: undefined }),
    completion: fc.option(fc.tuple(fc.nat(), percent), { nil: undefined }),
  })
  .map((g) => {
    const [post, unit, scale] = g.money as [string, string, number];
    const number = g.a.frac ? `${g.a.int},${g.a.frac}` : g.a.int;
    const vi = (r: string): string => r.replace('.', ',');
    const value = `${g.bound[0]}${number}${post}`;
    const name = g.source || g.place === 'first' ? `${g.name.charAt(0).toLowerCase()}${g.name.slice(1)}` : g.name;
    const sentence =
      g.place === 'first'
        ? `${g.period[0]}, ${name} ${g.verb[0]} ${value}`
        : g.place === 'before-verb'
          ? `${name} ${g.period[0]} ${g.verb[0]} ${value}`
          : `${name} ${g.verb[0]} ${value} trong ${g.period[0]}`;
    const opened = `${g.source}${sentence}`;
    let text = `${opened.charAt(0).toUpperCase()}${opened.slice(1)}`;
    const truth: Truth = { value: times(g.a.canonical, scale), unit, period: g.period[1] };
    if (g.bound[1]) truth.approximate = g.bound[1];
    if (g.verb[1]) truth.stage = g.verb[1];
    if (g.change) {
      const [up, k, r] = g.change;
      const list = up ? VI_CHANGES : VI_FALLS;
      text += (list[k % list.length] as (r: string) => string)(vi(r));
      truth.rate = up ? r : `-${r}`;
    }
    if (g.completion) {
      const [k, c] = g.completion;
      text += (VI_COMPLETIONS[k % VI_COMPLETIONS.length] as (c: string) => string)(vi(c));
      truth.completion = c;
    }
    return { text: `${text}.`, truth };
  });

// ---- checks -----------------------------------------------------------------------------------

/** The fields of `s` that are certain and disagree with the truth: silent wrong numbers. */
function silentWrong(s: Statement, t: Truth): string[] {
  const wrong: string[] = [];
  const certain = (f: { confidence?: string | undefined } | undefined): boolean => f !== undefined && f.confidence !== 'uncertain';
  if (certain(s.value) && s.value) {
    const q = s.value.value;
    if (q.base !== t.value || (q.unitCode ?? '') !== t.unit) wrong.push(`value ${q.base} ${q.unitCode}`);
    if ((q.approximate ?? undefined) !== t.approximate) wrong.push(`bound ${q.approximate}`);
  }
  if (certain(s.completion) && s.completion && s.completion.value.percent.value !== t.completion)
    wrong.push(`completion ${s.completion.value.percent.value}`);
  for (const c of s.changes) {
    if (!certain(c)) continue;
    if (c.value.form !== 'rate' || c.value.amount.value !== t.rate)
      wrong.push(`change ${c.value.form} ${c.value.amount.value}`);
    else if (c.value.base && c.value.base.kind !== 'same-period-last-year') wrong.push(`base ${c.value.base.kind}`);
  }
  const shows = certain(s.value) || certain(s.completion) || s.changes.some(certain);
  if (shows && certain(s.period) && s.period && s.period.value !== t.period) wrong.push(`period ${s.period.value}`);
  if (shows && s.stage?.value !== t.stage) wrong.push(`stage ${s.stage?.value}`);
  if (shows && s.kind.value !== 'actual') wrong.push(`kind ${s.kind.value}`);
  return wrong;
}

/** True when one statement reads the whole truth (certain or not). */
function readWhole(statements: readonly Statement[], t: Truth): boolean {
  return statements.some(
    (s) =>
      s.value?.value.base === t.value &&
      (s.value.value.unitCode ?? '') === t.unit &&
      s.value.value.approximate === t.approximate &&
      s.period?.value === t.period &&
      s.stage?.value === t.stage &&
      (t.rate === undefined || s.changes.some((c) => c.value.form === 'rate' && c.value.amount.value === t.rate)) &&
      (t.completion === undefined || s.completion?.value.percent.value === t.completion),
  );
}

describe.each([
  ['en', english],
  ['vi', vietnamese],
] as const)('generated %s report sentences', (locale, sentences) => {
  it('are read whole, and no field is ever certain and wrong', () => {
    fc.assert(
      fc.property(sentences, ({ text, truth }) => {
        const statements = extractStatements(text, { locale });
        const wrong = statements.flatMap((s) => silentWrong(s, truth));
        expect(wrong, text).toEqual([]);
        expect(readWhole(statements, truth), text).toBe(true);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
