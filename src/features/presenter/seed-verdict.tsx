import { Fragment } from 'react';

import type { Language } from '../../catalogue/types';
import { seedHeadline, seedWordsText, tierName } from '../../components/co-recommendation-words';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import type { PresenterText } from './messages';
import { seedStanding } from './seed-standing';
import type { SeedVerdict } from './to-verdict';

/** One seed check as a line or three: verdict, the seed's words, and — when #1 differs — rank, gap and what decides it. */
function SeedLine({ s, m, lang }: { s: SeedVerdict; m: PresenterText; lang: Language }) {
  const ok = s.verdict === 'agrees' || s.verdict === 'coRecommended';
  const { rank, decides } = seedStanding(s, lang);
  return (
    <li className={ok ? 'presenter-seedcheck-agrees' : 'presenter-seedcheck-differs'}>
      {s.tier ? (
        <span className="presenter-seedcheck-tier">
          {format(m.seedTier, { tier: tierName(s.tier, lang), top: s.top ?? '—' })}
        </span>
      ) : null}
      <strong>
        <span aria-hidden="true">{ok ? '✓ ' : '≠ '}</span>
        {seedHeadline(s, lang)}
      </strong>{' '}
      {rank !== null ? (
        <>
          {rank}{' '}
          {decides.length > 0 ? (
            <span className="presenter-seedcheck-decides">
              {decides.join(m.clauseSep)}
              {m.stop}
            </span>
          ) : null}{' '}
        </>
      ) : null}
      <span className="presenter-seedcheck-words">
        {seedWordsText(s.wording, lang)}
        {s.sections.map((section) => (
          <Fragment key={section}>
            {' '}
            <SourceRef section={section} lang={lang} />
          </Fragment>
        ))}
      </span>
    </li>
  );
}

/** The seed's stack beside the verdict: one line per check (two for the hybrid's tiers). */
export function SeedVerdictBlock({
  seed,
  m,
  lang,
}: {
  seed: SeedVerdict[];
  m: PresenterText;
  lang: Language;
}) {
  if (seed.length === 0) return null;
  return (
    <section className="presenter-seedcheck" aria-labelledby="presenter-seedcheck">
      <h3 id="presenter-seedcheck" className="presenter-label">
        {m.seedTitle}
      </h3>
      <ul className="presenter-list">
        {seed.map((s) => (
          <SeedLine key={s.tier ?? 'all'} s={s} m={m} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
