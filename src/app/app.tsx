import { lazy, Suspense, useEffect, useState } from 'react';

import { AhpPanel } from '../features/ahp/ahp-panel';
import { AppUpdate } from '../features/app-update/app-update';
import { CatalogueEditor } from '../features/catalogue-editor/catalogue-editor';
import { CatalogueIo } from '../features/catalogue-io/catalogue-io';
import { TeamCatalogueLink } from '../features/catalogue-io/team-catalogue-link';
import { CatalogueView } from '../features/catalogue-view/catalogue-view';
import { ConformancePanel } from '../features/conformance/conformance-panel';
import { DecisionFlowPanel } from '../features/decision-flow/decision-flow-panel';
import { Guide } from '../features/guide/guide';
import { GroupReviewPanel } from '../features/group-review/group-review-panel';
import { InputsBar } from '../features/inputs/inputs-bar';
import { MethodAgreementPanel } from '../features/method-agreement/method-agreement-panel';
import { InputsDrawer } from '../features/inputs/inputs-drawer';
import { DecisionTreePanel } from '../features/decision-tree/decision-tree-panel';
import { SelectionTreesPanel } from '../features/decision-tree/selection-trees-panel';
import { RankingPanel } from '../features/ranking/ranking-panel';
import { RecommendationPanel } from '../features/recommendation/recommendation-panel';
import { RequirementsPanel } from '../features/requirements/requirements-panel';
import { EvolutionPanel, PanoramaPanel } from '../features/roadmap/roadmap-panel';
import { SeedMatrixPanel } from '../features/seed-matrix/seed-matrix-panel';
import { StackDrawer } from '../features/stack-detail/stack-drawer';
import { SyntheticCataloguePanel } from '../features/synthetic/synthetic-catalogue-panel';
import { ScenarioPresets } from '../features/weights/scenario-presets';
import { WeightsPanel } from '../features/weights/weights-panel';
import { useAppStore } from '../store/app-store';
import { useUrlSync } from '../store/url-sync';
import { Notices } from '../components/notices';
import { focusHeading, onShowInput, type InputSection } from '../components/show-input';
import { COMPACT_QUERY, useMediaQuery } from '../components/use-media-query';
import { AppHeader } from './app-header';
import './theme.css';
import './layout.css';
import './print.css';

// recharts (~124 KB gzipped) stays out of the first load: the charts arrive just after it.
const RadarPanel = lazy(() =>
  import('../features/radar/radar-panel').then((m) => ({ default: m.RadarPanel })),
);
const BreakdownPanel = lazy(() =>
  import('../features/breakdown/breakdown-panel').then((m) => ({ default: m.BreakdownPanel })),
);

const SensitivityPanel = lazy(() =>
  import('../features/sensitivity/sensitivity-panel').then((m) => ({
    default: m.SensitivityPanel,
  })),
);

const DecisionMapPanel = lazy(() =>
  import('../features/decision-map/decision-map-panel').then((m) => ({
    default: m.DecisionMapPanel,
  })),
);

/** Keeps <html lang> and data-theme in step with the store. */
function useDocumentSettings() {
  const language = useAppStore((s) => s.language);
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
  }, [language, theme]);
}

/** The inputs: presets, weights, requirements. */
function InputPanels() {
  return (
    <>
      <ScenarioPresets />
      <WeightsPanel />
      <RequirementsPanel />
    </>
  );
}

/** The decision: recommendation and the top of the ranking first, then the comparison charts and the seed's own matrix. */
function DecisionView() {
  return (
    <>
      <RecommendationPanel />
      <RankingPanel />
      <div className="chart-row">
        <Suspense fallback={<div className="panel chart-placeholder" aria-hidden="true" />}>
          <RadarPanel />
          <BreakdownPanel />
        </Suspense>
      </div>
      <SeedMatrixPanel />
    </>
  );
}

/** How the requirements lead to a stack: the 17.6.2 flow, the 17.8 and 17.3 trees, the panorama and evolution path. */
function PathView() {
  return (
    <>
      <DecisionFlowPanel />
      <DecisionTreePanel />
      <SelectionTreesPanel />
      <PanoramaPanel />
      <EvolutionPanel />
    </>
  );
}

/**
 * How sure are we: how stable the #1 is under the weights, where requirements flip it, what
 * other aggregation methods and the reviewers' weights say, and pairwise (AHP) weights.
 */
function ConfidenceView() {
  return (
    <>
      <Suspense fallback={<div className="panel chart-placeholder" aria-hidden="true" />}>
        <SensitivityPanel />
      </Suspense>
      <MethodAgreementPanel />
      <Suspense fallback={<div className="panel chart-placeholder" aria-hidden="true" />}>
        <DecisionMapPanel />
      </Suspense>
      <AhpPanel />
      <GroupReviewPanel />
    </>
  );
}

/**
 * The decision and path views: the inputs in a sidebar beside the results on wide screens; at
 * ≤ 1280 px folded into a bar above them that opens the inputs drawer, so the recommendation
 * and the top of the ranking are in the first screen of a projector or laptop.
 */
function Dashboard({ view }: { view: 'dashboard' | 'path' | 'confidence' }) {
  const compact = useMediaQuery(COMPACT_QUERY);
  const [drawer, setDrawer] = useState<InputSection | null>(null);
  // A drawer left open when the window widened does not reopen by itself when it narrows.
  const [wasCompact, setWasCompact] = useState(compact);
  if (wasCompact !== compact) {
    setWasCompact(compact);
    if (!compact) setDrawer(null);
  }
  useEffect(
    () =>
      onShowInput((section) => {
        if (compact) setDrawer(section);
        else focusHeading(section);
      }),
    [compact],
  );
  return (
    <main className={`dashboard${compact ? ' dashboard-compact' : ''}`} id="main">
      {compact ? null : (
        <aside className="sidebar">
          <InputPanels />
        </aside>
      )}
      <div className="content">
        {view === 'dashboard' ? <Guide /> : null}
        {compact ? <InputsBar onOpen={setDrawer} /> : null}
        {view === 'path' ? (
          <PathView />
        ) : view === 'confidence' ? (
          <ConfidenceView />
        ) : (
          <DecisionView />
        )}
      </div>
      {compact && drawer ? (
        <InputsDrawer section={drawer} onClose={() => setDrawer(null)}>
          <InputPanels />
        </InputsDrawer>
      ) : null}
    </main>
  );
}

/** The page: header, then the decision, its path, the catalogue or the seed conformance check. */
export function App() {
  useUrlSync();
  useDocumentSettings();
  const view = useAppStore((s) => s.view);
  return (
    <div className="app">
      <AppHeader />
      <Notices />
      {view === 'catalogue' ? (
        <main className="catalogue-page" id="main">
          <CatalogueIo />
          <SyntheticCataloguePanel />
          <CatalogueEditor />
          <CatalogueView />
        </main>
      ) : view === 'conformance' ? (
        <main className="catalogue-page" id="main">
          <ConformancePanel />
        </main>
      ) : (
        <Dashboard view={view} />
      )}
      <StackDrawer />
      <TeamCatalogueLink />
      <AppUpdate />
    </div>
  );
}
