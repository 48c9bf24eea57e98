import type { LayerId } from '../catalogue/types';

/** The chosen technology of one layer, or '' when the layer is open. */
export function layerChoice(
  technologyIds: readonly string[],
  layer: LayerId,
  layerOf: (id: string) => LayerId | undefined,
): string {
  return technologyIds.find((id) => layerOf(id) === layer) ?? '';
}

/** The filter with the layer's choice replaced by `technologyId` ('' clears the layer); layer order kept. */
export function withLayerChoice(
  technologyIds: readonly string[],
  layer: LayerId,
  technologyId: string,
  layerOf: (id: string) => LayerId | undefined,
): string[] {
  const others = technologyIds.filter((id) => layerOf(id) !== layer);
  return technologyId === '' ? others : [...others, technologyId];
}
