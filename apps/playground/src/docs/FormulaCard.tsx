import type { ReactNode } from 'react';
import { errorText } from '../data-editor/issue-text';
import { Figure } from '../figure/Figure';
import { usePlaygroundGlobals, useT } from '../globals';

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
  const { locale } = usePlaygroundGlobals();
  let results: readonly (readonly [string, string])[] = [];
  let error: string | null = null;
  try {
    results = compute();
  } catch (e) {
    // the user's language, by the error's code: never `INVALID_DECIMAL: …` in the Vietnamese UI
    error = errorText(e, locale);
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
                <output>
                  <Figure text={value} />
                </output>
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
