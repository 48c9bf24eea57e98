import { downloadText } from '../../components/download';
import { exportFileName } from '../../components/export-file';
import { format } from '../../i18n/messages';
import { MAX_PRESETS, serialisePresets, type Preset } from '../../store/preset-storage';
import type { presetsMessages } from './messages';
import type { Change } from './use-preset-library';

/** A status line for a change; adds that it lasts for this session only when it was not stored. */
export function statusOf(change: Change, done: string, m: (typeof presetsMessages)['en']): string {
  if (change.outcome === 'full') return format(m.notSavedFull, { max: MAX_PRESETS });
  if (change.outcome === 'gone') return format(m.goneStatus, { name: change.name });
  const line = format(done, { name: change.name });
  if (change.outcome === 'stored') return line;
  const reason = {
    quota: m.reasonQuota,
    unavailable: m.reasonUnavailable,
    newer: m.reasonNewer,
    unreadable: m.reasonUnreadable,
  }[change.outcome];
  // The English template starts with the space between sentences; Chinese needs none.
  return `${line}${format(m.sessionStatus, { reason })}`;
}

/** Downloads the presets as a file in the stored format (`{ v: 1, presets }`): presets-YYYY-MM-DD.json. */
export function downloadPresets(presets: Preset[], now = new Date()): void {
  downloadText(
    serialisePresets(presets),
    exportFileName('presets', now, 'json'),
    'application/json',
  );
}
