import type { Language } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import type { Source } from './to-derivation';

/** One badge per section of a source: reading badges for the app's interpretation, citations otherwise. */
export function SourceBadges({ source, lang }: { source: Source; lang: Language }) {
  return (
    <span className="derivation-badges">
      {source.sections.map((section) => (
        <SourceRef
          key={section}
          section={section}
          lang={lang}
          reading={source.reading ? source.why : undefined}
        />
      ))}
    </span>
  );
}

/** The why of a source and, when it quotes the seed, the seed's words in a <q>. */
export function SourceWhy({
  source,
  lang,
  seedWords,
}: {
  source: Source;
  lang: Language;
  seedWords: string;
}) {
  return (
    <>
      <p className="derivation-why">{source.why[lang]}</p>
      {source.quote ? (
        <p className="derivation-quote">
          <span>{seedWords}</span> <q lang="zh-CN">{source.quote}</q>
        </p>
      ) : null}
    </>
  );
}
