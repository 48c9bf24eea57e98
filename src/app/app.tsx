import { useEffect } from 'react';

import { CatalogueView } from '../features/catalogue-view/catalogue-view';
import { RankingPanel } from '../features/ranking/ranking-panel';
import { RecommendationPanel } from '../features/recommendation/recommendation-panel';
import { RequirementsPanel } from '../features/requirements/requirements-panel';
import { SeedMatrixPanel } from '../features/seed-matrix/seed-matrix-panel';
import { StackDrawer } from '../features/stack-detail/stack-drawer';
import { ScenarioPresets } from '../features/weights/scenario-presets';
import { WeightsPanel } from '../features/weights/weights-panel';
import { useAppStore } from '../store/app-store';
import { AppHeader } from './app-header';
import './theme.css';
import './layout.css';

/** Keeps <html lang> and data-theme in step with the store. */
function useDocumentSettings() {
  const language = useAppStore((s) => s.language);
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.theme = theme;
  }, [language, theme]);
}

/** The page: header, then either the decision dashboard or the catalogue. */
export function App() {
  useDocumentSettings();
  const view = useAppStore((s) => s.view);
  return (
    <div className="app">
      <AppHeader />
      {view === 'dashboard' ? (
        <main className="dashboard" id="main">
          <aside className="sidebar">
            <ScenarioPresets />
            <WeightsPanel />
            <RequirementsPanel />
          </aside>
          <div className="content">
            <RecommendationPanel />
            <RankingPanel />
            <SeedMatrixPanel />
          </div>
        </main>
      ) : (
        <main className="catalogue-page" id="main">
          <CatalogueView />
        </main>
      )}
      <StackDrawer />
    </div>
  );
}
