import type { CSSProperties } from 'react';

import type { LayerId } from '../catalogue/types';
import { layerColour } from './series-colour';

/**
 * One technology of a stack, coloured by its layer: the seed's layers by their class, a
 * user's layer by the palette colour of `index`, its position in the catalogue's layers.
 */
export function TechChip({ layer, name, index }: { layer: LayerId; name: string; index?: number }) {
  const style =
    index === undefined
      ? undefined
      : ({ '--chip-color': layerColour(layer, index) } as CSSProperties);
  return (
    <span className={`chip chip-${layer}`} data-layer={layer} style={style}>
      {name}
    </span>
  );
}
