/** What the service worker registration has reported to this page so far. */
export interface UpdateStatus {
  /** A new version is installed and waits for this page's permission to take over. */
  needRefresh: boolean;
  /** The new version took over without this page asking (the user updated in another tab). */
  takenOver: boolean;
}

/**
 * Whether the bar offers the update: a version waits, or already took over from another tab.
 * (The registration's one-time "ready offline" event shows nothing: a bar on every first visit
 * would only be in the way.)
 */
export function showsUpdate(status: UpdateStatus): boolean {
  return status.needRefresh || status.takenOver;
}

/**
 * What "Reload to update" does: ask the waiting version to take over (the page reloads once it
 * has), or — when it already took over from another tab — only reload this page.
 */
export function updateAction(status: UpdateStatus): 'activate' | 'reload' {
  return status.takenOver ? 'reload' : 'activate';
}
