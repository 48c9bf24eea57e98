import { useId, type ReactNode } from 'react';

import { useMessages } from '../../components/use-messages';
import { useModalDialog } from '../../components/use-modal-dialog';
import { format } from '../../i18n/messages';
import { ErrorTable } from './error-table';
import { catalogueIoMessages } from './messages';
import { fetchErrorText, invalidTitle } from './preview-words';
import { PreviewBody } from './preview-body';
import { displayUrl, hostOf } from './team-link';
import { UrlForm } from './url-form';
import type { ImportFlow } from './use-import-flow';
import '../../components/modal.css';
import './catalogue-io.css';

type Words = (typeof catalogueIoMessages)['en'];

/** A native modal <dialog>: opens on mount, Esc cancels, focus returns to the opener on unmount. */
function ModalShell({
  titleId,
  onCancel,
  children,
}: {
  titleId: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const modal = useModalDialog(onCancel);
  return (
    <dialog {...modal} className="modal cat-io-dialog" aria-labelledby={titleId}>
      <div className="modal-frame">{children}</div>
    </dialog>
  );
}

/** The title bar, scrolling body and button row of one step. */
function Step({
  titleId,
  title,
  intro,
  children,
  buttons,
}: {
  titleId: string;
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
  buttons: ReactNode;
}) {
  return (
    <>
      <header className="modal-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          {intro ? <p className="cat-io-intro">{intro}</p> : null}
        </div>
      </header>
      {children ? <div className="cat-io-body">{children}</div> : null}
      <footer className="cat-io-footer">{buttons}</footer>
    </>
  );
}

/**
 * The address a step is about, as requested (a link could hide its host or path); nothing
 * when it is not an http(s) address, since a link's text is not the app's to repeat.
 */
function UrlLine({ url, m }: { url: string; m: Words }) {
  const shown = displayUrl(url);
  if (shown === null) return null;
  return (
    <p className="cat-io-url">
      <span className="cat-io-url-label">{m.confirmUrl}</span>
      <code>{shown}</code>
    </p>
  );
}

/**
 * The import's dialog, one step at a time: the URL form, a team link's confirmation, loading,
 * a fetch error, the file's problems (nothing changed) or the preview with Apply import.
 * Renders nothing while the flow is idle. `onApplied` gets the subject after Apply.
 */
export function ImportDialog({
  flow,
  onApplied,
  cancelLabel,
}: {
  flow: ImportFlow;
  onApplied?: (subject: string) => void;
  /** The dismiss button of a team link's confirmation ("Not now"); Cancel elsewhere. */
  cancelLabel?: string;
}) {
  const m = useMessages(catalogueIoMessages);
  const titleId = useId();
  const { state, close } = flow;
  if (state.step === 'idle') return null;

  const closeButton = (label = m.close) => (
    <button type="button" className="button" onClick={close} autoFocus>
      {label}
    </button>
  );

  let content: ReactNode;
  switch (state.step) {
    case 'askUrl':
      content = (
        <UrlForm
          titleId={titleId}
          onSubmit={(url) => void flow.loadUrl(url)}
          onCancel={close}
          m={m}
        />
      );
      break;
    case 'confirm':
      content = (
        <Step
          titleId={titleId}
          title={format(m.confirmTitle, { host: hostOf(state.url) })}
          intro={m.confirmBody}
          buttons={
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => void flow.loadUrl(state.url)}
                autoFocus
              >
                {m.load}
              </button>
              <button type="button" className="button" onClick={close}>
                {cancelLabel ?? m.cancel}
              </button>
            </>
          }
        >
          <UrlLine url={state.url} m={m} />
        </Step>
      );
      break;
    case 'loading':
      content = (
        <Step titleId={titleId} title={m.urlTitle} buttons={closeButton(m.cancel)}>
          <UrlLine url={state.url} m={m} />
          <p role="status" className="cat-io-loading">
            {format(m.loading, { host: hostOf(state.url) })}
          </p>
        </Step>
      );
      break;
    case 'fetchError':
      content = (
        <Step titleId={titleId} title={m.fetchTitle} buttons={closeButton()}>
          <p className="cat-io-error" role="alert">
            {fetchErrorText(state.error, state.status, m)}
          </p>
          <UrlLine url={state.url} m={m} />
        </Step>
      );
      break;
    case 'invalid':
      content = (
        <Step
          titleId={titleId}
          title={invalidTitle(state.errors, m)}
          intro={format(m.invalidIntro, { subject: state.subject })}
          buttons={closeButton()}
        >
          <ErrorTable errors={state.errors} subject={state.subject} m={m} />
        </Step>
      );
      break;
    case 'preview':
      content = (
        <Step
          titleId={titleId}
          title={format(m.previewTitle, { subject: state.subject })}
          intro={m.previewIntro}
          buttons={
            <>
              <button
                type="button"
                className="button button-primary"
                autoFocus
                onClick={() => {
                  const subject = flow.apply();
                  if (subject !== null) onApplied?.(subject);
                }}
              >
                {m.apply}
              </button>
              <button type="button" className="button" onClick={close}>
                {m.cancel}
              </button>
            </>
          }
        >
          <PreviewBody state={state} m={m} />
        </Step>
      );
      break;
  }

  return (
    <ModalShell titleId={titleId} onCancel={close}>
      {/* Keyed by step: the new step's autofocus button takes focus from the one it replaces. */}
      <div key={state.step} className="cat-io-step">
        {content}
      </div>
    </ModalShell>
  );
}
