import type { EvaluateOptions, Evaluation, Indicator, Observation, ObservationInput } from '@chitieu/core';
import { completionBarView } from '@chitieu/core/view';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { ChitieuElement } from './base';
import { completionBar } from './render';

/**
 * `<ct-completion-bar>` — a bullet graph: the actual as a solid bar, the plan as a marker (an
 * outlined range for a band), the previous period as a grey marker, over qualitative bands from
 * the status thresholds; values far above the plan are cut and marked. A `role="meter"` whose
 * `aria-valuetext` says the figures in the user's language.
 *
 * @tag ct-completion-bar
 * @attr size - `regular` (default, with a legend) or `compact` (the bar alone).
 * @attr label - Accessible name; default: the indicator's name.
 * @attr locale - BCP 47 locale; default: inherited, else `vi-VN`.
 * @attr theme - `light`, `dark` or `system`.
 * @prop {Evaluation} evaluation - A result of the core's `evaluate`; wins over indicator + observation.
 * @prop {Indicator} indicator - The indicator, evaluated with `observation`.
 * @prop {ObservationInput} observation - The observation to evaluate.
 * @prop {EvaluateOptions} evaluateOptions - Options of the core's `evaluate`.
 * @csspart bar - The root of the bar.
 * @csspart track - The meter.
 * @csspart bar-actual - The actual bar.
 * @csspart bar-target - The plan marker.
 * @csspart legend - The legend of a regular bar.
 * @csspart error - The inline message of a refused input.
 */
export class CtCompletionBar extends ChitieuElement {
  static override properties: PropertyDeclarations = {
    evaluation: { attribute: false },
    indicator: { attribute: false },
    observation: { attribute: false },
    evaluateOptions: { attribute: false },
    size: { type: String, reflect: true },
    label: { type: String },
  };
  declare evaluation: Evaluation | undefined;
  declare indicator: Indicator | undefined;
  declare observation: Observation | ObservationInput | undefined;
  declare evaluateOptions: EvaluateOptions | undefined;
  declare size: 'regular' | 'compact' | undefined;
  declare label: string | undefined;
  protected readonly component = 'completion-bar';

  protected renderView(): TemplateResult {
    const r = this.view((locale) =>
      completionBarView(
        {
          evaluation: this.evaluation,
          indicator: this.indicator,
          observation: this.observation,
          evaluateOptions: this.evaluateOptions,
        },
        locale,
        { size: this.size, label: this.label },
      ),
    );
    return r.ok ? completionBar(r.view, this.resolvedTheme) : this.renderError(r.error);
  }
}
