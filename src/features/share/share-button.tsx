import { useCallback, useEffect, useRef, useState } from 'react';

import { useMessages } from '../../components/use-messages';
import { pickInputs, useAppStore } from '../../store/app-store';
import { shareUrl } from '../../store/url-codec';
import { copyText } from './copy-text';
import { shareMessages } from './messages';
import { SharePopover } from './share-popover';
import './share.css';

/** How long "Link copied" stays visible. */
const CONFIRM_MS = 2500;

/**
 * The header's Copy link button: copies the share link of the current inputs; when the
 * clipboard is refused, shows the link in a popover to copy by hand. Reads the store only
 * on click, so it re-renders only with the language and its own feedback.
 */
export function ShareButton() {
  const m = useMessages(shareMessages);
  const [copied, setCopied] = useState(false);
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const confirm = useCallback(() => {
    setCopied(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), CONFIRM_MS);
  }, []);

  const close = useCallback((restoreFocus: boolean) => {
    setFallbackUrl(null);
    if (restoreFocus) buttonRef.current?.focus();
  }, []);

  const copy = async () => {
    const url = shareUrl(pickInputs(useAppStore.getState()), window.location);
    if (await copyText(url, navigator.clipboard)) {
      setFallbackUrl(null);
      confirm();
    } else {
      setCopied(false);
      setFallbackUrl(url);
    }
  };

  // The copy from the field happens after the event: close on the next task, not during it.
  const copiedByHand = () => {
    confirm();
    window.setTimeout(() => close(true), 0);
  };

  return (
    <div className="share">
      <button
        ref={buttonRef}
        type="button"
        className="button share-button"
        title={m.copyLinkTitle}
        onClick={() => void copy()}
      >
        <svg className="share-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
          <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
        </svg>
        {m.copyLink}
      </button>
      <span role="status" className="share-status">
        {copied ? (
          <>
            <span aria-hidden="true">✓ </span>
            {m.copied}
          </>
        ) : null}
      </span>
      {fallbackUrl !== null ? (
        <SharePopover url={fallbackUrl} m={m} onCopied={copiedByHand} onClose={close} />
      ) : null}
    </div>
  );
}
