/**
 * The exhaustive form of `hostile-arguments.test.ts`, run by hand (too slow for CI: every pool
 * value at every argument position of every export, ≈ 30,000 calls):
 *
 *   pnpm --filter @chitieu/core exec tsx --conditions=@chitieu/source test/api/sweep.ts
 *
 * Prints the first broken contract of each export, or nothing but `done`.
 */
import { apiFunctions, judge, POOL, validFor } from './harness';

/** `Object.assign([], { length: 2 ** 32 - 1 })`: a 4-billion-hole array every `.map` walks in full. */
const HUGE_SPARSE = POOL.findIndex((make) => {
  const v = make();
  try {
    return Array.isArray(v) && v.length > 1e9;
  } catch {
    return false; // a revoked proxy: Array.isArray itself throws on it
  }
});

const fails = new Map<string, string>();
for (const api of apiFunctions()) {
  const key = `${api.entry}.${api.name}`;
  const valid = () => api.params.map((p) => validFor(p, api.name));
  for (let pos = 0; pos < api.params.length + 1 && !fails.has(key); pos++) {
    for (let k = 0; k < POOL.length; k++) {
      if (k === HUGE_SPARSE) continue;
      const args = valid();
      args[pos] = (POOL[k] as () => unknown)();
      const verdict = await judge(api.fn, args);
      if (!verdict.ok) {
        fails.set(key, `argument ${pos} = POOL[${k}]: ${verdict.problem}`.slice(0, 240));
        break;
      }
    }
  }
}
for (const [key, problem] of fails) console.log(key, problem);
console.log('done');
