import type { Catalogue, Dimension, Fact, Layer, Technology } from './types';

// Test fixtures: user edits of the seed catalogue (issue 8's examples). Imported by tests only.

const entered = (source: string) => ({ source: 'user' as const, entered: { source } });

/** Podman as a user-entered runtime with six facts. */
export const podman: Technology = {
  id: 'podman',
  layer: 'runtime',
  name: 'Podman',
  summary: {
    zh: '无守护进程的 OCI 容器引擎，命令行兼容 Docker。',
    en: 'A daemonless OCI container engine with a Docker-compatible CLI.',
  },
  entered: { source: 'team evaluation 2025' },
  facts: {
    githubStars: {
      kind: 'number',
      value: 23000,
      unit: 'stars',
      ...entered('https://github.com/containers/podman'),
    },
    startTime: { kind: 'range', min: 800, max: 1500, unit: 'ms', ...entered('team benchmark') },
    memoryFootprint: { kind: 'range', min: 15, max: 400, unit: 'MB', ...entered('team benchmark') },
    imageSize: { kind: 'range', min: 10, max: 500, unit: 'MB', ...entered('same OCI images') },
    productionStars: { kind: 'stars', value: 4, ...entered('team estimate') },
    offline: { kind: 'bool', value: true, ...entered('team estimate') },
  },
};

const gatewayTech = (id: string, name: string, stars: number): Technology => ({
  id,
  layer: 'gateway',
  name,
  summary: {
    zh: `${name} API 网关（17.4.3 提及）。`,
    en: `${name} API gateway (named in 17.4.3).`,
  },
  facts: {
    githubStars: { kind: 'number', value: stars, unit: 'stars', ...entered('GitHub') },
    memoryFootprint: { kind: 'range', min: 50, max: 200, unit: 'MB', ...entered('team estimate') },
    maturityStars: { kind: 'stars', value: 4, ...entered('team estimate') },
  },
});

/** A gateway layer (17.4.3 names Kong and Traefik) and its two technologies. */
export const gatewayLayer: Layer = {
  id: 'gateway',
  name: { zh: 'API 网关', en: 'API gateway' },
  ...entered('17.4.3 names Kong and Traefik'),
};
export const kong = gatewayTech('kong', 'Kong', 40000);
export const traefik = gatewayTech('traefik', 'Traefik', 52000);

/** A user dimension: security, scored from network-policy support. */
export const securityDimension: Dimension = {
  id: 'security',
  name: { zh: '安全', en: 'Security' },
  indicators: { zh: '网络策略支持', en: 'network-policy support' },
  defaultWeight: 2,
  metrics: [{ fact: 'networkPolicy', rule: 'policySupport' }],
  aggregation: 'min',
  ...entered('team policy'),
};

/** The seed plus Podman as a runtime. */
export function withPodman(seed: Catalogue): Catalogue {
  return { ...seed, technologies: [...seed.technologies, podman] };
}

/** The seed plus the security dimension. */
export function withSecurity(seed: Catalogue): Catalogue {
  return { ...seed, dimensions: [...seed.dimensions, securityDimension] };
}

/** The seed plus a gateway layer with Kong and Traefik. */
export function withGateway(seed: Catalogue): Catalogue {
  return {
    ...seed,
    layers: [...seed.layers, gatewayLayer],
    technologies: [...seed.technologies, kong, traefik],
  };
}

const k3sMemory: Fact = { kind: 'number', value: 256, unit: 'MB', ...entered('team benchmark') };

/**
 * Every edit of issue 8's list at once: Podman added, a gateway layer with Kong and Traefik,
 * Gatekeeper removed, K3s's control-plane memory changed, cost and maturity swapped, and a
 * security dimension added (not a valid catalogue: scenarios still name Gatekeeper).
 */
export function withManyEdits(seed: Catalogue): Catalogue {
  const dims = [...seed.dimensions];
  const cost = dims.findIndex((d) => d.id === 'cost');
  const maturity = dims.findIndex((d) => d.id === 'maturity');
  [dims[cost], dims[maturity]] = [dims[maturity]!, dims[cost]!];
  return {
    ...withGateway(withPodman(seed)),
    technologies: [
      ...seed.technologies
        .filter((t) => t.id !== 'gatekeeper')
        .map((t) =>
          t.id === 'k3s' ? { ...t, facts: { ...t.facts, controlPlaneMemory: k3sMemory } } : t,
        ),
      podman,
      kong,
      traefik,
    ],
    layers: [...seed.layers, gatewayLayer],
    dimensions: [...dims, securityDimension],
  };
}
