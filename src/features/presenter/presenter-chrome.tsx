import type { PresenterText } from './messages';
import type { PresenterCommand } from './slides';

/** The bar above the slide: the keys to remember, Hide controls (H) and Exit (Esc). */
export function PresenterTopBar({
  m,
  onHide,
  onExit,
}: {
  m: PresenterText;
  onHide: () => void;
  onExit: () => void;
}) {
  return (
    <div className="presenter-topbar">
      <p className="presenter-keys">{m.keysHint}</p>
      <button type="button" className="presenter-button" aria-keyshortcuts="H" onClick={onHide}>
        {m.hideControls}
      </button>
      <button
        type="button"
        className="presenter-button"
        aria-keyshortcuts="Escape"
        onClick={onExit}
      >
        <span aria-hidden="true">✕ </span>
        {m.exit}
      </button>
    </div>
  );
}

interface PresenterNavProps {
  m: PresenterText;
  counter: string;
  atStart: boolean;
  atEnd: boolean;
  onMove: (command: PresenterCommand) => void;
}

/** Previous / next buttons around the "3 / 6" counter. */
export function PresenterNav({ m, counter, atStart, atEnd, onMove }: PresenterNavProps) {
  return (
    <nav className="presenter-nav" aria-label={m.slides}>
      <button
        type="button"
        className="presenter-button presenter-step"
        aria-label={m.previous}
        aria-keyshortcuts="ArrowLeft PageUp"
        disabled={atStart}
        onClick={() => onMove('previous')}
      >
        <span aria-hidden="true">←</span>
      </button>
      <p className="presenter-counter num">{counter}</p>
      <button
        type="button"
        className="presenter-button presenter-step"
        aria-label={m.next}
        aria-keyshortcuts="ArrowRight PageDown Space"
        disabled={atEnd}
        onClick={() => onMove('next')}
      >
        <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
