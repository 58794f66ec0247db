import { describe, expect, it } from 'vitest';
import { read } from './statements.test-util';

/** Each statement with a value as `value k=kind[?doubt] p=period`. */
const kinds = (text: string): string[] =>
  read(text)
    .filter((s) => s.value)
    .map((s) => {
      const doubt = s.kind.confidence === 'uncertain' ? `?${s.kind.doubt?.reason ?? ''}` : '';
      return `${s.value?.value.base} k=${s.kind.value}${doubt} p=${s.period?.value ?? '-'}`;
    });

describe('the level a goal or a forecast is measured from is a result (round 29, R29-EN)', () => {
  it('reads the level after `up from`, `compared with`, `a jump from` and its earlier period as an actual', () => {
    expect(kinds('The revenue goal for 2017 is 42 trillion dong, up from 27.5 trillion dong in 2016.')).toEqual([
      '42000000000000 k=target p=2017',
      '27500000000000 k=actual p=2016',
    ]);
    expect(
      kinds(
        'Vietjet is targeting an after-tax profit of 3.4 trillion dong this year, which would represent a significant jump from the 2.5 trillion dong profit it achieved in 2016.',
      ),
    ).toEqual(['3400000000000 k=target p=-', '2500000000000 k=actual p=2016']);
    expect(kinds('The industry aims to export US$20 billion in 2025, compared with US$16.2 billion in 2024.')).toEqual([
      '20000000000 k=target p=2025',
      '16200000000 k=actual p=2024',
    ]);
    expect(
      kinds('The company plans to sell 2 million tonnes of coal in 2024, against 1.8 million tonnes a year earlier.'),
    ).toEqual(['2000000 k=target p=2024', '1800000 k=actual p=2023']);
  });

  it('gives a level of `this year` below a goal of a named year no period of the goal’s', () => {
    expect(
      kinds(
        'Vinacomin plans to import 1.5 million mt of coal in 2016, up from about 500,000 mt this year, the company said Thursday.',
      ),
    ).toEqual(['1500000 k=target p=2016', '500000 k=actual p=-']);
  });

  it('reads the level a goal moves from (`from … to …`) as an actual', () => {
    expect(
      kinds(
        'The plan wants to double the country’s power generation capacity by 2030, from 69 GW at the end of 2020 to 150 GW by 2030.',
      ),
    ).toEqual(['69 k=actual p=2020', '150 k=target p=2030']);
    expect(kinds('EVN must reduce power losses from 8.49% to 8% in 2015.')[0]).toMatch(/^8\.49 k=actual /u);
    expect(
      kinds('The airline aims to increase revenue from VND27.5 trillion now to VND42 trillion in 2030.')[0],
    ).toMatch(/^27500000000000 k=actual /u);
  });

  it('keeps a goal moved or compared with another goal a target (near-misses)', () => {
    // a goal noun before `from`: the goal itself moves
    expect(
      kinds(
        'Petrolimex asked for shareholder approval to reduce its pre-tax profit target in 2022 from VND3,060 billion to VND300 billion.',
      )[0],
    ).toMatch(/^3060000000000 k=target/u);
    // a plan word after the level: a planned level
    expect(
      kinds(
        'The company’s revenue is expected to reach $3 billion in the next 10 years from about $800 million targeted for 2025.',
      ),
    ).toContain('800000000 k=target p=2025');
    expect(
      kinds('The arrivals target for 2025 is 12 million visitors, up from the 2024 target of 10.5 million visitors.'),
    ).toContain('10500000 k=target p=2024');
    // `an expected` level: the words before the figure are no compare lead
    expect(
      kinds('The company expects revenue of VND5 trillion in 2025, up from an expected VND4.2 trillion in 2024.'),
    ).toContain('4200000000000 k=target p=2024');
    // a level of a LATER period than the goal's is no earlier level
    expect(kinds('The group expects profit of VND1 trillion in 2024, up from VND800 billion in 2025.')).toContain(
      '800000000000 k=target p=2025',
    );
  });
});
