import { TechChip } from '../../components/tech-chip';
import type { StackParts } from '../../engine/types';
import { useCatalogue, useNames } from '../../store/use-ranking';

/**
 * A stack as its technology chips in the catalogue's layer order; the hidden " + " reads it as
 * one name. Re-renders when the catalogue changes.
 */
export function StackChips({ parts }: { parts: StackParts }) {
  const { layers } = useCatalogue();
  const names = useNames();
  const slots = layers.flatMap((l, index) =>
    Object.hasOwn(parts, l.id) ? [{ layer: l.id, index }] : [],
  );
  return (
    <span className="presenter-chips">
      {slots.map(({ layer, index }, i) => (
        <span key={layer} className="presenter-chip-slot">
          {i > 0 ? <span className="visually-hidden"> + </span> : null}
          <TechChip layer={layer} index={index} name={names.technology(parts[layer]!)} />
        </span>
      ))}
    </span>
  );
}
