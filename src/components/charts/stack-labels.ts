import type { LayerId } from '../../catalogue/types';
import type { StackParts } from '../../engine/types';
import { LAYER_ORDER, stackName, technologyName } from '../stack-name';

/** What a chart needs to name one compared stack. */
export interface StackLabel {
  stackId: string;
  rank: number;
  /** The technologies that tell this stack apart from the others, e.g. "sqlite + Calico". */
  label: string;
  /** Every technology in layer order, for titles and tooltips. */
  fullName: string;
}

export interface StackLabels {
  /** Technology names every compared stack shares (empty for a single stack). */
  common: string[];
  items: StackLabel[];
}

interface LabelledRow {
  rank: number;
  stack: { id: string; parts: StackParts };
}

const join = (parts: StackParts, layers: LayerId[]) =>
  layers.map((layer) => technologyName(parts[layer])).join(' + ');

/**
 * Short, distinct names for compared stacks: only the layers where they differ, and the OCI
 * runtime only when the others would not tell two stacks apart (it follows from the runtime).
 * A single stack is named by every layer but the OCI runtime.
 */
export function labelStacks(rows: readonly LabelledRow[]): StackLabels {
  const differing = LAYER_ORDER.filter(
    (layer) => new Set(rows.map((r) => r.stack.parts[layer])).size > 1,
  );
  const withoutOci = differing.filter((layer) => layer !== 'ociRuntime');
  const distinct = (layers: LayerId[]) =>
    layers.length > 0 && new Set(rows.map((r) => join(r.stack.parts, layers))).size === rows.length;
  const shown =
    rows.length <= 1
      ? LAYER_ORDER.filter((layer) => layer !== 'ociRuntime')
      : distinct(withoutOci)
        ? withoutOci
        : differing;
  const first = rows[0];
  const common =
    rows.length > 1 && first
      ? LAYER_ORDER.filter((layer) => !differing.includes(layer)).map((layer) =>
          technologyName(first.stack.parts[layer]),
        )
      : [];
  return {
    common,
    items: rows.map((r) => ({
      stackId: r.stack.id,
      rank: r.rank,
      label: join(r.stack.parts, shown),
      fullName: stackName(r.stack.parts),
    })),
  };
}
