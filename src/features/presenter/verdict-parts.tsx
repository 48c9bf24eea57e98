import { Fragment } from 'react';

import type { Language } from '../../catalogue/types';
import { labelStacks } from '../../components/charts/stack-labels';
import { layerSpreadText, marginText, tieReason } from '../../components/co-recommendation-words';
import { SourceRef } from '../../components/source-ref';
import { StatusBadge } from '../../components/status-badge';
import { format } from '../../i18n/messages';
import { useCatalogue, useNames } from '../../store/use-ranking';
import type { PresenterText } from './messages';
import { StackChips } from './stack-chips';
import type { TopStack } from './to-top-stacks';
import type { VerdictModel } from './to-verdict';
import { formatNumber, formatPoints, formatSignedPoints } from '../../i18n/numbers';

const MAX_CASES = 4;
const MAX_CO_STACKS = 4;

interface PartProps {
  v: VerdictModel;
  m: PresenterText;
  lang: Language;
}

/** #1 of a ranking of `total` stacks, or the stacks co-recommended with it, as equals. */
export function Pick({ v, total, m, lang }: PartProps & { total: number }) {
  const co = v.coRecommended;
  if (co) return <CoPick stacks={co.stacks} exact={co.exact} total={total} m={m} lang={lang} />;
  if (!v.pick) return null;
  return (
    <div className="presenter-pick" data-stack-id={v.pick.stackId}>
      <p className="presenter-label">{format(m.pickOf, { total: formatNumber(total, lang) })}</p>
      <p className="presenter-pick-chips">
        <StackChips parts={v.pick.parts} />
      </p>
      <p className="presenter-pick-score">
        <span className="presenter-score-value num">{formatPoints(v.pick.points, lang)}</span>{' '}
        <span className="presenter-score-unit">{m.outOf}</span>{' '}
        <StatusBadge status={v.pick.fit} label={m[v.pick.fit]} />
      </p>
    </div>
  );
}

/** The co-recommended stacks as equals: the margin, each stack's chips and score. */
function CoPick({
  stacks,
  exact,
  total,
  m,
  lang,
}: {
  stacks: TopStack[];
  exact: boolean;
  total: number;
  m: PresenterText;
  lang: Language;
}) {
  const names = useNames();
  const margin = marginText(lang);
  const shown = stacks.slice(0, MAX_CO_STACKS);
  return (
    <div className="presenter-pick presenter-co">
      <p className="presenter-label">
        {format(m.coPick, { n: stacks.length, margin })} ·{' '}
        {format(exact ? m.coShared : m.coNearRank, {
          rank: stacks[0]!.rank,
          total: formatNumber(total, lang),
        })}
      </p>
      <ul className="presenter-co-stacks">
        {shown.map((s) => (
          <li key={s.stackId} data-stack-id={s.stackId}>
            <span className="presenter-co-rank num">#{s.rank}</span>
            <StackChips parts={s.parts} />
            <span className="presenter-co-score num">{formatPoints(s.points, lang)}</span>
            <StatusBadge status={s.fit} label={m[s.fit]} />
          </li>
        ))}
      </ul>
      {stacks.length > shown.length ? (
        <p className="presenter-more">
          {format(m.moreCases, { n: stacks.length - shown.length })}:{' '}
          {stacks
            .slice(shown.length)
            .map((s) => names.stack(s.parts))
            .join(m.listSep)}
        </p>
      ) : null}
    </div>
  );
}

/** What separates co-recommended stacks: the tie or margin, the layers, the weighted differences. */
function WhatSeparates({ v, m, lang }: PartProps) {
  const names = useNames();
  const co = v.coRecommended!;
  const first = co.stacks[0]!;
  // A stack named by its technologies where the group differs: "etcd" vs "sqlite".
  const short = (parts: TopStack['parts']) =>
    co.layers.map((l) => names.technology(parts[l.layer] ?? '')).join(' + ');
  return (
    <>
      <p className="presenter-reason">{tieReason(co, lang, true)}</p>
      <ul className="presenter-list">
        {co.layers.map((l) => (
          <li key={l.layer}>{layerSpreadText(l, lang)}</li>
        ))}
      </ul>
      {co.others
        .filter((o) => o.deltas.length > 0)
        .map((o) => {
          const other = co.stacks.find((s) => s.stackId === o.stackId)!;
          return (
            <Fragment key={o.stackId}>
              <p className="presenter-note" title={`${names.stack(first.parts)} − ${o.name}`}>
                {format(m.coDeltas, { first: short(first.parts), other: short(other.parts) })}
              </p>
              <ul
                className="presenter-deltas"
                aria-label={format(m.coDeltas, { first: names.stack(first.parts), other: o.name })}
              >
                {o.deltas.map((d) => (
                  <li
                    key={d.dimension}
                    className={d.points > 0 ? 'presenter-plus' : 'presenter-minus'}
                  >
                    {d.name} <span className="num">{formatSignedPoints(d.points, lang)}</span>
                  </li>
                ))}
              </ul>
            </Fragment>
          );
        })}
    </>
  );
}

/** The heading over WhyFirst: no "#1 over #2" when the score does not order them. */
export const whyHeading = (v: VerdictModel, m: PresenterText): string =>
  v.why.kind === 'coRecommended' || v.why.kind === 'level' ? m.whyCo : m.whyFirst;

/** The next stack by what sets it apart, the reason #1 leads, and the weighted difference per dimension. */
export function WhyFirst({ v, m, lang }: PartProps) {
  const catalogue = useCatalogue();
  const names = useNames();
  const { pick, runnerUp, why } = v;
  if (why.kind === 'coRecommended') return <WhatSeparates v={v} m={m} lang={lang} />;
  if (!pick || !runnerUp || why.kind === 'alone') return <p>{m.alone}</p>;
  const label = labelStacks(
    [pick, runnerUp].map((s) => ({ rank: s.rank, stack: { id: s.stackId, parts: s.parts } })),
    catalogue,
  ).items[1]!.label;
  const reason =
    why.kind === 'level'
      ? m.level
      : why.kind === 'fit'
        ? format(m.byFit, { pick: m[why.pick], runnerUp: m[why.runnerUp] })
        : format(m.decidedBy, {
            dimension: names.dimension(why.dimension, lang),
            points: formatSignedPoints(why.dimensionPoints, lang),
            gap: formatSignedPoints(why.gapPoints, lang),
          });
  return (
    <>
      <p className="presenter-runner-up" title={names.stack(runnerUp.parts)}>
        {format(m.runnerUp, {
          rank: runnerUp.rank,
          name: label,
          score: formatPoints(runnerUp.points, lang),
        })}
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

/** #1's failed requirement checks and compatibility warnings, each warning with its seed section. */
export function Caveats({ v, m, lang }: PartProps) {
  return (
    <>
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
            {w.text}{' '}
            <SourceRef
              section={w.source}
              lang={lang}
              reading={w.reading ?? undefined}
              entered={w.entered ?? undefined}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The 17.5 cases that run #1, production first, four at most. */
export function Cases({ v, m, lang }: PartProps) {
  return (
    <>
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
    </>
  );
}
