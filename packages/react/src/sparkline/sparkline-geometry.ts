/**
 * Sparkline geometry: SVG path data for a series with gaps. Drawing positions only (plain
 * floating point); the values the user reads are formatted by @chitieu/core.
 */
export interface SparklinePaths {
  readonly line: string;
  readonly plan: string;
  readonly last: { readonly x: number; readonly y: number } | null;
}

const round = (n: number): number => Math.round(n * 100) / 100;

function pathOf(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`;
    pen = true;
  }
  return d;
}

/** Lays out actual values and plan values (same length, `null` for gaps) in a width × height box. */
export function sparklinePaths(
  actual: readonly (number | null)[],
  plan: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): SparklinePaths {
  const all = [...actual, ...plan].filter((v): v is number => v !== null && Number.isFinite(v));
  if (all.length === 0) return { line: '', plan: '', last: null };
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const n = Math.max(actual.length, plan.length);
  const x = (i: number): number => (n <= 1 ? width / 2 : pad + (i / (n - 1)) * (width - 2 * pad));
  const y = (v: number): number => (hi === lo ? height / 2 : pad + (1 - (v - lo) / span) * (height - 2 * pad));
  const toPoints = (series: readonly (number | null)[]) =>
    series.map((v, i) => (v === null || !Number.isFinite(v) ? null : { x: x(i), y: y(v) }));
  const actualPoints = toPoints(actual);
  let last: { x: number; y: number } | null = null;
  for (let i = actualPoints.length - 1; i >= 0 && last === null; i--) last = actualPoints[i] ?? null;
  return {
    line: pathOf(actualPoints),
    plan: pathOf(toPoints(plan)),
    last: last === null ? null : { x: round(last.x), y: round(last.y) },
  };
}
