import { useMessages } from '../components/use-messages';
import { ShowGuideButton } from '../features/guide/guide';
import { ExportMenu } from '../features/export/export-menu';
import { PresentButton } from '../features/presenter/present-button';
import { PresetsButton } from '../features/presets/presets-button';
import { ShareButton } from '../features/share/share-button';
import { useAppStore, VIEWS } from '../store/app-store';
import { appMessages } from './app-messages';

/** Title, view tabs, the decision's actions, language and theme switches. */
export function AppHeader() {
  const m = useMessages(appMessages);
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {m.skip}
      </a>
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
          {[0, 1, 2].flatMap((r) =>
            [0, 1, 2].map((c) => (
              <rect
                key={`${r}${c}`}
                x={2 + c * 7}
                y={2 + r * 7}
                width="6"
                height="6"
                rx="1.5"
                className={r === 0 && c === 2 ? 'on' : ''}
              />
            )),
          )}
        </svg>
        <h1>{m.title}</h1>
      </div>
      <nav className="view-tabs" aria-label={m.views}>
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {m[v]}
          </button>
        ))}
      </nav>
      <div className="header-actions">
        <ShareButton />
        <PresetsButton />
        <ExportMenu />
        <PresentButton />
      </div>
      <div className="header-tools">
        <div className="segmented" role="group" aria-label={m.language}>
          <button
            type="button"
            lang="zh-CN"
            aria-pressed={language === 'zh'}
            onClick={() => setLanguage('zh')}
          >
            中文
          </button>
          <button
            type="button"
            lang="en"
            aria-pressed={language === 'en'}
            onClick={() => setLanguage('en')}
          >
            EN
          </button>
        </div>
        <button
          type="button"
          role="switch"
          className="theme-switch"
          aria-checked={theme === 'dark'}
          title={theme === 'dark' ? m.toLight : m.toDark}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          <span className="theme-track" aria-hidden="true">
            <span className="theme-thumb">{theme === 'dark' ? '☾' : '☀'}</span>
          </span>
          <span className="theme-text">{m.theme}</span>
        </button>
        <ShowGuideButton />
      </div>
    </header>
  );
}
