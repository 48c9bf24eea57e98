import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { LayerId } from '../catalogue/types';
import type { StackParts } from '../engine/types';

const NAMES = new Map(seedCatalogue.technologies.map((t) => [t.id, t.name]));

/** The layers in display order, as the catalogue lists them. */
export const LAYER_ORDER: LayerId[] = seedCatalogue.layers.map((l) => l.id);

/** A technology's display name; an unknown id is shown as itself. */
export function technologyName(id: string): string {
  return NAMES.get(id) ?? id;
}

/** A stack's readable name: its technology names in layer order joined by " + ". */
export function stackName(parts: StackParts): string {
  return LAYER_ORDER.map((layer) => technologyName(parts[layer])).join(' + ');
}
