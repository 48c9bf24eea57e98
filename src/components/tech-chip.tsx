import type { LayerId } from '../catalogue/types';

/** One technology of a stack, coloured by its layer. */
export function TechChip({ layer, name }: { layer: LayerId; name: string }) {
  return (
    <span className={`chip chip-${layer}`} data-layer={layer}>
      {name}
    </span>
  );
}
