import { useState, type CSSProperties } from 'react';

import { namesOf, type Names } from '../../catalogue/names';
import type { Language, LayerId, Scenario } from '../../catalogue/types';
import { marginText } from '../../components/co-recommendation-words';
import { matchReason } from '../../components/match-words';
import { dimensionColour } from '../../components/series-colour';
import { SourceRef } from '../../components/source-ref';
import { showInput } from '../../components/show-input';
import { StatusBadge } from '../../components/status-badge';
import { TechChip } from '../../components/tech-chip';
import { formatNumber } from '../../i18n/numbers';
import { COMPACT_QUERY, useMediaQuery } from '../../components/use-media-query';
import type { SeedCheck } from '../../engine/co-recommendation';
import { format } from '../../i18n/messages';
import { methodName } from '../../components/method-words';
import { DEFAULT_METHOD } from '../../engine/methods';
import { useAppStore, type StackSection } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { CoRecommendationNote } from './co-recommendation-note';
import { ExplainButton } from './explain-button';
import type { recommendationMessages } from './messages';
import { points } from './names';
import { SeedCheckNote } from './seed-check-note';
import type { Recommendation } from './to-recommendation';

type Strings = (typeof recommendationMessages)['en'];

const SYMBOL = { match: '●', partial: '◐', mismatch: '○' } as const;

/** The line under the score: how the pick stands against the next stack. */
function leadText(rec: Recommendation, lang: Language, m: Strings): string {
  const { gap, runnerUp } = rec;
  if (rec.lead === 'alone' || gap === null || !runnerUp) return m.onlyOne;
  if (rec.lead === 'coRecommended') return format(m.coGap, { margin: marginText(lang) });
  if (rec.lead === 'tier') return format(m.aboveOnFit, { rank: runnerUp.rank });
  return format(m.gap, { gap: points(gap), rank: runnerUp.rank });
}

/** The chip text of one layer: its technology, or every co-recommended stack's there. */
function layerChip(rec: Recommendation, layer: LayerId, m: Strings, names: Names): string {
  const spread = rec.coRecommended?.layers.find((l) => l.layer === layer);
  if (spread) return spread.technologies.map(names.technology).join(m.layerSep);
  return names.technology(rec.pick!.stack.parts[layer] ?? '');
}

interface RecommendationCardProps {
  id: string;
  title: string;
  rec: Recommendation;
  /** The seed's stack for this ranking (null when the scenario names none) and the scenario it is for. */
  seed: { check: SeedCheck | null; scenario: Scenario; custom: boolean };
  lang: Language;
  m: Strings;
  onExplain: (stackId: string, section: StackSection) => void;
}

/**
 * The recommended stack, projector-sized: chips, score, lead, the seed's stack beside it, fit,
 * checks, contributions, caveats. Near-ties are shown as co-recommended, every stack named.
 */
