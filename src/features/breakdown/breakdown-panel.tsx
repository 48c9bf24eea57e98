import { useMemo, useState, type CSSProperties } from 'react';

import type { Language } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { CHART_SETTLE_MS, useSettledValue } from '../../store/use-settled-value';
import { useLanguage } from '../../components/use-messages';
import { leadingGroup } from '../../engine/conformance';
import { format } from '../../i18n/messages';
import {
  useCatalogue,
  useComparedRows,
  useRankedWeights,
  useRanking,
} from '../../store/use-ranking';
import { ContributionTable, WhyTable } from './breakdown-tables';
import { ContributionChart } from './contribution-chart';
import { breakdownMessages, type BreakdownText } from './messages';
import {
  contributionsSummary,
  pickPair,
  toContributions,
  toWhy,
  whyHeading,
  whyNames,
  whyNote,
  whySentence,
  whyTieNote,
  type DimensionMeta,
} from './to-breakdown';
import { WhyChart } from './why-chart';
import './breakdown.css';
import { formatNumber } from '../../i18n/numbers';

/**
 * How each compared stack's total is made (stacked wᵢ·fᵢ) and why the leader of the first two
 * leads. Re-renders with the ranking (every weight step), the selection and the language.
 */
export function BreakdownPanel() {
  const lang = useLanguage();
  const m = breakdownMessages[lang];
  // Settled: during a slider drag the ranking repaints every frame; the charts follow when the hand rests.
  const liveRows = useComparedRows();
  const liveRanking = useRanking();
  // Deferred like the ranking's own weights (useRanking), so rows and weights stay a pair.
  const liveWeights = useRankedWeights();
  const liveCatalogue = useCatalogue();
  // The catalogue settles with the rows: a chart never pairs rows of one catalogue with another's dimensions.
  const live = useMemo(
    () => ({
      rows: liveRows,
      ranking: liveRanking,
      weights: liveWeights,
      catalogue: liveCatalogue,
    }),
    [liveRows, liveRanking, liveWeights, liveCatalogue],
  );
  const { rows, ranking, weights, catalogue } = useSettledValue(live, CHART_SETTLE_MS);
  const [asTable, setAsTable] = useState(false);

  const contributions = useMemo(
    () => toContributions(rows, weights, catalogue, lang),
    [rows, weights, catalogue, lang],
  );
  const picked = useMemo(() => pickPair(rows, ranking), [rows, ranking]);
  const leaders = useMemo(() => leadingGroup(ranking).map((r) => r.stack.id), [ranking]);
  const why = useMemo(
    () => (picked ? toWhy(picked.pair, weights, catalogue, lang, leaders) : null),
    [picked, weights, catalogue, lang, leaders],
  );

  const actions = (
    <button type="button" className="button" onClick={() => setAsTable((v) => !v)}>
      {asTable ? m.showChart : m.showTable}
    </button>
  );

  if (rows.length === 0 && !why) {
    return (
      <Panel id="breakdown" title={m.title} className="breakdown-panel">
        <p className="breakdown-note">{m.empty}</p>
      </Panel>
    );
  }

  return (
    <Panel id="breakdown" title={m.title} className="breakdown-panel" actions={actions}>
      <div className="breakdown-layout">
        {rows.length > 0 ? (
          <section className="breakdown-section" aria-labelledby="breakdown-contributions">
            <h3 id="breakdown-contributions">{m.contributions}</h3>
            <p className="breakdown-note">{m.contributionsHint}</p>
            <DimensionLegend dimensions={contributions.dimensions} lang={lang} />
            {asTable ? (
              <ContributionTable model={contributions} lang={lang} m={m} />
            ) : (
              <ContributionChart
                model={contributions}
                summary={contributionsSummary(contributions, m, lang)}
                lang={lang}
                m={m}
              />
            )}
          </section>
        ) : null}
        {why && picked ? (
          <WhySection
            model={why}
            fromRanking={picked.fromRanking}
            asTable={asTable}
            lang={lang}
            m={m}
          />
        ) : null}
      </div>
    </Panel>
  );
}

/** The dimension colours with each one's share of the weights. */
function DimensionLegend({ dimensions, lang }: { dimensions: DimensionMeta[]; lang: Language }) {
  return (
    <ul className="breakdown-legend">
      {dimensions.map((d) => (
        <li key={d.id}>
          <span
            className="chart-swatch"
            aria-hidden="true"
            style={{ '--swatch': d.colour } as CSSProperties}
          />
          {d.name} <span className="num muted">{formatNumber(d.share * 100, lang)}%</span>
        </li>
      ))}
    </ul>
  );
}

interface WhySectionProps {
  model: NonNullable<ReturnType<typeof toWhy>>;
  fromRanking: boolean;
  asTable: boolean;
  lang: Language;
  m: BreakdownText;
}

/** "Why #1 over #2" (or why two stacks tie): the sentence, then the diverging bars or their table. */
function WhySection({ model, fromRanking, asTable, lang, m }: WhySectionProps) {
  const a = format(m.rank, { rank: model.leader.rank });
  const b = format(m.rank, { rank: model.other.rank });
  const names = whyNames(model, m);
  const sentence = whySentence(model, m, lang);
  const note = whyNote(model, m);
  const tieNote = whyTieNote(model, m, lang);
  return (
    <section className="breakdown-section" aria-labelledby="breakdown-why">
      <h3 id="breakdown-why">{whyHeading(model, m)}</h3>
      <p className="why-pair">
        <span className="why-side">
          <strong>{a}</strong> {model.leader.label}
        </span>
        <span className="muted">{m.vs}</span>
        <span className="why-side">
          <strong>{b}</strong> {model.other.label}
        </span>
      </p>
      <p className="why-sentence">{sentence}</p>
      {tieNote ? <p className="breakdown-note">{tieNote}</p> : null}
      {note ? <p className="breakdown-note">{note}</p> : null}
      {fromRanking ? <p className="breakdown-note">{m.whyFallback}</p> : null}
      {asTable ? (
        <WhyTable model={model} lang={lang} m={m} />
      ) : (
        <>
          <div className="why-directions" aria-hidden="true">
            <span>← {format(m.favours, { name: names.b })}</span>
            <span>{format(m.favours, { name: names.a })} →</span>
          </div>
          <WhyChart model={model} summary={format(m.whySummary, { sentence })} lang={lang} m={m} />
        </>
      )}
    </section>
  );
}
