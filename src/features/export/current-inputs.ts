import { pickInputs, useAppStore, type Inputs } from '../../store/app-store';

/** The store's inputs right now, without actions or notices (read on demand: no re-render on a drag). */
export function currentInputs(): Inputs {
  return pickInputs(useAppStore.getState());
}
