import { Fragment, useId, type CSSProperties, type ReactNode } from 'react';

import type { Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import { radarChartMessages } from './radar-messages';
import type { RadarModel } from './to-radar-series';

interface RadarLegendProps {
  /** Every compared stack (shown or not), in legend order. */
  model: RadarModel;
  lang: Language;
  /** Ids of the stacks switched off. */
  hidden: ReadonlySet<string>;
  /** Press: show or hide the stack. */
  onToggle: (stackId: string) => void;
  /** Point at or focus a stack (null when the pointer or focus leaves). */
  onEmphasis: (stackId: string | null) => void;
  /** Say how the items work (off where space is short, e.g. on a slide). */
  hint?: boolean;
  className?: string;
  /** More controls after the items (e.g. "Differences only"). */
  children?: ReactNode;
}

/**
 * The radar's legend, shared by the panel and the presenter: one toggle button per compared
 * stack (aria-pressed = shown) with its colour, rank and distinguishing name; pointing at one
 * or focusing it emphasises its shape. Lists what every compared stack shares.
 */
export function RadarLegend({
  model,
  lang,
  hidden,
  onToggle,
  onEmphasis,
  hint = true,
  className,
  children,
}: RadarLegendProps) {
  const m = radarChartMessages[lang];
  const hintId = useId();
  const shownCount = model.series.filter((s) => !hidden.has(s.stackId)).length;
  return (
    <div className={`radar-legend ${className ?? ''}`}>
      {hint ? (
        <p id={hintId} className="radar-legend-hint">
          {m.legendHint}
        </p>
      ) : null}
      <div className="radar-legend-row">
        <ul aria-label={m.legend}>
          {model.series.map((s) => {
            const shown = !hidden.has(s.stackId);
            const last = shown && shownCount === 1;
            return (
              <li key={s.stackId}>
                <button
                  type="button"
                  className="radar-legend-item"
                  aria-pressed={shown}
                  aria-disabled={last || undefined}
                  aria-describedby={hint ? hintId : undefined}
                  title={last ? `${s.fullName} — ${m.lastShown}` : s.fullName}
                  onClick={() => {
                    onToggle(s.stackId);
                    // A stack shown again is the one the reader is pointing at.
                    onEmphasis(shown ? null : s.stackId);
                  }}
                  onMouseEnter={() => onEmphasis(shown ? s.stackId : null)}
                  onMouseLeave={() => onEmphasis(null)}
                  onFocus={() => onEmphasis(shown ? s.stackId : null)}
                  onBlur={() => onEmphasis(null)}
                >
                  <span
                    className="radar-legend-mark"
                    aria-hidden="true"
                    style={{ '--swatch': s.colour } as CSSProperties}
                  />
                  <span className="radar-legend-rank num">{format(m.rank, { rank: s.rank })}</span>
                  <span className="radar-legend-label">{s.label}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {children}
      </div>
      {model.common.length > 0 ? (
        <p className="radar-legend-common">
          <span className="radar-legend-common-head">{m.shared}</span>{' '}
          {model.common.map((name, i) => (
            <Fragment key={i}>
              {i > 0 ? ' + ' : ''}
              <span className="radar-legend-common-name" title={name}>
                {name}
              </span>
            </Fragment>
          ))}
        </p>
      ) : null}
    </div>
  );
}
