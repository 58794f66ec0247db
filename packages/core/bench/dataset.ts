/**
 * A ministry's year as a dataset, the shape of `/work/shared/bench/make-ministry-year.mjs`
 * (63 provinces × 200 indicators × 12 months = 151,200 observations), for any number of
 * observations: more provinces for more, fewer for less. Seeded, so every run sees the same
 * data. Floats only build the test data's decimal strings; the library never sees a float.
 */
export function ministryYear(observationCount = 151_200) {
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const dec = (x: number, d: number) => {
    const s = String(Math.round(x * 10 ** d));
    const p = s.padStart(d + 1, '0');
    return d ? `${p.slice(0, -d)}.${p.slice(-d)}`.replace(/\.?0+$/, '') : p;
  };
  const units = ['subscriber', 'VND', 'percent', 'dossier', 'person', 'enterprise'];
  const indicators = [];
  const observations = [];
  const perProvince = 200 * 12;
  const provinces = Math.ceil(observationCount / perProvince);
  for (let p = 1; p <= provinces; p++) {
    const population = int(300_000, 9_000_000);
    for (let i = 1; i <= 200; i++) {
      if (observations.length >= observationCount) break;
      const id = `p${String(p).padStart(2, '0')}.i${String(i).padStart(3, '0')}`;
      const unit = units[i % units.length] as string;
      const lower = i % 10 === 7;
      const density = unit === 'subscriber' && i % 2 === 0;
      indicators.push({
        id,
        name: { vi: `Chỉ tiêu ${i} tỉnh ${p}`, en: `Indicator ${i}, province ${p}` },
        unit,
        ...(unit === 'VND' ? { scale: 9 } : {}),
        ...(lower ? { direction: 'lower-is-better' } : {}),
        percentDecimals: i % 3,
        ...(density ? { density: { per: 100 } } : {}),
      });
      const mag = unit === 'percent' ? 100 : 10 ** int(2, 7);
      const d = unit === 'percent' ? 2 : unit === 'VND' ? 2 : 0;
      for (let m = 1; m <= 12 && observations.length < observationCount; m++) {
        const target = mag * (0.5 + rnd());
        const actual = target * (0.85 + rnd() * 0.3);
        const previous = actual * (0.8 + rnd() * 0.4);
        observations.push({
          indicator: id,
          period: `2020-${String(m).padStart(2, '0')}`,
          actual: dec(actual, d),
          target: dec(target, d),
          previous: dec(previous, d),
          ...(density ? { population: String(population) } : {}),
          ...(m === 12 && i % 5 === 0 ? { estimated: true } : {}),
        });
      }
    }
  }
  return { title: `${observations.length} observations`, indicators, observations };
}

/** The indicator of {@link subscriberObservations}. */
export const SUBSCRIBERS = {
  id: 'subs',
  name: 'Thuê bao',
  unit: 'subscriber',
  percentDecimals: 2,
  density: { per: 100 },
} as const;

/**
 * `n` plain observations of {@link SUBSCRIBERS} in 2020, as an app holds them: actual, target,
 * previous and population as decimal strings, from a seeded generator (no Math.random: runs
 * compare like with like).
 */
export function subscriberObservations(n: number) {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: n }, () => ({
    indicator: 'subs',
    period: '2020',
    actual: String(1_000_000 + (next() % 1_000_000)),
    target: String(1_500_000 + (next() % 100_000)),
    previous: String(900_000 + (next() % 900_000)),
    population: String(3_600_000 + (next() % 10_000)),
  }));
}
