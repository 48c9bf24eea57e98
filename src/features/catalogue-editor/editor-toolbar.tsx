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

/**
 * Add buttons, Undo / Redo named after the edit they take back or redo (disabled when there is
 * none), and Reset. Re-renders when the undo or redo history changes.
 */
export function EditorToolbar({ m, edited, onAdd, onUndo, onRedo, onReset }: EditorToolbarProps) {
  const lastUndo = useAppStore((s) => s.catalogueUndo.at(-1)?.edit);
  const lastRedo = useAppStore((s) => s.catalogueRedo.at(-1)?.edit);
  const undoName = lastUndo
    ? format(m.undoNamed, { edit: editLabel(lastUndo, m) })
    : m.nothingToUndo;
  const redoName = lastRedo
    ? format(m.redoNamed, { edit: editLabel(lastRedo, m) })
    : m.nothingToRedo;
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
        <button
          type="button"
          className="button"
          disabled={!lastUndo}
          aria-label={undoName}
          title={undoName}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={onUndo}
        >
          <span aria-hidden="true">↶</span> {m.undo}
        </button>
        <button
          type="button"
          className="button"
          disabled={!lastRedo}
          aria-label={redoName}
          title={redoName}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          onClick={onRedo}
        >
          <span aria-hidden="true">↷</span> {m.redo}
        </button>
        <button type="button" className="button" disabled={!edited} onClick={onReset}>
          {m.reset}
        </button>
      </div>
    </div>
  );
}
