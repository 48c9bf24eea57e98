/** The part of the Clipboard API the share button uses; tests pass a fake. */
export type ClipboardLike = Pick<Clipboard, 'writeText'> | undefined;

/**
 * Writes text to the clipboard; true on success, false when the API is missing (an
 * insecure context), refused (permissions) or fails. Never throws.
 */
export async function copyText(text: string, clipboard: ClipboardLike): Promise<boolean> {
  try {
    if (typeof clipboard?.writeText !== 'function') return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** True on Apple platforms, where the copy shortcut is ⌘C rather than Ctrl+C. */
export function isApplePlatform(nav: Pick<Navigator, 'platform' | 'userAgent'>): boolean {
  return /Mac|iPhone|iPad|iPod/.test(nav.platform || nav.userAgent);
}
