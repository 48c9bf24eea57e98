import { describe, expect, it } from 'vitest';

import { withPodman } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs } from '../../store/app-store';
import { toStateJson } from './to-state-json';

describe('toStateJson', () => {
  const now = new Date(Date.UTC(2026, 10, 25, 8, 30, 0));

  it('pretty-prints the app, version, timestamp and every input', () => {
    const text = toStateJson(defaultInputs(), '0.1.0', now);
    expect(text.split('\n').slice(0, 14)).toEqual([
      '{',
      '  "app": "stack-decision-matrix",',
      '  "version": "0.1.0",',
      '  "exportedAt": "2026-11-25T08:30:00.000Z",',
      '  "inputs": {',
      '    "weights": {',
      '      "resource": 3,',
      '      "performance": 3,',
      '      "scale": 2,',
      '      "availability": 2,',
      '      "cost": 2,',
      '      "maturity": 1',
      '    },',
      '    "requirements": {',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips the inputs through JSON', () => {
    const inputs = {
      ...defaultInputs(),
      scenarioId: null,
      technologyFilter: ['k3s'],
      language: 'zh' as const,
    };
    expect(JSON.parse(toStateJson(inputs, '0.1.0', now))).toEqual({
      app: 'stack-decision-matrix',
      version: '0.1.0',
      exportedAt: '2026-11-25T08:30:00.000Z',
      inputs,
    });
  });

  it('writes a user catalogue with the inputs, and none for the seed', () => {
    const catalogue = withPodman(seedCatalogue);
    const file = JSON.parse(toStateJson(defaultInputs(), '0.1.0', now, catalogue));
    expect(file.catalogue).toEqual(catalogue);
    expect(Object.keys(JSON.parse(toStateJson(defaultInputs(), '0.1.0', now)))).toEqual([
      'app',
      'version',
      'exportedAt',
      'inputs',
    ]);
  });
});
