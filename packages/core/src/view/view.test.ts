import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineIndicator, type Evaluation, evaluate, evaluateDataset, parseDataset, STATUSES } from '../index';
import {
  bulletGeometry,
  COLUMN_IDS,
  COLUMN_WIDTHS,
  completionBarView,
  deltaBadgeView,
  guardView,
  indicatorCardView,
  inlineError,
  messagesFor,
  nextSorting,
  PropsError,
  reportSummaryView,
  rowView,
  STATUS_ICONS,
  sanitizeSorting,
  scorecardColumnSet,
  scorecardComparators,
  scorecardView,
  sparklineView,
  statusBadgeView,
  summaryCount,
} from './index';

const revenue = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
  group: { vi: 'Bưu chính, viễn thông', en: 'Post and telecoms' },
});
const poverty = defineIndicator({
  id: 'poverty',
  name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
  unit: 'percent',
  direction: 'lower-is-better',
});
const services = defineIndicator({
  id: 'services',
  name: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
  unit: 'service',
});
const exceeded = evaluate(
  { indicator: 'revenue', period: '2020', actual: '3630', target: '3608', previous: '3400' },
  revenue,
);

const thanhHoa = (() => {
  const text = readFileSync(join(import.meta.dirname, '../../../../apps/playground/data/thanh-hoa-2020.json'), 'utf8');
  const parsed = parseDataset(JSON.parse(text));
  if (!parsed.ok) throw new Error('dataset');
  return parsed.dataset;
})();

describe('messages', () => {
  it('vi* locales get Vietnamese words, every other English', () => {
    expect(messagesFor('vi-VN').target).toBe('Kế hoạch');
    expect(messagesFor('vi').ofPlan('100,6%')).toBe('đạt 100,6% kế hoạch');
    expect(messagesFor('en').target).toBe('Target');
    expect(messagesFor({}).target).toBe('Target');
  });
});

describe('inline error model', () => {
  it('names the prop and the reason in the locale', () => {
    const vi = inlineError(new PropsError('status', 'status'), 'vi-VN');
    expect(vi).toMatchObject({ title: 'Không hiển thị được', prop: 'status', problem: 'status' });
    expect(vi.message).toBe(
      'Thuộc tính "status" không hợp lệ: cần một trong các tình trạng exceeded, met, near, missed, no-target, no-data',
    );
    expect(inlineError(new PropsError('width', 'positive-number'), 'en').message).toBe(
      'Invalid "width" prop: expected a positive number',
    );
  });
  it('a JavaScript error is never shown: it reads as unreadable', () => {
    const view = inlineError(new TypeError("Cannot read properties of undefined (reading 'x')"), 'en');
    expect(view.problem).toBe('unreadable');
    expect(view.message).not.toContain('Cannot read');
  });
  it('guardView never throws: a refused locale or input becomes the model', () => {
    const bad = guardView('vi_VN', () => 'x');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.prop).toBe('locale');
    const failed = guardView('en', (locale) => statusBadgeView('great', locale));
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.message).toContain('"status"');
    const good = guardView('en', (locale) => statusBadgeView('met', locale));
    expect(good.ok && good.view.label).toBe('Met');
  });
  it('a core error keeps its code and path: a bad actual names observation', () => {
    const r = guardView('vi-VN', (locale) =>
      completionBarView(
        { indicator: revenue, observation: { indicator: 'revenue', period: '2020', actual: 'abc' } },
        locale,
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ prop: 'observation', problem: 'INVALID_DECIMAL' });
  });
});

describe('bullet geometry (drawing positions)', () => {
  it('an actual far beyond the plan is clipped at the edge', () => {
    const g = bulletGeometry({
      actual: 10_000,
      target: 100,
      band: null,
      previous: null,
      direction: 'higher-is-better',
      near: 0.95,
      policy: 'inverse',
    });
    expect(g.clipped).toBe(true);
    expect(g.actual?.to).toBe(100);
    expect(g.actualAt).toBe(100);
  });
  it('lower is better puts the good band on the left', () => {
    const g = bulletGeometry({
      actual: 2.1,
      target: 2.5,
      band: null,
      previous: 3,
      direction: 'lower-is-better',
      near: 0.95,
      policy: 'inverse',
    });
    expect(g.bands.map((b) => b.kind)).toEqual(['good', 'fair', 'poor']);
    expect(g.bands[0]?.from).toBe(0);
  });
});

