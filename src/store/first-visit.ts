import type { Language } from '../catalogue/types';
import type { Theme } from './app-store';

/** What a browser says about its user: preferred languages and colour scheme. */
export interface BrowserEnvironment {
  languages: readonly string[];
  prefersDark: boolean;
}

/** The language and theme a first visit opens with: Chinese for a zh-* browser, dark for a dark OS. */
export function firstVisitPreferences(env: BrowserEnvironment): {
  language: Language;
  theme: Theme;
} {
  const first = env.languages.find((l) => /^(zh|en)(-|$)/i.test(l)) ?? '';
  return {
    language: /^zh(-|$)/i.test(first) ? 'zh' : 'en',
    theme: env.prefersDark ? 'dark' : 'light',
  };
}

/** The page's browser environment (never throws: a missing API reads as no preference). */
export function browserEnvironment(
  win: Pick<Window, 'navigator' | 'matchMedia'> = window,
): BrowserEnvironment {
  const prefersDark = (() => {
    try {
      return win.matchMedia('(prefers-color-scheme: dark)').matches;
    } catch {
      return false;
    }
  })();
  const languages = win.navigator.languages?.length
    ? win.navigator.languages
    : [win.navigator.language ?? ''];
  return { languages, prefersDark };
}
