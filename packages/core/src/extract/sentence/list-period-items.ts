import type { Draft } from '../place/context';
import type { Clause } from './context';

/**
 * `GDP quý I tăng 6,93%, quý II ước tăng 7,67%, 6 tháng ước tăng 7,31%`, `…; năm 2023 đạt 400
 * tỷ đồng`, `…, in Q2 6.1 percent`: a clause after a comma or semicolon that opens with a period
 * (and at most a stage word) and no name of its own, after a statement with a name and a figure,
 * is an item of a list of the same indicator over periods — a statement of its own with that
 * indicator's name, its own period and its own stage, never a second change of the statement
 * before (which would pair one period with the other's figure).
 */
export function periodListItem(clause: Clause, figIndex: number, current: Draft | undefined): boolean {
  if (clause.sepBefore !== ',' && clause.sepBefore !== ';') return false;
  // (`trong đó quý I tăng 7,31% và quý II tăng 7,87%`: a part of a `trong đó` list names itself by its period)
  if (!current?.name && !current?.parentDraft) return false;
  if (!current.value && !current.completion && current.changes.length === 0) return false;
  let period = false;
  for (let k = 0; k < figIndex; k++) {
    const it = clause.items[k];
    if (it?.t === 'period') period = true;
    else if (!(it?.t === 'marker' && it.kind === 'stage')) return false;
  }
  return period;
}
