import { useId, useState } from 'react';

import type { Layer } from '../../catalogue/types';
import { useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useCatalogue } from '../../store/use-ranking';
import { addLayer } from './edit-catalogue';
import { EditorDialog } from './editor-dialog';
import { ErrorList, TextField } from './fields';
import { formMessages } from './form-messages';

interface LayerDialogProps {
  onClose: () => void;
  /** The new layer, not yet in the catalogue: its first technology is added next, in the same edit. */
  onNext: (layer: Layer) => void;
}

const SOURCE_MAX = 500;
const NAME_MAX = 4000;

/** Add a layer: its name in both languages (one may be empty) and a source; then its first technology. */
export function LayerDialog({ onClose, onNext }: LayerDialogProps) {
  const m = useMessages(formMessages);
  const uid = useId();
  const catalogue = useCatalogue();
  const [nameEn, setNameEn] = useState('');
  const [nameZh, setNameZh] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const name = { en: nameEn.trim(), zh: nameZh.trim() };
  const preview = addLayer(catalogue, { name, source: source || '-' }).layers.at(-1)!;

  const next = () => {
    const problems: string[] = [];
    if (name.en === '' && name.zh === '')
      problems.push(format(m.fieldError, { field: m.name, problem: m.required }));
    if (name.en.length > NAME_MAX || name.zh.length > NAME_MAX)
      problems.push(format(m.fieldError, { field: m.name, problem: m.tooLong }));
    if (source.trim() === '')
      problems.push(format(m.fieldError, { field: m.source, problem: m.required }));
    if (source.trim().length > SOURCE_MAX)
      problems.push(format(m.fieldError, { field: m.source, problem: m.tooLong }));
    setErrors(problems);
    if (problems.length > 0) return;
    // One language left empty takes the other's words, as the schema fills it.
    const filled = { en: name.en || name.zh, zh: name.zh || name.en };
    onNext(addLayer(catalogue, { name: filled, source }).layers.at(-1)!);
  };

  return (
    <EditorDialog title={m.addLayerTitle} onClose={onClose}>
      <form
        className="editor-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        <div className="editor-form-grid editor-form-pair">
          <TextField
            id={`${uid}-en`}
            label={m.nameEn}
            value={nameEn}
            onChange={setNameEn}
            hint={m.fallbackHint}
            invalid={errors.length > 0 && name.en === '' && name.zh === ''}
          />
          <TextField
            id={`${uid}-zh`}
            label={m.nameZh}
            value={nameZh}
            onChange={setNameZh}
            hint={m.fallbackHint}
            invalid={errors.length > 0 && name.en === '' && name.zh === ''}
          />
        </div>
        <TextField
          id={`${uid}-source`}
          label={m.source}
          value={source}
          onChange={setSource}
          hint={m.sourceHint}
          required
          invalid={errors.length > 0 && source.trim() === ''}
        />
        <p className="editor-note">{format(m.layerNeedsTechnology, { id: preview.id })}</p>
        <ErrorList title={m.errorsTitle} items={errors} />
        <div className="editor-form-actions">
          <button type="submit" className="button button-primary">
            {m.layerNext}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {m.cancel}
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}
