/**
 * Type test, checked by `pnpm typecheck` (tsc): the tags are typed in HTMLElementTagNameMap and
 * the properties take the core's types. A wrong assignment must fail to compile.
 */
import { defineIndicator, evaluate } from '@chitieu/core';
import type { CtIndicatorCard, CtScorecard, CtStatusBadge } from '../src/index';

export function typedTags(): void {
  const scorecard: CtScorecard | null = document.querySelector('ct-scorecard');
  const card: CtIndicatorCard = document.createElement('ct-indicator-card');
  const badge: CtStatusBadge = document.createElement('ct-status-badge');
  const revenue = defineIndicator({ id: 'revenue', name: 'Doanh thu', unit: 'VND', scale: 9 });
  card.evaluation = evaluate({ indicator: 'revenue', period: '2020', actual: '3630', target: '3608' }, revenue);
  badge.status = 'met';
  // @ts-expect-error -- not a status
  badge.status = 'great';
  // @ts-expect-error -- an evaluation, not a number
  card.evaluation = 42;
  scorecard?.addEventListener('ct-sort-change', () => undefined);
  if (scorecard !== null) scorecard.sorting = [{ id: 'completion', desc: true }];
  // @ts-expect-error -- not a column id
  if (scorecard !== null) scorecard.sorting = [{ id: 'nope', desc: true }];
}
