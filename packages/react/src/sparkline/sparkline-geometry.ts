/**
 * Sparkline geometry: SVG path data for a series with gaps. Drawing positions only; the one
 * implementation is the view layer's (`@chitieu/core/view`), shared with @chitieu/elements.
 */
export { type SparklinePaths, sparklinePaths } from '@chitieu/core/view';
