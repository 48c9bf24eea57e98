import { useMemo } from 'react';

import type { Scenario, TechnologyId } from '../../catalogue/types';
import { tierTitle } from '../../components/co-recommendation-words';
import { Panel } from '../../components/panel';
import { useLanguage, useMessages } from '../../components/use-messages';
import { seedChecks } from '../../engine/co-recommendation';
import { rankTiers, type TierRanking } from '../../engine/conformance';
import { scenarioIn } from '../../engine/presets';
import { format } from '../../i18n/messages';
import { useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { appliedVariant } from '../../store/applied-variant';
import {
  useAssessed,
  usePrepared,
  useRankedInWorker,
  useRankedWeights,
  useRanking,
  useRankingInputs,
  useRankingSummary,
} from '../../store/use-ranking';
import { recommendationMessages } from './messages';
import { RecommendationCard } from './recommendation-card';
import {
  discriminatingChecks,
  toRecommendation,
  varyingCheckKeys,
  type Recommendation,
} from './to-recommendation';
import { TierPolicyNote } from './tier-policy-note';
import './recommendation.css';

type State = Inputs & Actions;
const selectScenarioId = (s: State) => s.scenarioId;
const selectBaseScenarioId = (s: State) => s.baseScenarioId;
const selectRequirements = (s: State) => s.requirements;
const selectRankMode = (s: State) => s.rankMode;
const selectShowInvalid = (s: State) => s.showInvalid;
const selectOpenStack = (s: State) => s.openStack;

interface Tiers {
  rankings: TierRanking[];
  recs: { key: 'central' | 'edge'; scenario: Scenario; rec: Recommendation }[];
  /** The policy the edge tier picked and the central tier is held to. */
  policy: TechnologyId | null;
}

/**
 * The hybrid scenario's two tiers (rankTiers: each with its own scenario's inputs, the central
 * one held to the edge tier's policy); null for any other scenario. Recomputed only when the
 * scenario, rank mode or show-invalid change, never on a weight drag.
 */
function useTiers(scenario: Scenario | null): Tiers | null {
  const mode = useAppStore(selectRankMode);
  const showInvalid = useAppStore(selectShowInvalid);
  const prepared = usePrepared();
  // Tiers rank every stack on the main thread: not for a catalogue ranked in the worker.
  const inWorker = useRankedInWorker();
  return useMemo(() => {
    if (!scenario?.tiers || inWorker) return null;
    const byId = (id: string) => scenarioIn(prepared.catalogue, id);
    const rankings = rankTiers(prepared, scenario, byId, { mode, showInvalid });
    if (!rankings) return null;
    return {
      rankings,
      recs: rankings.map((tier) => ({
        key: tier.key,
        scenario: tier.scenario,
        rec: toRecommendation(tier.rows, tier.scenario.weights),
      })),
      policy: rankings.find((t) => t.key === 'central')?.unifiedPolicy ?? null,
    };
  }, [scenario, prepared, mode, showInvalid, inWorker]);
}

/**
 * The #1 stack (or the co-recommended near-ties) as a large card with the seed's stack for the
 * scenario beside it, or two tier cards for the hybrid scenario; re-renders with the ranking.
 */
export function RecommendationPanel() {
  const m = useMessages(recommendationMessages);
  const lang = useLanguage();
  const scenarioId = useAppStore(selectScenarioId);
  const baseScenarioId = useAppStore(selectBaseScenarioId);
  // The weights the ranking follows (deferred with it), so rows and weights stay a pair.
  const weights = useRankedWeights();
  const requirements = useAppStore(selectRequirements);
  const openStack = useAppStore(selectOpenStack);
  const showInvalid = useAppStore(selectShowInvalid);
  const rows = useRanking();
  const { catalogue } = usePrepared();
  const scenario = scenarioId === null ? null : scenarioIn(catalogue, scenarioId);
  const seedScenario = scenario ?? scenarioIn(catalogue, baseScenarioId);
  // A seed alternative applied as such is the seed's scenario, not "your inputs".
  const alternative = appliedVariant(
    { scenarioId, baseScenarioId, weights, requirements },
    catalogue,
  );
  const tiers = useTiers(scenario);
  // Which checks tell stacks apart follows the requirements, never a weight: not per drag step.
  const assessed = useAssessed();
  // A worker-ranked catalogue: the rows are its top; the counts are the whole ranking's, and
  // which checks tell its stacks apart comes from its layers' technologies.
  const inWorker = useRankedInWorker();
  const rankedRequirements = useRankingInputs().inputs.requirements;
  const telling = useMemo(
    () =>
      inWorker
        ? varyingCheckKeys(catalogue, rankedRequirements)
        : discriminatingChecks(assessed.filter((a) => showInvalid || a.stack.status !== 'invalid')),
    [inWorker, catalogue, rankedRequirements, assessed, showInvalid],
  );
  const whole = useRankingSummary();
  const rec = useMemo(
    () => toRecommendation(rows, weights, telling, whole),
    [rows, weights, telling, whole],
  );
  const checks = useMemo(
    () => seedChecks(seedScenario, rows, weights, requirements, tiers?.rankings ?? null),
    [seedScenario, rows, weights, requirements, tiers],
  );
  const seedFor = (tier: 'central' | 'edge' | null) => ({
    check: checks.find((c) => c.tier === tier) ?? null,
    scenario: seedScenario,
    custom: scenario === null && alternative === null,
  });
  return (
    <Panel id="recommendation" title={m.recommendation} className="recommendation-panel">
      {tiers ? (
        <>
          <p className="rec-tier-note">{m.tierNote}</p>
          <div className="rec-tiers">
            {tiers.recs.map((tier) => (
              <RecommendationCard
                key={tier.key}
                id={`rec-${tier.key}`}
                title={tierTitle(tier.key, tier.scenario.name[lang], lang)}
                rec={tier.rec}
                seed={seedFor(tier.key)}
                lang={lang}
                m={m}
                onExplain={openStack}
              />
            ))}
          </div>
          <TierPolicyNote hybrid={seedScenario} policy={tiers.policy} lang={lang} />
        </>
      ) : (
        <RecommendationCard
          id="rec-top"
          title={cardTitle(rec, scenario, alternative, lang, m)}
          rec={rec}
          seed={seedFor(null)}
          lang={lang}
          m={m}
          onExplain={openStack}
        />
      )}
    </Panel>
  );
}

/** "Best stack for Edge computing", or "Co-recommended for …" when near-ties share first place. */
function cardTitle(
  rec: Recommendation,
  scenario: Scenario | null,
  alternative: ReturnType<typeof appliedVariant>,
  lang: 'zh' | 'en',
  m: (typeof recommendationMessages)['en'],
): string {
  const name = scenario
    ? scenario.name[lang]
    : alternative
      ? `${alternative.scenario.name[lang]}${lang === 'zh' ? '：' : ', '}${alternative.variant.label[lang]}`
      : null;
  if (!name) return rec.coRecommended ? m.bestForCoCustom : m.bestForCustom;
  return format(rec.coRecommended ? m.bestForCo : m.bestFor, { scenario: name });
}