export function RecommendationCard({
  id,
  title,
  rec,
  seed,
  lang,
  m,
  onExplain,
}: RecommendationCardProps) {
  const { pick, coRecommended: co } = rec;
  const headingId = `${id}-title`;
  const catalogue = useCatalogue();
  const method = useAppStore((s) => s.method);
  // On projectors and laptops (≤ 1280 px) the reasoning starts folded, so the top of the
  // ranking shares the first screen; the conclusions (co-recommendation, the seed's verdict)
  // stay visible. The user's choice wins over the width once made.
  const compact = useMediaQuery(COMPACT_QUERY);
  const [choice, setChoice] = useState<boolean | null>(null);
  const expanded = choice ?? !compact;
  const names = namesOf(catalogue);
  const dimensionColourOf = (id: string) =>
    dimensionColour(
      id,
      catalogue.dimensions.findIndex((d) => d.id === id),
    );
  if (!pick)
    return (
      <article className="rec-card" aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p>{m.emptyRanking}</p>
      </article>
    );
  // Open requirements: every stack passes every check alike, so "meets the requirements" says
  // little; the card says so and offers the requirements.
  const nothingDiscriminates = rec.reasons.length === 0 && rec.commonChecks > 0;
  const caseNames = pick.caseIds.flatMap((cid) => {
    const c = catalogue.cases.find((x) => x.id === cid);
    return c ? [c] : [];
  });
  return (
    <article className="rec-card" aria-labelledby={headingId} data-expanded={expanded}>
      <header className="rec-card-head">
        <h3 id={headingId}>{title}</h3>
        <span className="rec-rank num">
          {format(co ? (co.exact ? m.rankShared : m.rankNear) : m.rankOf, {
            rank: formatNumber(pick.rank, lang),
            count: formatNumber(rec.stackCount, lang),
            n: co?.rows.length ?? 1,
          })}
        </span>
        <button
          type="button"
          className="button rec-toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-details`}
          onClick={() => setChoice(!expanded)}
        >
          {expanded ? m.hideReasoning : m.showReasoning}
        </button>
      </header>
      {rec.noMatch ? (
        <p className="rec-nomatch" role="status">
          <strong>{m.noMatch}</strong>{' '}
          {pick.match.status === 'partial' ? m.bestPartial : m.nothingPartial}
        </p>
      ) : null}
      <div className="rec-main">
        <div className="rec-score">
          <span className="rec-score-label">{m.score}</span>
          <span className="rec-score-value num">
            {points(pick.total)}
            <span className="rec-score-unit">{m.outOf}</span>
          </span>
          <span className="rec-gap num">{leadText(rec, lang, m)}</span>
        </div>
        <div className="rec-stack">
          <ul className="rec-chips" aria-label={m.stack}>
            {catalogue.layers.map((l, i) => (
              <li key={l.id}>
                <TechChip layer={l.id} index={i} name={layerChip(rec, l.id, m, names)} />
              </li>
            ))}
          </ul>
          <div className="rec-fit">
            <StatusBadge status={pick.match.status} label={m[pick.match.status]} />
            <span className="rec-counts num">
              {format(m.counts, {
                match: formatNumber(rec.counts.match, lang),
                partial: formatNumber(rec.counts.partial, lang),
                mismatch: formatNumber(rec.counts.mismatch, lang),
                total: formatNumber(rec.stackCount, lang),
              })}
            </span>
            {nothingDiscriminates ? (
              <span className="rec-open">
                {m.noneRuledOut}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => showInput('requirements')}
                >
                  {m.setRequirements}
                </button>
              </span>
            ) : null}
          </div>
        </div>
      </div>
      {co ? <CoRecommendationNote id={id} co={co} lang={lang} m={m} onExplain={onExplain} /> : null}
      <SeedCheckNote id={id} {...seed} lang={lang} m={m} />
      {co ? (
        <p className="rec-details-of">
          {format(m.detailsOf, { stack: names.stack(pick.stack.parts), n: co.rows.length })}
        </p>
      ) : null}
      <div className="rec-details" id={`${id}-details`}>
        <div className="rec-detail">
          <h4 id={`${id}-why`}>{m.why}</h4>
          {rec.reasons.length === 0 && rec.commonChecks > 0 ? (
            <p className="muted">
              {format(m.commonChecks, {
                n: rec.commonChecks,
                total: formatNumber(rec.stackCount, lang),
              })}
            </p>
          ) : rec.reasons.length === 0 ? (
            <p className="muted">{m.noChecks}</p>
          ) : (
            <ul className="rec-reasons" aria-labelledby={`${id}-why`}>
              {rec.reasons.map((c, i) => (
                <li key={`${c.criterion}-${c.layer}-${i}`} className={`rec-reason-${c.status}`}>
                  <span aria-hidden="true">{SYMBOL[c.status]}</span> {matchReason(c, lang, names)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="rec-detail">
          <h4 id={`${id}-carries`} title={m.carriesHint}>
            {m.carries}
          </h4>
          <ul className="rec-dims">
            {rec.strengths.map((s) => (
              <li
                key={s.dimension}
                className={`rec-dim rec-dim-${s.dimension}`}
                style={{ '--dim-color': dimensionColourOf(s.dimension) } as CSSProperties}
              >
                <span className="rec-dim-name">{names.dimension(s.dimension, lang)}</span>
                <span className="rec-dim-bar" aria-hidden="true">
                  <span style={{ width: `${s.score * 100}%` }} />
                </span>
                <span className="rec-dim-score num">{Math.round(s.score * 100)}</span>
                <span className="rec-dim-points num">+{points(s.contribution)}</span>
              </li>
            ))}
          </ul>
          {method === DEFAULT_METHOD ? null : (
            <p className="muted rec-method-note">
              {format(m.carriesOther, { method: methodName(method, lang) })}
            </p>
          )}
        </div>
        <div className="rec-detail">
          <h4 id={`${id}-caveats`}>{m.caveats}</h4>
          {pick.stack.reasons.length === 0 ? (
            <p className="muted">{m.noCaveats}</p>
          ) : (
            <ul className="rec-caveats">
              {pick.stack.reasons.map((r) => (
                <li key={r.ruleId}>
                  <span aria-hidden="true">{r.severity === 'invalid' ? '✕' : '⚠'} </span>
                  {r.reason[lang]}{' '}
                  <SourceRef
                    section={r.source}
                    lang={lang}
                    reading={r.reading?.rationale}
                    entered={r.entered}
                  />
                </li>
              ))}
            </ul>
          )}
          {caseNames.length > 0 ? (
            <p className="rec-cases">
              <span className="rec-cases-label">{m.cases}:</span>{' '}
              {caseNames.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ' · ' : ''}
                  {c.name[lang]} <SourceRef section={c.section} lang={lang} />
                </span>
              ))}
            </p>
          ) : null}
        </div>
      </div>
      {co ? null : (
        <div className="rec-actions">
          <ExplainButton stack={pick.stack} m={m} onExplain={onExplain} />
        </div>
      )}
    </article>
  );
}
