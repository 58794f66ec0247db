import { ChitieuError } from '@chitieu/core';
import type { ReactNode } from 'react';
import { useT } from '../globals';

export interface FormulaCardProps {
  /** The formula as domain.md writes it: `A ÷ T`. */
  readonly formula: string;
  readonly inputs: readonly (readonly [string, string])[];
  /**
   * Computes the results; runs inside a try so that a control set to `abc` shows the core's
   * error instead of breaking the story.
   */
  readonly compute: () => readonly (readonly [string, string])[];
}

/** A formula with its inputs and what the core computes from them, live. */
export function FormulaCard({ formula, inputs, compute }: FormulaCardProps): ReactNode {
  const t = useT();
  let results: readonly (readonly [string, string])[] = [];
  let error: string | null = null;
  try {
    results = compute();
  } catch (e) {
    error = ChitieuError.is(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  }
  return (
    <figure className="pg-formula">
      <figcaption>
        <code className="pg-formula__expr">{formula}</code>
      </figcaption>
      <dl className="pg-formula__list">
        {inputs.map(([name, value]) => (
          <div key={`in-${name}`}>
            <dt>{name}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
      {error === null ? (
        <dl className="pg-formula__list pg-formula__results" aria-label={t({ vi: 'Kết quả', en: 'Results' })}>
          {results.map(([name, value]) => (
            <div key={`out-${name}`}>
              <dt>{name}</dt>
              <dd>
                <output>{value}</output>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p role="alert" className="pg-issues">
          {error}
        </p>
      )}
    </figure>
  );
}
