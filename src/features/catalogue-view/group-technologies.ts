import type { Layer, Technology } from '../../catalogue/types';

export interface LayerGroup {
  layer: Layer;
  technologies: Technology[];
}

// "opa wasm", "OPA-Wasm" and "opawasm" should find the same thing.
const fold = (s: string) => s.toLowerCase().replace(/[\s\-_+./]/g, '');

/** True when the query (case, spaces and punctuation ignored) occurs in the technology's name or id; a blank query matches all. */
export function matchesQuery(tech: Technology, query: string): boolean {
  const q = fold(query);
  return q === '' || fold(tech.name).includes(q) || fold(tech.id).includes(q);
}

/** The technologies that match the query, grouped by layer in layer order, catalogue order within a layer; empty groups are left out. */
export function groupTechnologies(
  technologies: Technology[],
  layers: Layer[],
  query: string,
): LayerGroup[] {
  return layers
    .map((layer) => ({
      layer,
      technologies: technologies.filter((t) => t.layer === layer.id && matchesQuery(t, query)),
    }))
    .filter((g) => g.technologies.length > 0);
}
