import type { DataStage } from '../model/types';
import type { ChangeText, Phrasebook } from './phrasebook-types';

/** A target as the report words it: a goal is a target, `ước đạt` an estimate. */
const targetNoun = (stage: DataStage | undefined): string =>
  stage === 'estimate' ? 'estimate' : stage === 'preliminary' ? 'preliminary figure' : 'target';

const plan = (assigned: boolean): string => (assigned ? 'the assigned plan' : 'plan');
const ORDINAL: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** English report phrases. @internal */
export const PHRASES_EN: Phrasebook = {
  actual(value, stage) {
    if (stage === 'estimate') return `reached an estimated ${value}`;
    if (stage === 'preliminary') return `reached a preliminary ${value}`;
    return `reached ${value}`;
  },
  completion(side, percent, excess, { style, assigned }) {
    if (style === 'excess') {
      if (side === 'exceeded') return `${excess} above ${plan(assigned)}`;
      if (side === 'met') return `meeting ${assigned ? 'the assigned plan' : 'the plan'}`;
    }
    if (side === 'missed') return `only ${percent} of ${plan(assigned)}`;
    return `${percent} of ${plan(assigned)}`;
  },
  band(inside) {
    return inside ? 'within the planned range' : 'outside the planned range';
  },
  density(text) {
    return `a density of ${text}`;
  },
  change(change: ChangeText, base) {
    switch (change.form) {
      case 'ratio':
        return `${change.text} of ${base ?? 'the base level'}`;
      case 'times':
        return base ? `${change.text} times ${base}` : `${change.text} times`;
      default: {
        const tail = base ? ` ${base}` : '';
        if (change.direction === 'zero') return `unchanged${tail}`;
        return `${change.direction === 'up' ? 'up' : 'down'} ${change.text}${tail}`;
      }
    }
  },
  base(base, periodLabel, form) {
    const level = form === 'ratio' || form === 'times';
    switch (base.kind) {
      case 'previous-period':
        return level ? "the previous period's level" : 'on the previous period';
      case 'december-last-year':
        return level ? 'the level of December last year' : 'compared with December last year';
      case 'period': {
        const label = periodLabel ?? base.period;
        return level ? `the ${label} level` : `compared with ${label}`;
      }
      default:
        return level ? 'the level of the same period last year' : 'year on year';
    }
  },
  nextTarget(value, periodLabel, density, stage) {
    const verb = stage === 'estimate' ? 'an estimated' : 'aiming for';
    return `${verb} ${value}${density ? ` at a density of ${density}` : ''}${periodLabel ? ` in ${periodLabel}` : ''}`;
  },
  nextTargetClause(value, periodLabel, density, stage) {
    return `the ${periodLabel} ${targetNoun(stage)} is ${value}${density ? ` at a density of ${density}` : ''}`;
  },
  rank(rank, ordinal, of, scope) {
    return `ranked ${rank}${ORDINAL[ordinal] ?? 'th'}${of ? ` of ${of}` : ''}${scope ? ` ${scope}` : ''}`;
  },
  noData(name) {
    return `${name}: no data`;
  },
  summary(t) {
    const indicators = t.totalCount === 'one' ? 'indicator' : 'indicators';
    const their = t.metOrExceeded === '1' ? 'its' : 'their';
    const names = (list: readonly string[]): string => (list.length ? ` (${list.join('; ')})` : '');
    if (t.plans) {
      const { planned, unplanned, plannedNoData } = t.plans;
      const counted = [
        `${planned.count} ${planned.n === 'one' ? 'indicator' : 'indicators'} with a plan: ${t.metOrExceeded} met or exceeded it`,
      ];
      if (t.near) counted.push(`${t.near.count} near plan${names(t.nearNames)}`);
      if (t.missed) counted.push(`${t.missed.count} missed${names(t.missedNames)}`);
      if (plannedNoData) counted.push(`${plannedNoData.count} without data yet`);
      const parts = [
        counted.join(', '),
        `${unplanned.count} ${unplanned.n === 'one' ? 'indicator has' : 'indicators have'} no plan stated in the report`,
      ];
      if (t.score) parts.push(`composite score ${t.score}`);
      return parts.join('; ');
    }
    const parts = [`${t.metOrExceeded} of ${t.total} ${indicators} met or exceeded ${their} plan`];
    if (t.near) parts.push(`${t.near.count} ${t.near.n === 'one' ? 'was' : 'were'} near plan${names(t.nearNames)}`);
    if (t.missed)
      parts.push(`${t.missed.count} missed ${t.missed.n === 'one' ? 'its' : 'their'} plan${names(t.missedNames)}`);
    if (t.noTarget) parts.push(`${t.noTarget.count} ${t.noTarget.n === 'one' ? 'has' : 'have'} no target`);
    if (t.noData) parts.push(`${t.noData.count} ${t.noData.n === 'one' ? 'has' : 'have'} no data`);
    if (t.score) parts.push(`composite score ${t.score}`);
    return parts.join('; ');
  },
};
