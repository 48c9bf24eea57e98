import { defineMessages } from '../i18n/messages';

/** Words of the provenance badges: a citation of the seed vs the app's reading of it. */
export const provenanceMessages = defineMessages({
  en: {
    citationName: 'Seed §{section} {title}',
    readingName: "App's reading of §{section}",
    readingText: 'Reading §{section}',
  },
  zh: {
    citationName: '种子文档 §{section} {title}',
    readingName: '本应用对 §{section} 的解读',
    readingText: '解读 §{section}',
  },
});
