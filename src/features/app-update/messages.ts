import { defineMessages } from '../../i18n/messages';

/** Strings of the bar that offers a new version of the app. */
export const appUpdateMessages = defineMessages({
  en: {
    updateAvailable: 'A new version is available.',
    reload: 'Reload to update',
    later: 'Later',
  },
  zh: {
    updateAvailable: '有新版本可用。',
    reload: '重新加载以更新',
    later: '稍后',
  },
});
