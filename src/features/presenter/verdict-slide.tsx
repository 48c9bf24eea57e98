import { useMemo } from 'react';

import type { Catalogue, Language, Scenario, TechnologyId } from '../../catalogue/types';
import { unifiedPolicyNote } from '../../components/co-recommendation-words';
import { SourceRef } from '../../components/source-ref';
import { useLanguage } from '../../components/use-messages';
import { seedChecks } from '../../engine/co-recommendation';
import { rankTiers } from '../../engine/conformance';
import type { RankMode } from '../../engine/evaluate';
import { scenarioIn } from '../../engine/presets';
import { useAppStore } from '../../store/app-store';
import {
  preparedFor,
  useCatalogue,
  useNames,
  useRankedInWorker,
  useRanking,
  useRankingSummary,
} from '../../store/use-ranking';
import { presenterMessages, type PresenterText } from './messages';
import { SeedVerdictBlock } from './seed-verdict';
import { toTierVerdicts, type TierVerdict } from './to-tier-verdicts';
import { toVerdict } from './to-verdict';
import { Caveats, Cases, Pick, WhyFirst, whyHeading } from './verdict-parts';

/**
 * The hybrid's tier rankings when its preset is active, else null; re-ranks only when it, the
 * catalogue or the mode changes.
 */
function useTierRankings(
  catalogue: Catalogue,
  scenario: Scenario | null,
  mode: RankMode,
  showInvalid: boolean,
) {
  const inWorker = useRankedInWorker();
  return useMemo(
    () =>
      scenario?.tiers && !inWorker
        ? rankTiers(preparedFor(catalogue), scenario, (id) => scenarioIn(catalogue, id), {
            mode,
            showInvalid,
          })
        : null,
    [catalogue, scenario, mode, showInvalid, inWorker],
  );
}

/**
 * Slide 6: the ranking's #1 (or the stacks co-recommended with it), why it leads, the seed's
 * stack beside it, its caveats and the production cases that run it; for the hybrid preset
 * each tier's #1 under its own scenario, as the recommendation panel shows them. Live.
 */
export function VerdictSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const ranking = useRanking();
  // The whole ranking's size: a worker-ranked catalogue's rows are only its top.
  const summary = useRankingSummary();
  const weights = useAppStore((s) => s.weights);
  const requirements = useAppStore((s) => s.requirements);
  const mode = useAppStore((s) => s.rankMode);
  const showInvalid = useAppStore((s) => s.showInvalid);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const baseScenarioId = useAppStore((s) => s.baseScenarioId);
  const catalogue = useCatalogue();
  const scenario = scenarioId === null ? null : scenarioIn(catalogue, scenarioId);
  const tiers = useTierRankings(catalogue, scenario, mode, showInvalid);
  const { v, tierVerdicts } = useMemo(() => {
    const checks = seedChecks(
      scenario ?? scenarioIn(catalogue, baseScenarioId),
      ranking,
      weights,
      requirements,
      tiers,
    );
    return {
      v: toVerdict(ranking, weights, mode, lang, catalogue, checks),
      tierVerdicts: tiers ? toTierVerdicts(tiers, mode, lang, catalogue, checks) : null,
    };
  }, [ranking, weights, requirements, mode, lang, catalogue, scenario, baseScenarioId, tiers]);
  if (scenario && tiers && tierVerdicts) {
    const policy = tiers.find((t) => t.key === 'central')?.unifiedPolicy ?? null;
    return (
      <TierVerdicts tiers={tierVerdicts} hybrid={scenario} policy={policy} m={m} lang={lang} />
    );
  }
  if (!v.pick) return <p className="presenter-big">{m.emptyRanking}</p>;
  return (
    <div className="presenter-verdict">
      <Pick v={v} total={summary.size} m={m} lang={lang} />
      <SeedVerdictBlock seed={v.seed} m={m} lang={lang} />
      <div className="presenter-columns presenter-columns-3">
        <section aria-labelledby="presenter-why">
          <h3 id="presenter-why" className="presenter-label">
            {whyHeading(v, m)}
          </h3>
          <WhyFirst v={v} m={m} lang={lang} />
        </section>
        <section aria-labelledby="presenter-caveats">
          <h3 id="presenter-caveats" className="presenter-label">
            {m.caveats}
          </h3>
          <Caveats v={v} m={m} lang={lang} />
        </section>
        <section aria-labelledby="presenter-cases">
          <h3 id="presenter-cases" className="presenter-label">
            {m.cases}
          </h3>
          <Cases v={v} m={m} lang={lang} />
        </section>
      </div>
    </div>
  );
}

/** The hybrid preset: each tier's #1 (or co-recommended group), why it leads and its caveats, then both seed checks. */
function TierVerdicts({
  tiers,
  hybrid,
  policy,
  m,
  lang,
}: {
  tiers: TierVerdict[];
  hybrid: Scenario;
  policy: TechnologyId | null;
  m: PresenterText;
  lang: Language;
}) {
  const names = useNames();
  return (
    <div className="presenter-verdict presenter-tiers">
      <p className="presenter-note">{m.tierNote}</p>
      <div className="presenter-columns">
        {tiers.map(({ tier, title, count, verdict: v }) => (
          <section key={tier} aria-labelledby={`presenter-tier-${tier}`} data-tier={tier}>
            <h3 id={`presenter-tier-${tier}`} className="presenter-label">
              {title}
            </h3>
            {v.pick ? (
              <>
                <Pick v={v} total={count} m={m} lang={lang} />
                <h4 className="presenter-label">{whyHeading(v, m)}</h4>
                <WhyFirst v={v} m={m} lang={lang} />
                <h4 className="presenter-label">{m.caveats}</h4>
                <Caveats v={v} m={m} lang={lang} />
              </>
            ) : (
              <p>{m.emptyRanking}</p>
            )}
          </section>
        ))}
      </div>
      <SeedVerdictBlock seed={tiers.flatMap((t) => t.verdict.seed)} m={m} lang={lang} />
      {policy ? (
        <p className="presenter-note">
          {unifiedPolicyNote(hybrid, policy, lang, names).text}{' '}
          <SourceRef section="17.2.2" lang={lang} />
        </p>
      ) : null}
    </div>
  );
}
