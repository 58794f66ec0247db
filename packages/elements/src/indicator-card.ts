import type { EvaluateOptions, Evaluation, Indicator, Observation, ObservationInput } from '@chitieu/core';
import { type CardFact, indicatorCardView, type SparklinePoint } from '@chitieu/core/view';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ChitieuElement } from './base';
import { completionBar, deltaBadge, derivedValue, figureText, sparkline, statusBadge } from './render';

let cardIds = 0;

/**
 * `<ct-indicator-card>` — one indicator at a glance: name, actual with unit, the estimate marker
 * (`ước`), a compact bullet bar, status, change against the same period, the next period's plan,
 * and a trend sparkline when `history` is set. A plan the report never stated shows as derived (`≈`).
 *
 * @tag ct-indicator-card
 * @attr size - `regular` (default, every fact) or `compact`.
 * @attr {number} heading-level - Level of the name's heading, 2–6 (default 3).
 * @attr locale - BCP 47 locale; default: inherited, else `vi-VN`.
 * @attr theme - `light`, `dark` or `system`.
 * @prop {Evaluation} evaluation - A result of the core's `evaluate`; wins over indicator + observation.
 * @prop {Indicator} indicator - The indicator, evaluated with `observation`.
 * @prop {ObservationInput} observation - The observation to evaluate.
 * @prop {EvaluateOptions} evaluateOptions - Options of the core's `evaluate`.
 * @prop {SparklinePoint[]} history - Earlier periods, oldest first: drawn as a trend.
 * @csspart card - The card (`<article>`).
 * @csspart name - The heading.
 * @csspart actual - The actual figure.
 * @csspart badge - The status badge.
 * @csspart bar - The compact bar.
 * @csspart facts - The list of facts of a regular card.
 * @csspart delta - The change.
 * @csspart sparkline - The trend.
 * @csspart error - The inline message of a refused input.
 */
export class CtIndicatorCard extends ChitieuElement {
  static override properties: PropertyDeclarations = {
    evaluation: { attribute: false },
    indicator: { attribute: false },
    observation: { attribute: false },
    evaluateOptions: { attribute: false },
    history: { attribute: false },
    size: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  declare evaluation: Evaluation | undefined;
  declare indicator: Indicator | undefined;
  declare observation: Observation | ObservationInput | undefined;
  declare evaluateOptions: EvaluateOptions | undefined;
  declare history: readonly SparklinePoint[] | undefined;
  declare size: 'regular' | 'compact' | undefined;
  declare headingLevel: number | undefined;
  protected readonly component = 'indicator-card';
  readonly #headingId = `ct-card-${++cardIds}`;

  protected renderView(): TemplateResult {
    const r = this.view((locale) =>
      indicatorCardView(
        {
          evaluation: this.evaluation,
          indicator: this.indicator,
          observation: this.observation,
          evaluateOptions: this.evaluateOptions,
        },
        locale,
        { size: this.size, history: this.history, headingLevel: this.headingLevel },
      ),
    );
    if (!r.ok) return this.renderError(r.error);
    const v = r.view;
    const locale = r.locale;
    const theme = this.resolvedTheme;
    const tag = unsafeStatic(`h${v.headingLevel}`);
    const fact = (f: CardFact) => {
      if (f.kind === 'change') return html`<dt>${f.term}</dt><dd>${deltaBadge(f.delta, undefined)}</dd>`;
      if (f.kind === 'target' && f.derived !== null)
        return html`<dt>${f.term}</dt><dd>${derivedValue(f.value, f.derived, locale)}</dd>`;
      return html`<dt>${f.term}</dt><dd>${figureText(f.value, f.parts)}</dd>`;
    };
    return html`<article
      part="card"
      aria-labelledby=${this.#headingId}
      class=${`ct-root ct-card ct-card--${v.size}`}
      data-ct-theme=${theme ?? nothing}
      data-status=${v.status}
    >
      <div class="ct-card__header">
        ${staticHtml`<${tag} id=${this.#headingId} class="ct-card__name" part="name">${v.name}</${tag}>`}
        ${statusBadge(v.badge, undefined)}
      </div>
      <p class="ct-card__actual" part="actual">
        ${v.actual === null ? html`<span aria-hidden="true">—</span>` : figureText(v.actual, v.actualParts)}${
          v.estimated === null
            ? nothing
            : html`<abbr class="ct-card__estimated" title=${v.estimated.long}>${v.estimated.short}</abbr>`
        }
      </p>
      ${completionBar(v.bar, undefined)}
      ${
        v.size === 'compact'
          ? v.ofPlan === null
            ? nothing
            : html`<p class="ct-card__completion">${v.ofPlan}</p>`
          : html`<dl class="ct-card__facts" part="facts">${v.facts.map(fact)}</dl>`
      }
      ${v.trend === null ? nothing : html`<div class="ct-card__trend">${sparkline(v.trend, undefined)}</div>`}
    </article>`;
  }
}
