import { useMemo } from 'react';

import type { Scenario } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { scenarioById, useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { rankFor, useRanking } from '../../store/use-ranking';
import { recommendationMessages } from './messages';
import { RecommendationCard } from './recommendation-card';
import { toRecommendation, type Recommendation } from './to-recommendation';
import { TierPolicyNote } from './tier-policy-note';
import './recommendation.css';

type State = Inputs & Actions;
const selectScenarioId = (s: State) => s.scenarioId;
const selectWeights = (s: State) => s.weights;
const selectRankMode = (s: State) => s.rankMode;
const selectShowInvalid = (s: State) => s.showInvalid;
const selectOpenStack = (s: State) => s.openStack;

interface Tier {
  key: 'central' | 'edge';
  scenario: Scenario;
  rec: Recommendation;
}

/**
 * The hybrid scenario's two tiers, each ranked with its own scenario's weights and
 * requirements; null for any other scenario. Recomputed only when the scenario, rank mode
 * or show-invalid change, never on a weight drag.
 */
function useTiers(scenario: Scenario | null): Tier[] | null {
  const mode = useAppStore(selectRankMode);
  const showInvalid = useAppStore(selectShowInvalid);
  return useMemo(() => {
    if (!scenario?.tiers) return null;
    return (['central', 'edge'] as const).map((key) => {
      const tierScenario = scenarioById(scenario.tiers![key]);
      const rows = rankFor(tierScenario.requirements, tierScenario.weights, { mode, showInvalid });
      return { key, scenario: tierScenario, rec: toRecommendation(rows, tierScenario.weights) };
    });
  }, [scenario, mode, showInvalid]);
}

/** The #1 stack as a large card, or two tier cards for the hybrid scenario; re-renders with the ranking. */
export function RecommendationPanel() {
  const m = useMessages(recommendationMessages);
  const lang = useLanguage();
  const scenarioId = useAppStore(selectScenarioId);
  const weights = useAppStore(selectWeights);
  const openStack = useAppStore(selectOpenStack);
  const rows = useRanking();
  const scenario = scenarioId === null ? null : scenarioById(scenarioId);
  const tiers = useTiers(scenario);
  const rec = useMemo(() => toRecommendation(rows, weights), [rows, weights]);
  return (
    <Panel id="recommendation" title={m.recommendation} className="recommendation-panel">
      {tiers ? (
        <>
          <p className="rec-tier-note">{m.tierNote}</p>
          <div className="rec-tiers">
            {tiers.map((tier) => (
              <RecommendationCard
                key={tier.key}
                id={`rec-${tier.key}`}
                title={format(m.tierTitle, {
                  tier: m[tier.key],
                  scenario: tier.scenario.name[lang],
                })}
                rec={tier.rec}
                scenario={tier.scenario}
                lang={lang}
                m={m}
                onExplain={openStack}
              />
            ))}
          </div>
          {scenario ? <TierPolicyNote hybrid={scenario} tiers={tiers} lang={lang} m={m} /> : null}
        </>
      ) : (
        <RecommendationCard
          id="rec-top"
          title={scenario ? format(m.bestFor, { scenario: scenario.name[lang] }) : m.bestForCustom}
          rec={rec}
          scenario={scenario}
          lang={lang}
          m={m}
          onExplain={openStack}
        />
      )}
    </Panel>
  );
}
