import type { Catalogue } from '../../catalogue/types';
import { seedBaseline } from '../../store/seed-baseline';

/** The catalogue the user's catalogue is compared with (the seed's); never re-renders. */
export function useSeedBaseline(): Catalogue {
  return seedBaseline;
}
