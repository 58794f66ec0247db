/**
 * Geometry of the bullet graph: where to draw, in percent of the track's width. Drawing
 * positions only; the one implementation is the view layer's (`@chitieu/core/view`), shared
 * with @chitieu/elements.
 */
export {
  type BandGeometry,
  type BulletGeometry,
  type BulletInput,
  bulletGeometry,
  CLIP_FACTOR,
} from '@chitieu/core/view';
