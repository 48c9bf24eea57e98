import { useCallback, useState } from 'react';

import type { Catalogue } from '../../catalogue/types';
import { validateCatalogue, type CatalogueError } from '../../catalogue/validate';
import { useAppStore, type CatalogueEdit } from '../../store/app-store';

/** An edit applied (the store now holds it), or refused with the validation errors. */
export type ApplyResult = { ok: true } | { ok: false; errors: CatalogueError[] };

/**
 * Validates an edited catalogue and, when valid, puts the parsed catalogue in the store as one
 * undoable edit (one language left empty is filled by the other on the way). An invalid one
 * changes nothing and returns its errors. Never re-renders by itself.
 */
export function useApplyEdit(): (next: Catalogue, edit: CatalogueEdit) => ApplyResult {
  const setCatalogue = useAppStore((s) => s.setCatalogue);
  return useCallback(
    (next, edit) => {
      const result = validateCatalogue(next);
      if (!result.ok) return { ok: false, errors: result.errors };
      setCatalogue(result.catalogue, edit);
      return { ok: true };
    },
    [setCatalogue],
  );
}

/**
 * A dialog's edit: `run` applies it and calls `onDone`; one that would not validate changes
 * nothing and its errors stay in `errors` (the dialog stays open to show them).
 */
export function useDialogEdit(onDone: (edit: CatalogueEdit) => void): {
  errors: CatalogueError[];
  run: (next: Catalogue, edit: CatalogueEdit) => void;
} {
  const apply = useApplyEdit();
  const [errors, setErrors] = useState<CatalogueError[]>([]);
  const run = (next: Catalogue, edit: CatalogueEdit) => {
    const result = apply(next, edit);
    if (result.ok) onDone(edit);
    else setErrors(result.errors);
  };
  return { errors, run };
}

/**
 * A form dialog's save: `refuse` shows the draft's problems (by field, see `has`); `run`
 * clears them and applies the edit as useDialogEdit does, whose errors are `invalid`.
 */
export function useDraftEdit<E extends { field: string }>(onDone: (edit: CatalogueEdit) => void) {
  const [errors, setErrors] = useState<readonly E[]>([]);
  const { errors: invalid, run } = useDialogEdit(onDone);
  return {
    errors,
    invalid,
    has: (field: E['field']) => errors.some((e) => e.field === field),
    refuse: (problems: readonly E[]) => setErrors(problems),
    run: (next: Catalogue, edit: CatalogueEdit) => {
      setErrors([]);
      run(next, edit);
    },
  };
}
