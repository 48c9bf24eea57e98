import { useEffect, type ReactNode } from 'react';

import { focusHeading, type InputSection } from '../../components/show-input';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useMessages } from '../../components/use-messages';
import { inputsMessages } from './messages';

const TITLE_ID = 'inputs-drawer-title';

/**
 * The inputs drawer (≤ 1280 px): the scenario, weights and requirements panels in a modal
 * sheet on the left, opened at `section`. The page stays visible beside it, so the ranking
 * is seen re-ranking while a slider moves. Esc, Close or the backdrop close it.
 */
export function InputsDrawer({
  section,
  onClose,
  children,
}: {
  section: InputSection;
  onClose: () => void;
  children: ReactNode;
}) {
  const m = useMessages(inputsMessages);
  const modal = useModalDialog(onClose, { openWithoutModal: true, closeOnBackdrop: true });
  // Open at the requested panel; a later request (another bar button) moves there too.
  useEffect(() => {
    focusHeading(section);
  }, [section]);
  return (
    <dialog {...modal} className="modal inputs-drawer" aria-labelledby={TITLE_ID}>
      <div className="modal-frame">
        <header className="modal-header">
          <div>
            <h2 id={TITLE_ID}>{m.drawer}</h2>
            <p className="inputs-hint">{m.liveHint}</p>
          </div>
          <button type="button" className="button" aria-label={m.closeInputs} onClick={onClose}>
            <span aria-hidden="true">✕</span> {m.close}
          </button>
        </header>
        <div className="inputs-drawer-body">{children}</div>
      </div>
    </dialog>
  );
}
