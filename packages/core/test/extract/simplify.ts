import type { Statement } from '../../src/extract';

/** A statement reduced to what a sentence test states about it. */
export interface Simple {
  name?: string;
  fullName?: string;
  subject?: string;
  kind?: 'actual' | 'target';
  period?: string;
  value?: string;
  unit?: string;
  stage?: string;
  approximate?: string;
  completion?: string;
  changes?: string[];
  density?: string;
  rank?: number;
  rankOf?: number;
  parent?: number;
  target?: string;
  previous?: string;
  unread?: string[];
}

export function simplify(s: Statement): Simple {
  const out: Simple = { kind: s.kind.value, unread: s.unread.map((u) => u.reason) };
  if (s.name) out.name = s.name.value;
  if (s.fullName) out.fullName = s.fullName.value;
  if (s.subject) out.subject = s.subject.value;
  if (s.period) out.period = s.period.value;
  if (s.value) {
    out.value = s.value.value.base;
    if (s.value.value.unitCode) out.unit = s.value.value.unitCode;
    if (s.value.value.approximate) out.approximate = s.value.value.approximate;
  }
  if (s.stage) out.stage = s.stage.value;
  if (s.completion) out.completion = s.completion.value.percent.value;
  if (s.changes.length) {
    out.changes = s.changes.map((c) => {
      const base = c.value.base
        ? c.value.base.kind === 'period'
          ? c.value.base.period
          : c.value.base.kind
        : 'no-base';
      return `${c.value.form} ${c.value.amount.value} ${base}`;
    });
  }
  if (s.density) out.density = `${s.density.value.value.value}/${s.density.value.per}`;
  if (s.rank) {
    out.rank = s.rank.value.rank;
    if (s.rank.value.of !== undefined) out.rankOf = s.rank.value.of;
  }
  if (s.parent) out.parent = s.parent.value;
  if (s.target) out.target = s.target.value.base;
  if (s.previous) out.previous = s.previous.value.base;
  return out;
}
