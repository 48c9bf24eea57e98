import { LAYER_ORDER, technologyName } from '../../components/stack-name';
import { TechChip } from '../../components/tech-chip';
import type { StackParts } from '../../engine/types';

/** A stack as its six technology chips in layer order; the hidden " + " reads it as one name. */
export function StackChips({ parts }: { parts: StackParts }) {
  return (
    <span className="presenter-chips">
      {LAYER_ORDER.map((layer, i) => (
        <span key={layer} className="presenter-chip-slot">
          {i > 0 ? <span className="visually-hidden"> + </span> : null}
          <TechChip layer={layer} name={technologyName(parts[layer])} />
        </span>
      ))}
    </span>
  );
}
