import { useSyncExternalStore } from 'react';

/** localStorage key of the guide's visibility; the only value it holds is 'hidden'. */
export const GUIDE_KEY = 'sdm.guide';

/** Reads whether the user hid the guide; unreadable storage or any other value: shown. */
export function readGuideHidden(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(GUIDE_KEY) === 'hidden';
  } catch {
    return false;
  }
}

/** Remembers the choice; storage that refuses (quota, privacy mode) keeps it for this visit. */
export function writeGuideHidden(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  hidden: boolean,
): void {
  try {
    if (hidden) storage?.setItem(GUIDE_KEY, 'hidden');
    else storage?.removeItem(GUIDE_KEY);
  } catch {
    // The choice still holds in memory.
  }
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let hidden: boolean | null = null;
const listeners = new Set<() => void>();

/** Whether the guide is hidden, shared by the guide and the header's "How to decide" button. */
export function useGuideHidden(): [boolean, (next: boolean) => void] {
  const value = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => (hidden ??= readGuideHidden(localStore())),
    () => false,
  );
  return [value, setGuideHidden];
}

function setGuideHidden(next: boolean): void {
  hidden = next;
  writeGuideHidden(localStore(), next);
  for (const l of listeners) l();
}
