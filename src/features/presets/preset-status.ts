import { downloadText } from '../../components/download';
import { exportFileName } from '../../components/export-file';
import { format } from '../../i18n/messages';
import type { Language } from '../../catalogue/types';
import { formatNumber } from '../../i18n/numbers';
import {
  MAX_PRESETS,
  serialisePresets,
  type Preset,
  type ReplaceOutcome,
} from '../../store/preset-storage';
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

/** The status line after asking to start a new preset list over an unreadable stored value. */
export function replaceStatusOf(
  outcome: ReplaceOutcome,
  m: (typeof presetsMessages)['en'],
  lang: Language,
): string {
  switch (outcome.kind) {
    case 'stored': {
      const n = outcome.presets.length;
      return format(m.startedStatus, {
        count: formatNumber(n, lang),
        n,
        key: outcome.backupKey,
      });
    }
    case 'changed':
      return m.notReplacedChanged;
    case 'newerInStorage':
      return format(m.notReplacedNewer, { version: outcome.version });
    case 'readable':
      return m.notReplacedReadable;
    case 'noBackup':
      return outcome.failure === 'quota' ? m.notReplacedQuota : m.notReplacedUnavailable;
    case 'quota':
      return m.notReplacedQuota;
    case 'unavailable':
      return m.notReplacedUnavailable;
  }
}

/** Downloads the presets as a file in the stored format (`{ v: 1, presets }`): presets-YYYY-MM-DD.json. */
export function downloadPresets(presets: Preset[], now = new Date()): void {
  downloadText(
    serialisePresets(presets),
    exportFileName('presets', now, 'json'),
    'application/json',
  );
}
