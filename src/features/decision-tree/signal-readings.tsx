import type { Language } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import { SIGNAL_READINGS, SIGNAL_TEXT, type TreeSignals } from '../../engine/tree-signals';
import { format } from '../../i18n/messages';
import { treeMessages } from './messages';

type Signal = keyof TreeSignals;

/** A tree signal in words, followed by a reading badge (rationale in its tooltip) when its test is the app's reading. */
export function SignalName({
  signal,
  section,
  lang,
}: {
  signal: Signal;
  section: string;
  lang: Language;
}) {
  const reading = SIGNAL_READINGS[signal];
  return (
    <>
      {SIGNAL_TEXT[signal][lang]}
      {reading ? (
        <>
          {' '}
          <SourceRef section={section} lang={lang} reading={reading} />
        </>
      ) : null}
    </>
  );
}

/** The signals of a tree that are the app's readings, each with its badge and rationale; nothing when there are none. */
export function SignalReadings({
  signals,
  section,
  lang,
}: {
  signals: Signal[];
  section: string;
  lang: Language;
}) {
  if (signals.length === 0) return null;
  const m = treeMessages[lang];
  return (
    <details className="tree-readings">
      <summary>{format(m.readings, { count: signals.length })}</summary>
      {signals.map((s) => (
        <p key={s}>
          <strong>
            <SignalName signal={s} section={section} lang={lang} />
          </strong>{' '}
          — {SIGNAL_READINGS[s]![lang]}
        </p>
      ))}
    </details>
  );
}
