import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';

import { useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useFullscreenExit } from './fullscreen';
import { presenterMessages } from './messages';
import { PresenterNav, PresenterTopBar } from './presenter-chrome';
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
import { VerdictSlide } from './verdict-slide';
import { WeightStrip } from './weight-strip';
import { WeightsSlide } from './weights-slide';
import './presenter.css';
import './presenter-slides.css';
import './presenter-panels.css';

const BODIES: Record<SlideId, () => ReactNode> = {
  question: QuestionSlide,
  weights: WeightsSlide,
  ranking: RankingSlide,
  radar: RadarSlide,
  path: PathSlide,
  verdict: VerdictSlide,
};

/** While mounted: the page behind is inert and does not scroll; focus starts on `dialog`. */
function useModal(dialog: RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const page = document.getElementById('root');
    const overflow = document.body.style.overflow;
    page?.setAttribute('inert', '');
    document.body.style.overflow = 'hidden';
    dialog.current?.focus();
    return () => {
      page?.removeAttribute('inert');
      document.body.style.overflow = overflow;
    };
  }, [dialog]);
}

/**
 * The full-screen presenter: six live slides over the store, keyboard driven (→ / PageDown /
 * Space, ← / PageUp, Home / End, H hides the controls, Esc leaves), rendered into <body> above
 * the inert page. Re-renders on slide and control changes; each slide follows the store itself.
 */
export function PresenterOverlay({ onClose }: { onClose: () => void }) {
  const m = useMessages(presenterMessages);
  const [index, setIndex] = useState(0);
  const [controls, setControls] = useState(true);
  const dialog = useRef<HTMLDivElement>(null);
  useModal(dialog);
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
    // A control that had focus may have gone with the slide or the chrome: keep focus inside.
    if (!dialog.current?.contains(document.activeElement)) dialog.current?.focus();
  }, [index, controls]);

  const slide = SLIDES[index]!;
  const Body = BODIES[slide];
  const counter = format(m.counter, { n: index + 1, total: SLIDES.length });
  return createPortal(
    <div
      ref={dialog}
      className={`presenter${controls ? '' : ' presenter-clean'}`}
      role="dialog"
      aria-modal="true"
      aria-label={m.dialog}
      tabIndex={-1}
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
      {controls && SLIDES_WITH_WEIGHTS.includes(slide) ? <WeightStrip /> : null}
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
    </div>,
    document.body,
  );
}