describe('completionBarView', () => {
  it('a meter with localized value text', () => {
    const v = completionBarView({ evaluation: exceeded }, 'vi-VN');
    expect(v.meter?.text).toBe(
      '3.630 tỷ đồng; đạt 100,6% kế hoạch; Vượt kế hoạch; Kế hoạch 3.608 tỷ đồng; Cùng kỳ 3.400 tỷ đồng',
    );
    expect(v.meter?.now).toBeGreaterThan(0);
    expect(v.meter?.now).toBeLessThanOrEqual(100);
    expect(v.name).toBe('Tổng doanh thu toàn ngành');
    expect(v.legend.map((k) => k.kind)).toEqual(['actual', 'target', 'previous']);
    expect(completionBarView({ evaluation: exceeded }, 'vi-VN', { size: 'compact' }).legend).toEqual([]);
  });
  it('no data: an image, never a meter at 0', () => {
    const e = evaluate({ indicator: 'revenue', period: '2020', target: '3608' }, revenue);
    const v = completionBarView({ evaluation: e }, 'en');
    expect(v.meter).toBeNull();
    expect(v.imageLabel).toContain('Total sector revenue: ');
    expect(v.imageLabel).toContain(v.texts.status);
  });
  it('a plan derived from a stated completion is marked ≈ with its interval', () => {
    const obs = { indicator: 'revenue', period: '2020', actual: '3630', stated: { completion: '100.6' } };
    const implied = evaluate(obs, revenue).implied?.target?.value;
    const e = evaluate({ ...obs, target: implied as string }, revenue);
    const v = completionBarView({ evaluation: e }, 'vi-VN');
    expect(v.derived?.description).toMatch(/^ước tính từ 100,6%: 3\.60\d,\d\d – 3\.61\d,\d\d tỷ đồng$/);
    expect(v.legend.find((k) => k.kind === 'target')?.value.startsWith('≈')).toBe(true);
  });
});

describe('status and delta badges', () => {
  it('every status has its own icon shape and the core label', () => {
    expect(new Set(STATUSES.map((s) => STATUS_ICONS[s])).size).toBe(STATUSES.length);
    expect(statusBadgeView('no-target', 'vi-VN').label).toBe('Chưa có kế hoạch');
    expect(() => statusBadgeView(undefined, 'vi')).toThrow(PropsError);
  });
  it('a fall of a lower-is-better rate is good, shown by a shape and a word too', () => {
    const e = evaluate({ indicator: 'poverty', period: '2020', actual: '2.1', target: '2.5', previous: '3' }, poverty);
    const v = deltaBadgeView({ evaluation: e }, 'vi-VN');
    expect(v.kind).toBe('change');
    if (v.kind === 'change') {
      expect(v.tone).toBe('good');
      expect(v.sign).toBe(-1);
      expect(v.toneIcon).toBe(STATUS_ICONS.met);
      expect(v.toneWord).toBe(' (tích cực)');
    }
  });
  it('signed display keeps the phrase for screen readers; no change is none', () => {
    const v = deltaBadgeView({ evaluation: exceeded, display: 'signed' }, 'vi-VN');
    expect(v.kind === 'change' && v.text.startsWith('+')).toBe(true);
    expect(v.kind === 'change' && v.spoken).toMatch(/^tăng/);
    const none = deltaBadgeView({ indicator: revenue, change: null }, 'en');
    expect(none).toEqual({ kind: 'none', tone: 'none', spoken: 'No comparison' });
  });
});

describe('sparklineView', () => {
  it('paths with gaps and a described name', () => {
    const v = sparklineView(
      {
        history: [
          { period: '2018', actual: '3000', target: '3100' },
          { period: '2019', actual: null },
          { period: '2020', actual: '3630' },
        ],
        indicator: revenue,
      },
      'vi-VN',
    );
    expect(v.label).toBe('Diễn biến: 2018: 3.000 tỷ đồng, 2020: 3.630 tỷ đồng');
    expect(v.paths.line.match(/M/g)).toHaveLength(2);
    expect(v.viewBox).toBe('0 0 96 24');
  });
  it('NaN width and a bad value are refused, naming the place', () => {
    expect(() => sparklineView({ history: [], width: Number.NaN }, 'en')).toThrow(/width/);
    const r = guardView('en', (l) => sparklineView({ history: [{ period: '2020', actual: 'abc' }] }, l));
    expect(!r.ok && r.error.path).toBe('[0].actual');
  });
});

describe('indicatorCardView', () => {
  it('regular: facts, derived target, next target, estimate marker', () => {
    const e = evaluateDataset(thanhHoa)[0] as Evaluation;
    const v = indicatorCardView({ evaluation: e }, 'vi-VN');
    expect(v.name).toBe('Tổng doanh thu toàn ngành');
    expect(v.actual).toBe('3.630 tỷ đồng');
    expect(v.estimated?.short).toBe('ước');
    expect(v.facts.map((f) => f.kind)).toEqual(['completion', 'change', 'next']);
    expect(v.facts.find((f) => f.kind === 'next')).toMatchObject({ term: 'Kế hoạch 2021', value: '3.745 tỷ đồng' });
    expect(v.bar.name).toBe('Tổng doanh thu toàn ngành: % kế hoạch');
  });
  it('compact: the % of plan line, no facts; heading levels clamped', () => {
    const v = indicatorCardView({ evaluation: exceeded }, 'en', { size: 'compact', headingLevel: 9 });
    expect(v.facts).toEqual([]);
    expect(v.ofPlan).toBe('100.6% of plan');
    expect(v.headingLevel).toBe(6);
    expect(indicatorCardView({ evaluation: exceeded }, 'en', { headingLevel: 'x' }).headingLevel).toBe(3);
  });
});

