import type { Extracted, Finding, Quantity, Statement } from '../../src/extract';

/** `[start, end, text]` of a field, for golden files a person can read. */
type At = [number, number, string];
const at = (f: Extracted<unknown>): At => [f.span.start, f.span.end, f.span.text];

const quantity = (q: Quantity): string =>
  [q.number.text, q.scaleWord, q.unit].filter(Boolean).join(' ') +
  ` = ${q.base}${q.unitCode ? ` ${q.unitCode}` : ''}${q.approximate ? ` (${q.approximate})` : ''}${q.average ? ' (average)' : ''}`;

/** A statement as a compact, hand-checkable record: values, rules and offsets of every part. */
export function project(s: Statement): Record<string, unknown> {
  const out: Record<string, unknown> = { index: s.index, kind: `${s.kind.value} ← ${s.kind.rule}` };
  if (s.name) out.name = { value: s.name.value, rule: s.name.rule, at: at(s.name) };
  if (s.fullName) out.fullName = { value: s.fullName.value, rule: s.fullName.rule };
  if (s.subject) out.subject = { value: s.subject.value, rule: s.subject.rule, at: at(s.subject) };
  if (s.period) out.period = { value: s.period.value, rule: s.period.rule, at: at(s.period) };
  if (s.value) out.value = { value: quantity(s.value.value), rule: s.value.rule, at: at(s.value) };
  if (s.stage) out.stage = { value: s.stage.value, rule: s.stage.rule, at: at(s.stage) };
  if (s.completion) {
    const c = s.completion.value;
    out.completion = {
      value: `${c.percent.value}% (${c.form}, of ${c.of}) ∈ [${c.percent.interval.min}, ${c.percent.interval.max})`,
      rule: s.completion.rule,
      at: at(s.completion),
    };
  }
  if (s.changes.length) {
    out.changes = s.changes.map((c) => ({
      value: `${c.value.form} ${c.value.amount.value}${c.value.base ? ` vs ${c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind}` : ''}`,
      rule: c.rule,
      at: at(c),
    }));
  }
  if (s.density) {
    const d = s.density.value;
    out.density = {
      value: `${d.value.text} ${d.unit ?? ''}/${d.per} ${d.population}`.replace(' /', '/'),
      rule: s.density.rule,
      at: at(s.density),
    };
  }
  if (s.rank) out.rank = { value: s.rank.value, rule: s.rank.rule, at: at(s.rank) };
  if (s.parent) out.parent = { value: s.parent.value, rule: s.parent.rule };
  if (s.target) out.target = { value: quantity(s.target.value), rule: s.target.rule, at: at(s.target) };
  if (s.previous) out.previous = { value: quantity(s.previous.value), rule: s.previous.rule, at: at(s.previous) };
  if (s.unread.length) out.unread = s.unread.map((u) => `${u.what}/${u.reason}: ${u.span.text}`);
  return out;
}

/** A finding as a compact record. */
export function projectFinding(f: Finding): Record<string, unknown> {
  return {
    kind: f.kind,
    severity: f.severity,
    statements: f.statements,
    formula: f.computation.formula,
    computation: f.computation.text,
    gap: f.distance.gap.slice(0, 12),
    message: f.message,
  };
}
