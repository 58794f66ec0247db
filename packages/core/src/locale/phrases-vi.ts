import type { DataStage } from '../model/types';
import type { ChangeText, Phrasebook } from './phrasebook-types';

const plan = (assigned: boolean): string => (assigned ? 'kế hoạch giao' : 'kế hoạch');

/** The verb of a target as the report words it: a goal `phấn đấu đạt`, an estimate `ước đạt`. */
const targetVerb = (stage: DataStage | undefined): string =>
  stage === 'estimate'
    ? 'ước đạt'
    : stage === 'preliminary'
      ? 'sơ bộ đạt'
      : stage === 'official'
        ? 'đạt'
        : 'phấn đấu đạt';

/** Vietnamese report phrases, as the provincial reports write them. @internal */
export const PHRASES_VI: Phrasebook = {
  actual(value, stage) {
    if (stage === 'estimate') return `ước đạt ${value}`;
    if (stage === 'preliminary') return `sơ bộ đạt ${value}`;
    return `đạt ${value}`;
  },
  completion(side, percent, excess, { style, verb, versus, assigned }) {
    const target = `${versus ? 'so với ' : ''}${plan(assigned)}`;
    const v = verb === 'equal' ? 'bằng' : 'đạt';
    if (style === 'excess') {
      if (side === 'exceeded') return `vượt ${excess} ${target}`;
      if (side === 'met') return `hoàn thành ${plan(assigned)}`;
    }
    if (side === 'missed') return `chỉ ${v} ${percent} ${target}`;
    return `${v} ${percent} ${target}`;
  },
  band(inside) {
    return inside ? 'nằm trong khoảng kế hoạch' : 'nằm ngoài khoảng kế hoạch';
  },
  density(text) {
    return `đạt mật độ ${text}`;
  },
  change(change: ChangeText, base, timesVerb) {
    const tail = base ? ` ${base}` : '';
    switch (change.form) {
      case 'ratio':
        return `bằng ${change.text}${tail}`;
      case 'times':
        return `${timesVerb} ${change.text} lần${tail}`;
      default:
        if (change.direction === 'zero') return `không đổi${tail}`;
        return `${change.direction === 'up' ? 'tăng' : 'giảm'} ${change.text}${tail}`;
    }
  },
  base(base, periodLabel) {
    switch (base.kind) {
      case 'previous-period':
        return 'so với kỳ trước';
      case 'december-last-year':
        return 'so với tháng 12 năm trước';
      case 'period':
        return `so với ${periodLabel ?? base.period}`;
      default:
        return 'so với cùng kỳ';
    }
  },
  nextTarget(value, periodLabel, density, stage) {
    return `${targetVerb(stage)} ${value}${density ? `, mật độ ${density}` : ''}${periodLabel ? ` ${periodLabel}` : ''}`;
  },
  nextTargetClause(value, periodLabel, density, stage) {
    return `${periodLabel} ${targetVerb(stage)} ${value}${density ? `, mật độ ${density}` : ''}`;
  },
  rank(rank, _ordinal, of, scope) {
    return `đứng thứ ${rank}${of ? `/${of}` : ''}${scope ? ` ${scope}` : ''}`;
  },
  noData(name) {
    return `${name}: chưa có số liệu`;
  },
  summary(t) {
    const names = (list: readonly string[]): string => (list.length ? ` (${list.join('; ')})` : '');
    if (t.plans) {
      const { planned, unplanned, plannedNoData } = t.plans;
      const counted = [`${planned.count} chỉ tiêu có kế hoạch: ${t.metOrExceeded} đạt/vượt`];
      if (t.near) counted.push(`${t.near.count} gần đạt${names(t.nearNames)}`);
      if (t.missed) counted.push(`${t.missed.count} không đạt${names(t.missedNames)}`);
      if (plannedNoData) counted.push(`${plannedNoData.count} chưa có số liệu`);
      const parts = [counted.join(', '), `${unplanned.count} chỉ tiêu báo cáo không nêu kế hoạch`];
      if (t.score) parts.push(`điểm tổng hợp ${t.score}`);
      return parts.join('; ');
    }
    const first = `${t.metOrExceeded}/${t.total} chỉ tiêu đạt và vượt kế hoạch`;
    const parts = [first];
    if (t.near) parts.push(`${t.near.count} chỉ tiêu gần đạt${names(t.nearNames)}`);
    if (t.missed) parts.push(`${t.missed.count} chỉ tiêu không đạt${names(t.missedNames)}`);
    if (t.noTarget) parts.push(`${t.noTarget.count} chỉ tiêu chưa có kế hoạch`);
    if (t.noData) parts.push(`${t.noData.count} chỉ tiêu chưa có số liệu`);
    if (t.score) parts.push(`điểm tổng hợp ${t.score}`);
    return parts.join('; ');
  },
};
