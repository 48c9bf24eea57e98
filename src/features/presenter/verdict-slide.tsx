import { useMemo } from 'react';

import { formatPoints, formatSignedPoints } from '../../components/charts/points';
import { labelStacks } from '../../components/charts/stack-labels';
import { SourceRef } from '../../components/source-ref';
import { stackName } from '../../components/stack-name';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../components/use-messages';
import type { Language } from '../../catalogue/types';
import { format, formatNumber } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useRanking } from '../../store/use-ranking';
import { presenterMessages, type PresenterText } from './messages';
import { StackChips } from './stack-chips';
import { toVerdict, type VerdictModel } from './to-verdict';

const MAX_CASES = 4;

/** Slide 6: the ranking's #1, why it beats #2, its caveats and the production cases that run it; live. */
export function VerdictSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const ranking = useRanking();
  const weights = useAppStore((s) => s.weights);
  const mode = useAppStore((s) => s.rankMode);
  const v = useMemo(() => toVerdict(ranking, weights, mode, lang), [ranking, weights, mode, lang]);
  if (!v.pick) return <p className="presenter-big">{m.emptyRanking}</p>;
  return (
    <div className="presenter-verdict">
      <div className="presenter-pick" data-stack-id={v.pick.stackId}>
        <p className="presenter-label">
          {format(m.pickOf, { total: formatNumber(ranking.length, lang) })}
        </p>
        <p className="presenter-pick-chips">
          <StackChips parts={v.pick.parts} />
        </p>
        <p className="presenter-pick-score">
          <span className="presenter-score-value num">{formatPoints(v.pick.points, lang)}</span>{' '}
          <span className="presenter-score-unit">{m.outOf}</span>{' '}
          <StatusBadge status={v.pick.fit} label={m[v.pick.fit]} />
        </p>
      </div>
      <div className="presenter-columns presenter-columns-3">
        <section aria-labelledby="presenter-why">
          <h3 id="presenter-why" className="presenter-label">
            {m.whyFirst}
          </h3>
          <WhyFirst v={v} m={m} lang={lang} />
        </section>
        <section aria-labelledby="presenter-caveats">
          <h3 id="presenter-caveats" className="presenter-label">
            {m.caveats}
          </h3>
          {v.warnings.length + v.checks.length === 0 ? <p>{m.noCaveats}</p> : null}
          <ul className="presenter-list">
            {v.checks.map((c) => (
              <li key={c.text}>
                <StatusBadge status={c.status} label={m[c.status]} /> {c.text}
              </li>
            ))}
            {v.warnings.map((w) => (
              <li key={w.text}>
                <span aria-hidden="true">⚠ </span>
                {w.text} <SourceRef section={w.source} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="presenter-cases">
          <h3 id="presenter-cases" className="presenter-label">
            {m.cases}
          </h3>
          {v.cases.length === 0 ? <p>{m.noCases}</p> : null}
          <ul className="presenter-list">
            {v.cases.slice(0, MAX_CASES).map((c) => (
              <li key={c.id}>
                {format(m.caseLine, { name: c.name, organisation: c.organisation })}{' '}
                <span className={`presenter-case presenter-case-${c.status}`}>{m[c.status]}</span>{' '}
                <SourceRef section={c.section} lang={lang} />
              </li>
            ))}
            {v.cases.length > MAX_CASES ? (
              <li className="presenter-more">
                {format(m.moreCases, { n: v.cases.length - MAX_CASES })}
              </li>
            ) : null}
          </ul>
        </section>
      </div>
    </div>
  );
}

/** #2 by what sets it apart, the reason #1 leads, and the weighted difference per dimension. */
function WhyFirst({ v, m, lang }: { v: VerdictModel; m: PresenterText; lang: Language }) {
  const { pick, runnerUp, why } = v;
  if (!pick || !runnerUp || why.kind === 'alone') return <p>{m.alone}</p>;
  const label = labelStacks(
    [pick, runnerUp].map((s) => ({ rank: s.rank, stack: { id: s.stackId, parts: s.parts } })),
  ).items[1]!.label;
  const reason =
    why.kind === 'tie'
      ? m.tie
      : why.kind === 'fit'
        ? format(m.byFit, { pick: m[why.pick], runnerUp: m[why.runnerUp] })
        : format(m.decidedBy, {
            dimension: v.deltas.find((d) => d.dimension === why.dimension)?.name ?? why.dimension,
            points: formatSignedPoints(why.dimensionPoints, lang),
            gap: formatSignedPoints(why.gapPoints, lang),
          });
  return (
    <>
      <p className="presenter-runner-up" title={stackName(runnerUp.parts)}>
        {format(m.runnerUp, { name: label, score: formatPoints(runnerUp.points, lang) })}
      </p>
      <p className="presenter-reason">{reason}</p>
      {v.deltas.length > 0 ? (
        <ul className="presenter-deltas" aria-label={m.deltas}>
          {v.deltas.map((d) => (
            <li key={d.dimension} className={d.points > 0 ? 'presenter-plus' : 'presenter-minus'}>
              {d.name} <span className="num">{formatSignedPoints(d.points, lang)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
