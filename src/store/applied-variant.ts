import type { Catalogue, Language, Scenario, SeedVariant } from '../catalogue/types';
import { variantInputs } from '../engine/conformance';
import { scenarioIn } from '../engine/presets';
import { shallowEqual, type Inputs } from './app-store';

/**
 * The seed alternative the inputs stand for exactly — a preset whose alternative was applied
 * ("Large (> 1000 nodes)", "Cloud AI"), nothing else changed — or null. The store keeps such
 * inputs as custom ones based on the preset; this names them as the seed does.
 */
export function appliedVariant(
  inputs: Pick<Inputs, 'scenarioId' | 'baseScenarioId' | 'weights' | 'requirements'>,
  catalogue: Catalogue,
): { scenario: Scenario; variant: SeedVariant } | null {
  if (inputs.scenarioId !== null) return null;
  const scenario = scenarioIn(catalogue, inputs.baseScenarioId);
  for (const variant of scenario.variants.slice(1)) {
    const { weights, requirements } = variantInputs(catalogue, scenario, variant);
    if (shallowEqual(inputs.weights, weights) && shallowEqual(inputs.requirements, requirements))
      return { scenario, variant };
  }
  return null;
}

/**
 * How the inputs' scenario is named: the preset's name; the preset and its applied
 * alternative ("Serverless, Large (> 1000 nodes): Kubernetes"); or, for custom inputs, the
 * preset they started from with `custom` set.
 */
export function scenarioLabel(
  inputs: Pick<Inputs, 'scenarioId' | 'baseScenarioId' | 'weights' | 'requirements'>,
  lang: Language,
  catalogue: Catalogue,
): { name: string; custom: boolean } {
  if (inputs.scenarioId !== null)
    return { name: scenarioIn(catalogue, inputs.scenarioId).name[lang], custom: false };
  const alternative = appliedVariant(inputs, catalogue);
  if (alternative) {
    const sep = lang === 'zh' ? '：' : ', ';
    return {
      name: `${alternative.scenario.name[lang]}${sep}${alternative.variant.label[lang]}`,
      custom: false,
    };
  }
  return { name: scenarioIn(catalogue, inputs.baseScenarioId).name[lang], custom: true };
}
