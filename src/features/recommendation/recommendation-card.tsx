import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language, Scenario } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import { StatusBadge } from '../../components/status-badge';
import { TechChip } from '../../components/tech-chip';
import { format } from '../../i18n/messages';
import type { StackParts } from '../../engine/types';
import { recommendationMessages } from './messages';
import { patternFit } from './pattern-fit';
import type { Recommendation } from './to-recommendation';

type Strings = (typeof recommendationMessages)['en'];

const techName = (id: string) => seedCatalogue.technologies.find((t) => t.id === id)?.name ?? id;
const layerName = (id: string, lang: Language) =>
  seedCatalogue.layers.find((l) => l.id === id)?.name[lang] ?? id;
const dimensionName = (id: string, lang: Language) =>
  seedCatalogue.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
const points = (x: number) => (x * 100).toFixed(1);
const SYMBOL = { match: '●', partial: '◐', mismatch: '○' } as const;

/** A stack's technologies in layer order, e.g. "K3s + WasmEdge + crun + …". */
export function stackLabel(parts: StackParts): string {
  return seedCatalogue.layers.map((l) => techName(parts[l.id])).join(' + ');
}

interface PatternLineProps {
  parts: StackParts;
  scenario: Scenario | null;
  lang: Language;
  m: Strings;
}

/** Whether the stack is the one the seed recommends for the scenario (17.2.2, 17.4, 17.8.2). */
function PatternLine({ parts, scenario, lang, m }: PatternLineProps) {
  if (!scenario) return <p className="rec-pattern rec-pattern-none">{m.patternCustom}</p>;
  const fit = patternFit(parts, scenario);
  const name = scenario.name[lang];
  if (fit.kind === 'none')
    return (
      <p className="rec-pattern rec-pattern-none">{format(m.patternNone, { scenario: name })}</p>
    );
  if (fit.kind === 'fits')
    return (
      <p className="rec-pattern rec-pattern-fits">
        <span aria-hidden="true">✓ </span>
        {format(m.patternFits, { scenario: name })} <SourceRef section={fit.section} lang={lang} />
      </p>
    );
  return (
    <div className="rec-pattern rec-pattern-differs">
      <p>
        <span aria-hidden="true">≠ </span>
        {format(m.patternDiffers, { scenario: name })}{' '}
        <SourceRef section={fit.section} lang={lang} />
      </p>
      <ul>
        {fit.layers.map((d) => (
          <li key={d.layer}>
            {format(m.patternLayer, {
              layer: layerName(d.layer, lang),
              actual: techName(d.actual),
              expected: d.expected.map(techName).join(m.or),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface RecommendationCardProps {
  id: string;
  title: string;
  rec: Recommendation;
  /** The scenario whose seed stack the pick is compared with; null for custom inputs. */
  scenario: Scenario | null;
  lang: Language;
  m: Strings;
  onExplain: (stackId: string) => void;
}

/** One recommended stack, projector-sized: chips, score, gap, fit, checks, contributions, caveats. */
export function RecommendationCard({
  id,
  title,
  rec,
  scenario,
  lang,
  m,
  onExplain,
}: RecommendationCardProps) {
  const { pick, runnerUp, gap } = rec;
  const headingId = `${id}-title`;
  if (!pick)
    return (
      <article className="rec-card" aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p>{m.emptyRanking}</p>
      </article>
    );
  const gapText =
    gap === null || !runnerUp
      ? m.onlyOne
      : Math.abs(gap) < 1e-9
        ? format(m.tied, { rank: runnerUp.rank })
        : format(m.gap, { gap: gap < 0.0005 ? '<0.1' : points(gap), rank: runnerUp.rank });
  const caseNames = pick.caseIds.flatMap((cid) => {
    const c = seedCatalogue.cases.find((x) => x.id === cid);
    return c ? [c] : [];
  });
  return (
    <article className="rec-card" aria-labelledby={headingId}>
      <header className="rec-card-head">
        <h3 id={headingId}>{title}</h3>
        <span className="rec-rank num">
          {format(m.rankOf, { rank: pick.rank, count: rec.stackCount })}
        </span>
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
          <span className="rec-gap num">{gapText}</span>
        </div>
        <div className="rec-stack">
          <ul className="rec-chips" aria-label={m.stack}>
            {seedCatalogue.layers.map((l) => (
              <li key={l.id}>
                <TechChip layer={l.id} name={techName(pick.stack.parts[l.id])} />
              </li>
            ))}
          </ul>
          <div className="rec-fit">
            <StatusBadge status={pick.match.status} label={m[pick.match.status]} />
            <span className="rec-counts num">
              {format(m.counts, {
                match: rec.counts.match,
                partial: rec.counts.partial,
                mismatch: rec.counts.mismatch,
                total: rec.stackCount,
              })}
            </span>
          </div>
          <PatternLine parts={pick.stack.parts} scenario={scenario} lang={lang} m={m} />
        </div>
      </div>
      <div className="rec-details">
        <div className="rec-detail">
          <h4 id={`${id}-why`}>{m.why}</h4>
          {rec.reasons.length === 0 ? (
            <p className="muted">{m.noChecks}</p>
          ) : (
            <ul className="rec-reasons">
              {rec.reasons.map((c, i) => (
                <li key={`${c.criterion}-${c.layer}-${i}`} className={`rec-reason-${c.status}`}>
                  <span aria-hidden="true">{SYMBOL[c.status]}</span> {c.reason[lang]}
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
              <li key={s.dimension} className={`rec-dim rec-dim-${s.dimension}`}>
                <span className="rec-dim-name">{dimensionName(s.dimension, lang)}</span>
                <span className="rec-dim-bar" aria-hidden="true">
                  <span style={{ width: `${s.score * 100}%` }} />
                </span>
                <span className="rec-dim-score num">{Math.round(s.score * 100)}</span>
                <span className="rec-dim-points num">+{points(s.contribution)}</span>
              </li>
            ))}
          </ul>
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
                  {r.reason[lang]} <SourceRef section={r.source} lang={lang} />
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
      <div className="rec-actions">
        <button
          type="button"
          className="button"
          aria-label={format(m.explainLabel, { stack: stackLabel(pick.stack.parts) })}
          onClick={() => onExplain(pick.stack.id)}
        >
          {m.explain}
        </button>
      </div>
    </article>
  );
}
