import { namesOf } from '../../catalogue/names';
import type { Catalogue, Language, LayerId, Requirements } from '../../catalogue/types';
import { conditionText } from '../../components/diagrams/to-tree-chart';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import type { StackParts } from '../../engine/types';
import { treeSignals } from '../../engine/tree-signals';

/** One level of the walked tree. */
export interface PathStep {
  levelId: string;
  title: string;
  /** The branch taken, e.g. "K3s". */
  result: string;
  /** The signals that made it fire, in words; null when no condition held and the default was taken. */
  why: string | null;
}

/** One layer of the tree's recommendation, and whether the ranking's #1 runs it. */
export interface PathLayer {
  layer: LayerId;
  /** The technologies the tree allows here, by name. */
  tree: string[];
  /** What the ranking's #1 runs here; null without a ranking. */
  actual: string | null;
  agrees: boolean;
}

export interface PathModel {
  steps: PathStep[];
  /** The tree's picks in the catalogue's layer order (layers the catalogue lacks skipped). */
  layers: PathLayer[];
}

/**
 * The 17.8.1 global tree walked on the requirements and scenario (treeSignals): each level's
 * branch and why, then the tree's stack compared layer by layer with the ranking's #1, named
 * from the catalogue.
 */
export function toTreePath(
  catalogue: Catalogue,
  requirements: Requirements,
  scenarioId: string | null,
  top: StackParts | null,
  lang: Language,
): PathModel {
  const path = walkTree(GLOBAL_TREE, treeSignals(requirements, scenarioId));
  const steps = path.taken.map((step, i): PathStep => ({
    levelId: step.levelId,
    title: GLOBAL_TREE[i]!.title[lang],
    result: step.branch.result[lang],
    why:
      step.because.length > 0 ? conditionText({ ...step.branch, when: step.because }, lang) : null,
  }));
  const names = namesOf(catalogue);
  const layers = catalogue.layers.flatMap(({ id: layer }): PathLayer[] => {
    const ids = path.recommendation[layer];
    if (!ids) return [];
    const actual = top?.[layer] ?? null;
    return [
      {
        layer,
        tree: ids.map(names.technology),
        actual: actual === null ? null : names.technology(actual),
        agrees: actual !== null && ids.includes(actual),
      },
    ];
  });
  return { steps, layers };
}
