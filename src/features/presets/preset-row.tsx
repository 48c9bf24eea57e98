import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { MAX_NAME_LENGTH } from '../../store/preset-storage';
import { useNames } from '../../store/use-ranking';
import { methodName } from '../../components/method-words';
import { DEFAULT_METHOD } from '../../engine/methods';
import { baseOf, methodOf, type PresetSpec } from './diff-presets';
import { presetsMessages } from './messages';
import { WeightBar } from './weight-bar';

interface PresetRowProps {
  name: string;
  spec: PresetSpec;
  builtin?: boolean;
  onApply: () => void;
  /** Saved presets only. */
  onRename?: (name: string) => void;
  onDelete?: () => void;
  /** Spread on the row's <li> (its place in a windowed list). */
  item?: Record<string, unknown>;
}

type Mode = 'view' | 'rename' | 'confirmDelete';

/** Esc inside an inline editor leaves the editor, not the dialog. */
function isEscape(e: KeyboardEvent): boolean {
  if (e.key !== 'Escape') return false;
  e.preventDefault();
  e.stopPropagation();
  return true;
}

/**
 * One preset: its name (as text), weight bar, base scenario, requirements and method, with Apply and, for a
 * saved preset, inline Rename and Delete-with-confirmation. Focus follows the mode switches.
 */
export function PresetRow({
  name,
  spec,
  builtin,
  onApply,
  onRename,
  onDelete,
  item,
}: PresetRowProps) {
  const lang = useLanguage();
  const m = presetsMessages[lang];
  const names = useNames();
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(name);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<'rename' | 'delete' | null>(null);

  useEffect(() => {
    if (mode === 'rename') inputRef.current?.select();
    else if (mode === 'confirmDelete') cancelRef.current?.focus();
    else if (returnTo.current)
      (returnTo.current === 'rename' ? renameRef : deleteRef).current?.focus();
  }, [mode]);

  // Back to the plain row, with focus on the button that opened the editor.
  const leave = (to: 'rename' | 'delete') => {
    returnTo.current = to;
    setMode('view');
  };
  const method = [
    spec.rankMode === 'fitFirst' ? m.fitFirst : m.scoreOnly,
    ...(methodOf(spec) === DEFAULT_METHOD ? [] : [methodName(methodOf(spec), lang)]),
    ...(spec.showInvalid ? [m.withInvalid] : []),
  ];
  // A saved preset scores under the scenario it started from: say so unless it is the defaults.
  const base = baseOf(spec);
  const startedFrom =
    builtin || base === 'default'
      ? []
      : [format(m.startedFrom, { name: names.scenario(base, lang) })];
  const meta = [...startedFrom, ...summariseRequirements(spec.requirements, lang), ...method].join(
    ' · ',
  );

  const actions = (
    <div className="preset-actions">
      <button
        type="button"
        className="button button-primary"
        aria-label={format(m.applyPreset, { name })}
        onClick={onApply}
      >
        {m.apply}
      </button>
      {onRename ? (
        <button
          ref={renameRef}
          type="button"
          className="button"
          aria-label={format(m.renamePreset, { name })}
          onClick={() => {
            setDraft(name);
            setMode('rename');
          }}
        >
          {m.rename}
        </button>
      ) : null}
      {onDelete ? (
        <button
          ref={deleteRef}
          type="button"
          className="button"
          aria-label={format(m.deletePreset, { name })}
          onClick={() => setMode('confirmDelete')}
        >
          {m.delete}
        </button>
      ) : null}
    </div>
  );

  return (
    <li className="preset-row" {...item}>
      {mode === 'rename' ? (
        <form
          className="preset-rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename?.(draft);
            leave('rename');
          }}
        >
          <input
            ref={inputRef}
            type="text"
            value={draft}
            maxLength={MAX_NAME_LENGTH}
            aria-label={format(m.newName, { name })}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => isEscape(e) && leave('rename')}
          />
          <button type="submit" className="button button-primary">
            {m.saveName}
          </button>
          <button type="button" className="button" onClick={() => leave('rename')}>
            {m.cancel}
          </button>
        </form>
      ) : (
        <div className="preset-head">
          <p className="preset-name">
            <span className="preset-name-text">{name}</span>
            {builtin ? <span className="preset-builtin-tag">{m.builtIn}</span> : null}
          </p>
          {mode === 'view' ? actions : null}
        </div>
      )}
      {mode === 'confirmDelete' ? (
        <div
          className="preset-confirm"
          role="group"
          aria-label={format(m.deletePreset, { name })}
          onKeyDown={(e) => isEscape(e) && leave('delete')}
        >
          <span>{format(m.confirmDelete, { name })}</span>
          <button type="button" className="button button-danger" onClick={onDelete}>
            {m.confirmDeleteButton}
          </button>
          <button ref={cancelRef} type="button" className="button" onClick={() => leave('delete')}>
            {m.cancel}
          </button>
        </div>
      ) : null}
      <WeightBar weights={spec.weights} label={(list) => format(m.weightsOf, { name, list })} />
      <p className="preset-meta">{meta}</p>
    </li>
  );
}
