import { defineIndicator, evaluate } from '@chitieu/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorCard } from '../indicator-card/indicator-card';
import { Scorecard } from './scorecard';

/** Issue 12: the figures a report states without an actual or a plan, and long figures on cards. */
const dossiers = defineIndicator({
  id: 'dossiers',
  name: { vi: 'Hồ sơ trực tuyến', en: 'Online dossiers' },
  unit: 'dossier',
  group: { vi: 'Chính quyền số', en: 'Digital government' },
});
const hours = defineIndicator({
  id: 'hours',
  name: { vi: 'Thời lượng tự sản xuất', en: 'Self-produced hours' },
  unit: 'hours-per-day',
  group: { vi: 'Báo chí', en: 'Press' },
});
const services = defineIndicator({
  id: 'services',
  name: { vi: 'Dịch vụ công trên Cổng quốc gia', en: 'Services on the national portal' },
  unit: 'service',
  group: { vi: 'Chính quyền số', en: 'Digital government' },
});
const evaluations = [
  evaluate(
    {
      indicator: 'dossiers',
      period: '2020',
      stated: { change: { form: 'times', value: '51', base: { kind: 'period', period: '2019' }, verb: 'tăng' } },
    },
    dossiers,
  ),
  evaluate(
    { indicator: 'hours', period: '2020', actual: '7', stated: { change: { form: 'ratio', value: '100' } } },
    hours,
  ),
  evaluate(
    {
      indicator: 'services',
      period: '2020',
      actual: '615',
      previous: '500',
      stated: { rank: { rank: 3, scope: { vi: 'toàn quốc', en: 'nationwide' } } },
    },
    services,
  ),
];

/** The change column's cell of the row named `name`. */
function changeCell(name: RegExp): HTMLElement {
  const row = screen.getByRole('row', { name });
  const cells = within(row).getAllByRole('cell');
  return cells[cells.length - 2] as HTMLElement;
}

describe('Scorecard: stated figures in the change column', () => {
  it('vi: the stated multiple and ratio in the report’s words; a rank under the computed change', () => {
    render(<Scorecard evaluations={evaluations} defaultExpanded="all" caption="Số liệu nêu" />);
    expect(changeCell(/Hồ sơ trực tuyến/).textContent).toBe('tăng 51 lần so với năm 2019');
    expect(changeCell(/Thời lượng tự sản xuất/).textContent).toBe('bằng 100% so với cùng kỳ');
    // a computed change stays (compact, its phrase for screen readers), the rank is a line of its own
    const services = changeCell(/Dịch vụ công trên Cổng quốc gia/);
    expect(services.querySelector('.ct-scorecard__rank')?.textContent).toBe('đứng thứ 3 toàn quốc');
    expect(services.textContent).toContain('+23,0%');
    // a stated figure is shown as stated: no arrow, no good/bad colour of a computed change
    const stated = changeCell(/Hồ sơ trực tuyến/).querySelector('.ct-delta');
    expect(stated?.hasAttribute('data-stated')).toBe(true);
    expect(stated?.querySelector('svg')).toBeNull();
  });

  it('en: the same figures in English', () => {
    render(<Scorecard evaluations={evaluations} defaultExpanded="all" caption="Stated" locale="en" />);
    expect(changeCell(/Online dossiers/).textContent).toBe('51 times the 2019 level');
    expect(changeCell(/Self-produced hours/).textContent).toBe('100% of the level of the same period last year');
    expect(changeCell(/Services on the national portal/).textContent).toContain('ranked 3rd nationwide');
  });

  it('a rank alone replaces the dash (no “no comparison” under a stated rank)', () => {
    const only = [
      evaluate(
        { indicator: 'services', period: '2020', actual: '615', stated: { rank: { rank: 2, of: 63 } } },
        services,
      ),
    ];
    render(<Scorecard evaluations={only} caption="Hạng" />);
    expect(changeCell(/Dịch vụ công/).textContent).toBe('đứng thứ 2/63');
  });
});

describe('IndicatorCard: long figures break only at group boundaries', () => {
  it('a <wbr> after each group separator of a long figure, none inside a short one; the text is the figure', () => {
    const investment = defineIndicator({ id: 'inv', name: 'Vốn đầu tư', unit: 'VND' });
    const { container } = render(
      <IndicatorCard
        evaluation={evaluate(
          { indicator: 'inv', period: '2020', actual: '987654321098765432109876', target: '3630' },
          investment,
        )}
      />,
    );
    const actual = container.querySelector('.ct-card__actual .ct-num') as HTMLElement;
    expect(actual.textContent).toBe('987.654.321.098.765.432.109.876 đồng');
    expect(actual.querySelectorAll('wbr')).toHaveLength(7);
    expect([...actual.querySelectorAll('.ct-run')].map((r) => r.textContent).at(-1)).toBe('876 đồng');
    const target = container.querySelector('.ct-card__facts dd .ct-num') as HTMLElement;
    expect(target.textContent).toBe('3.630 đồng');
    // a short figure: its unit may move to the next line whole, the number never breaks
    expect([...target.querySelectorAll('.ct-run')].map((r) => r.textContent)).toEqual(['3.630 ', 'đồng']);
  });
});
