import type { Catalogue } from '../../catalogue/types';
import { pickInputs, useAppStore, type Inputs } from '../../store/app-store';

/** The store's inputs right now, without actions or notices (read on demand: no re-render on a drag). */
export function currentInputs(): Inputs {
  return pickInputs(useAppStore.getState());
}

/** The store's catalogue right now (the seed's unless the user edited or imported one), read on demand. */
export function currentCatalogue(): Catalogue {
  return useAppStore.getState().catalogue;
}
