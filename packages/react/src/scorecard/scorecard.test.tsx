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
    const expander = screen.getByRole('button', { name: 'Các chỉ tiêu thành phần của Tổng doanh thu toàn ngành' });
    expect(expander.getAttribute('aria-expanded')).toBe('false');
    expander.focus();
    await user.keyboard('{Enter}');
    expect(expander.getAttribute('aria-expanded')).toBe('true');
    const child = screen.getByText('Doanh thu viễn thông').closest('tr');
    expect(child?.className).toContain('ct-scorecard__row--child');
    expect(child?.textContent).toContain('trong đó');
  });

  it('all expanded › collapsing one row keeps every other row expanded, through a sort and back', async () => {
    const user = userEvent.setup();
    render(<Scorecard evaluations={scorecardEvaluations()} defaultExpanded="all" />);
    const all = names();
    expect(all).toContain('trong đó: Doanh thu viễn thông');
    const parent = screen.getByRole('button', { name: 'Các chỉ tiêu thành phần của Tổng doanh thu toàn ngành' });
    expect(parent.getAttribute('aria-expanded')).toBe('true');
    await user.click(parent);
    expect(parent.getAttribute('aria-expanded')).toBe('false');
    expect(names()).toEqual(all.filter((name) => name !== 'trong đó: Doanh thu viễn thông'));
    for (const group of screen.getAllByRole('button', { name: /^Nhóm / }))
      expect(group.getAttribute('aria-expanded')).toBe('true');
    // sorted (TanStack's row model) and unsorted again (rows from the tree): the same expansion
    const header = screen.getByRole('columnheader', { name: /Thực hiện/ });
    await user.click(within(header).getByRole('button'));
    expect(names()).not.toContain('trong đó: Doanh thu viễn thông');
    expect(names()).toHaveLength(all.length - 1);
    await user.click(within(header).getByRole('button'));
    await user.click(within(header).getByRole('button'));
    expect(header.hasAttribute('aria-sort')).toBe(false);
    expect(names()).toEqual(all.filter((name) => name !== 'trong đó: Doanh thu viễn thông'));
    await user.click(screen.getByRole('button', { name: 'Các chỉ tiêu thành phần của Tổng doanh thu toàn ngành' }));
    expect(names()).toEqual(all);
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
  it('groups › each sector is its own <tbody>, so its rowgroup header heads only its own rows', () => {
    const { container } = render(<Scorecard evaluations={scorecardEvaluations()} defaultExpanded="all" />);
    const bodies = [...container.querySelectorAll('tbody')];
    expect(bodies.map((b) => b.querySelector('th[scope="rowgroup"]')?.textContent)).toEqual([
      'Bưu chính, viễn thông',
      'Chính quyền số',
      'Xã hội',
    ]);
    for (const body of bodies) expect(body.querySelectorAll('th[scope="rowgroup"]')).toHaveLength(1);
    const poverty = screen.getByRole('rowheader', { name: /Tỷ lệ hộ nghèo/ }).closest('tbody');
    expect(poverty?.querySelector('th[scope="rowgroup"]')?.textContent).toBe('Xã hội');
  });

  it('groups › virtualised: the window keeps one <tbody> per sector, spacer rows inside them', () => {
    const restore = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
    onTestFinished(() => {
      if (restore) Object.defineProperty(HTMLElement.prototype, 'clientHeight', restore);
    });
    const { container } = render(<Scorecard evaluations={manyEvaluations(2000)} height={400} />);
    const bodies = [...container.querySelectorAll('tbody')];
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body.querySelectorAll('th[scope="rowgroup"]').length).toBeLessThanOrEqual(1);
    expect(container.querySelector('table > tr')).toBeNull();
  });

  it('keyboard › Tab reaches the scroll region, then every sort button in column order', async () => {
    const user = userEvent.setup();
    // an inner scroll (and its tab stop) only with a height or a virtualised body (changed in issue 10)
    render(<Scorecard evaluations={scorecardEvaluations()} caption="Kết quả năm 2020" height={300} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Kết quả năm 2020' }));
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await user.tab();
      order.push(document.activeElement?.textContent ?? '');
    }
    expect(order).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch',
      'Thực hiện',
      '% kế hoạch',
      'So cùng kỳ',
      'Tình trạng',
    ]);
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Nhóm Bưu chính, viễn thông');
  });

  it('keyboard › Space sorts and keeps focus on the header button; aria-sort only on the sorted column', async () => {
    const user = userEvent.setup();
    render(<Scorecard evaluations={scorecardEvaluations()} defaultExpanded="all" />);
    const header = screen.getByRole('columnheader', { name: /Thực hiện/ });
    const button = within(header).getByRole('button');
    button.focus();
    await user.keyboard(' ');
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(document.activeElement).toBe(button);
    const sorted = screen.getAllByRole('columnheader').filter((h) => h.hasAttribute('aria-sort'));
    expect(sorted).toEqual([header]);
  });

  it('keyboard › Space expands a "trong đó" row and Enter collapses a group, focus staying on the button', async () => {
    const user = userEvent.setup();
    render(<Scorecard evaluations={scorecardEvaluations()} />);
    const expander = screen.getByRole('button', { name: 'Các chỉ tiêu thành phần của Tổng doanh thu toàn ngành' });
    expander.focus();
    await user.keyboard(' ');
    expect(expander.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('rowheader', { name: /Doanh thu viễn thông/ })).toBeTruthy();
    expect(document.activeElement).toBe(expander);
    await user.keyboard(' ');
    expect(expander.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Doanh thu viễn thông')).toBeNull();
    const group = screen.getByRole('button', { name: 'Nhóm Xã hội' });
    group.focus();
    await user.keyboard('{Enter}');
    expect(group.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Tỷ lệ hộ nghèo')).toBeNull();
    expect(document.activeElement).toBe(group);
  });

  it('change column › compact "+6,8%" on screen, the words for screen readers', () => {
    render(<Scorecard evaluations={scorecardEvaluations()} />);
    const row = screen.getByRole('rowheader', { name: /Tổng doanh thu toàn ngành/ }).closest('tr') as HTMLElement;
    const shown = row.querySelector('.ct-delta__text');
    expect(shown?.textContent).toBe('+6,8%');
    expect(shown?.getAttribute('aria-hidden')).toBe('true');
    expect(within(row).getByText('tăng 6,8% so với cùng kỳ').className).toBe('ct-sr-only');
    const services = screen.getByRole('rowheader', { name: /Dịch vụ công/ }).closest('tr') as HTMLElement;
    expect(within(services).getByText(/^gấp 2 lần/).className).toBe('ct-sr-only');
  });

  it('caption › names the table and the scroll region, and is not copied onto the root element', () => {
    const { container } = render(<Scorecard evaluations={scorecardEvaluations()} caption="Kết quả năm 2020" />);
    expect(screen.getByRole('table', { name: 'Kết quả năm 2020' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Kết quả năm 2020' })).toBeTruthy();
    expect(container.firstElementChild?.hasAttribute('caption')).toBe(false);
  });
});
