interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  hint: string;
  value: V;
  /** [value, visible label] in display order. */
  options: [V, string][];
  onChange: (value: V) => void;
}

/** A labelled select with its hint as description; reports only values from `options`. */
export function SelectField<V extends string>({
  id,
  label,
  hint,
  value,
  options,
  onChange,
}: SelectFieldProps<V>) {
  return (
    <div className="req-field">
      <label htmlFor={id} className="req-label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const next = options.find(([v]) => v === e.currentTarget.value);
          if (next) onChange(next[0]);
        }}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="req-hint">
        {hint}
      </p>
    </div>
  );
}
