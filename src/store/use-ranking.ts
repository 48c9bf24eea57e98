import { useMemo } from 'react';

import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Requirements, Weights } from '../catalogue/types';
import {
  assessStacks,
  prepareCatalogue,
  rankAssessed,
  type AssessedStack,
  type RankingRow,
  type RankOptions,
} from '../engine/evaluate';
import { useAppStore } from './app-store';

/** Every stack of the seed catalogue, built once at module load. */
export const preparedCatalogue = prepareCatalogue(seedCatalogue);

/** Ranks the seed catalogue for arbitrary inputs (used for the hybrid tiers and presets). */
export function rankFor(
  requirements: Requirements,
  weights: Weights,
  options: RankOptions,
): RankingRow[] {
  return rankAssessed(assessStacks(preparedCatalogue, requirements), weights, options);
}

/** Stacks scored and matched under the current requirements; re-renders when requirements change. */
export function useAssessed(): AssessedStack[] {
  const requirements = useAppStore((s) => s.requirements);
  return useMemo(() => assessStacks(preparedCatalogue, requirements), [requirements]);
}

/**
 * The live ranking; re-renders when requirements, weights, rank mode or show-invalid change.
 * A weight change only re-ranks (Σ w·f over precomputed vectors), it never re-scores.
 */
export function useRanking(): RankingRow[] {
  const assessed = useAssessed();
  const weights = useAppStore((s) => s.weights);
  const mode = useAppStore((s) => s.rankMode);
  const showInvalid = useAppStore((s) => s.showInvalid);
  return useMemo(
    () => rankAssessed(assessed, weights, { mode, showInvalid }),
    [assessed, weights, mode, showInvalid],
  );
}
