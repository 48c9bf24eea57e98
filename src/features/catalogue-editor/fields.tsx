import { catalogueErrorWords } from '../../components/catalogue-error-words';
import type { ReactNode } from 'react';

import type { CatalogueError } from '../../catalogue/validate';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { editorMessages } from './messages';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  invalid?: boolean;
  multiline?: boolean;
  required?: boolean;
  disabled?: boolean;
  type?: 'text' | 'number';
  className?: string;
}

/**
 * The visible mark of a required field, beside its label (outside it, so the field's name stays
 * its label; the control carries `required`, which assistive technology announces).
 */
export function RequiredMark() {
  return (
    <span className="editor-required" aria-hidden="true">
      *
    </span>
  );
}

/**
 * A field's frame: its label (marked when required), the control (given the id of the hint
 * that describes it, when there is a hint), and the hint under it.
 */
function FieldFrame({
  id,
  label,
  hint,
  required,
  className,
  children,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  required: boolean | undefined;
  className: string | undefined;
  children: (hintId: string | undefined) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`editor-field ${className ?? ''}`}>
      <span className="editor-field-label">
        <label htmlFor={id}>{label}</label>
        {required ? <RequiredMark /> : null}
      </span>
      {children(hintId)}
      {hint ? (
        <small id={hintId} className="editor-hint">
          {hint}
        </small>
      ) : null}
    </div>
  );
}

/** A labelled text input (or textarea) with an optional hint under it, described by it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  invalid,
  multiline,
  required,
  disabled,
  type = 'text',
  className,
}: FieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} required={required} className={className}>
      {(hintId) => {
        const common = {
          id,
          value,
          disabled,
          required,
          'aria-invalid': invalid ? true : undefined,
          'aria-describedby': hintId,
        };
        return multiline ? (
          <textarea {...common} rows={2} onChange={(e) => onChange(e.currentTarget.value)} />
        ) : (
          <input
            {...common}
            type={type}
            inputMode={type === 'number' ? 'decimal' : undefined}
            autoComplete="off"
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        );
      }}
    </FieldFrame>
  );
}

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  invalid?: boolean;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

/** A labelled select over fixed options. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  invalid,
  hint,
  required,
  className,
}: SelectProps<T>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} required={required} className={className}>
      {(hintId) => (
        <select
          id={id}
          value={value}
          required={required}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.currentTarget.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** The problems that stop a save, announced as they appear. */
export function ErrorList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="editor-errors" role="alert">
      <p>{title}</p>
      <ul>
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </div>
  );
}

/** The errors of a catalogue that would not validate: nothing was changed. */
export function ValidationErrors({ errors }: { errors: readonly CatalogueError[] }) {
  const m = useMessages(editorMessages);
  const lang = useLanguage();
  return (
    <ErrorList
      title={m.invalidTitle}
      items={errors.map((error) => {
        const e = catalogueErrorWords(error, lang);
        return format(m.invalidItem, { path: e.path, expected: e.expected, value: e.value });
      })}
    />
  );
}
