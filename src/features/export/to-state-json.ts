import type { Inputs } from '../../store/app-store';

/** The file the State (JSON) export writes: which app and version wrote it, when, and the inputs. */
export interface StateFile {
  app: 'stack-decision-matrix';
  version: string;
  exportedAt: string;
  inputs: Inputs;
}

/** The inputs as a pretty-printed JSON document with the app version and an ISO timestamp. */
export function toStateJson(inputs: Inputs, version: string, now: Date): string {
  const file: StateFile = {
    app: 'stack-decision-matrix',
    version,
    exportedAt: now.toISOString(),
    inputs,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
