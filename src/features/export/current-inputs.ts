import { defaultInputs, useAppStore, type Inputs } from '../../store/app-store';

const INPUT_KEYS = Object.keys(defaultInputs()) as (keyof Inputs)[];

/** The store's inputs right now, without actions or notices (read on demand: no re-render on a drag). */
export function currentInputs(): Inputs {
  const state = useAppStore.getState();
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, state[key]])) as unknown as Inputs;
}
