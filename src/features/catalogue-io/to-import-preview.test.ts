import { describe, expect, it } from 'vitest';

import { withGateway, withPodman } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue } from '../../catalogue/types';
import { defaultInputs } from '../../store/app-store';
import { toImportPreview, type PreviewInputs } from './to-import-preview';

const SEED_TOP = {
  id: 'k3s+wasmedge+crun+etcd+calico+opa-wasm',
  name: 'K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm',
};

/** The store's inputs on a fresh visit. */
function freshInputs(): PreviewInputs {
  const d = defaultInputs();
  return {
    requirements: d.requirements,
    weights: d.weights,
    baseScenarioId: d.baseScenarioId,
    mode: d.rankMode,
    showInvalid: d.showInvalid,
  };
}

describe('toImportPreview', () => {
  it('names an added technology and says the #1 stays', () => {
    expect(toImportPreview(seedCatalogue, withPodman(seedCatalogue), freshInputs(), 'en')).toEqual({
      unchanged: false,
      groups: [{ collection: 'technologies', added: ['Podman'], removed: [], changed: [] }],
      other: [],
      top: { before: SEED_TOP, after: SEED_TOP },
      stacks: { before: 240, after: 336 },
    });
  });

  it('names a new layer in the language asked for and follows the #1 when it changes', () => {
    const preview = toImportPreview(seedCatalogue, withGateway(seedCatalogue), freshInputs(), 'zh');
    expect(preview.groups).toEqual([
      { collection: 'technologies', added: ['Kong', 'Traefik'], removed: [], changed: [] },
      { collection: 'layers', added: ['API 网关'], removed: [], changed: [] },
    ]);
    expect(preview.top).toEqual({
      before: SEED_TOP,
      after: { id: `${SEED_TOP.id}+kong`, name: `${SEED_TOP.name} + Kong` },
    });
    expect(preview.stacks).toEqual({ before: 240, after: 480 });
  });

  it('names removed and changed items (with their fields), rules by technologies and reason', () => {
    const rule = seedCatalogue.compatibility.find((r) => r.id === 'wasmedge-needs-crun')!;
    const imported: Catalogue = {
      ...seedCatalogue,
      technologies: seedCatalogue.technologies.map((t) =>
        t.id === 'k3s' ? { ...t, name: 'K3s (team)' } : t,
      ),
      layers: seedCatalogue.layers.map((l) =>
        l.id === 'policy' ? { ...l, name: { ...l.name, en: 'Admission policy' } } : l,
      ),
      compatibility: seedCatalogue.compatibility.filter((r) => r !== rule),
      cases: [...seedCatalogue.cases].reverse(),
    };
    const preview = toImportPreview(seedCatalogue, imported, freshInputs(), 'en');
    expect(preview.groups).toEqual([
      {
        collection: 'technologies',
        added: [],
        removed: [],
        changed: [{ name: 'K3s (team)', fields: ['Name'] }],
      },
      {
        collection: 'layers',
        added: [],
        removed: [],
        changed: [{ name: 'Admission policy', fields: ['Name'] }],
      },
      {
        collection: 'compatibility',
        added: [],
        removed: [
          'WasmEdge + runc: WasmEdge runs through crun ("WasmEdge + crun", crun RuntimeClass), not with runc.',
        ],
        changed: [],
      },
    ]);
    expect(preview.other).toEqual(['order']);
    expect(preview.top.after).toEqual({
      id: SEED_TOP.id,
      name: 'K3s (team) + WasmEdge + crun + etcd + Calico + OPA-Wasm',
    });
    // Without the rule, the 48 WasmEdge + runc stacks are no longer invalid: they join the ranking.
    expect(preview.stacks).toEqual({ before: 240, after: 288 });
  });

  it('names changed facts by their labels, in the language asked for', () => {
    const imported: Catalogue = {
      ...seedCatalogue,
      technologies: seedCatalogue.technologies.map((t) =>
        t.id === 'docker'
          ? {
              ...t,
              summary: { en: 'Ours', zh: '我们的' },
              facts: {
                ...t.facts,
                startTime: {
                  kind: 'range',
                  min: 900,
                  max: 1200,
                  unit: 'ms',
                  source: 'user',
                  entered: { source: 'bench' },
                },
              },
            }
          : t,
      ),
    };
    const changed = (lang: 'en' | 'zh') =>
      toImportPreview(seedCatalogue, imported, freshInputs(), lang).groups[0]!.changed;
    expect(changed('en')).toEqual([{ name: 'Docker', fields: ['Start time', 'Summary'] }]);
    expect(changed('zh')).toEqual([{ name: 'Docker', fields: ['启动时间', '简介'] }]);
  });

  it('ranks under the inputs given, with weights carried over to the imported dimensions', () => {
    const inputs = { ...freshInputs(), weights: { ...freshInputs().weights, gone: 5 } };
    const same = toImportPreview(seedCatalogue, { ...seedCatalogue }, inputs, 'en');
    expect(same).toEqual({
      unchanged: true,
      groups: [],
      other: [],
      top: { before: SEED_TOP, after: SEED_TOP },
      stacks: { before: 240, after: 240 },
    });
  });

  it('never changes either catalogue', () => {
    const before = JSON.stringify(seedCatalogue);
    const imported = withGateway(seedCatalogue);
    const copy = JSON.stringify(imported);
    toImportPreview(seedCatalogue, imported, freshInputs(), 'en');
    expect([JSON.stringify(seedCatalogue), JSON.stringify(imported)]).toEqual([before, copy]);
  });
});
