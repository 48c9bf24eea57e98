import { useEffect, useState } from 'react';

import { useAppStore } from '../../store/app-store';
import type { CspSafeSvg } from './csp-styles';
import { useMessages } from '../use-messages';
import { DiagramDialog } from './diagram-dialog';
import { diagramMessages } from './diagram-messages';
import { DiagramViewer } from './diagram-viewer';
import { FullScreenIcon } from './full-screen-icon';
import { renderMermaid } from './render-mermaid';
import './diagram.css';

type State =
  | { status: 'loading' }
  | { status: 'ready'; svg: CspSafeSvg }
  | { status: 'error'; message: string };

interface MermaidDiagramProps {
  /** Flowchart source built by a pure adapter with encoded labels (toMermaid, light palette). */
  text: string;
  /** Accessible name of the picture; a text twin should sit next to it. */
  label: string;
  /** Short name for the controls and the full-screen view's heading (the panel's title); defaults to the label. */
  title?: string;
  loadingText: string;
  errorText: string;
  /** Wait this long for the text to settle before rendering (slider drags change it often). */
  debounceMs?: number;
}

/**
 * The one place mermaid is drawn: lazy-loaded, debounced, cached, in the page's theme (drawn
 * again when it changes), at its natural size with zoom, pan and a full-screen view.
 */
export function MermaidDiagram({
  text,
  label,
  title = label,
  loadingText,
  errorText,
  debounceMs = 150,
}: MermaidDiagramProps) {
  const m = useMessages(diagramMessages);
  const theme = useAppStore((s) => s.theme);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      renderMermaid(text, theme).then(
        (svg) => !cancelled && setState({ status: 'ready', svg }),
        (error: unknown) =>
          !cancelled &&
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    }, debounceMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, theme, debounceMs]);

  if (state.status === 'error') {
    return (
      <div className="diagram diagram-error" role="alert">
        {errorText} <code>{state.message.slice(0, 200)}</code>
      </div>
    );
  }
  if (state.status === 'loading') {
    return (
      <div className="diagram diagram-loading" role="status" aria-live="polite">
        {loadingText}
      </div>
    );
  }
  // The SVG is in the page once: mermaid's ids and its styles keyed to them must stay unique.
  return (
    <figure className="diagram">
      <DiagramViewer
        svg={fullScreen ? null : state.svg}
        label={label}
        title={title}
        fitBy="width"
        start="natural"
        actions={
          <button type="button" className="button" onClick={() => setFullScreen(true)}>
            <FullScreenIcon /> {m.fullScreen}
          </button>
        }
      />
      {fullScreen ? (
        <DiagramDialog
          svg={state.svg}
          label={label}
          title={title}
          onClose={() => setFullScreen(false)}
        />
      ) : null}
    </figure>
  );
}
