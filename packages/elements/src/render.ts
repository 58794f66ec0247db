/**
 * Lit templates of the view models, shared by the elements: the same markup and class names as
 * @chitieu/react (so the shared stylesheet draws them the same), plus `part`s for `::part` styling.
 */
import {
  type CompletionBarView,
  cssPercent,
  type DeltaBadgeView,
  type DeltaContent,
  type DerivedFigure,
  figureParts,
  messagesFor,
  phraseParts,
  type RowView,
  type SparklineView,
  type StatusBadgeView,
} from '@chitieu/core/view';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';

const ICON = { viewBox: '0 0 16 16' };

/** A decorative 16×16 stroked icon. */
export function icon(d: string, className: string, extra?: TemplateResult | typeof nothing, data?: string) {
  return html`<svg
    class=${className}
    viewBox=${ICON.viewBox}
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    data-icon=${data ?? nothing}
  >${svg`<path d=${d}></path>`}${extra ?? nothing}</svg>`;
}

/** The status badge: icon and the core's label (never colour alone). */
export function statusBadge(v: StatusBadgeView, theme: string | undefined, root = true): TemplateResult {
  const fill = v.iconFill === null ? nothing : svg`<path d=${v.iconFill} fill="currentColor" stroke="none"></path>`;
  return html`<span
    part="badge"
    class=${`${root ? 'ct-root ' : ''}ct-status-badge ct-status-badge--${v.status}`}
    data-ct-theme=${theme ?? nothing}
    data-status=${v.status}
    >${icon(v.icon, 'ct-status-badge__icon', fill, v.status)}<span class="ct-status-badge__label">${v.label}</span></span
  >`;
}

/** The inside of a delta badge: arrow, text (and spoken words), and the good/bad shape. */
export function deltaInner(c: DeltaContent): TemplateResult {
  return html`${icon(c.arrow, 'ct-delta__arrow')}${
    c.spoken === null
      ? html`<span class="ct-delta__text">${c.text}</span>`
      : html`<span class="ct-delta__text" aria-hidden="true">${c.text}</span><span class="ct-sr-only">${c.spoken}</span>`
  }${
    c.toneIcon === null
      ? nothing
      : html`${icon(c.toneIcon, 'ct-delta__tone')}<span class="ct-sr-only">${c.toneWord}</span>`
  }`;
}

/** The empty delta: a dash, and "no comparison" for screen readers. */
export function deltaNone(spoken: string): TemplateResult {
  return html`<span aria-hidden="true">—</span><span class="ct-sr-only">${spoken}</span>`;
}

/** A delta badge of a view. */
export function deltaBadge(v: DeltaBadgeView, theme: string | undefined, root = true): TemplateResult {
  const tone = v.kind === 'none' ? 'none' : v.tone;
  return html`<span
    part="delta"
    class=${`${root ? 'ct-root ' : ''}ct-delta ct-delta--${tone}`}
    data-ct-theme=${theme ?? nothing}
    data-tone=${tone}
    >${v.kind === 'none' ? deltaNone(v.spoken) : deltaInner(v)}</span
  >`;
}

/** A value marked as derived: `≈` before it, the interval as its tooltip, the description spoken. */
export function derivedValue(text: string, figure: DerivedFigure, locale: string): TemplateResult {
  const m = messagesFor(locale);
  return html`<span class="ct-derived" title=${figure.description} data-derived=""
    ><span aria-hidden="true"><abbr class="ct-derived__mark" title=${m.derived}>≈</abbr>\u00a0${figureText(text)}</span
    ><span class="ct-sr-only">${`≈ ${text}, ${figure.description}`}</span></span
  >`;
}

function track(v: CompletionBarView): TemplateResult {
  const { bands, actual, target, previous, clipped } = v.geometry;
  return html`${bands.map(
    (band) =>
      html`<span
        class=${`ct-bullet__band ct-bullet__band--${band.kind}`}
        style=${styleMap({ left: cssPercent(band.from), width: cssPercent(band.to - band.from) })}
      ></span>`,
  )}${
    previous === null
      ? nothing
      : html`<span class="ct-bullet__previous" style=${styleMap({ left: cssPercent(previous) })}></span>`
  }${
    actual === null
      ? nothing
      : html`<span
          class="ct-bullet__actual"
          part="bar-actual"
          style=${styleMap({ left: cssPercent(actual.from), width: cssPercent(actual.to - actual.from) })}
        ></span>`
  }${
    target === null
      ? nothing
      : 'at' in target
        ? html`<span
            class=${classMap({ 'ct-bullet__target': true, 'ct-bullet__target--derived': v.derived !== null })}
            part="bar-target"
            style=${styleMap({ left: cssPercent(target.at) })}
          ></span>`
        : html`<span
            class="ct-bullet__target ct-bullet__target--band"
            part="bar-target"
            style=${styleMap({ left: cssPercent(target.from), width: cssPercent(target.to - target.from) })}
          ></span>`
  }${clipped ? html`<span class="ct-bullet__break"></span>` : nothing}`;
}

