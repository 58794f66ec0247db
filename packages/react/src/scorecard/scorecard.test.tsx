import { summarize } from '@chitieu/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { manyEvaluations, scorecardEvaluations } from '../../test/fixtures';
import { ChitieuProvider } from '../provider/chitieu-provider';
import { Scorecard } from './scorecard';

const names = (): string[] =>
  screen
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '')
    .filter((text) => text !== 'Tổng hợp');

describe('Scorecard', () => {
  it('has column headers for every column, a caption and a summary row', () => {
    const evaluations = scorecardEvaluations();
    render(<Scorecard evaluations={evaluations} caption="Kết quả năm 2020" />);
    const table = screen.getByRole('table', { name: 'Kết quả năm 2020' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch',
      'Thực hiện',
      '% kế hoạch',
      'So cùng kỳ',
      'Tình trạng',
    ]);
    const summary = summarize(evaluations);
    expect(table.querySelector('tfoot')?.textContent).toContain(
      `${summary.metOrExceeded}/${summary.total} chỉ tiêu đạt và vượt kế hoạch`,
    );
    expect(table.querySelector('tfoot')?.textContent).toContain('Điểm tổng hợp');
  });

  it('groups › sectors head their rows; unit column comes from the core words', () => {
    render(<Scorecard evaluations={scorecardEvaluations()} />);
    expect(screen.getByRole('button', { name: 'Nhóm Bưu chính, viễn thông' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(screen.getByText('tỷ đồng')).toBeTruthy();
    expect(screen.getByText('thuê bao')).toBeTruthy();
  });

  it('"trong đó" rows › collapsed at first, expanded by keyboard', async () => {
    const user = userEvent.setup();
    render(<Scorecard evaluations={scorecardEvaluations()} />);
    expect(screen.queryByText('Doanh thu viễn thông')).toBeNull();
    const expander = screen.getByRole('button', { name: 'Các dòng trong đó của Tổng doanh thu toàn ngành' });
    expect(expander.getAttribute('aria-expanded')).toBe('false');
    expander.focus();
    await user.keyboard('{Enter}');
    expect(expander.getAttribute('aria-expanded')).toBe('true');
    const child = screen.getByText('Doanh thu viễn thông').closest('tr');
    expect(child?.className).toContain('ct-scorecard__row--child');
    expect(child?.textContent).toContain('trong đó');
  });

  it('groups › collapse by mouse', async () => {
    const user = userEvent.setup();
    render(<Scorecard evaluations={scorecardEvaluations()} />);
    await user.click(screen.getByRole('button', { name: 'Nhóm Xã hội' }));
    expect(screen.queryByText('Tỷ lệ hộ nghèo')).toBeNull();
  });

  it('sorting › mouse and keyboard cycle ascending, descending, none with aria-sort', async () => {
    const user = userEvent.setup();
    render(<Scorecard evaluations={scorecardEvaluations()} defaultExpanded="all" />);
    const before = names();
    const header = screen.getByRole('columnheader', { name: /% kế hoạch/ });
    expect(header.hasAttribute('aria-sort')).toBe(false);
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = names();
    within(header).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(names()).not.toEqual(ascending);
    await user.keyboard(' ');
    expect(header.hasAttribute('aria-sort')).toBe(false);
    expect(names()).toEqual(before);
  });

  it('sorting › by status keeps groups, orders rows inside each group', async () => {
    const user = userEvent.setup();
    render(<Scorecard evaluations={scorecardEvaluations()} />);
    await user.click(screen.getByRole('button', { name: /Tình trạng/ }));
    const groupRows = screen.getAllByRole('button', { name: /^Nhóm / }).map((b) => b.getAttribute('aria-label'));
    expect(groupRows).toEqual(['Nhóm Bưu chính, viễn thông', 'Nhóm Chính quyền số', 'Nhóm Xã hội']);
  });

  it('10,000 rows › virtualised: a window of rows in the DOM, the full count announced', () => {
    // jsdom has no layout: give the scroll container the height a browser would
    const restore = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
    onTestFinished(() => {
      if (restore) Object.defineProperty(HTMLElement.prototype, 'clientHeight', restore);
    });
    const evaluations = manyEvaluations(10_000);
    const { container } = render(<Scorecard evaluations={evaluations} height={400} defaultExpanded="groups" />);
    const table = screen.getByRole('table');
    const rendered = container.querySelectorAll('tbody tr:not(.ct-scorecard__pad)').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    expect(Number(table.getAttribute('aria-rowcount'))).toBeGreaterThan(9000);
    expect(table.querySelector('tfoot')?.textContent).toContain('/10.000 chỉ tiêu');
  });

  it('provider › locale and scorecard options reach the table', () => {
    render(
      <ChitieuProvider locale="en" scorecard={{ height: 300 }}>
        <Scorecard evaluations={scorecardEvaluations()} />
      </ChitieuProvider>,
    );
    expect(screen.getByRole('columnheader', { name: /% of plan/ })).toBeTruthy();
    expect(screen.getByText(/indicators met or exceeded the plan/)).toBeTruthy();
  });

  it('bad props › evaluations that are not an array render an inline message', () => {
    render(<Scorecard evaluations={{} as never} />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('bad props › an invalid dataset shows the core error', () => {
    render(<Scorecard dataset={{ title: 'x', indicators: [], observations: [{ indicator: 'nope' }] } as never} />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
