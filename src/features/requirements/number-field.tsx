import { useState, type ReactNode } from 'react';

import type { Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import { parseBoundedInteger, requirementFromInput, type Limits } from './parse-requirement-input';
import { formatNumber } from '../../i18n/numbers';

interface NumberFieldProps {
  id: string;
  label: string;
  unit: string;
  hint: string;
  value: number | null;
  limits: Limits;
  lang: Language;
  strings: { range: string; clamped: string; unreadable: string };
  onCommit: (value: number | null) => void;
  /** An optional figure: a "no limit" checkbox, and blank text means no limit. */
  optional?: { noLimitLabel: string; fallback: number };
  children?: ReactNode;
}

/**
 * A labelled number input over a store value. While the user types, the text is kept as a
 * draft and every readable figure is committed (clamped); unreadable text is ignored and
 * the draft is dropped on blur, so the field always ends up showing the stored value.
 */
export function NumberField({
  id,
  label,
  unit,
  hint,
  value,
  limits,
  lang,
  strings,
  onCommit,
  optional,
  children,
}: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // The figure to restore when "no limit" is unticked again.
  const [remembered, setRemembered] = useState(optional?.fallback ?? limits.min);
  const commit = (next: number | null | undefined) => {
    if (next === undefined || next === value) return;
    if (next !== null) setRemembered(next);
    onCommit(next);
  };
  const parsed = draft === null ? null : parseBoundedInteger(draft, limits);
  const bounds = { min: formatNumber(limits.min, lang), max: formatNumber(limits.max, lang) };
  const status =
    parsed?.kind === 'value' && parsed.clamped
      ? format(strings.clamped, { ...bounds, unit })
      : parsed?.kind === 'invalid'
        ? strings.unreadable
        : '';
  const hintId = `${id}-hint`;
  return (
    <div className="req-field">
      <label htmlFor={id} className="req-label">
        {label}
      </label>
      <div className="req-number">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={limits.min}
          max={limits.max}
          step={1}
          value={draft ?? (value === null ? '' : String(value))}
          aria-describedby={hintId}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            commit(
              requirementFromInput(e.currentTarget.value, limits, {
                optional: optional !== undefined,
                final: false,
              }),
            );
          }}
          onBlur={(e) => {
            commit(
              requirementFromInput(e.currentTarget.value, limits, {
                optional: optional !== undefined,
                final: true,
              }),
            );
            setDraft(null);
          }}
        />
        <span className="req-unit" aria-hidden="true">
          {unit}
        </span>
      </div>
      {optional ? (
        <label className="req-check req-check-inline">
          <input
            type="checkbox"
            checked={value === null}
            onChange={(e) => {
              if (e.currentTarget.checked) {
                if (value !== null) setRemembered(value);
                onCommit(null);
              } else onCommit(remembered);
              setDraft(null);
            }}
          />
          <span>{optional.noLimitLabel}</span>
        </label>
      ) : null}
      {children}
      <p id={hintId} className="req-hint">
        {hint} {format(strings.range, { ...bounds, unit })}
      </p>
      <p className="req-status" role="status">
        {status}
      </p>
    </div>
  );
}
