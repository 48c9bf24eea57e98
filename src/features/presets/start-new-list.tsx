import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { CORRUPT_KEY_PREFIX, type ReplaceOutcome } from '../../store/preset-storage';
import { presetsMessages } from './messages';

/**
 * The way out of a stored preset value unreadable as a whole: a button that keeps a copy of it
 * and makes this session's presets the saved list, with a line saying so.
 */
export function StartNewList({
  backupKey,
  onReplace,
}: {
  /** The copy made at load; null when it is made on replacing. */
  backupKey: string | null;
  onReplace: () => ReplaceOutcome;
}) {
  const m = presetsMessages[useLanguage()];
  return (
    <div className="presets-start-new">
      <p id="presets-start-new-hint" className="presets-start-new-hint">
        {format(m.startNewHint, { key: backupKey ?? `${CORRUPT_KEY_PREFIX}…` })}
      </p>
      <button
        type="button"
        className="button"
        aria-describedby="presets-start-new-hint"
        onClick={onReplace}
      >
        {m.startNew}
      </button>
    </div>
  );
}
