import { SEED_DIMENSION_IDS, SEED_LAYER_IDS } from '../catalogue/ids';

/** The colour of the i-th compared stack (0-based), shared by the table, the radar and the bars. */
export function seriesColour(index: number): string {
  return `var(--series-${(index % 6) + 1})`;
}

const SEED_DIMENSIONS: ReadonlySet<string> = new Set(SEED_DIMENSION_IDS);
const SEED_LAYERS: ReadonlySet<string> = new Set(SEED_LAYER_IDS);

/**
 * The colour of a layer or dimension a user added, by its position in the catalogue: a palette
 * of its own (--extra-*), so it never takes a compared stack's or a seed item's colour.
 */
export function extraColour(index: number): string {
  return `var(--extra-${(index % 6) + 1})`;
}

/**
 * A dimension's colour: the seed's own for its six dimensions (--dim-<id> in theme.css), else
 * the extra palette's colour of the dimension's position in its catalogue.
 */
export function dimensionColour(id: string, index: number): string {
  return SEED_DIMENSIONS.has(id) ? `var(--dim-${id})` : extraColour(index);
}

/** A layer's colour: the seed's own for its layers (--layer-<id>), else the extra palette's by position. */
export function layerColour(id: string, index: number): string {
  return SEED_LAYERS.has(id) ? `var(--layer-${id})` : extraColour(index);
}
