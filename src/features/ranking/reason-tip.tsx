import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { StatusBadge } from '../../components/status-badge';
import type { CompatibilityStatus, MatchStatus } from '../../engine/types';

interface ReasonTipProps {
  status: MatchStatus | CompatibilityStatus;
  /** The badge's visible word. */
  label: string;
  /** Read before the badge word, e.g. "Requirement fit:"; hidden visually. */
  context: string;
  lines: ReactNode[];
}

type Position = { left: number; top?: number; bottom?: number };

const TIP_WIDTH = 360;

/** Where the tip goes: under the trigger, or above it near the bottom of the viewport. */
function place(trigger: Element): Position {
  const r = trigger.getBoundingClientRect();
  const left = Math.max(8, Math.min(r.left, window.innerWidth - TIP_WIDTH - 16));
  return r.bottom > window.innerHeight * 0.6
    ? { left, bottom: window.innerHeight - r.top + 6 }
    : { left, top: r.bottom + 6 };
}

/**
 * A status badge that is a button: hover, focus or click shows its reasons in a tooltip
 * (role="tooltip", referenced by aria-describedby); Esc hides it. Fixed positioning keeps
 * the tip out of the table's scroll clipping; it follows the trigger when anything scrolls.
 */
export function ReasonTip({ status, label, context, lines }: ReasonTipProps) {
  const id = useId();
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [position, setPosition] = useState<Position>({ left: 0, top: 0 });
  const triggerRef = useRef<HTMLButtonElement>(null);
  const open = !dismissed && (hover || focus);

  useEffect(() => {
    if (!open) return;
    // Focus scrolls the trigger into view, and the page or the table may scroll while the
    // tip is open: follow the trigger rather than close.
    const follow = () => {
      if (triggerRef.current) setPosition(place(triggerRef.current));
    };
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [open]);

  const show = (trigger: Element) => {
    setPosition(place(trigger));
    setDismissed(false);
  };

  return (
    <span
      className="reason-tip"
      onMouseEnter={() => {
        if (triggerRef.current) show(triggerRef.current);
        setHover(true);
      }}
      onMouseLeave={() => setHover(false)}
    >
      <button
        ref={triggerRef}
        type="button"
        className="reason-tip-trigger"
        aria-describedby={id}
        onFocus={(e) => {
          show(e.currentTarget);
          setFocus(true);
        }}
        onBlur={() => setFocus(false)}
        onClick={(e) => {
          // Safari does not focus a clicked button; a click must still show the tip.
          show(e.currentTarget);
          setFocus(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setDismissed(true);
          }
        }}
      >
        <span className="visually-hidden">{context} </span>
        <StatusBadge status={status} label={label} />
      </button>
      {/* Always in the DOM (hidden when closed) so the description is there the moment the
          button takes focus; screen readers read it on focus, before any re-render. */}
      <span role="tooltip" id={id} className="reason-tip-bubble" style={position} hidden={!open}>
        {lines.map((line, i) => (
          <span key={i} className="reason-tip-line">
            {line}
          </span>
        ))}
      </span>
    </span>
  );
}
