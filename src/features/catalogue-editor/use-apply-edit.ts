import { useCallback } from 'react';

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
