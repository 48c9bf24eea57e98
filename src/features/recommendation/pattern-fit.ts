import type { LayerId, Scenario, SectionId, TechnologyId } from '../../catalogue/types';
import { fitsPattern } from '../../engine/patterns';
import type { StackParts } from '../../engine/types';

export interface LayerDifference {
  layer: LayerId;
  actual: TechnologyId;
  expected: TechnologyId[];
}

/** How a stack compares with the stack the seed recommends for a scenario. */
export type PatternFit =
  | { kind: 'none' }
  | { kind: 'fits'; section: SectionId }
  | { kind: 'differs'; section: SectionId; layers: LayerDifference[] };

/** The section that states a scenario's stack: its 17.4.x case when it has one, else its first source. */
export function patternSection(scenario: Scenario): SectionId {
  return scenario.sources.find((s) => s.startsWith('17.4.')) ?? scenario.sources[0] ?? '17.2.2';
}

/** Whether the stack fits the scenario's seed stack (engine fitsPattern) and, if not, which layers differ. */
export function patternFit(parts: StackParts, scenario: Scenario): PatternFit {
  const entries = Object.entries(scenario.seedStack) as [LayerId, TechnologyId[]][];
  if (entries.length === 0) return { kind: 'none' };
  const section = patternSection(scenario);
  if (fitsPattern(parts, scenario.seedStack)) return { kind: 'fits', section };
  const layers = entries
    .filter(([layer, ids]) => !ids.includes(parts[layer]))
    .map(([layer, expected]) => ({ layer, actual: parts[layer], expected }));
  return { kind: 'differs', section, layers };
}
