import { describe, expect, it } from 'vitest';
import { figured, markedChangeText } from './readings';

/**
 * Round 27, English reports of state groups against their plans (the families of test16's second
 * English part: a group's sales against the plan and the same period, R27-EN2): each family written
 * as paraphrases of our own in other sectors, numbers and word order, with its near-misses; never a
 * corpus sentence.
 */

/** Each statement's completion and changes, `c=completion [changes]` (`?` after a doubted change). */
const plan = (text: string): string[] =>
  figured(text, 'en').map(
    (s) => `c=${s.completion?.value.percent.value ?? '-'} [${s.changes.map(markedChangeText).join(', ')}]`,
  );

/** The form and amount of every change, without base or doubt. */
const forms = (text: string): string[] =>
  figured(text, 'en').flatMap((s) => s.changes.map((c) => `${c.value.form} ${c.value.amount.value}`));

describe('a second percentage joined by `and` to a completion of the plan (`51% of the plan and 110% over the same period`)', () => {
  it('is a ratio to the base, as the completion before it is', () => {
    expect(
      forms('Lubricant sales reached 52.5 per cent of the yearly plan and 118 per cent over the same period.'),
    ).toEqual(['ratio 118']);
    expect(forms('Gas output completed 61% of the 2017 plan and 104.5% over the same period last year.')).toEqual([
      'ratio 104.5',
    ]);
    expect(forms('Revenue achieved 47 percent of its annual target, and 121 percent over the same period.')).toEqual([
      'ratio 121',
    ]);
    expect(
      forms(
        'Cement sales reached 56% of the plan and 128% over the same period, of which exports reached 50% of the plan and 144% over the same period.',
      ),
    ).toEqual(['ratio 128', 'ratio 144']);
    expect(plan('Steel output reached 48% of the plan and 109% over the same period.')).toEqual([
      expect.stringMatching(/^c=48 \[ratio 109 same-period-last-year\??\]$/u),
    ]);
  });

  it('stays a rate with a verb or a side word of its own, after a change, or under 50 (near-misses)', () => {
    // its own change verb
    expect(forms('Retail sales reached 49% of the plan and rose 8% over the same period.')).toEqual(['rate 8']);
    // `up` after a comma
    expect(forms('Retail sales reached 49% of the plan, up 108% over the same period.')).toEqual(['rate 108']);
    // the figure before `and` is a change, not a completion
    expect(forms('Retail sales rose 5% over the previous month and 108% over the same period.')).toEqual([
      'rate 5',
      'rate 108',
    ]);
    // a ratio under 50 would say the measure more than halved: the rate it reads as
    expect(forms('Exports reached 95 per cent of the yearly target, and 12 per cent over the same period.')).toEqual([
      'rate 12',
    ]);
    // a share of a total before `and` is no completion
    expect(forms('Exports reached 45% of the total and 110% over the same period.')).toEqual(['rate 110']);
  });
});

/** The value of every statement with a value, in order (the count as read, doubted or not). */
const values = (text: string): string[] => figured(text, 'en').flatMap((s) => (s.value ? [s.value.value.base] : []));

describe('a count in words as the next item of a list of counts in digits (`30,265 cases and three deaths`)', () => {
  it('is read as that count, after `and` or an of-which marker', () => {
    expect(values('Health officials reported 12,407 measles cases and three deaths in 2024.')).toEqual(['12407', '3']);
    expect(values('The line operates a fleet of 52 vessels, including nine container ships.')).toEqual(['52', '9']);
    expect(values('Floods destroyed 1,340 houses, 86 kilometres of roads and four bridges.')).toEqual([
      '1340',
      '86',
      '4',
    ]);
    expect(values('The team won 41 gold medals and twenty bronze medals.')).toEqual(['41', '20']);
  });

  it('leaves a count in words alone with no count in digits before it, or before a time (near-misses)', () => {
    expect(values('Two new enterprises were set up in the zone.')).toEqual([]);
    expect(values('Exports rose 5% and three new markets opened.')).toEqual([]);
    expect(values('The company opened 40 stores and three years later it listed.')).toEqual(['40']);
    expect(values('The plant hired 300 workers in 2019; three engineers left.')).toEqual(['300']);
  });
});
