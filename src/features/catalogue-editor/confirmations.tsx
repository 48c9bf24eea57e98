import { useState } from 'react';

import type { Catalogue, Language } from '../../catalogue/types';
import type { CatalogueError } from '../../catalogue/validate';
import { format } from '../../i18n/messages';
import { useAppStore, type CatalogueEdit } from '../../store/app-store';
import { ConfirmDialog } from './confirm-dialog';
import { deleteRule, deleteTechnology, removeLayer } from './edit-catalogue';
import { removedLines, ruleSentence } from './edit-words';
import { ValidationErrors } from './fields';
import type { EditorStrings } from './messages';
import { useApplyEdit } from './use-apply-edit';

interface ConfirmProps {
  catalogue: Catalogue;
  lang: Language;
  m: EditorStrings;
  onClose: () => void;
  onDone: (edit: CatalogueEdit) => void;
}

/** What goes with a deletion, as a list; or that nothing else does. */
function Consequences({ lines, m }: { lines: string[]; m: EditorStrings }) {
  if (lines.length === 0) return <p>{m.nothingElse}</p>;
  return (
    <>
      <p>{m.alsoRemoved}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** Applies a confirmed edit; keeps the dialog open with the errors when it would not validate. */
function useConfirmedEdit(onDone: (edit: CatalogueEdit) => void) {
  const apply = useApplyEdit();
  const [errors, setErrors] = useState<CatalogueError[]>([]);
  const run = (next: Catalogue, edit: CatalogueEdit) => {
    const result = apply(next, edit);
    if (result.ok) onDone(edit);
    else setErrors(result.errors);
  };
  return { errors, run };
}

/** "Delete Podman?": the rules, includes and seed stacks that go with it; refused for a layer's only technology. */
export function DeleteTechnologyConfirm({
  id,
  catalogue,
  lang,
  m,
  onClose,
  onDone,
}: ConfirmProps & { id: string }) {
  const { errors, run } = useConfirmedEdit(onDone);
  const tech = catalogue.technologies.find((t) => t.id === id);
  if (!tech) return null;
  const only = catalogue.technologies.filter((t) => t.layer === tech.layer).length === 1;
  const { catalogue: next, removed } = deleteTechnology(catalogue, id);
  const layerName = catalogue.layers.find((l) => l.id === tech.layer)?.name[lang] ?? tech.layer;
  return (
    <ConfirmDialog
      title={format(m.deleteTitle, { name: tech.name })}
      confirmLabel={m.delete}
      onClose={onClose}
      onConfirm={
        only ? undefined : () => run(next, { action: 'deleteTechnology', subject: tech.name })
      }
    >
      {only ? (
        <p>{format(m.lastOfLayer, { name: tech.name, layer: layerName })}</p>
      ) : (
        <Consequences lines={removedLines(removed, catalogue, lang, m, [id])} m={m} />
      )}
      <ValidationErrors errors={errors} />
    </ConfirmDialog>
  );
}

/** "Remove layer Policy?": its technologies and what goes with them; refused for the last layer. */
export function RemoveLayerConfirm({
  id,
  catalogue,
  lang,
  m,
  onClose,
  onDone,
}: ConfirmProps & { id: string }) {
  const { errors, run } = useConfirmedEdit(onDone);
  const layer = catalogue.layers.find((l) => l.id === id);
  if (!layer) return null;
  const result = removeLayer(catalogue, id);
  const name = layer.name[lang];
  return (
    <ConfirmDialog
      title={format(m.removeLayerTitle, { name })}
      confirmLabel={m.remove}
      onClose={onClose}
      onConfirm={
        result.ok
          ? () => run(result.catalogue, { action: 'removeLayer', subject: name })
          : undefined
      }
    >
      {result.ok ? (
        <Consequences lines={removedLines(result.removed, catalogue, lang, m)} m={m} />
      ) : (
        <p>{m.lastLayer}</p>
      )}
      <ValidationErrors errors={errors} />
    </ConfirmDialog>
  );
}

/** "Delete rule …?": what the rule said. */
export function DeleteRuleConfirm({
  id,
  catalogue,
  m,
  onClose,
  onDone,
}: ConfirmProps & { id: string }) {
  const { errors, run } = useConfirmedEdit(onDone);
  const rule = catalogue.compatibility.find((r) => r.id === id);
  if (!rule) return null;
  return (
    <ConfirmDialog
      title={format(m.deleteRuleTitle, { id })}
      confirmLabel={m.delete}
      onClose={onClose}
      onConfirm={() => run(deleteRule(catalogue, id), { action: 'deleteRule', subject: id })}
    >
      <p>{format(m.deleteRuleText, { rule: ruleSentence(rule, catalogue, m) })}</p>
      <ValidationErrors errors={errors} />
    </ConfirmDialog>
  );
}

/** "Reset to the seed catalogue?": what the user's catalogue changes go; Undo brings them back. */
export function ResetConfirm({
  changes,
  m,
  onClose,
  onDone,
}: Omit<ConfirmProps, 'catalogue' | 'lang'> & { changes: string }) {
  const resetCatalogue = useAppStore((s) => s.resetCatalogue);
  return (
    <ConfirmDialog
      title={m.resetTitle}
      confirmLabel={m.resetButton}
      onClose={onClose}
      onConfirm={() => {
        resetCatalogue();
        onDone({ action: 'reset' });
      }}
    >
      <p>{format(m.resetText, { changes })}</p>
    </ConfirmDialog>
  );
}
