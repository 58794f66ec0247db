import type { Dataset } from '@chitieu/core';
import { IndicatorCard } from '@chitieu/react';

/** The four indicators the Thanh Hóa 2020 report leads with, in its order. */
export const HEADLINES = ['revenue', 'press-copies', 'phone-subscribers', 'broadband-subscribers'] as const;

/**
 * The headline indicators of a dataset as a list of cards (the dashboard and the printed
 * report show the same four); an indicator without an observation is left out.
 */
export function HeadlineCards({ dataset, className }: { dataset: Dataset; className: string }) {
  return (
    <ul className={className}>
      {HEADLINES.map((id) => {
        const indicator = dataset.indicators.find((i) => i.id === id);
        const observation = dataset.observations.find((o) => o.indicator === id);
        return indicator && observation ? (
          <li key={id}>
            <IndicatorCard indicator={indicator} observation={observation} headingLevel={3} />
          </li>
        ) : null;
      })}
    </ul>
  );
}
