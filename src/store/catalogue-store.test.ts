import { beforeEach, describe, expect, it } from 'vitest';

import { withGateway, withPodman, withSecurity } from '../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { defaultInputs, useAppStore } from './app-store';
import { resetStore } from './store-fixtures';
import { decodeInputs, encodeInputs, isSeedBoundLink } from './url-codec';

const state = () => useAppStore.getState();
const K3S_EDGE = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';

describe('the catalogue in the store', () => {
  beforeEach(() => resetStore());

  it('starts with the seed catalogue', () => {
    expect(state().catalogue).toBe(seedCatalogue);
  });

  it('undoes and redoes edits in order, naming each', () => {
    const podman = withPodman(seedCatalogue);
    const both = withGateway(podman);
    state().setCatalogue(podman, { action: 'addTechnology', subject: 'Podman' });
    state().setCatalogue(both, { action: 'addLayer', subject: 'API gateway' });
    expect(state().catalogueUndo.map((u) => u.edit.subject)).toEqual(['Podman', 'API gateway']);
    state().undoCatalogue();
    expect(state().catalogue).toBe(podman);
    expect(state().catalogueRedo.map((r) => r.edit.subject)).toEqual(['API gateway']);
    state().undoCatalogue();
    expect(state().catalogue).toBe(seedCatalogue);
    state().undoCatalogue(); // nothing left: no change
    expect(state().catalogue).toBe(seedCatalogue);
    state().redoCatalogue();
    state().redoCatalogue();
    expect(state().catalogue).toBe(both);
    expect(state().catalogueRedo).toEqual([]);
  });

  it('drops the redo list when a new edit follows an undo', () => {
    state().setCatalogue(withPodman(seedCatalogue), { action: 'addTechnology' });
    state().undoCatalogue();
    state().setCatalogue(withGateway(seedCatalogue), { action: 'addLayer' });
    expect(state().catalogueRedo).toEqual([]);
    expect(state().catalogueUndo).toHaveLength(1);
  });

  it('resets to the seed catalogue undoably', () => {
    const podman = withPodman(seedCatalogue);
    state().setCatalogue(podman, { action: 'addTechnology' });
    state().resetCatalogue();
    expect(state().catalogue).toBe(seedCatalogue);
    state().undoCatalogue();
    expect(state().catalogue).toBe(podman);
  });

  it('gives a new dimension its default weight and keeps the preset when the weights still hold it', () => {
    state().applyScenario('edge');
    const weightsBefore = state().weights;
    state().setCatalogue(withSecurity(seedCatalogue), {
      action: 'addDimension',
      subject: 'Security',
    });
    expect(state().weights).toEqual({ ...weightsBefore, security: 2 });
    expect(Object.keys(state().weights)).toEqual([
      'resource',
      'performance',
      'scale',
      'availability',
      'cost',
      'maturity',
      'security',
    ]);
    expect(state().scenarioId).toBe('edge');
    state().setWeight('security', 4);
    expect(state().weights.security).toBe(4);
    state().setWeight('unknown', 4);
    expect(state().weights).not.toHaveProperty('unknown');
  });

  it('drops selections the new catalogue cannot hold', () => {
    state().setSelected([K3S_EDGE]);
    state().openStack(K3S_EDGE);
    state().setTechnologyFilter(['k3s']);
    state().setCatalogue(withGateway(seedCatalogue), { action: 'addLayer' });
    // Every stack now has a gateway: the six-layer ids name no stack.
    expect(state().selectedIds).toEqual([]);
    expect(state().openStackId).toBeNull();
    expect(state().technologyFilter).toEqual(['k3s']);
  });
});

describe('links into a catalogue', () => {
  it('say whether they were made with the seed catalogue', () => {
    expect(isSeedBoundLink('?v=1&sel=000000')).toBe(true);
    expect(isSeedBoundLink('v=1&w=3,3,2,2,2,1')).toBe(true);
    expect(isSeedBoundLink('?v=1&own=1&sel=k3s.docker.runc.etcd.flannel.opa')).toBe(false);
    // Requirements, language or view mean the same in every catalogue.
    expect(isSeedBoundLink('?v=1&n=5&lang=zh&view=catalogue')).toBe(false);
  });

  it('decode a seed link exactly as before', () => {
    const query = 'v=1&s=edge&w=4,3,0,2,0,1&sel=000000,100000&f=r2';
    const seed = decodeInputs(query);
    expect(seed.ignored).toEqual([]);
    expect(decodeInputs(query, seedCatalogue)).toEqual(seed);
    expect(encodeInputs(seed.inputs, seedCatalogue)).toBe(encodeInputs(seed.inputs));
  });

  it('name technologies by id in a user catalogue and read them back', () => {
    const catalogue = withGateway(withPodman(seedCatalogue));
    const stack = `${K3S_EDGE}+kong`;
    const inputs = {
      ...defaultInputs(catalogue),
      selectedIds: [stack],
      technologyFilter: ['podman'],
      openStackId: stack,
    };
    const query = encodeInputs(inputs, catalogue);
    expect(query.startsWith('v=1&own=1&')).toBe(true);
    expect(query).toContain('sel=k3s.wasmedge.crun.sqlite.flannel.opa-wasm.kong');
    expect(query).toContain('f=podman');
    const back = decodeInputs(query, catalogue);
    expect(back.ignored).toEqual([]);
    expect(back.inputs).toEqual(inputs);
  });

  it('carry one weight per dimension of a catalogue with seven', () => {
    const catalogue = withSecurity(seedCatalogue);
    const inputs = defaultInputs(catalogue);
    inputs.weights = { ...inputs.weights, security: 4.5 };
    inputs.scenarioId = null;
    const query = encodeInputs(inputs, catalogue);
    expect(query).toMatch(/w=(\d+(\.\d+)?,){6}4\.5/);
    expect(decodeInputs(query, catalogue).inputs.weights.security).toBe(4.5);
    // The same text in a six-dimension catalogue is ignored as a whole, not half read.
    expect(decodeInputs(query, seedCatalogue).ignored).toContain('w');
  });
});
