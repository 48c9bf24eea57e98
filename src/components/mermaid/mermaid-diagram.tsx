import { useEffect, useState } from 'react';

import { useAppStore } from '../../store/app-store';
import { renderMermaid } from './render-mermaid';

type State =
  { status: 'loading' } | { status: 'ready'; svg: string } | { status: 'error'; message: string };

interface MermaidDiagramProps {
  /** Flowchart source built by a pure adapter with encoded labels. */
  text: string;
  /** Accessible name of the picture; a text twin should sit next to it. */
  label: string;
  loadingText: string;
  errorText: string;
  /** Wait this long for the text to settle before rendering (slider drags change it often). */
  debounceMs?: number;
}

/** The one place mermaid is drawn: lazy-loaded, debounced, cached, with loading and error states. */
export function MermaidDiagram({
  text,
  label,
  loadingText,
  errorText,
  debounceMs = 150,
}: MermaidDiagramProps) {
  const theme = useAppStore((s) => s.theme);
  const [state, setState] = useState<State>({ status: 'loading' });
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
  return (
    <figure className="diagram" role="img" aria-label={label}>
      {/* mermaid's own output under securityLevel 'strict'; every label was entity-encoded */}
      <div className="diagram-svg" dangerouslySetInnerHTML={{ __html: state.svg }} />
    </figure>
  );
}
