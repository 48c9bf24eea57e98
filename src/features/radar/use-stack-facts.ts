import { useMemo } from 'react';

import { namesOf } from '../../catalogue/names';
import type { Catalogue, Language, Weights } from '../../catalogue/types';
import { explain } from '../../engine/explain';
import { stackOf } from '../../engine/stacks';
import { useAppStore } from '../../store/app-store';
import { useFocus } from '../../store/use-ranking';
import { stackFacts, type StackFacts } from './stack-facts';

/**
 * The facts behind each dimension score of the given stacks of the catalogue, by stack id.
 * Recomputed only when the set of stacks, the catalogue, the requirements or the language
 * change, not on every weight step.
 */
export function useStackFacts(stackIds: readonly string[], catalogue: Catalogue, lang: Language) {
  const requirements = useAppStore((s) => s.requirements);
  const focus = useFocus();
  const key = stackIds.join(' ');
  return useMemo(() => {
    const names = namesOf(catalogue);
    // The facts behind a score do not depend on the weights; explain() wants some.
    const anyWeights: Weights = Object.fromEntries(catalogue.dimensions.map((d) => [d.id, 1]));
    const facts = new Map<string, StackFacts>();
    for (const id of key.split(' ')) {
      // One stack from its id: a catalogue of a million stacks never lists them here.
      const stack = stackOf(catalogue, id);
      if (stack)
        facts.set(
          id,
          stackFacts(explain(stack, catalogue, anyWeights, requirements, focus), lang, names),
        );
    }
    return facts;
  }, [key, catalogue, requirements, focus, lang]);
}