/** The bullet graph: a meter (or an image without data), and the legend of a regular bar. */
export function completionBar(v: CompletionBarView, theme: string | undefined, root = true): TemplateResult {
  return html`<div
    part="bar"
    class=${`${root ? 'ct-root ' : ''}ct-bullet ct-bullet--${v.size}`}
    data-ct-theme=${theme ?? nothing}
    data-status=${v.status}
    data-clipped=${v.geometry.clipped ? '' : nothing}
  >
    ${
      v.meter !== null
        ? html`<div
            class="ct-bullet__track"
            part="track"
            role="meter"
            aria-label=${v.name}
            aria-valuenow=${v.meter.now}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuetext=${v.meter.text}
          >${track(v)}</div>`
        : html`<div class="ct-bullet__track" part="track" role="img" aria-label=${v.imageLabel}>
            ${v.drawsTrack ? track(v) : nothing}<span class="ct-bullet__empty" aria-hidden="true">${v.texts.status}</span>
          </div>`
    }${
      v.legend.length === 0
        ? nothing
        : html`<div class="ct-bullet__legend" part="legend" aria-hidden="true">
            ${v.legend.map(
              (key) =>
                html`<span
                  class=${classMap({
                    'ct-bullet__key': true,
                    [`ct-bullet__key--${key.kind}`]: true,
                    'ct-bullet__key--derived': key.derived,
                  })}
                  title=${key.title ?? nothing}
                  >${key.label} <span class="ct-num">${key.value}</span>${
                    key.completion === null ? nothing : html` <span class="ct-num">${key.completion}</span>`
                  }</span
                >`,
            )}
          </div>`
    }
  </div>`;
}

/** The sparkline SVG. */
export function sparkline(v: SparklineView, theme: string | undefined, root = true): TemplateResult {
  return html`<svg
    part="sparkline"
    class=${`${root ? 'ct-root ' : ''}ct-sparkline`}
    data-ct-theme=${theme ?? nothing}
    width=${v.width}
    height=${v.height}
    viewBox=${v.viewBox}
    role="img"
    aria-label=${v.label}
  >${v.paths.plan === '' ? nothing : svg`<path class="ct-sparkline__plan" d=${v.paths.plan}></path>`}${
    v.paths.line === '' ? nothing : svg`<path class="ct-sparkline__line" d=${v.paths.line}></path>`
  }${
    v.paths.last === null
      ? nothing
      : svg`<circle class="ct-sparkline__last" cx=${v.paths.last.x} cy=${v.paths.last.y} r=${v.dot}></circle>`
  }</svg>`;
}

/** Runs that never break inside, a `<wbr>` between two (the only line-break places; no text added). */
function runs(parts: readonly string[], className: string): TemplateResult {
  return html`<span class=${className}>${parts.map((part, i) => html`${i > 0 ? html`<wbr>` : nothing}<span class="ct-run">${part}</span>`)}</span>`;
}

/**
 * A figure with its unit, as @chitieu/react draws it: a long number wraps only after its group
 * separators, its last group with the unit; a short one stays whole and its unit may move whole.
 */
export function figureText(text: string, parts: readonly string[] = figureParts(text)): TemplateResult {
  return parts.length <= 1 ? html`<span class="ct-num">${text}</span>` : runs(parts, 'ct-num ct-num--runs');
}

/** A phrase that breaks between words, never beside a number. */
export function phrase(text: string, className: string): TemplateResult {
  return runs(phraseParts(text), `ct-phrase ${className}`);
}

/**
 * The scorecard's change cell, as @chitieu/react draws it: the computed change; else the change
 * the report states, in its words; else a dash; a stated rank as a line of its own.
 */
export function changeCell(v: RowView, noComparison: string): TemplateResult {
  const stated = v.change === null && v.statedChange !== null;
  const tone = v.change?.tone ?? 'none';
  const delta =
    v.change === null && v.statedChange === null && v.rank !== null
      ? null
      : html`<span class=${`ct-root ct-delta ct-delta--${tone}${stated ? ' ct-delta--stated' : ''}`} data-tone=${tone} data-stated=${stated ? '' : nothing}>${
          v.change !== null
            ? deltaInner(v.change)
            : v.statedChange !== null
              ? phrase(v.statedChange, 'ct-delta__text')
              : deltaNone(noComparison)
        }</span>`;
  if (v.rank === null) return delta ?? deltaNone(noComparison);
  return html`<span class="ct-scorecard__change">${delta ?? nothing}${phrase(v.rank, 'ct-scorecard__rank')}</span>`;
}
