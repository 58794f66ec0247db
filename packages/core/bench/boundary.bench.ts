/**
 * The 1,000,000-case boundary property (a benchmark script; CI runs a 20,000-case slice in
 * test/engine/differential.test.ts): actual/target within 10⁻⁶ of 100 % and of 95 %, values with
 * 0–4 decimals, percent decimals 0–4, plus 45–60-digit inputs. Counts what must be zero:
 * missed plans shown as 100, exceeded plans shown as exactly 100, values below the near threshold
 * shown at it, and status errors against BigInt cross-multiplication of the inputs.
 *
 *   pnpm --filter @chitieu/core bench:boundary [cases]
 */
import { defineIndicator, evaluate } from '../src/index';

const CASES = Number(process.argv[2] ?? 1_000_000);
const indicators = [0, 1, 2, 3, 4].map((d) =>
  defineIndicator({ id: `b${d}`, name: 'b', unit: 'count', percentDecimals: d }),
);
let seed = 987654321;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
};
const text = (n: bigint, scale: number): string => {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return negative ? `-${body}` : body;
};
const cmp = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
/** shown (canonical decimal) compared with k (an integer percent), exactly. */
const shownVs = (shown: string, k: bigint): number => {
  const [int = '0', frac = ''] = shown.replace('-', '').split('.');
  const n = BigInt(int + frac) * (shown.startsWith('-') ? -1n : 1n);
  return cmp(n, k * 10n ** BigInt(frac.length));
};

const counts = { cases: 0, long: 0, statusErrors: 0, missedShown100: 0, exceededShown100: 0, belowNearShownNear: 0 };
const started = performance.now();
for (let i = 0; i < CASES; i++) {
  const long = i % 20 === 19; // every 20th case: 45–60 significant digits
  const scale = long ? 40 + (next() % 20) : next() % 5;
  const unit = 10n ** BigInt(scale);
  let t = BigInt(1 + (next() % 1_000_000_000)) * 1000n + BigInt(next() % 1000);
  if (long) t = t * 10n ** 40n + BigInt(next());
  const near = i % 2 === 0 ? 100n : 95n;
  // within 10⁻⁶: delta in units of 10⁻⁹ of T (±1000), or for long inputs a few units of the last digit
  const delta = BigInt((next() % 2001) - 1000);
  const a = long ? (t * near) / 100n + (delta % 3n) : (t * near) / 100n + (t * delta) / 1_000_000_000n;
  const ind = indicators[next() % 5] as (typeof indicators)[number];
  const e = evaluate({ indicator: ind.id, period: '2020', actual: text(a, scale), target: text(t, scale) }, ind);
  void unit;
  const side100 = cmp(a * 100n, t * 100n);
  const side95 = cmp(a * 100n, t * 95n);
  const status = side100 > 0 ? 'exceeded' : side100 === 0 ? 'met' : side95 >= 0 ? 'near' : 'missed';
  const shown = e.completionPercent as string;
  counts.cases++;
  if (long) counts.long++;
  if (e.status !== status) counts.statusErrors++;
  if (side100 < 0 && shownVs(shown, 100n) >= 0) counts.missedShown100++;
  if (side100 > 0 && shownVs(shown, 100n) <= 0) counts.exceededShown100++;
  if (side95 < 0 && shownVs(shown, 95n) >= 0) counts.belowNearShownNear++;
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `boundary property, ${counts.cases.toLocaleString('en')} cases (${counts.long.toLocaleString('en')} with 45–60 digits), ${seconds.toFixed(1)} s`,
);
console.log(
  `status errors: ${counts.statusErrors}; missed plans shown as 100: ${counts.missedShown100}; exceeded plans shown as exactly 100: ${counts.exceededShown100}; below the near threshold shown at it: ${counts.belowNearShownNear}`,
);
if (counts.statusErrors + counts.missedShown100 + counts.exceededShown100 + counts.belowNearShownNear > 0)
  process.exitCode = 1;
