import { useId, useState } from 'react';

import type { Layer } from '../../catalogue/types';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useCatalogue } from '../../store/use-ranking';
import { addLayer } from './edit-catalogue';
import { TextField } from './fields';
import { FormDialog } from './form-dialog';
import { formMessages, problemText } from './form-messages';
import { SOURCE_MAX, TEXT_MAX } from './form-limits';

interface LayerDialogProps {
  onClose: () => void;
  /** The new layer, not yet in the catalogue: its first technology is added next, in the same edit. */
  onNext: (layer: Layer) => void;
}

/** Add a layer: its name in both languages (one may be empty) and a source; then its first technology. */
export function LayerDialog({ onClose, onNext }: LayerDialogProps) {
  const lang = useLanguage();
  const m = formMessages[lang];
  const uid = useId();
  const catalogue = useCatalogue();
  const [nameEn, setNameEn] = useState('');
  const [nameZh, setNameZh] = useState('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const name = { en: nameEn.trim(), zh: nameZh.trim() };
  const preview = addLayer(catalogue, { name, source: source || '-' }).layers.at(-1)!;

  const tooLong = (max: number) => problemText({ code: 'tooLong', max }, m, lang);
  const next = () => {
    const problems: string[] = [];
    if (name.en === '' && name.zh === '')
      problems.push(format(m.fieldError, { field: m.name, problem: m.required }));
    if (name.en.length > TEXT_MAX || name.zh.length > TEXT_MAX)
      problems.push(format(m.fieldError, { field: m.name, problem: tooLong(TEXT_MAX) }));
    if (source.trim() === '')
      problems.push(format(m.fieldError, { field: m.source, problem: m.required }));
    if (source.trim().length > SOURCE_MAX)
      problems.push(format(m.fieldError, { field: m.source, problem: tooLong(SOURCE_MAX) }));
    setErrors(problems);
    if (problems.length > 0) return;
    // One language left empty takes the other's words, as the schema fills it.
    const filled = { en: name.en || name.zh, zh: name.zh || name.en };
    onNext(addLayer(catalogue, { name: filled, source }).layers.at(-1)!);
  };

  return (
    <FormDialog
      title={m.addLayerTitle}
      onSubmit={next}
      submitLabel={m.layerNext}
      onClose={onClose}
      problems={errors}
    >
      <div className="editor-form-grid editor-form-pair">
        <TextField
          id={`${uid}-en`}
          label={m.nameEn}
          value={nameEn}
          onChange={setNameEn}
          required={name.zh === ''}
          hint={m.requiredPairHint}
          invalid={errors.length > 0 && name.en === '' && name.zh === ''}
        />
        <TextField
          id={`${uid}-zh`}
          label={m.nameZh}
          value={nameZh}
          onChange={setNameZh}
          required={name.en === ''}
          hint={m.requiredPairHint}
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
    </FormDialog>
  );
}
