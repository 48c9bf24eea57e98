import { useMemo, useState, type KeyboardEvent } from 'react';

import type { Layer, LocalizedText } from '../../catalogue/types';
import type { CatalogueError } from '../../catalogue/validate';
import { Panel } from '../../components/panel';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore, type CatalogueEdit } from '../../store/app-store';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { ChangesTable } from './changes-table';
import { countChanges, toChangeRows } from './change-rows';
import {
  DeleteRuleConfirm,
  DeleteTechnologyConfirm,
  RemoveLayerConfirm,
  ResetConfirm,
} from './confirmations';
import { DimensionDialog } from './dimension-dialog';
import { DimensionsList } from './dimensions-list';
import { duplicateTechnology, moveLayer, renameLayer } from './edit-catalogue';
import { catalogueLine, changeList, editLabel } from './edit-words';
import { EditorToolbar } from './editor-toolbar';
import { ValidationErrors } from './fields';
import { LayerDialog } from './layer-dialog';
import { LayersList } from './layers-list';
import { editorMessages } from './messages';
import { RuleDialog } from './rule-dialog';
import { RulesList } from './rules-list';
import { TechnologiesTable } from './technologies-table';
import { TechnologyDialog } from './technology-dialog';
import { useApplyEdit } from './use-apply-edit';
import { useSeedBaseline } from './use-seed-baseline';
import '../../components/data-table.css';
import './catalogue-editor.css';

/** Which dialog is open. */
type Open =
  | { kind: 'addTechnology' }
  | { kind: 'editTechnology'; id: string }
  | { kind: 'deleteTechnology'; id: string }
  | { kind: 'addLayer' }
  | { kind: 'firstTechnology'; layer: Layer }
  | { kind: 'removeLayer'; id: string }
  | { kind: 'addDimension' }
  | { kind: 'editDimension'; id: string }
  | { kind: 'addRule' }
  | { kind: 'editRule'; id: string }
  | { kind: 'deleteRule'; id: string }
  | { kind: 'reset' };

/** True for a control that types text, where Ctrl+Z belongs to the text, not the catalogue. */
function typesText(target: HTMLElement): boolean {
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  );
}

/**
 * The catalogue editor, for the top of the Catalogue view: add, edit, duplicate and delete
 * technologies; add, rename, move and remove layers; add and edit dimensions and rules; undo /
 * redo (also Ctrl/⌘+Z, Shift+Ctrl/⌘+Z while focus is inside); reset to the seed; the changes
 * against the seed. Every change goes through validateCatalogue, then setCatalogue. Re-renders
 * with the catalogue, its history and the language.
 */
