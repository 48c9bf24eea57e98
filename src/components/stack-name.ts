import type { Names } from '../catalogue/names';
import type { Catalogue, LayerId } from '../catalogue/types';
import type { StackParts } from '../engine/types';

/** A catalogue's layers in display order, as it lists them. */
export function layerOrder(catalogue: Pick<Catalogue, 'layers'>): LayerId[] {
  return catalogue.layers.map((l) => l.id);
}

/** A technology's display name in the catalogue of `names`; an unknown id is shown as itself. */
export function technologyName(id: string, names: Names): string {
  return names.technology(id);
}

/** A stack's readable name: its technology names in the catalogue's layer order joined by " + ". */
export function stackName(parts: StackParts, names: Names): string {
  return names.stack(parts);
}
