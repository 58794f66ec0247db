import { describe, expect, it } from 'vitest';
import { broadband2020, ev, level3Share, phones, phones2020, revenue, revenue2020 } from '../../test/language-fixtures';
import { narrate } from './narrate';

describe('narrate', () => {
  it('one sentence like the seed’s, in Vietnamese', () => {
    expect(narrate(revenue2020, { locale: 'vi', assigned: true })).toBe(
      'Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao; năm 2021 phấn đấu đạt 3.745 tỷ đồng.',
    );
    expect(narrate(broadband2020, { locale: 'vi', verb: 'bằng', assigned: true, omit: ['next-target'] })).toBe(
      'Thuê bao internet băng thông rộng trên toàn mạng đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân, bằng 105,88% kế hoạch giao.',
    );
  });

  it('and in English', () => {
    expect(narrate(revenue2020, { locale: 'en' })).toBe(
      'Total sector revenue reached an estimated 3,630 billion VND, 100.6% of plan; the 2021 target is 3,745 billion VND.',
    );
    expect(narrate(phones2020, { locale: 'en', omit: ['next-target'] })).toBe(
      'Telephone subscribers reached 2,890,000 subscribers, 100.67% of plan.',
    );
  });

  it('changes, multiples and points join the sentence', () => {
    const e = ev({ indicator: 'revenue', actual: '3630', target: '3608', previous: '3517.4418' });
    expect(narrate(e, { locale: 'vi' })).toBe(
      'Tổng doanh thu toàn ngành đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch, tăng 3,2% so với cùng kỳ.',
    );
    expect(narrate(e, { locale: 'en' })).toBe(
      'Total sector revenue reached 3,630 billion VND, 100.6% of plan, up 3.2% year on year.',
    );
    const rate = ev({ indicator: 'level-3-share', actual: '56.35', previous: '40' }, level3Share);
    expect(narrate(rate, { locale: 'vi' })).toBe(
      'Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến mức độ 3 đạt 56,35%, tăng 16,35 điểm phần trăm so với cùng kỳ.',
    );
  });

  it('no data is said plainly; clauses can be left out', () => {
    expect(narrate(ev({ indicator: 'phones' }, phones), { locale: 'vi' })).toBe(
      'Tổng số thuê bao điện thoại trên toàn mạng: chưa có số liệu.',
    );
    expect(narrate(ev({ indicator: 'phones' }, phones), { locale: 'en' })).toBe('Telephone subscribers: no data.');
    expect(narrate(revenue2020, { locale: 'vi', omit: ['completion', 'next-target'] })).toBe(
      'Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng.',
    );
  });

  it('a stated change or rank without an actual value is said with the report’s own verb, not "no data"', () => {
    const dossiers = ev(
      {
        indicator: 'phones',
        period: '2020',
        stated: { change: { form: 'times', value: '51', base: { kind: 'period', period: '2019' }, verb: 'tăng' } },
      },
      { ...phones, name: { vi: 'Số hồ sơ tiếp nhận trực tuyến', en: 'Dossiers received online' } },
    );
    expect(narrate(dossiers, { locale: 'vi' })).toBe('Số hồ sơ tiếp nhận trực tuyến tăng 51 lần so với năm 2019.');
    expect(narrate(dossiers, { locale: 'vi', timesVerb: 'gấp' })).toBe(
      'Số hồ sơ tiếp nhận trực tuyến gấp 51 lần so với năm 2019.',
    );
    expect(narrate(dossiers, { locale: 'en' })).toBe('Dossiers received online: 51 times the 2019 level.');
    const ranked = ev(
      { indicator: 'phones', stated: { rank: { rank: 3, scope: { vi: 'toàn quốc', en: 'nationally' } } } },
      phones,
    );
    expect(narrate(ranked, { locale: 'vi' })).toBe('Tổng số thuê bao điện thoại trên toàn mạng đứng thứ 3 toàn quốc.');
  });

  it('a next target worded as an estimate says ước đạt, a goal phấn đấu đạt', () => {
    const press = ev(
      { indicator: 'phones', actual: '18', nextTarget: { period: '2021', value: '18', stage: 'estimate' } },
      phones,
    );
    expect(narrate(press, { locale: 'vi' })).toBe(
      'Tổng số thuê bao điện thoại trên toàn mạng đạt 18 thuê bao; năm 2021 ước đạt 18 thuê bao.',
    );
    expect(narrate(press, { locale: 'en' })).toBe(
      'Telephone subscribers reached 18 subscribers; the 2021 estimate is 18 subscribers.',
    );
    const goal = ev({ indicator: 'phones', actual: '18', nextTarget: { period: '2021', value: '18' } }, phones);
    expect(narrate(goal, { locale: 'vi' })).toMatch(/năm 2021 phấn đấu đạt 18 thuê bao\.$/);
  });

  it('is plain text: names with markup are not interpreted, and nothing is undefined or NaN', () => {
    const e = ev({ indicator: 'revenue', actual: '1' }, { ...revenue, name: '<b>x</b>' });
    const text = narrate(e, { locale: 'vi' });
    expect(text).toBe('<b>x</b> đạt 1 tỷ đồng.');
    for (const locale of ['vi', 'en', 'de', 'ja']) {
      for (const evaluation of [revenue2020, broadband2020, phones2020]) {
        expect(narrate(evaluation, { locale })).not.toMatch(/undefined|NaN|null|\[object/);
      }
    }
  });
});