describe('scorecard view', () => {
  it('one column set with widths that sum to 100% and match the React stylesheet', () => {
    const total = COLUMN_IDS.reduce((sum, id) => sum + Number.parseInt(COLUMN_WIDTHS[id], 10), 0);
    expect(total).toBe(100);
    const css = readFileSync(join(import.meta.dirname, '../../../react/src/styles.css'), 'utf8');
    for (const id of COLUMN_IDS) {
      const rule = new RegExp(`\\.ct-scorecard__col--${id}[^{]*\\{\\s*width:\\s*([0-9]+%)`);
      const block = css.slice(css.indexOf(`.ct-scorecard__col--${id}`));
      expect(block.match(rule)?.[1] ?? block.match(/width:\s*([0-9]+%)/)?.[1]).toBe(COLUMN_WIDTHS[id]);
    }
    expect(scorecardColumnSet('en').map((c) => c.header)).toEqual([
      'Indicator',
      'Unit',
      'Target',
      'Actual',
      '% of plan',
      'vs same period',
      'Status',
    ]);
  });
  it('rows of the Thanh Hóa dataset: groups in order, footer counts plans apart', () => {
    const v = scorecardView({ dataset: thanhHoa }, 'vi-VN');
    expect(v.caption).toBe('Ngành Thông tin và Truyền thông Thanh Hóa — tổng kết năm 2020');
    expect(v.tree.every((n) => n.kind === 'group')).toBe(true);
    expect(v.footer.count).toMatch(
      /chỉ tiêu có kế hoạch đạt và vượt kế hoạch; \d+ chỉ tiêu báo cáo không nêu kế hoạch$/,
    );
  });
  it('decimal sort is exact beyond float precision, missing values last; text uses the locale', () => {
    const make = (actual: string | undefined) =>
      evaluate({ indicator: 'services', period: '2020', ...(actual === undefined ? {} : { actual }) }, services);
    const list = [make('9007199254740993'), make(undefined), make('9007199254740992')];
    const tree = scorecardView({ evaluations: list }, 'en').tree;
    const byActual = scorecardComparators('en').actual;
    const sorted = [...tree].sort(byActual).map((n) => (n.kind === 'indicator' ? n.evaluation.actual : 'g'));
    expect(sorted).toEqual(['9007199254740992', '9007199254740993', null]);
  });
  it('keyboard/click sort cycles asc → desc → none; bad sorting input is dropped', () => {
    expect(nextSorting([], 'name')).toEqual([{ id: 'name', desc: false }]);
    expect(nextSorting([{ id: 'name', desc: false }], 'name')).toEqual([{ id: 'name', desc: true }]);
    expect(nextSorting([{ id: 'name', desc: true }], 'name')).toEqual([]);
    expect(nextSorting([{ id: 'name', desc: true }], 'status')).toEqual([{ id: 'status', desc: false }]);
    expect(sanitizeSorting('abc')).toEqual([]);
    expect(sanitizeSorting([{ id: 'x' }, { id: 'completion', desc: true }, null])).toEqual([
      { id: 'completion', desc: true },
    ]);
  });
  it('a bad row names its own place and leaves the others', () => {
    const bad = { ...exceeded, actual: 'abc' } as Evaluation;
    const r = rowView(bad, 3, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(inlineError(r.error, 'en').message).toContain('(at [3].actual)');
    expect(rowView(exceeded, 0, 'vi-VN')).toMatchObject({ ok: true, view: { actual: '3.630', completion: '100,6%' } });
  });
  it('summary line without unplanned indicators', () => {
    const s = {
      total: 10,
      metOrExceeded: 8,
      counts: { exceeded: 4, met: 4, near: 1, missed: 1, 'no-target': 0, 'no-data': 0 },
      score: null,
    };
    expect(summaryCount(s as never, 'vi-VN')).toBe('8/10 chỉ tiêu đạt và vượt kế hoạch');
  });
});

describe('reportSummaryView', () => {
  it('the core paragraph and one sentence per indicator; detail=false drops the list', () => {
    const v = reportSummaryView({ dataset: thanhHoa }, 'vi-VN');
    expect(v.sentences).toHaveLength(thanhHoa.observations.length);
    expect(v.lead.length).toBeGreaterThan(20);
    expect(reportSummaryView({ dataset: thanhHoa }, 'vi-VN', { detail: false }).sentences).toEqual([]);
    expect(() => reportSummaryView({ evaluations: 'x' as never }, 'en')).toThrow(/evaluations/);
  });
});
