import { useMemo } from 'react';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language, Weights } from '../../catalogue/types';
import { explain } from '../../engine/explain';
import { useAppStore } from '../../store/app-store';
import { preparedCatalogue, useFocus } from '../../store/use-ranking';
import { stackFacts, type StackFacts } from './stack-facts';

const STACKS = new Map(preparedCatalogue.stacks.map((s) => [s.id, s]));

// The facts behind a score do not depend on the weights; explain() wants some.
const ANY_WEIGHTS: Weights = {
  resource: 1,
  performance: 1,
  scale: 1,
  availability: 1,
  cost: 1,
  maturity: 1,
};

/**
 * The facts behind each dimension score of the given stacks, by stack id. Recomputed only
 * when the set of stacks, the requirements or the language change, not on every weight step.
 */
export function useStackFacts(stackIds: readonly string[], lang: Language) {
  const requirements = useAppStore((s) => s.requirements);
  const focus = useFocus();
  const key = stackIds.join(' ');
  return useMemo(() => {
    const facts = new Map<string, StackFacts>();
    for (const id of key.split(' ')) {
      const stack = STACKS.get(id);
      if (stack)
        facts.set(
          id,
          stackFacts(explain(stack, seedCatalogue, ANY_WEIGHTS, requirements, focus), lang),
        );
    }
    return facts;
  }, [key, requirements, focus, lang]);
}
