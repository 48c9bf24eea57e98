import { useRef, useState } from 'react';

import { useLanguage } from '../../components/use-messages';
import { useModalDialog } from '../../components/use-modal-dialog';
import { format } from '../../i18n/messages';
import { pickInputs, useAppStore } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { formatNumber } from '../../i18n/numbers';
import { MAX_PRESETS } from '../../store/preset-storage';
import { CompareSection } from './compare-section';
import { presetsMessages } from './messages';
import { builtinPresets, inputsWithBuiltin, inputsWithPreset } from './preset-list';
import { PresetRow } from './preset-row';
import { downloadPresets, replaceStatusOf, statusOf } from './preset-status';
import { SavedPresetList } from './saved-preset-list';
import { SavePresetForm } from './save-preset-form';
import { StartNewList } from './start-new-list';
import type { Change, PresetLibrary } from './use-preset-library';
import '../../components/modal.css';

const TITLE_ID = 'presets-title';

/**
 * The presets dialog (native modal <dialog>): save the current inputs, apply, rename or delete
 * presets, and compare two of them. Esc and Close close it; focus returns to the opener.
 */
export function PresetsDialog({
  library,
  onClose,
}: {
  library: PresetLibrary;
  onClose: () => void;
}) {
  const lang = useLanguage();
  const m = presetsMessages[lang];
  const replaceInputs = useAppStore((s) => s.replaceInputs);
  const catalogue = useCatalogue();
  const savedHeadingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');

  const modal = useModalDialog(onClose);

  const report = (change: Change | null, done: string) => {
    if (change) setStatus(statusOf(change, done, m));
  };
  const apply = (next: Parameters<typeof replaceInputs>[0]) => {
    replaceInputs(next);
    onClose();
  };
  const current = () => pickInputs(useAppStore.getState());
  const count = library.presets.length;

  return (
    <dialog
      {...modal}
      className="modal presets-dialog"
      aria-labelledby={TITLE_ID}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="modal-frame">
        <header className="modal-header">
          <div>
            <h2 id={TITLE_ID}>{m.presets}</h2>
            <p className="presets-intro">{m.intro}</p>
          </div>
          <button type="button" className="button" aria-label={m.closePresets} onClick={onClose}>
            <span aria-hidden="true">✕</span> {m.close}
          </button>
        </header>
        <div className="presets-body">
          <div className="presets-library">
            <SavePresetForm onSave={(name) => report(library.save(name), m.savedStatus)} />
            <p className="presets-status" role="status">
              {status}
            </p>
            <section aria-labelledby="presets-saved-title" className="presets-group">
              <h3 id="presets-saved-title" ref={savedHeadingRef} tabIndex={-1}>
                {m.savedTitle}
                {library.sessionOnly ? (
                  <span className="presets-session-tag" title={m.sessionOnlyHint}>
                    {m.sessionOnly}
                  </span>
                ) : null}
              </h3>
              {library.unreadable && library.replaceUnreadable ? (
                <StartNewList
                  backupKey={library.unreadable.backupKey}
                  onReplace={() => {
                    const outcome = library.replaceUnreadable!();
                    setStatus(replaceStatusOf(outcome, m, lang));
                    // The offer is over (it stays on a full or blocked storage): focus goes to the list's heading.
                    if (!['quota', 'unavailable', 'noBackup'].includes(outcome.kind))
                      savedHeadingRef.current?.focus();
                    return outcome;
                  }}
                />
              ) : null}
              {library.presets.length === 0 ? (
                <p className="presets-empty">{m.noSaved}</p>
              ) : (
                <>
                  <div className="presets-tools">
                    <p className="presets-count">
                      {format(m.savedCount, { count: formatNumber(count, lang), n: count })}
                    </p>
                    <button
                      type="button"
                      className="button"
                      title={m.exportHint}
                      onClick={() => downloadPresets(library.presets)}
                    >
                      {m.exportPresets}
                    </button>
                  </div>
                  {count > MAX_PRESETS ? (
                    <p className="presets-over-cap">
                      {format(m.overCap, {
                        count: formatNumber(count, lang),
                        max: formatNumber(MAX_PRESETS, lang),
                      })}
                    </p>
                  ) : null}
                  <SavedPresetList
                    presets={library.presets}
                    label={m.savedTitle}
                    renderRow={(p, { item }) => (
                      <PresetRow
                        key={p.id}
                        item={item}
                        name={p.name}
                        spec={p}
                        onApply={() => apply(inputsWithPreset(current(), p))}
                        onRename={(name) => {
                          const change = library.rename(p.id, name);
                          report(change, m.renamedStatus);
                          // Deleted in another tab: its row is gone, focus goes to the list's heading.
                          if (change?.outcome === 'gone') savedHeadingRef.current?.focus();
                        }}
                        onDelete={() => {
                          report(library.remove(p.id), m.deletedStatus);
                          savedHeadingRef.current?.focus();
                        }}
                      />
                    )}
                  />
                </>
              )}
            </section>
            <section aria-labelledby="presets-builtin-title" className="presets-group">
              <h3 id="presets-builtin-title">{m.builtInTitle}</h3>
              <ul className="preset-list">
                {builtinPresets(catalogue).map((p) => (
                  <PresetRow
                    key={p.id}
                    name={p.name[lang]}
                    spec={p.spec}
                    builtin
                    onApply={() => apply(inputsWithBuiltin(current(), p))}
                  />
                ))}
              </ul>
            </section>
          </div>
          <CompareSection saved={library.presets} />
        </div>
      </div>
    </dialog>
  );
}
