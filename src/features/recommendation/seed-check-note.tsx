import { Fragment } from 'react';

import type { Language, Scenario } from '../../catalogue/types';
import {
  coWords,
  seedHeadlineOf,
  seedLayerList,
  seedMoreOf,
  seedWordsText,
} from '../../components/co-recommendation-words';
import { SourceRef } from '../../components/source-ref';
import type { SeedCheck } from '../../engine/co-recommendation';
import { format } from '../../i18n/messages';
import { useNames } from '../../store/use-ranking';
import type { recommendationMessages } from './messages';
import { points, signedDimensions } from './names';

type Strings = (typeof recommendationMessages)['en'];

interface SeedCheckNoteProps {
  id: string;
  /** The seed's stack for this ranking; null when the scenario names none. */
  check: SeedCheck | null;
  /** The scenario the inputs start from, named when it has no seed stack. */
  scenario: Scenario;
  /** True when the inputs were changed after the preset was applied. */
  custom: boolean;
  lang: Language;
  m: Strings;
}

/**
 * Whether the ranking's #1 is the stack the seed names for the scenario variant; when it is
 * not, the seed's stack in the seed's words, its rank, the gap and what decides it.
 */
export function SeedCheckNote({ id, check, scenario, custom, lang, m }: SeedCheckNoteProps) {
  const w = coWords[lang];
  const names = useNames();
  const headingId = `${id}-seed`;
  const customLine = custom ? (
    <p className="muted">{format(w.seedCustom, { scenario: scenario.name[lang] })}</p>
  ) : null;
  if (!check)
    return (
      <section className="rec-seed rec-seed-none" aria-labelledby={headingId}>
        <h4 id={headingId}>{m.seedTitle}</h4>
        <p>{format(w.seedNone, { scenario: scenario.name[lang] })}</p>
      </section>
    );
  const c = check.conformance;
  const verdict = c?.verdict ?? 'absent';
  // Agreeing on a stack that fails the requirements is no endorsement: say so, in warning colours.
  const fails = c !== null && c.fit.top === 'mismatch';
  const ok = (verdict === 'agrees' || verdict === 'coRecommended') && !fails;
  const more = seedMoreOf(check, lang, names);
  return (
    <section
      className={`rec-seed ${ok ? 'rec-seed-agrees' : 'rec-seed-differs'}`}
      data-fails={fails || undefined}
      aria-labelledby={headingId}
    >
      <h4 id={headingId}>{m.seedTitle}</h4>
      <p className="rec-seed-verdict">
        <span aria-hidden="true">{ok ? '✓ ' : fails ? '⚠ ' : '≠ '}</span>
        {seedHeadlineOf(check, lang, names)}
        {fails ? <> {m.seedFails}</> : null}
      </p>
      <p className="rec-seed-words">
        {seedWordsText(check.variant.seedWording[lang], lang)}
        {check.variant.sections.map((s) => (
          <Fragment key={s}>
            {' '}
            <SourceRef section={s} lang={lang} />
          </Fragment>
        ))}
      </p>
      {c && c.seedBest && verdict === 'differs' ? (
        <>
          <p className="rec-seed-rank">
            {more ??
              format(check.sharingRank > 1 ? m.seedRankShared : m.seedRank, {
                rank: c.seedBest.rank,
                count: check.count,
                n: check.sharingRank,
                gap: points(c.gap),
              })}{' '}
            <span className="muted">
              {format(m.seedAs, { stack: names.stack(c.seedBest.stack.parts) })}
            </span>
          </p>
          <p className="rec-seed-decides-title">{w.seedDecides}</p>
          <ul className="rec-seed-decides">
            {c.layers.length > 0 ? (
              <li>
                {format(w.seedLayers, {
                  layers: seedLayerList(
                    c.layers.map((layer) => ({
                      name: names.layer(layer, lang),
                      top: names.technology(c.leaders[0]!.stack.parts[layer] ?? ''),
                      seed: names.technology(c.seedBest!.stack.parts[layer] ?? ''),
                    })),
                    lang,
                  ),
                })}
              </li>
            ) : null}
            {c.fit.seed && c.fit.top !== c.fit.seed ? (
              <li>{format(m.seedFit, { top: m[c.fit.top], seed: m[c.fit.seed] })}</li>
            ) : null}
            {/* A seed stack that scores more ranks lower on fit alone: no lead for #1 to list. */}
            {more ? null : (
              <li>
                {c.decidedBy.length > 0
                  ? format(w.seedDims, {
                      dims: signedDimensions(c.decidedBy, lang, w.listSep, names),
                    })
                  : w.seedNoDims}
              </li>
            )}
          </ul>
        </>
      ) : null}
      {customLine}
    </section>
  );
}
