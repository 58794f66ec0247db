import type { Indicator } from '@chitieu/core';
import { type SparklinePoint, sparklineView } from '@chitieu/core/view';
import { type CSSResultGroup, css, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ChitieuElement } from './base';
import { elementStyles } from './generated/styles';
import { sparkline } from './render';

/**
 * `<ct-sparkline>` — a trend line of the history with the plan as a dashed line. Its accessible
 * name lists each period's value (formatted by the core) unless `label` is given.
 *
 * @tag ct-sparkline
 * @attr {number} width - Pixels (default 96, 8–4096); NaN, 0 or negative renders the inline message.
 * @attr {number} height - Pixels (default 24, 8–4096).
 * @attr label - Accessible name.
 * @attr locale - BCP 47 locale; default: inherited, else `vi-VN`.
 * @attr theme - `light`, `dark` or `system`.
 * @prop {SparklinePoint[]} history - The history, oldest first (observations fit).
 * @prop {Indicator} indicator - Formats the values with the indicator's unit and decimals.
 * @csspart sparkline - The SVG.
 * @csspart error - The inline message of a refused input.
 */
export class CtSparkline extends ChitieuElement {
  static override styles: CSSResultGroup = [elementStyles, css`:host { display: inline-block; line-height: 0; }`];
  static override properties: PropertyDeclarations = {
    history: { attribute: false },
    indicator: { attribute: false },
    width: { type: Number },
    height: { type: Number },
    label: { type: String },
  };
  declare history: readonly SparklinePoint[] | undefined;
  declare indicator: Indicator | undefined;
  declare width: number | undefined;
  declare height: number | undefined;
  declare label: string | undefined;
  protected readonly component = 'sparkline';

  protected renderView(): TemplateResult {
    const r = this.view((locale) =>
      sparklineView(
        { history: this.history, indicator: this.indicator, label: this.label, width: this.width, height: this.height },
        locale,
      ),
    );
    return r.ok ? sparkline(r.view, this.resolvedTheme) : this.renderError(r.error);
  }
}
