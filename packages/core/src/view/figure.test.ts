import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDataset, defineIndicator, evaluate, evaluateDataset } from '../index';
import { figureParts, indicatorCardView, phraseParts, rowView } from './index';

describe('figureParts: where a figure may break', () => {
  it('breaks a long number only after its group separators and keeps the last group with the unit', () => {
    const text = '987.654.321.098.765.432.109.876 đồng';
    const parts = figureParts(text);
    expect(parts.join('')).toBe(text);
    expect(parts).toEqual(['987.', '654.', '321.', '098.', '765.', '432.', '109.', '876 đồng']);
    // never inside a group: every run but the last is three digits and a separator
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/^\d{1,3}[.,]$/);
  });

  it('breaks a long English number the same way, and a decimal part stays with its group', () => {
    expect(figureParts('987,654,321,098,765,432.1 VND')).toEqual(['987,', '654,', '321,', '098,', '765,', '432.1 VND']);
  });

  it('never breaks a short number; its unit may go to the next line as a whole', () => {
    expect(figureParts('1,800,000 subscribers')).toEqual(['1,800,000 ', 'subscribers']);
    expect(figureParts('3.630 tỷ đồng')).toEqual(['3.630 ', 'tỷ đồng']);
    expect(figureParts('80,00 máy/100 dân')).toEqual(['80,00 ', 'máy/100 dân']);
  });

  it('keeps a figure without a unit, a percentage and plain words whole', () => {
    expect(figureParts('3.630')).toEqual(['3.630']);
    expect(figureParts('100,6%')).toEqual(['100,6%']);
    expect(figureParts('—')).toEqual(['—']);
    expect(figureParts('')).toEqual([]);
  });

  it('a band breaks only before its unit', () => {
    expect(figureParts('3,0 – 4,0 %')).toEqual(['3,0 – 4,0 %']);
    expect(figureParts('3.608 – 3.620 tỷ đồng')).toEqual(['3.608 – 3.620 ', 'tỷ đồng']);
  });

  it('is linear: a 200,000-character figure is split in one pass', () => {
    const text = `${'123.'.repeat(50_000)}4 đồng`;
    const parts = figureParts(text);
    expect(parts).toHaveLength(50_001);
    expect(parts.join('')).toBe(text);
  });
});

describe('indicatorCardView: figures as runs', () => {
  const investment = defineIndicator({
    id: 'investment',
    name: { vi: 'Vốn đầu tư', en: 'Investment' },
    unit: 'VND',
  });
  it('gives the actual, the plan and the next plan as runs that join to their text', () => {
    const e = evaluate(
      {
        indicator: 'investment',
        period: '2020',
        actual: '987654321098765432109876',
        target: '987654321098765432109870',
        nextTarget: { period: '2021', value: '1000000000000000000000000' },
      },
      investment,
    );
    const v = indicatorCardView({ evaluation: e }, 'vi-VN');
    expect(v.actualParts.join('')).toBe(v.actual);
    expect(v.actualParts.at(-1)).toBe('876 đồng');
    for (const fact of v.facts) {
      if (fact.kind === 'change') continue;
      expect(fact.parts.join('')).toBe(fact.value);
    }
    const target = v.facts.find((f) => f.kind === 'target');
    expect(target?.kind === 'target' ? target.parts.length : 0).toBe(8);
  });
  it('has no runs without an actual', () => {
    const e = evaluate({ indicator: 'investment', period: '2020', actual: null, target: '10' }, investment);
    expect(indicatorCardView({ evaluation: e }, 'en').actualParts).toEqual([]);
  });
});

describe('rowView: the figures the report states without an actual or a plan', () => {
  const raw = JSON.parse(
    readFileSync(join(__dirname, '../../../../apps/playground/data/thanh-hoa-2020.json'), 'utf8'),
  ) as unknown;
  const evaluations = evaluateDataset(assertDataset(raw));
  const row = (id: string, locale: string) => {
    const index = evaluations.findIndex((e) => e.indicator.id === id);
    const e = evaluations[index];
    if (e === undefined) throw new Error(`no ${id}`);
    const r = rowView(e, index, locale);
    if (!r.ok) throw r.error;
    return r.view;
  };

  it('a stated multiple, in the report’s words (tăng, not gấp)', () => {
    expect(row('online-dossiers', 'vi-VN').statedChange).toBe('tăng 51 lần so với năm 2019');
    expect(row('online-dossiers', 'en').statedChange).toBe('51 times the 2019 level');
    expect(row('online-dossiers', 'vi-VN').change).toBeNull();
  });

  it('a stated ratio to the same period', () => {
    expect(row('self-produced-hours-of-which', 'vi-VN').statedChange).toBe('bằng 100% so với cùng kỳ');
    expect(row('self-produced-hours-of-which', 'en').statedChange).toBe(
      '100% of the level of the same period last year',
    );
  });

  it('a stated rank', () => {
    expect(row('national-portal-services', 'vi-VN').rank).toBe('đứng thứ 3 toàn quốc');
    expect(row('national-portal-services', 'en').rank).toBe('ranked 3rd nationwide');
    expect(row('online-dossiers', 'vi-VN').rank).toBeNull();
  });

  it('a computed change wins over a stated one (the stated phrase is only a fallback)', () => {
    const revenue = defineIndicator({ id: 'r', name: 'Doanh thu', unit: 'VND', scale: 9 });
    const e = evaluate(
      {
        indicator: 'r',
        period: '2020',
        actual: '3630',
        previous: '3400',
        stated: { change: { form: 'rate', value: '6.8' } },
      },
      revenue,
    );
    const r = rowView(e, 0, 'vi-VN');
    expect(r.ok && r.view.change !== null).toBe(true);
    expect(r.ok ? r.view.statedChange : 'error').toBeNull();
  });
});

describe('phraseParts: a phrase breaks between words, never after a number', () => {
  it('keeps a number with the words beside it', () => {
    expect(phraseParts('tăng 51 lần so với năm 2019')).toEqual(['tăng 51 lần ', 'so ', 'với ', 'năm 2019']);
    expect(phraseParts('đứng thứ 3 toàn quốc')).toEqual(['đứng ', 'thứ 3 toàn ', 'quốc']);
    expect(phraseParts('ranked 3rd nationwide')).toEqual(['ranked 3rd ', 'nationwide']);
    expect(phraseParts('')).toEqual([]);
    expect(phraseParts('bằng 100% so với cùng kỳ').join('')).toBe('bằng 100% so với cùng kỳ');
  });
});
