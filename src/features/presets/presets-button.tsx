import { useState } from 'react';

import { useMessages } from '../../components/use-messages';
import { presetsMessages } from './messages';
import { PresetsDialog } from './presets-dialog';
import { usePresetLibrary } from './use-preset-library';
import './presets.css';

/**
 * The header's Presets button and its dialog. It holds the session's preset library, so the
 * stored presets are read once when the page loads (a damaged store shows its notice at once).
 */
export function PresetsButton() {
  const m = useMessages(presetsMessages);
  const library = usePresetLibrary();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button presets-button"
        aria-haspopup="dialog"
        title={m.openPresets}
        onClick={() => setOpen(true)}
      >
        <svg className="presets-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 1.5h8a1 1 0 0 1 1 1v12l-5-3-5 3v-12a1 1 0 0 1 1-1z" />
        </svg>
        <span className="action-text">{m.presets}</span>
      </button>
      {open ? <PresetsDialog library={library} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
