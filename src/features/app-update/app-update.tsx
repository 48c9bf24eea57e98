import { useMessages } from '../../components/use-messages';
import { appUpdateMessages } from './messages';
import { useAppUpdate } from './use-app-update';
import './app-update.css';

/**
 * A polite bar at the bottom of the page when a new version is waiting: "Reload to update" or
 * "Later", never a reload by itself (unsaved work stays). The live region is always there so
 * screen readers announce the bar when it appears; it takes no space while empty.
 */
export function AppUpdate() {
  const t = useMessages(appUpdateMessages);
  const { available, update, dismiss } = useAppUpdate();
  return (
    <div className="app-update" role="status" aria-live="polite">
      {available ? (
        <div className="app-update-bar">
          <p>{t.updateAvailable}</p>
          <div className="app-update-actions">
            <button type="button" className="button button-primary" onClick={update}>
              {t.reload}
            </button>
            <button type="button" className="button" onClick={dismiss}>
              {t.later}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
