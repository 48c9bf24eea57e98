import { useEffect, useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

import { reloadPage } from './reload-page';
import { showsUpdate, updateAction } from './update-prompt';

/** How often an open tab asks the server for a new version (tabs stay open for days). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Asks for a new service worker now and then, while the browser thinks it is online. */
function checkForUpdates(registration: ServiceWorkerRegistration) {
  window.setInterval(() => {
    // A failed check (server down, offline) changes nothing: the next one tries again.
    if (navigator.onLine) registration.update().catch(() => undefined);
  }, UPDATE_CHECK_MS);
}

/** The update bar's state and actions. */
export interface AppUpdate {
  /** A new version is waiting (or took over from another tab): offer it. */
  available: boolean;
  /** Lets the new version take over; the page reloads only after this call. */
  update: () => void;
  /** Hides the bar; a waiting version stays waiting (it takes over once every tab is closed). */
  dismiss: () => void;
}

/**
 * Registers the service worker (once, on mount) and reports a waiting new version. Never
 * reloads by itself: when the user updates in another tab and the new version takes over this
 * one too, the bar stays and its button reloads. Re-renders when the registration reports.
 */
export function useAppUpdate(): AppUpdate {
  const requested = useRef(false);
  const [takenOver, setTakenOver] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload() {
      if (requested.current) reloadPage();
      else setTakenOver(true);
    },
    onRegisteredSW(_url, registration) {
      if (registration) checkForUpdates(registration);
    },
    // Offline support is an extra: without it (private mode, blocked storage) the app still runs.
    onRegisterError: () => undefined,
  });
  // A lazily loaded chunk that no longer exists (another tab let a new version take over and its
  // cleanup removed the old files) means this page runs an old version: offer the reload.
  useEffect(() => {
    const onPreloadError = () => setTakenOver(true);
    window.addEventListener('vite:preloadError', onPreloadError);
    return () => window.removeEventListener('vite:preloadError', onPreloadError);
  }, []);
  const status = { needRefresh, takenOver };
  return {
    available: showsUpdate(status),
    update: () => {
      if (updateAction(status) === 'reload') {
        reloadPage();
        return;
      }
      requested.current = true;
      void updateServiceWorker(true);
    },
    dismiss: () => {
      setNeedRefresh(false);
      setTakenOver(false);
    },
  };
}
