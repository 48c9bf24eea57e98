import type { Catalogue, Language } from '../../catalogue/types';
import { tierTitle } from '../../components/co-recommendation-words';
import type { SeedCheck } from '../../engine/co-recommendation';
import type { TierRanking } from '../../engine/conformance';
import type { RankMode } from '../../engine/evaluate';
import { toVerdict, type VerdictModel } from './to-verdict';

/** One hybrid tier on the recommendation slide. */
export interface TierVerdict {
  tier: TierRanking['key'];
  /** "Central tier — Large-scale production". */
  title: string;
  /** How many stacks the tier ranks. */
  count: number;
  /** The tier's #1 (or co-recommended group), why it leads, its seed check and caveats. */
  verdict: VerdictModel;
}

/**
 * The hybrid preset's verdict per tier (engine rankTiers): each tier's #1 or co-recommended
 * group under its own scenario's weights, never the slider ranking's #1.
 */
export function toTierVerdicts(
  tiers: readonly TierRanking[],
  mode: RankMode,
  lang: Language,
  catalogue: Catalogue,
  seedChecks: SeedCheck[],
): TierVerdict[] {
  return tiers.map((t) => ({
    tier: t.key,
    title: tierTitle(t.key, t.scenario.name[lang], lang),
    count: t.rows.length,
    verdict: toVerdict(
      t.rows,
      t.scenario.weights,
      mode,
      lang,
      catalogue,
      seedChecks.filter((c) => c.tier === t.key),
    ),
  }));
}
