import type { Catalogue, CompatibilityRule, LayerId, Technology } from '../catalogue/types';
import type { CompatibilityStatus, RuleHit, Stack, StackParts } from './types';

/** The id of a stack: its technology ids in layer order, joined by "+". */
export function stackId(parts: StackParts, layerOrder: LayerId[]): string {
  return layerOrder.map((layer) => parts[layer]).join('+');
}

/** The compatibility rules a set of parts triggers, in catalogue order. */
export function checkCompatibility(parts: StackParts, rules: CompatibilityRule[]): RuleHit[] {
  const present = new Set(Object.values(parts));
  return rules
    .filter(
      (r) =>
        r.when.every((id) => present.has(id)) && !(r.unless ?? []).some((id) => present.has(id)),
    )
    .map((r) => ({
      ruleId: r.id,
      severity: r.severity,
      reason: r.reason,
      source: r.source,
      ...(r.reading ? { reading: r.reading } : {}),
      ...(r.entered ? { entered: r.entered.source } : {}),
    }));
}

/** invalid if any invalid rule fires, warning if any warning does, else valid. */
export function statusOf(hits: RuleHit[]): CompatibilityStatus {
  if (hits.some((h) => h.severity === 'invalid')) return 'invalid';
  return hits.length > 0 ? 'warning' : 'valid';
}

/** Every combination of one technology per layer (cartesian product, layer order), each with its verdict. */
export function buildStacks(
  catalogue: Pick<Catalogue, 'layers' | 'technologies' | 'compatibility'>,
): Stack[] {
  const layerOrder = catalogue.layers.map((l) => l.id);
  const byLayer = layerOrder.map((layer) =>
    catalogue.technologies.filter((t) => t.layer === layer),
  );
  const stacks: Stack[] = [];
  const walk = (depth: number, chosen: Technology[]) => {
    if (depth === layerOrder.length) {
      const parts = Object.fromEntries(chosen.map((t) => [t.layer, t.id])) as StackParts;
      const reasons = checkCompatibility(parts, catalogue.compatibility);
      stacks.push({ id: stackId(parts, layerOrder), parts, status: statusOf(reasons), reasons });
      return;
    }
    for (const tech of byLayer[depth] ?? []) walk(depth + 1, [...chosen, tech]);
  };
  walk(0, []);
  return stacks;
}

/**
 * The stack an id names (its technology ids in layer order, joined by "+"), with its verdict,
 * or null when the id names no stack of the catalogue. Builds one stack, not the list.
 */
export function stackOf(
  catalogue: Pick<Catalogue, 'layers' | 'technologies' | 'compatibility'>,
  id: string,
): Stack | null {
  const ids = id.split('+');
  if (ids.length !== catalogue.layers.length) return null;
  const layerOf = new Map(catalogue.technologies.map((t) => [t.id, t.layer]));
  const layerOrder = catalogue.layers.map((l) => l.id);
  if (ids.some((tech, i) => layerOf.get(tech) !== layerOrder[i])) return null;
  const parts = Object.fromEntries(layerOrder.map((layer, i) => [layer, ids[i]!])) as StackParts;
  const reasons = checkCompatibility(parts, catalogue.compatibility);
  return { id: stackId(parts, layerOrder), parts, status: statusOf(reasons), reasons };
}
