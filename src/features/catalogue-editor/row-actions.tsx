import type { ReactNode } from 'react';

/** One button of a row: what it shows, the name it is announced by (the item's), what it does. */
export interface RowAction {
  label: ReactNode;
  name: string;
  onClick: () => void;
  disabled?: boolean;
}

/** A button acting on one item of a list or table, named after the item. */
export function ActionButton({ label, name, onClick, disabled }: RowAction) {
  return (
    <button
      type="button"
      className="button"
      disabled={disabled}
      aria-label={name}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

/** A row's buttons side by side (Edit / Duplicate / Delete, moves). */
export function RowActions({ actions }: { actions: readonly RowAction[] }) {
  return (
    <div className="editor-actions">
      {actions.map((action) => (
        <ActionButton key={action.name} {...action} />
      ))}
    </div>
  );
}
