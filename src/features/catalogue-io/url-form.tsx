import { useId, useState, type FormEvent } from 'react';

import { isAllowedCatalogueUrl } from '../../store/fetch-catalogue';
import type { catalogueIoMessages } from './messages';

/** The Load from URL step: an address field (https), checked before anything is fetched. */
export function UrlForm({
  titleId,
  onSubmit,
  onCancel,
  m,
}: {
  titleId: string;
  onSubmit: (url: string) => void;
  onCancel: () => void;
  m: (typeof catalogueIoMessages)['en'];
}) {
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    if (!isAllowedCatalogueUrl(address)) {
      setInvalid(true);
      return;
    }
    onSubmit(address);
  };

  return (
    <form className="cat-io-url-form" onSubmit={submit} noValidate>
      <header className="modal-header">
        <h2 id={titleId}>{m.urlTitle}</h2>
      </header>
      <div className="cat-io-body">
        <label htmlFor={fieldId} className="cat-io-field-label">
          {m.urlLabel}
        </label>
        <input
          id={fieldId}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://"
          value={url}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => {
            setUrl(e.currentTarget.value);
            setInvalid(false);
          }}
          autoFocus
        />
        {invalid ? (
          <p id={errorId} className="cat-io-field-error">
            {m.urlInvalid}
          </p>
        ) : null}
        <p id={hintId} className="cat-io-field-hint">
          {m.urlHint}
        </p>
      </div>
      <footer className="cat-io-footer">
        <button type="submit" className="button button-primary">
          {m.load}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </footer>
    </form>
  );
}
