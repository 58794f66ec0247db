import type { Change, Evaluation, Indicator } from '@chitieu/core';
import { type ChangeFormOption, deltaBadgeView } from '@chitieu/core/view';
import { type CSSResultGroup, css, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ChitieuElement } from './base';
import { elementStyles } from './generated/styles';
import { deltaBadge } from './render';

/**
 * `<ct-delta-badge>` — the change against the comparison base (the core's `formatChange`: a rate,
 * percentage points for rates, or a multiple) with an arrow, coloured by the indicator's
 * direction (a fall of the poverty rate is good) and marked by a shape and a word too.
 *
 * @tag ct-delta-badge
 * @attr display - `phrase` (default, `tăng 3,2% so với cùng kỳ`) or `signed` (`+3,2%`; screen readers hear the phrase).
 * @attr form - `auto`, `rate`, `ratio`, `times`, `points` or `absolute`.
 * @attr locale - BCP 47 locale; default: inherited, else `vi-VN`.
 * @attr theme - `light`, `dark` or `system`.
 * @prop {Evaluation} evaluation - An evaluation: its `change` and `indicator` are shown.
 * @prop {Change | null} change - A change, with `indicator`, when no `evaluation` is set.
 * @prop {Indicator} indicator - The indicator the change belongs to.
 * @csspart delta - The badge.
 * @csspart error - The inline message of a refused input.
 */
export class CtDeltaBadge extends ChitieuElement {
  static override styles: CSSResultGroup = [elementStyles, css`:host { display: inline-block; }`];
  static override properties: PropertyDeclarations = {
    evaluation: { attribute: false },
    change: { attribute: false },
    indicator: { attribute: false },
    display: { type: String, reflect: true },
    form: { type: String, reflect: true },
  };
  declare evaluation: Evaluation | undefined;
  declare change: Change | null | undefined;
  declare indicator: Indicator | undefined;
  declare display: 'phrase' | 'signed' | undefined;
  declare form: ChangeFormOption | undefined;
  protected readonly component = 'delta-badge';

  protected renderView(): TemplateResult {
    const r = this.view((locale) =>
      deltaBadgeView(
        {
          evaluation: this.evaluation,
          change: this.change,
          indicator: this.indicator,
          display: this.display,
          form: this.form,
        },
        locale,
      ),
    );
    return r.ok ? deltaBadge(r.view, this.resolvedTheme) : this.renderError(r.error);
  }
}
