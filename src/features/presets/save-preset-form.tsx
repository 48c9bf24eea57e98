import { useId, useState } from 'react';

import { useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { cleanPresetName, MAX_NAME_LENGTH } from '../../store/preset-storage';
import { presetsMessages } from './messages';

/** "Save current as…": a name field and a Save button; a blank name shows an error instead. */
export function SavePresetForm({ onSave }: { onSave: (name: string) => void }) {
  const m = useMessages(presetsMessages);
  const id = useId();
  const [name, setName] = useState('');
  const [blank, setBlank] = useState(false);
  return (
    <form
      className="save-preset"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (cleanPresetName(name) === '') {
          setBlank(true);
          return;
        }
        onSave(name);
        setName('');
        setBlank(false);
      }}
    >
      <h3 id={`${id}-title`}>{m.saveTitle}</h3>
      <label htmlFor={`${id}-name`}>{m.nameLabel}</label>
      <div className="save-preset-row">
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          placeholder={m.namePlaceholder}
          autoComplete="off"
          aria-invalid={blank || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setName(e.target.value);
            setBlank(false);
          }}
        />
        <button type="submit" className="button button-primary">
          {m.save}
        </button>
      </div>
      <p id={`${id}-hint`} className={blank ? 'save-preset-error' : 'save-preset-hint'}>
        {blank ? m.nameRequired : format(m.nameHint, { max: MAX_NAME_LENGTH })}
      </p>
    </form>
  );
}
