import { namesOf } from '../../catalogue/names';
import type { Catalogue, LayerId } from '../../catalogue/types';
import type { StackParts } from '../../engine/types';

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

/** The seed's OCI runtime slot: it follows from the runtime, so labels leave it out when they can. */
const OCI_RUNTIME = 'ociRuntime';

/**
 * Short, distinct names for compared stacks in the catalogue: only the layers where they
 * differ, and the OCI runtime only when the others would not tell two stacks apart (it
 * follows from the runtime). A single stack is named by every layer but the OCI runtime.
 */
export function labelStacks(rows: readonly LabelledRow[], catalogue: Catalogue): StackLabels {
  const names = namesOf(catalogue);
  const order = catalogue.layers.map((l) => l.id);
  const inStack = (parts: StackParts, layers: LayerId[]) =>
    layers.filter((layer) => Object.hasOwn(parts, layer));
  const join = (parts: StackParts, layers: LayerId[]) =>
    inStack(parts, layers)
      .map((layer) => names.technology(parts[layer]!))
      .join(' + ');
  const differing = order.filter(
    (layer) => new Set(rows.map((r) => r.stack.parts[layer])).size > 1,
  );
  const withoutOci = differing.filter((layer) => layer !== OCI_RUNTIME);
  const distinct = (layers: LayerId[]) =>
    layers.length > 0 && new Set(rows.map((r) => join(r.stack.parts, layers))).size === rows.length;
  const allButOci = order.filter((layer) => layer !== OCI_RUNTIME);
  const shown =
    rows.length <= 1
      ? allButOci.length > 0
        ? allButOci
        : order
      : distinct(withoutOci)
        ? withoutOci
        : differing;
  const first = rows[0];
  const common =
    rows.length > 1 && first
      ? inStack(
          first.stack.parts,
          order.filter((layer) => !differing.includes(layer)),
        ).map((layer) => names.technology(first.stack.parts[layer]!))
      : [];
  return {
    common,
    items: rows.map((r) => ({
      stackId: r.stack.id,
      rank: r.rank,
      label: join(r.stack.parts, shown),
      fullName: names.stack(r.stack.parts),
    })),
  };
}
