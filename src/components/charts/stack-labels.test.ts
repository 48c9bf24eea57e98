import { describe, expect, it } from 'vitest';

import { withGateway } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { partsOf } from '../../engine/test-fixtures';
import { labelStacks } from './stack-labels';

const row = (id: string, rank: number) => ({ rank, stack: { id, parts: partsOf(id) } });

describe('labelStacks', () => {
  it('names compared stacks by the layers where they differ and lists what they share', () => {
    const labels = labelStacks(
      [
        row('k3s+wasmedge+crun+sqlite+flannel+opa-wasm', 1),
        row('k3s+wasmedge+crun+sqlite+calico+opa-wasm', 2),
        row('k3s+wasmedge+crun+external-db+calico+opa-wasm', 7),
      ],
      seedCatalogue,
    );
    expect(labels.common).toEqual(['K3s', 'WasmEdge', 'crun', 'OPA-Wasm']);
    expect(labels.items).toEqual([
      {
        stackId: 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
        rank: 1,
        label: 'sqlite + flannel',
        fullName: 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
      },
      {
        stackId: 'k3s+wasmedge+crun+sqlite+calico+opa-wasm',
        rank: 2,
        label: 'sqlite + Calico',
        fullName: 'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm',
      },
      {
        stackId: 'k3s+wasmedge+crun+external-db+calico+opa-wasm',
        rank: 7,
        label: 'External DB + Calico',
        fullName: 'K3s + WasmEdge + crun + External DB + Calico + OPA-Wasm',
      },
    ]);
  });

  it('leaves out the OCI runtime unless only it tells two stacks apart', () => {
    const apart = labelStacks(
      [
        row('kubernetes+docker+runc+etcd+calico+gatekeeper', 4),
        row('k3s+wasmedge+crun+sqlite+flannel+opa-wasm', 1),
      ],
      seedCatalogue,
    );
    expect(apart.common).toEqual([]);
    expect(apart.items.map((i) => i.label)).toEqual([
      'Kubernetes + Docker + etcd + Calico + Gatekeeper',
      'K3s + WasmEdge + sqlite + flannel + OPA-Wasm',
    ]);
    const onlyOci = labelStacks(
      [
        row('k3s+containerd+runc+etcd+calico+kyverno', 3),
        row('k3s+containerd+crun+etcd+calico+kyverno', 5),
      ],
      seedCatalogue,
    );
    expect(onlyOci.items.map((i) => i.label)).toEqual(['runc', 'crun']);
    expect(onlyOci.common).toEqual(['K3s', 'containerd', 'etcd', 'Calico', 'Kyverno']);
  });

  it('names a single stack by every layer but the OCI runtime, and nothing by nothing', () => {
    const one = labelStacks([row('k3s+wasmedge+crun+sqlite+flannel+opa-wasm', 1)], seedCatalogue);
    expect(one).toEqual({
      common: [],
      items: [
        {
          stackId: 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
          rank: 1,
          label: 'K3s + WasmEdge + sqlite + flannel + OPA-Wasm',
          fullName: 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
        },
      ],
    });
    expect(labelStacks([], seedCatalogue)).toEqual({ common: [], items: [] });
  });

  it('follows the catalogue’s layers: a gateway layer tells two stacks apart', () => {
    const gateway = (id: string, rank: number) => ({
      rank,
      stack: {
        id: `k3s+wasmedge+crun+sqlite+flannel+opa-wasm+${id}`,
        parts: { ...partsOf('k3s+wasmedge+crun+sqlite+flannel+opa-wasm'), gateway: id },
      },
    });
    const labels = labelStacks(
      [gateway('kong', 1), gateway('traefik', 2)],
      withGateway(seedCatalogue),
    );
    expect(labels.items.map((i) => [i.label, i.fullName])).toEqual([
      ['Kong', 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm + Kong'],
      ['Traefik', 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm + Traefik'],
    ]);
    expect(labels.common).toEqual(['K3s', 'WasmEdge', 'crun', 'sqlite', 'flannel', 'OPA-Wasm']);
  });
});