export function CatalogueEditor() {
  const lang = useLanguage();
  const m = editorMessages[lang];
  const catalogue = useCatalogue();
  const names = useNames();
  const baseline = useSeedBaseline();
  const undo = useAppStore((s) => s.undoCatalogue);
  const redo = useAppStore((s) => s.redoCatalogue);
  const apply = useApplyEdit();
  const [open, setOpen] = useState<Open | null>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<CatalogueError[]>([]);
  const rows = useMemo(() => toChangeRows(baseline, catalogue), [baseline, catalogue]);
  const counts = useMemo(() => countChanges(rows), [rows]);

  const close = () => setOpen(null);
  const done = (edit: CatalogueEdit) => {
    setOpen(null);
    setErrors([]);
    setStatus(format(m.done, { edit: editLabel(edit, m) }));
  };
  const applyNow = (next: typeof catalogue, edit: CatalogueEdit) => {
    const result = apply(next, edit);
    if (result.ok) done(edit);
    else setErrors(result.errors);
  };
  const step = (direction: 'undo' | 'redo') => {
    const { catalogueUndo, catalogueRedo } = useAppStore.getState();
    const entry = (direction === 'undo' ? catalogueUndo : catalogueRedo).at(-1);
    if (!entry) return;
    if (direction === 'undo') undo();
    else redo();
    setErrors([]);
    setStatus(
      format(direction === 'undo' ? m.undone : m.redone, { edit: editLabel(entry.edit, m) }),
    );
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    const target = e.target as HTMLElement;
    if (typesText(target) || target.closest('dialog')) return;
    e.preventDefault();
    step(key === 'y' || e.shiftKey ? 'redo' : 'undo');
  };

  const duplicate = (id: string) => {
    const next = duplicateTechnology(catalogue, id);
    const at = next.technologies.findIndex((t) => t.id === id);
    applyNow(next, { action: 'addTechnology', subject: next.technologies[at + 1]?.name ?? id });
  };
  const rename = (id: string, name: LocalizedText) =>
    applyNow(renameLayer(catalogue, id, name), {
      action: 'editLayer',
      subject: name[lang] || name.en || name.zh,
    });
  const move = (id: string, direction: 'up' | 'down') =>
    applyNow(moveLayer(catalogue, id, direction), {
      action: 'editLayer',
      subject: names.layer(id, lang),
    });

  const confirmProps = { catalogue, lang, m, onClose: close, onDone: done };
  return (
    // Undo / redo shortcuts apply while focus is inside the editor: caught as they bubble here.
    <div className="catalogue-editor" onKeyDown={onKeyDown}>
      <Panel id="catalogue-editor" title={m.title}>
        <p className="editor-intro">{m.intro}</p>
        <EditorToolbar
          m={m}
          edited={counts.length > 0}
          onAdd={(what) =>
            setOpen(
              {
                technology: { kind: 'addTechnology' },
                layer: { kind: 'addLayer' },
                dimension: { kind: 'addDimension' },
                rule: { kind: 'addRule' },
              }[what] as Open,
            )
          }
          onUndo={() => step('undo')}
          onRedo={() => step('redo')}
          onReset={() => setOpen({ kind: 'reset' })}
        />
        <p className="editor-summary">
          <strong>{catalogueLine(counts, m)}</strong> <span className="editor-hint">{m.keys}</span>
        </p>
        <p className="editor-status" role="status">
          {status}
        </p>
        <ValidationErrors errors={errors} />
        <section className="editor-section" aria-labelledby="editor-technologies">
          <h3 id="editor-technologies">{m.technologies}</h3>
          <TechnologiesTable
            catalogue={catalogue}
            lang={lang}
            m={m}
            onEdit={(id) => setOpen({ kind: 'editTechnology', id })}
            onDuplicate={duplicate}
            onDelete={(id) => setOpen({ kind: 'deleteTechnology', id })}
          />
        </section>
        <div className="editor-columns">
          <section className="editor-section" aria-labelledby="editor-layers">
            <h3 id="editor-layers">{m.layers}</h3>
            <LayersList
              catalogue={catalogue}
              lang={lang}
              m={m}
              onRename={rename}
              onMove={move}
              onRemove={(id) => setOpen({ kind: 'removeLayer', id })}
            />
          </section>
          <section className="editor-section" aria-labelledby="editor-dimensions">
            <h3 id="editor-dimensions">{m.dimensions}</h3>
            <DimensionsList
              catalogue={catalogue}
              lang={lang}
              m={m}
              onEdit={(id) => setOpen({ kind: 'editDimension', id })}
            />
          </section>
        </div>
        <section className="editor-section" aria-labelledby="editor-rules">
          <h3 id="editor-rules">{m.rules}</h3>
          <RulesList
            catalogue={catalogue}
            lang={lang}
            m={m}
            onEdit={(id) => setOpen({ kind: 'editRule', id })}
            onDelete={(id) => setOpen({ kind: 'deleteRule', id })}
          />
        </section>
        <section className="editor-section" aria-labelledby="editor-changes">
          <h3 id="editor-changes">{m.changes}</h3>
          <ChangesTable rows={rows} lang={lang} m={m} />
        </section>
      </Panel>
      {open?.kind === 'addTechnology' ? <TechnologyDialog onClose={close} onDone={done} /> : null}
      {open?.kind === 'editTechnology' ? (
        <TechnologyDialog
          editing={catalogue.technologies.find((t) => t.id === open.id)}
          onClose={close}
          onDone={done}
        />
      ) : null}
      {open?.kind === 'firstTechnology' ? (
        <TechnologyDialog pendingLayer={open.layer} onClose={close} onDone={done} />
      ) : null}
      {open?.kind === 'addLayer' ? (
        <LayerDialog
          onClose={close}
          onNext={(layer) => setOpen({ kind: 'firstTechnology', layer })}
        />
      ) : null}
      {open?.kind === 'addDimension' ? <DimensionDialog onClose={close} onDone={done} /> : null}
      {open?.kind === 'editDimension' ? (
        <DimensionDialog
          editing={catalogue.dimensions.find((d) => d.id === open.id)}
          onClose={close}
          onDone={done}
        />
      ) : null}
      {open?.kind === 'addRule' ? <RuleDialog onClose={close} onDone={done} /> : null}
      {open?.kind === 'editRule' ? (
        <RuleDialog
          editing={catalogue.compatibility.find((r) => r.id === open.id)}
          onClose={close}
          onDone={done}
        />
      ) : null}
      {open?.kind === 'deleteTechnology' ? (
        <DeleteTechnologyConfirm id={open.id} {...confirmProps} />
      ) : null}
      {open?.kind === 'removeLayer' ? <RemoveLayerConfirm id={open.id} {...confirmProps} /> : null}
      {open?.kind === 'deleteRule' ? <DeleteRuleConfirm id={open.id} {...confirmProps} /> : null}
      {open?.kind === 'reset' ? (
        <ResetConfirm changes={changeList(counts, m)} m={m} onClose={close} onDone={done} />
      ) : null}
    </div>
  );
}
