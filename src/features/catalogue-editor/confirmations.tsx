import type { ReactNode } from 'react';

import { namesOf } from '../../catalogue/names';
import type { Catalogue, Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import { useAppStore, type CatalogueEdit } from '../../store/app-store';
import { ConfirmDialog } from './confirm-dialog';
import { deleteRule, deleteTechnology, removeLayer } from './edit-catalogue';
import { removedLines, ruleSentence } from './edit-words';
import { ValidationErrors } from './fields';
import type { EditorStrings } from './messages';
import { useDialogEdit } from './use-apply-edit';

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

/**
 * A confirmation of one catalogue edit: Confirm applies `next` as `edit`; one that would not
 * validate keeps the dialog open with the errors. Without `next` the edit is refused (the body
 * says why) and only Cancel is offered.
 */
function EditConfirm({
  title,
  confirmLabel,
  next,
  edit,
  onClose,
  onDone,
  children,
}: {
  title: string;
  confirmLabel: string;
  next: Catalogue | undefined;
  edit: CatalogueEdit;
  children: ReactNode;
} & Pick<ConfirmProps, 'onClose' | 'onDone'>) {
  const { errors, run } = useDialogEdit(onDone);
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      onClose={onClose}
      onConfirm={next ? () => run(next, edit) : undefined}
    >
      {children}
      <ValidationErrors errors={errors} />
    </ConfirmDialog>
  );
}

/** "Delete Podman?": the rules, includes and seed stacks that go with it; refused for a layer's only technology. */
export function DeleteTechnologyConfirm({
  id,
  catalogue,
  lang,
  m,
  ...dialog
}: ConfirmProps & { id: string }) {
  const tech = catalogue.technologies.find((t) => t.id === id);
  if (!tech) return null;
  const only = catalogue.technologies.filter((t) => t.layer === tech.layer).length === 1;
  const { catalogue: next, removed } = deleteTechnology(catalogue, id);
  const layerName = namesOf(catalogue).layer(tech.layer, lang);
  return (
    <EditConfirm
      title={format(m.deleteTitle, { name: tech.name })}
      confirmLabel={m.delete}
      next={only ? undefined : next}
      edit={{ action: 'deleteTechnology', subject: tech.name }}
      {...dialog}
    >
      {only ? (
        <p>{format(m.lastOfLayer, { name: tech.name, layer: layerName })}</p>
      ) : (
        <Consequences lines={removedLines(removed, catalogue, lang, m, [id])} m={m} />
      )}
    </EditConfirm>
  );
}

/** "Remove layer Policy?": its technologies and what goes with them; refused for the last layer. */
export function RemoveLayerConfirm({
  id,
  catalogue,
  lang,
  m,
  ...dialog
}: ConfirmProps & { id: string }) {
  const layer = catalogue.layers.find((l) => l.id === id);
  if (!layer) return null;
  const result = removeLayer(catalogue, id);
  const name = layer.name[lang];
  return (
    <EditConfirm
      title={format(m.removeLayerTitle, { name })}
      confirmLabel={m.remove}
      next={result.ok ? result.catalogue : undefined}
      edit={{ action: 'removeLayer', subject: name }}
      {...dialog}
    >
      {result.ok ? (
        <Consequences lines={removedLines(result.removed, catalogue, lang, m)} m={m} />
      ) : (
        <p>{m.lastLayer}</p>
      )}
    </EditConfirm>
  );
}

/** "Delete rule …?": what the rule said. */
export function DeleteRuleConfirm({ id, catalogue, m, ...dialog }: ConfirmProps & { id: string }) {
  const rule = catalogue.compatibility.find((r) => r.id === id);
  if (!rule) return null;
  return (
    <EditConfirm
      title={format(m.deleteRuleTitle, { id })}
      confirmLabel={m.delete}
      next={deleteRule(catalogue, id)}
      edit={{ action: 'deleteRule', subject: id }}
      {...dialog}
    >
      <p>{format(m.deleteRuleText, { rule: ruleSentence(rule, catalogue, m) })}</p>
    </EditConfirm>
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
