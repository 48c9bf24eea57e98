import type { Catalogue } from '../../catalogue/types';
import type { Inputs } from '../../store/app-store';

/**
 * The file the State (JSON) export writes: which app and version wrote it, when, the inputs
 * and — when it is not the seed's — the catalogue they were made with.
 */
export interface StateFile {
  app: 'stack-decision-matrix';
  version: string;
  exportedAt: string;
  inputs: Inputs;
  catalogue?: Catalogue;
}

/**
 * The inputs as a pretty-printed JSON document with the app version and an ISO timestamp; a
 * user's catalogue (null for the seed's) is written with them, so the state can be rebuilt.
 */
export function toStateJson(
  inputs: Inputs,
  version: string,
  now: Date,
  catalogue: Catalogue | null = null,
): string {
  const file: StateFile = {
    app: 'stack-decision-matrix',
    version,
    exportedAt: now.toISOString(),
    inputs,
    ...(catalogue ? { catalogue } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
