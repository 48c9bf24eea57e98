import { useEffect, useRef, type KeyboardEvent } from 'react';

import { downloadCatalogueJson } from '../../components/catalogue-download';
import { useLanguage } from '../../components/use-messages';
import { useAppStore } from '../../store/app-store';
import { catalogueNoteText, type CatalogueNote } from './catalogue-note';
import { isApplePlatform } from './copy-text';
import type { shareMessages } from './messages';

interface SharePopoverProps {
  url: string;
  /** True when the link is already on the clipboard (the popover opened to tell about the catalogue). */
  copied?: boolean;
  /** What the link does with the user's catalogue; null with the seed's. */
  note?: CatalogueNote | null;
  m: (typeof shareMessages)['en'];
  /** The user copied the link from the field (Ctrl/⌘+C or the context menu). */
  onCopied: () => void;
  /** Closes the popover; `restoreFocus` returns focus to the Copy link button. */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * The link in a read-only, pre-selected field with a hint to copy it by hand: the fallback
 * when the clipboard is refused, and with a user's catalogue what the link carries (or that
 * the catalogue is too large, with its export). A non-modal dialog under the button: Esc and
 * Close return focus to the button, a click outside just closes it.
 */
export function SharePopover({
  url,
  copied = false,
  note = null,
  m,
  onCopied,
  onClose,
}: SharePopoverProps) {
  const lang = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [url]);

  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!ref.current?.contains(target) && !target?.closest?.('.share-button')) onClose(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [onClose]);

  // Copied: say so (and whether the catalogue went with it), with no how-to-copy hint.
  const title = copied
    ? note && note.kind !== 'carried'
      ? m.copiedInputsOnly
      : m.copied
    : m.fallbackTitle;
  const hint = copied ? m.onClipboard : isApplePlatform(navigator) ? m.hintMac : m.hintOther;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose(true);
  };

  return (
    <div
      ref={ref}
      className="share-popover"
      role="dialog"
      aria-labelledby="share-popover-title"
      aria-describedby="share-popover-hint"
      onKeyDown={onKeyDown}
    >
      <h2 id="share-popover-title" className="share-popover-title">
        {title}
      </h2>
      {copied ? null : <p className="share-popover-reason">{m.blocked}</p>}
      {note ? (
        <div className={`share-popover-catalogue share-popover-catalogue-${note.kind}`}>
          <p>{catalogueNoteText(note, m, lang)}</p>
          {note.kind === 'carried' ? null : (
            <button
              type="button"
              className="button"
              onClick={() => downloadCatalogueJson(useAppStore.getState().catalogue)}
            >
              {m.exportCatalogue}
            </button>
          )}
        </div>
      ) : null}
      <label htmlFor="share-link-field" className="share-popover-label">
        {m.fieldLabel}
      </label>
      {/* A wrapping field, so the whole link is visible before it is copied. */}
      <textarea
        ref={fieldRef}
        id="share-link-field"
        className="share-popover-field"
        readOnly
        rows={3}
        spellCheck={false}
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        onCopy={onCopied}
      />
      <div className="share-popover-footer">
        <p id="share-popover-hint" className="share-popover-hint">
          {hint}
        </p>
        <button type="button" className="button" onClick={() => onClose(true)}>
          {m.close}
        </button>
      </div>
    </div>
  );
}
