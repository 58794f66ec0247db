import { describe, expect, it } from 'vitest';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 26, English recall of the released `test15` (epidemiology, airlines, banking, trade,
 * project progress), written as paraphrases of our own in other sectors, numbers and word order,
 * each with its near-misses; never a corpus sentence.
 */

/** Each statement with a figure as `value unit~bound c=completion [changes] k=kind p=period`; `?` marks an uncertain field. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const ch = s.changes.map(markedChangeText);
    const c = s.completion ? ` c=${s.completion.value.percent.value}${mark(s.completion)}` : '';
    return `${valueText(s)}${bound}${mark(s.value)}${c} [${ch.join(', ')}] k=${s.kind.value} p=${s.period?.value ?? '-'}${mark(s.period)}`;
  });

describe('a list of names each with a bare count in brackets (`Dan Phuong (1,057), Thanh Oai (854)`)', () => {
  it('reads each bracketed count as its named item’s figure, doubted as bracketed', () => {
    expect(
      readings('Provinces with the most new FDI projects were Binh Duong (212), Long An (148), Bac Ninh (96).'),
    ).toEqual(['212? [] k=actual p=-', '148? [] k=actual p=-', '96? [] k=actual p=-']);
    expect(readings('In 2023, the busiest ports were Cai Mep (1,204), Hai Phong (987) and Da Nang (310).')).toEqual([
      '1204? [] k=actual p=2023',
      '987? [] k=actual p=2023',
      '310? [] k=actual p=2023',
    ]);
    expect(
      readings('Vinamilk leads with 250 stores, followed by TH True Milk (180), Nutifood (95) and Moc Chau (41).'),
    ).toEqual(['250? [] k=actual p=-', '180? [] k=actual p=-', '95? [] k=actual p=-', '41? [] k=actual p=-']);
  });

  it('reads no count from a month’s reading, a year, numbered labels or a lone bracket (near-misses)', () => {
    expect(readings('The index stood in October (49.6), as it was in September (49.7).')).toEqual([]);
    expect(readings('The reports of Vinamilk (2023) and Masan (2022) were published in April.')).toEqual([]);
    expect(readings('The city opened Stage (1) and Stage (2) of the park.')).toEqual([]);
    expect(readings('The largest carrier in the market is Vietjet (77 aircraft).')).toEqual([]);
    expect(readings('Cases were recorded in several districts (1,057), mostly in the west.')).toEqual([]);
  });
});

describe('a project’s progress (`the line is approximately 70% complete`, `73.5% of the construction work`)', () => {
  it('reads a percentage with a progress adjective that ends its clause as a completion', () => {
    expect(readings('The Long Thanh airport terminal is about 45 percent complete.')).toEqual([
      '- c=45 [] k=actual p=-',
    ]);
    expect(readings('The Thu Thiem bridge was 100% complete in 2022.')).toEqual(['- c=100 [] k=actual p=2022']);
    expect(readings('By June, the expressway was 92 per cent finished and open to traffic on two sections.')).toEqual([
      '- c=92 [] k=actual p=-',
    ]);
  });

  it('reads a percentage of the project’s whole work as a completion, a goal after a finished clause as a target', () => {
    expect(readings('The contractor has completed 62 percent of the total workload.')).toEqual([
      '- c=62 [] k=actual p=-',
    ]);
    expect(readings('About 58% of the construction volume of the ring road has been done.')).toEqual([
      '- c=58 [] k=actual p=-',
    ]);
    expect(
      readings(
        'The first section has been completed and the investor aims to finish 90% of the construction work by the end of 2025.',
      ),
    ).toEqual(['- c=90 [] k=target p=2025']);
  });

  it('keeps a share of people, of the workforce or of respondents what it was (near-misses)', () => {
    expect(readings('About 70% completed the course in 2023.')).toEqual(['70 percent~about? [] k=actual p=2023']);
    expect(readings('Women make up 30% of the workforce.')).toEqual(['30 percent? [] k=actual p=-']);
    expect(readings('Nearly 64% of respondents said the job was done.')).toEqual(['64 percent~under? [] k=actual p=-']);
    expect(readings('The city met and exceeded its target of 8 million visitors.')).toEqual([
      '8000000 person [] k=target p=-',
    ]);
  });

  it('reads no count from the number of a name before a perfect (`the Thu Thiem 2 bridge has been completed`)', () => {
    expect(readings('About 60% of the construction work of the Thu Thiem 2 bridge has been completed.')).toEqual([
      '- c=60 [] k=actual p=-',
    ]);
    expect(readings('Only 1,250 units have been completed.')).toEqual(['1250 (units) [] k=actual p=-']);
  });
});

describe('counts after a verb of causing or a report in the present tense, and a bounded count after `and`', () => {
  it('reads the counts after `causing`, `report`, `reports` and a bound after `and` (named by its own noun)', () => {
    expect(readings('The floods hit six provinces, causing 2,400 evacuations and nearly 40 injuries.')).toEqual([
      '2400? [] k=actual p=-',
      '40~under? [] k=actual p=-',
    ]);
    expect(readings('In 2023, provincial health centres report 12,804 measles cases.')).toEqual([
      '12804? [] k=actual p=2023',
    ]);
    expect(readings('The ministry reports 5,120 new HIV infections, including 86 deaths.')).toEqual([
      '5120? [] k=actual p=-',
      '86? [] k=actual p=-',
    ]);
    expect(readings('Customs handled 3.4 million declarations and about 80,000 inspections in 2022.')).toEqual([
      '3400000 [] k=actual p=2022',
      '80000~about? [] k=actual p=2022',
    ]);
  });

  it('reads no count from a report’s year, a rate after `reports`, or a bound after a percentage and `and` (near-misses)', () => {
    expect(readings('The report 2022 showed strong growth.')).toEqual([]);
    expect(readings('The company reports 12% revenue growth.')).toEqual(['- [rate 12 -] k=actual p=-']);
    // (round 31: the shops' count is a bare count of its own, always doubted — `rules/bare-count.ts`)
    expect(readings('Prices rose 5% and nearly 300 shops closed.')).toEqual([
      '- [rate 5 -] k=actual p=-',
      '300~under? [] k=actual p=-',
    ]);
  });
});

describe('a shorthand base between the amount and the words naming what changes (`14% YoY credit growth`)', () => {
  it('gives the change the base written right after its amount', () => {
    expect(readings('The central bank set a target of 14% YoY credit growth for 2019.')).toEqual([
      '- [rate 14 same-period-last-year] k=target p=2019',
    ]);
    expect(readings('Banks recorded 12% y/y loan growth in 2022.')).toEqual([
      '- [rate 12 same-period-last-year] k=actual p=2022',
    ]);
  });

  it('keeps a base before a joiner the verb’s change (near-miss)', () => {
    expect(readings('Sales rose 5% YoY and profit growth was strong in 2023.')).toEqual([
      '- [rate 5 same-period-last-year] k=actual p=2023',
    ]);
  });
});

describe('a limit or a quota sets a goal (`the overall credit growth limit of 14% for 2022`)', () => {
  it('makes the figure after `limit of`, `quota of`, `ceiling of` a target', () => {
    expect(readings('Several banks have neared the overall credit growth limit of 15% for 2023.')).toEqual([
      '- [rate 15 -] k=target p=2023',
    ]);
    expect(readings('Japan set a quota of 80,000 workers for 2024.')).toEqual(['80000 person [] k=target p=2024']);
  });

  it('keeps a result beside the limit a result and a market cap no limit (near-misses)', () => {
    expect(readings('Credit grew 13.5% in 2023, within the limit of 15%.')).toEqual([
      '- [rate 13.5 -] k=actual p=2023',
      '- [rate 15 -] k=target p=2023',
    ]);
    expect(readings('The market cap of Vinamilk reached $7 billion in 2023.')).toEqual([
      '7000000000 USD [] k=actual p=2023',
    ]);
  });
});

describe('a change noun before a gapped list of rates (`Sharp increases were witnessed in …, for example 84 per cent in coffee, …`)', () => {
  it('reads each bare percentage followed by `in` as a rate in the noun’s direction', () => {
    expect(
      readings('Sharp declines were recorded in imports, notably 12% in steel, 8% in coal and 3% in oil.'),
    ).toEqual(['- [rate -12 -] k=actual p=-', '- [rate -8 -] k=actual p=-', '- [rate -3 -] k=actual p=-']);
    expect(readings('Price increases were modest: 2% in food and 1.5% in transport.')).toEqual([
      '- [rate 2 -] k=actual p=-',
      '- [rate 1.5 -] k=actual p=-',
    ]);
  });

  it('leaves a share verb’s percentages and a single percentage as they were (near-misses)', () => {
    expect(
      readings('Sharp increases were seen in exports, accounting for 84 per cent in coffee, 51 per cent in rubber.'),
    ).toEqual(['84 percent? [] k=actual p=-', '51 percent? [] k=actual p=-']);
    expect(readings('Sharp increases were seen in exports, 84 per cent in coffee and the rest in rubber.')).toEqual([
      '- [rate 84 -] k=actual p=-',
    ]);
  });
});
