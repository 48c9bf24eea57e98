import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Language } from '../catalogue/types';

/** A citation of a seed section, e.g. "§17.3.2", with the section title on hover. */
export function SourceRef({ section, lang }: { section: string; lang: Language }) {
  const title = seedCatalogue.sections.find((s) => s.id === section)?.title[lang] ?? '';
  return (
    <cite className="source-ref" title={title}>
      §{section}
    </cite>
  );
}
