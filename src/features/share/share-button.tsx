import { useCallback, useEffect, useRef, useState } from 'react';

import { useMessages } from '../../components/use-messages';
import { pickInputs, useAppStore } from '../../store/app-store';
import { shareUrl } from '../../store/url-codec';
import { isSeedCatalogue } from '../../store/seed-baseline';
import { linkWithCatalogue, type CatalogueNote } from './catalogue-note';
import { copyText } from './copy-text';
import { shareMessages } from './messages';
import { SharePopover } from './share-popover';
import './share.css';

/** How long "Link copied" stays visible. */
const CONFIRM_MS = 2500;

/** The popover: the link, whether it was copied, and what it says about a user's catalogue. */
interface Shown {
  url: string;
  copied: boolean;
  note: CatalogueNote | null;
}

/**
 * The header's Copy link button: copies the share link of the current inputs; when the
 * clipboard is refused, shows the link in a popover to copy by hand. With a user's catalogue
 * the link also carries it (`#catalogue=…`, prepared asynchronously) and the popover always
 * opens to say so, or that it is too large and offers the export. Reads the store only on
 * click, so it re-renders only with the language and its own feedback.
 */
export function ShareButton() {
  const m = useMessages(shareMessages);
  const [copied, setCopied] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const confirm = useCallback(() => {
    setCopied(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), CONFIRM_MS);
  }, []);

  const close = useCallback((restoreFocus: boolean) => {
    setShown(null);
    if (restoreFocus) buttonRef.current?.focus();
  }, []);

  const copy = async () => {
    if (preparing) return;
    const state = useAppStore.getState();
    // Inputs are encoded against the catalogue they belong to (technologies by id in a user's).
    const inputsUrl = shareUrl(pickInputs(state), window.location, state.catalogue);
    if (isSeedCatalogue(state.catalogue)) {
      if (await copyText(inputsUrl, navigator.clipboard)) {
        setShown(null);
        confirm();
      } else {
        setCopied(false);
        setShown({ url: inputsUrl, copied: false, note: null });
      }
      return;
    }
    setCopied(false);
    setShown(null);
    setPreparing(true);
    const { url, note } = await linkWithCatalogue(inputsUrl, state.catalogue);
    setPreparing(false);
    const done = await copyText(url, navigator.clipboard);
    if (done) confirm();
    setShown({ url, copied: done, note });
  };

  // The copy from the field happens after the event: close on the next task, not during it.
  const copiedByHand = () => {
    confirm();
    if (shown?.note) return;
    window.setTimeout(() => close(true), 0);
  };

  return (
    <div className="share">
      <button
        ref={buttonRef}
        type="button"
        className="button share-button"
        title={m.copyLinkTitle}
        aria-busy={preparing}
        onClick={() => void copy()}
      >
        <svg className="share-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
          <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
        </svg>
        <span className="action-text">{m.copyLink}</span>
      </button>
      <span role="status" className="share-status">
        {preparing ? (
          m.preparing
        ) : copied ? (
          <>
            <span aria-hidden="true">✓ </span>
            {m.copied}
          </>
        ) : null}
      </span>
      {shown !== null ? (
        <SharePopover
          url={shown.url}
          copied={shown.copied}
          note={shown.note}
          m={m}
          onCopied={copiedByHand}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
