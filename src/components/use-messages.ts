import type { Language } from '../catalogue/types';
import type { Messages } from '../i18n/messages';
import { useAppStore } from '../store/app-store';

/** The current language; re-renders when it changes. */
export function useLanguage(): Language {
  return useAppStore((s) => s.language);
}

/** The dictionary's strings in the current language; re-renders when the language changes. */
export function useMessages<K extends string>(messages: Messages<K>): Record<K, string> {
  return messages[useLanguage()];
}
