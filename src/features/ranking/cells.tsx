import { memo, type CSSProperties } from 'react';

import { namesOf, type Names } from '../../catalogue/names';
import type { Catalogue, DimensionId, Language } from '../../catalogue/types';
import { matchReason } from '../../components/match-words';
import { StatusBadge } from '../../components/status-badge';
import { TechChip } from '../../components/tech-chip';
import type { MatchResult, Stack } from '../../engine/types';
import { format } from '../../i18n/messages';
import { seriesColour } from '../../components/series-colour';
import { MAX_SELECTED, useAppStore } from '../../store/app-store';
import { comparedIndex, useNames } from '../../store/use-ranking';
import { rankingMessages } from './messages';
import { ReasonTip } from './reason-tip';
import { formatScore } from '../../i18n/numbers';

const productionCache = new WeakMap<Catalogue, ReadonlySet<string>>();

/** The ids of the catalogue's cases in production, built once per catalogue object. */
function productionCases(catalogue: Catalogue): ReadonlySet<string> {
  let ids = productionCache.get(catalogue);
  if (!ids) {
    ids = new Set(catalogue.cases.filter((c) => c.status === 'production').map((c) => c.id));
    productionCache.set(catalogue, ids);
  }
  return ids;
}

/** The stack's technologies as chips; the hidden " + " makes the row read as the stack's name. */
export const StackCell = memo(function StackCell({
  stack,
  caseIds,
  catalogue,
  lang,
}: {
  stack: Stack;
  caseIds: string[];
  catalogue: Catalogue;
  lang: Language;
}) {
  const m = rankingMessages[lang];
  const names = namesOf(catalogue);
  const production = productionCases(catalogue);
  const inProduction = caseIds.some((id) => production.has(id));
  return (
    <span className="stack-cell">
      <span className="stack-chips">
        {catalogue.layers.map(({ id: layer }, i) => (
          <span key={layer} className="stack-chip-slot">
            {i > 0 ? <span className="visually-hidden"> + </span> : null}
            <TechChip layer={layer} index={i} name={names.technology(stack.parts[layer] ?? '')} />
          </span>
        ))}
      </span>
      {caseIds.length > 0 ? (
        <span
          className={`case-marker${inProduction ? ' case-marker-production' : ''}`}
          role="img"
          aria-label={format(inProduction ? m.inProduction : m.inCases, { n: caseIds.length })}
          title={format(inProduction ? m.inProduction : m.inCases, { n: caseIds.length })}
        >
          {inProduction ? '★' : '⚑'} {caseIds.length}
        </span>
      ) : null}
    </span>
  );
});

/** ▲ n / ▼ n since the last change of order, blank when the stack kept its place. */
export function MoveCell({ move, lang }: { move: number | undefined; lang: Language }) {
  if (!move) return null;
  const m = rankingMessages[lang];
  const up = move > 0;
  return (
    <span className={`move ${up ? 'move-up' : 'move-down'}`}>
      <span aria-hidden="true">
        {up ? '▲' : '▼'}
        {Math.abs(move)}
      </span>
      <span className="visually-hidden">
        {format(up ? m.movedUp : m.movedDown, { n: Math.abs(move) })}
      </span>
    </span>
  );
}

/** The total out of 100 with a thin bar under it. */
export function TotalCell({ total, lang }: { total: number; lang: Language }) {
  return (
    <span className="total-cell">
      <span className="num total-value">{formatScore(total, lang, 1)}</span>
      <span className="total-bar" aria-hidden="true">
        <span style={{ inlineSize: `${Math.max(0, Math.min(1, total)) * 100}%` }} />
      </span>
    </span>
  );
}

/** One dimension's score out of 100, its background tinted by the value in the dimension's colour. */
export function DimensionCell({
  dimension,
  colour,
  value,
  lang,
}: {
  dimension: DimensionId;
  colour: string;
  value: number;
  lang: Language;
}) {
  return (
    <span
      className={`dim-cell dim-${dimension} num`}
      style={{ '--dim-color': colour, '--heat': Math.max(0, Math.min(1, value)) } as CSSProperties}
    >
      {formatScore(value, lang, 0)}
    </span>
  );
}

/** The requirement fit and the compatibility verdict, each with its reasons on hover and focus. */
export const FitCell = memo(function FitCell({
  match,
  stack,
  lang,
}: {
  match: MatchResult;
  stack: Stack;
  lang: Language;
}) {
  const m = rankingMessages[lang];
  const names = useNames();
  const misses = match.checks.filter((c) => c.status !== 'match');
  const fitLines =
    misses.length > 0
      ? misses.map((c) => matchReason(c, lang, names))
      : [format(m.allChecksMet, { n: match.checks.length })];
  return (
    <span className="fit-cell">
      {match.checks.length > 0 ? (
        <ReasonTip
          status={match.status}
          label={m[match.status]}
          context={m.fitContext}
          lines={fitLines}
        />
      ) : (
        <span className="fit-plain">
          <span className="visually-hidden">{m.fitContext} </span>
          <StatusBadge status={match.status} label={m[match.status]} />
        </span>
      )}
      {stack.status !== 'valid' ? (
        <ReasonTip
          status={stack.status}
          label={m[stack.status]}
          context={m.compatibilityContext}
          lines={stack.reasons.map((r) =>
            format(r.reading ? m.ruleReading : m.ruleSource, {
              text: r.reason[lang],
              source: r.source,
            }),
          )}
        />
      ) : null}
    </span>
  );
});

/** "Compare <stack>": adds the stack to the comparison (at most six); re-renders on selection changes. */
export const CompareCheckbox = memo(function CompareCheckbox({
  stack,
  rank,
  names,
  lang,
}: {
  stack: Stack;
  rank: number;
  names: Names;
  lang: Language;
}) {
  const m = rankingMessages[lang];
  const index = useAppStore((s) => comparedIndex(stack.id, rank, s.selectedIds));
  const checked = useAppStore((s) => s.selectedIds.includes(stack.id));
  const full = useAppStore((s) => s.selectedIds.length >= MAX_SELECTED);
  const toggleSelected = useAppStore((s) => s.toggleSelected);
  const disabled = !checked && full;
  return (
    <span className="compare-cell">
      <input
        type="checkbox"
        className="compare-box"
        checked={checked}
        disabled={disabled}
        title={disabled ? format(m.compareFull, { n: MAX_SELECTED }) : undefined}
        aria-label={format(m.compareStack, { name: names.stack(stack.parts) })}
        onChange={() => toggleSelected(stack.id)}
      />
      {/* The stack's colour in the radar and breakdown, so the table and the charts read together. */}
      <span
        className="compare-swatch"
        aria-hidden="true"
        title={index === null ? undefined : m.chartColour}
        style={index === null ? undefined : ({ '--swatch': seriesColour(index) } as CSSProperties)}
      />
    </span>
  );
});

/** "Details for <stack>": opens the stack's drawer. */
export const DetailsButton = memo(function DetailsButton({
  stack,
  names,
  lang,
}: {
  stack: Stack;
  names: Names;
  lang: Language;
}) {
  const m = rankingMessages[lang];
  const openStack = useAppStore((s) => s.openStack);
  return (
    <button
      type="button"
      className="details-button"
      aria-label={format(m.detailsFor, { name: names.stack(stack.parts) })}
      title={m.details}
      onClick={() => openStack(stack.id)}
    >
      <span aria-hidden="true">›</span>
    </button>
  );
});
