/**
 * A ministry's year, generated in place (so the story needs no 17 MB file): the shape of
 * `make-ministry-year.mjs` — provinces × 200 indicators × 12 months, 151,200 observations for
 * 63 provinces — seeded, so every run evaluates the same data. Floats only build the decimal
 * strings of the test data; the library reads strings.
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
  const indicators: Record<string, unknown>[] = [];
  const observations: Record<string, unknown>[] = [];
  const provinces = Math.ceil(observationCount / 2400);
  for (let p = 1; p <= provinces; p++) {
    const population = int(300_000, 9_000_000);
    for (let i = 1; i <= 200 && observations.length < observationCount; i++) {
      const id = `p${String(p).padStart(2, '0')}.i${String(i).padStart(3, '0')}`;
      const unit = units[i % units.length] as string;
      const density = unit === 'subscriber' && i % 2 === 0;
      indicators.push({
        id,
        name: { vi: `Chỉ tiêu ${i} tỉnh ${p}`, en: `Indicator ${i}, province ${p}` },
        unit,
        ...(unit === 'VND' ? { scale: 9 } : {}),
        ...(i % 10 === 7 ? { direction: 'lower-is-better' } : {}),
        percentDecimals: i % 3,
        ...(density ? { density: { per: 100 } } : {}),
      });
      const mag = unit === 'percent' ? 100 : 10 ** int(2, 7);
      const d = unit === 'percent' || unit === 'VND' ? 2 : 0;
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
