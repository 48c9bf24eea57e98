import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';

import { useModalDialog } from '../../components/use-modal-dialog';
import { useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useFullscreenExit } from './fullscreen';
import { presenterMessages } from './messages';
import { PresenterNav, PresenterTopBar } from './presenter-chrome';
import { ConfidenceSlide } from './confidence-slide';
import { PathSlide } from './path-slide';
import { QuestionSlide } from './question-slide';
import { RadarSlide } from './radar-slide';
import { RankingSlide } from './ranking-slide';
import {
  focusKind,
  moveSlide,
  presenterCommand,
  SLIDES,
  SLIDES_WITH_WEIGHTS,
  type PresenterCommand,
  type SlideId,
} from './slides';
import { useFitFont } from './use-fit-font';
import { controlZoom, usePresenterBase } from './use-viewport-scale';
import { VerdictSlide } from './verdict-slide';
import { WeightStrip } from './weight-strip';
import { WeightsSlide } from './weights-slide';
import './presenter-palette.css';
import './presenter.css';
import './presenter-slides.css';
import './presenter-panels.css';

const BODIES: Record<SlideId, () => ReactNode> = {
  question: QuestionSlide,
  weights: WeightsSlide,
  ranking: RankingSlide,
  radar: RadarSlide,
  path: PathSlide,
  confidence: ConfidenceSlide,
  verdict: VerdictSlide,
};

/**
 * The full-screen presenter: six live slides over the store, keyboard driven (→ / PageDown /
 * Space, ← / PageUp, Home / End, H hides the controls, Esc leaves), in a modal <dialog> (the
 * top layer, above the inert page). A grid of top bar, slide, weight strip and navigation: the
 * slide gets the space left and its type is sized to fill it (use-fit-font.ts). Re-renders on
 * slide and control changes and on window resizes; each slide follows the store itself.
 */
export function PresenterOverlay({ onClose }: { onClose: () => void }) {
  const m = useMessages(presenterMessages);
  const [index, setIndex] = useState(0);
  const [controls, setControls] = useState(true);
  // jsdom has no showModal: there the dialog opens as a plain open one.
  const modal = useModalDialog(onClose, { openWithoutModal: true });
  const dialog = modal.ref;
  const area = useRef<HTMLElement>(null);
  const base = usePresenterBase();
  useFullscreenExit(onClose);

  const run = useCallback(
    (command: PresenterCommand) => {
      if (command === 'close') onClose();
      else if (command === 'toggleControls') setControls((c) => !c);
      else setIndex((i) => moveSlide(i, command));
    },
    [onClose],
  );

  useEffect(() => {
    // Capture on window: the presenter's keys win over listeners of the page behind it.
    const onKey = (e: KeyboardEvent) => {
      const modified = e.ctrlKey || e.altKey || e.metaKey;
      const command = presenterCommand(e.key, focusKind(document.activeElement), modified);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run]);

  useEffect(() => {
    // Focus on the dialog itself, not on its first button (where showModal puts it): Space
    // then turns the page instead of pressing "Hide controls".
    dialog.current?.focus();
  }, [dialog]);

  useEffect(() => {
    // A control that had focus may have gone with the slide or the chrome: keep focus inside.
    if (!dialog.current?.contains(document.activeElement)) dialog.current?.focus();
  }, [dialog, index, controls]);

  const slide = SLIDES[index]!;
  useFitFont(area, base, slide);
  const Body = BODIES[slide];
  const counter = format(m.counter, { n: index + 1, total: SLIDES.length });
  const strip = controls && SLIDES_WITH_WEIGHTS.includes(slide);
  return (
    <dialog
      {...modal}
      className={`modal presenter${controls ? '' : ' presenter-clean'}`}
      aria-label={m.dialog}
      tabIndex={-1}
      style={{ '--p-base': `${base}px`, '--p-zoom': controlZoom(base) } as CSSProperties}
    >
      <div
        className="presenter-progress"
        role="progressbar"
        aria-label={m.progress}
        aria-valuemin={1}
        aria-valuemax={SLIDES.length}
        aria-valuenow={index + 1}
        aria-valuetext={counter}
      >
        <span style={{ inlineSize: `${((index + 1) / SLIDES.length) * 100}%` }} />
      </div>
      {controls ? (
        <PresenterTopBar m={m} onHide={() => setControls(false)} onExit={onClose} />
      ) : (
        <button type="button" className="presenter-show" onClick={() => setControls(true)}>
          {m.showControls}
        </button>
      )}
      <section
        key={slide}
        ref={area}
        className={`presenter-slide presenter-slide-${slide}`}
        aria-roledescription={m.slide}
        aria-labelledby="presenter-slide-title"
      >
        <h2 id="presenter-slide-title" className="presenter-title">
          {m[slide]}
        </h2>
        <div className="presenter-body">
          <Body />
        </div>
      </section>
      {strip ? <WeightStrip /> : null}
      {controls ? (
        <PresenterNav
          m={m}
          counter={counter}
          atStart={index === 0}
          atEnd={index === SLIDES.length - 1}
          onMove={run}
        />
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {format(m.announce, { n: index + 1, total: SLIDES.length, title: m[slide] })}
      </p>
    </dialog>
  );
}
