import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { editLabel } from './edit-words';
import type { EditorStrings } from './messages';

interface EditorToolbarProps {
  m: EditorStrings;
  /** Whether the catalogue differs from the seed (Reset has something to do). */
  edited: boolean;
  onAdd: (what: 'technology' | 'layer' | 'dimension' | 'rule') => void;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
}

/** What tells Undo from Redo: the glyph, the shortcut and the words naming it. */
const HISTORY = {
  undo: {
    glyph: '↶',
    keys: 'Control+Z Meta+Z',
    label: 'undo',
    named: 'undoNamed',
    nothing: 'nothingToUndo',
  },
  redo: {
    glyph: '↷',
    keys: 'Control+Shift+Z Meta+Shift+Z',
    label: 'redo',
    named: 'redoNamed',
    nothing: 'nothingToRedo',
  },
} as const;

/**
 * Undo or Redo: named (and titled) after the edit it takes back or redoes, with its shortcut;
 * disabled, and named so, when there is none. Re-renders when that history changes.
 */
function HistoryButton({
  direction,
  m,
  onClick,
}: {
  direction: 'undo' | 'redo';
  m: EditorStrings;
  onClick: () => void;
}) {
  const last = useAppStore(
    (s) => (direction === 'undo' ? s.catalogueUndo : s.catalogueRedo).at(-1)?.edit,
  );
  const { glyph, keys, label, named, nothing } = HISTORY[direction];
  const name = last ? format(m[named], { edit: editLabel(last, m) }) : m[nothing];
  return (
    <button
      type="button"
      className="button"
      disabled={!last}
      aria-label={name}
      title={name}
      aria-keyshortcuts={keys}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span> {m[label]}
    </button>
  );
}

/**
 * Add buttons, Undo / Redo named after the edit they take back or redo (disabled when there is
 * none), and Reset. Undo / Redo re-render when their history changes.
 */
export function EditorToolbar({ m, edited, onAdd, onUndo, onRedo, onReset }: EditorToolbarProps) {
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={m.toolbar}>
      <div className="editor-toolbar-group">
        <button type="button" className="button button-primary" onClick={() => onAdd('technology')}>
          {m.addTechnology}
        </button>
        <button type="button" className="button" onClick={() => onAdd('layer')}>
          {m.addLayer}
        </button>
        <button type="button" className="button" onClick={() => onAdd('dimension')}>
          {m.addDimension}
        </button>
        <button type="button" className="button" onClick={() => onAdd('rule')}>
          {m.addRule}
        </button>
      </div>
      <div className="editor-toolbar-group">
        <HistoryButton direction="undo" m={m} onClick={onUndo} />
        <HistoryButton direction="redo" m={m} onClick={onRedo} />
        <button type="button" className="button" disabled={!edited} onClick={onReset}>
          {m.reset}
        </button>
      </div>
    </div>
  );
}
