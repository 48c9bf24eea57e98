import type { CompatibilityStatus, MatchStatus } from '../engine/types';

const SYMBOL: Record<MatchStatus | CompatibilityStatus, string> = {
  match: '●',
  partial: '◐',
  mismatch: '○',
  valid: '✓',
  warning: '⚠',
  invalid: '✕',
};

/** A status word with a shape as well as a colour, so it reads without colour vision. */
export function StatusBadge({
  status,
  label,
}: {
  status: MatchStatus | CompatibilityStatus;
  label: string;
}) {
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]}</span> {label}
    </span>
  );
}
