import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../catalogue/seed-catalogue';
import { defaultInputs, scenarioById, type Inputs } from './app-store';
import { isValidInputs } from './inputs-schema';
import {
  decodeInputs,
  encodeInputs,
  MAX_LINK_LENGTH,
  shareUrl,
  TEAM_CATALOGUE_PARAM,
} from './url-codec';

const EDGE_STACK = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const K8S_STACK = 'kubernetes+docker+runc+etcd+flannel+opa';

/** Valid inputs: the defaults with some fields replaced. */
const makeInputs = (overrides: Partial<Inputs> = {}): Inputs => ({
  ...defaultInputs(),
  ...overrides,
});

/** The inputs right after applying a preset, as the store builds them. */
function preset(id: string, overrides: Partial<Inputs> = {}): Inputs {
  const s = scenarioById(id);
  return makeInputs({
    scenarioId: id,
    baseScenarioId: id,
    weights: { ...s.weights },
    requirements: { ...s.requirements },
    ...overrides,
  });
}

/** The worst case for length: every parameter set to its longest value. */
const WORST: Inputs = makeInputs({
  scenarioId: null,
  baseScenarioId: 'ai-inference',
  weights: {
    resource: 4.75,
    performance: 4.25,
    scale: 3.75,
    availability: 2.05,
    cost: 1.33,
    maturity: 0.25,
  },
  requirements: {
    nodes: 100_000,
    memoryPerNodeMB: 1_048_576,
    coldStartMs: 60_000,
    offline: true,
    highAvailability: true,
    networkPolicy: 'basic',
    policyComplexity: 'complex',
    existingDatabase: true,
    site: 'cloud',
    alphaApi: true,
    gpu: true,
  },
  selectedIds: [
    'k3s+wasmedge+crun+external-db+cilium+opa',
    'k3s+wasmedge+crun+external-db+cilium+opa-wasm',
    'k3s+wasmedge+crun+external-db+cilium+kyverno',
    'k3s+wasmedge+crun+external-db+cilium+gatekeeper',
    'k3s+containerd+crun+external-db+cilium+gatekeeper',
    'kubernetes+containerd+crun+external-db+cilium+gatekeeper',
  ],
  sorting: [{ id: 'availability', desc: true }],
  language: 'zh',
  showInvalid: true,
  rankMode: 'scoreOnly',
  method: 'topsis',
  judgements: [9, -9, 5, -3, 1, 2, -2, 7, -7, 3, 4, -4, 6, -6, 8],
  hideDominated: true,
  technologyFilter: ['gatekeeper', 'cilium', 'external-db', 'crun', 'wasmedge', 'k3s'],
  openStackId: 'k3s+wasmedge+crun+external-db+cilium+gatekeeper',
  view: 'catalogue',
  theme: 'dark',
});

describe('encodeInputs', () => {
  it('writes only the version for the defaults', () => {
    expect(encodeInputs(defaultInputs())).toBe('v=1');
  });

  it('writes the edge preset exactly', () => {
    expect(encodeInputs(preset('edge'))).toBe('v=1&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge');
    expect(encodeInputs(preset('edge', { language: 'zh', view: 'path' }))).toBe(
      'v=1&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge&lang=zh&view=path',
    );
  });

  it('marks custom inputs with their base preset (b) and half-step weights', () => {
    const edge = preset('edge');
    const custom = { ...edge, scenarioId: null, weights: { ...edge.weights, resource: 4.5 } };
    expect(encodeInputs(custom)).toBe('v=1&b=edge&w=4.5,3,2,2,2,1&c=10&o=1&site=edge');
  });

  it('leaves b out for custom inputs from the defaults, unless they equal the defaults', () => {
    const base = defaultInputs();
    expect(encodeInputs({ ...base, scenarioId: null, weights: { ...base.weights, cost: 3 } })).toBe(
      'v=1&w=3,3,2,2,3,1',
    );
    expect(encodeInputs({ ...base, scenarioId: null })).toBe('v=1&b=default');
  });

  it('writes selection, sorting, filter and open stack as short codes', () => {
    const inputs = makeInputs({
      selectedIds: [EDGE_STACK, K8S_STACK],
      sorting: [{ id: 'total', desc: true }],
      technologyFilter: ['wasmedge', 'k3s'],
      openStackId: EDGE_STACK,
    });
    expect(encodeInputs(inputs)).toBe('v=1&f=r2,o1&sort=-total&sel=121101,000000&open=121101');
    expect(encodeInputs(makeInputs({ sorting: [{ id: 'stack', desc: false }] }))).toBe(
      'v=1&sort=stack',
    );
  });

  it('writes requirements that differ from the defaults, "none" never needed for a null default', () => {
    const inputs = makeInputs({
      requirements: {
        ...defaultInputs().requirements,
        nodes: 2000,
        memoryPerNodeMB: 512,
        highAvailability: true,
        networkPolicy: 'l7',
        policyComplexity: 'simple',
        existingDatabase: true,
      },
      rankMode: 'scoreOnly',
      showInvalid: true,
      theme: 'dark',
    });
    expect(encodeInputs(inputs)).toBe(
      'v=1&n=2000&m=512&h=1&np=l7&pc=simple&db=1&theme=dark&rank=score&inv=1',
    );
  });

  it('skips what it cannot encode (unknown stacks, technologies, columns)', () => {
    const inputs = makeInputs({
      selectedIds: ['nope', EDGE_STACK],
      technologyFilter: ['nope'],
      sorting: [{ id: 'compare', desc: false }],
      openStackId: 'nope',
    });
    expect(encodeInputs(inputs)).toBe('v=1&sel=121101');
  });

  it('stays under 330 characters in the worst case: 6 stacks, 15 judgements and everything set', () => {
    const query = encodeInputs(WORST);
    expect(query).toBe(
      'v=1&b=ai-inference&w=4.75,4.25,3.75,2.05,1.33,0.25&n=100000&m=1048576&c=60000&o=1&h=1' +
        '&np=basic&pc=complex&db=1&site=cloud&alpha=1&gpu=1' +
        '&lang=zh&view=catalogue&theme=dark&rank=score&inv=1' +
        '&agg=topsis&ahp=9i5c12b7g34d6f8&dom=1' +
        '&f=p3,n2,s2,c1,r2,o1&sort=-availability' +
        '&sel=121220,121221,121222,121223,111223,011223&open=121223',
    );
    expect(query.length).toBe(320);
    expect(decodeInputs(query)).toEqual({ inputs: WORST, ignored: [] });
  });
});

describe('method, AHP judgements and hiding dominated stacks', () => {
  it('write and read back, and default to the weighted sum, no judgements, nothing hidden', () => {
    const inputs = makeInputs({
      method: 'weightedProduct',
      judgements: [1, 2, 3, 4, 5, 6, 7, 8, 9, -2, -3, -4, -5, -6, -9],
      hideDominated: true,
    });
    const query = encodeInputs(inputs);
    expect(query).toBe('v=1&agg=wp&ahp=123456789bcdefi&dom=1');
    expect(decodeInputs(query)).toEqual({ inputs, ignored: [] });
    expect(decodeInputs('v=1&agg=topsis').inputs.method).toBe('topsis');
    expect(decodeInputs('v=1').inputs).toMatchObject({
      method: 'weightedSum',
      judgements: [],
      hideDominated: false,
    });
  });

  it('ignores an unknown method, judgements of the wrong count or off the scale, a bad flag', () => {
    for (const [query, part] of [
      ['v=1&agg=electre', 'agg'],
      ['v=1&agg=ws%20', 'agg'],
      ['v=1&agg=__proto__', 'agg'],
      ['v=1&ahp=1234', 'ahp'],
      ['v=1&ahp=123456789bcdefia', 'ahp'],
      ['v=1&ahp=12345678' + '0bcdefi', 'ahp'],
      ['v=1&ahp=123456789bcdefj', 'ahp'],
      ['v=1&ahp=', 'ahp'],
      ['v=1&dom=2', 'dom'],
    ] as const) {
      const decoded = decodeInputs(query);
      expect(decoded.ignored, query).toEqual([part]);
      expect(decoded.inputs, query).toEqual(defaultInputs());
    }
  });
});

describe('shareUrl', () => {
  it('joins origin, path and the query', () => {
    const location = { origin: 'https://example.org', pathname: '/matrix/' };
    expect(shareUrl(makeInputs({ language: 'zh' }), location)).toBe(
      'https://example.org/matrix/?v=1&lang=zh',
    );
  });
});

describe('decodeInputs: each field', () => {
  it.each<[string, Partial<Inputs>]>([
    [
      'w=0,0.5,5,1,2,3',
      {
        weights: { resource: 0, performance: 0.5, scale: 5, availability: 1, cost: 2, maturity: 3 },
        scenarioId: null,
      },
    ],
    [
      'n=2000',
      { requirements: { ...defaultInputs().requirements, nodes: 2000 }, scenarioId: null },
    ],
    [
      'm=512&c=10',
      {
        requirements: { ...defaultInputs().requirements, memoryPerNodeMB: 512, coldStartMs: 10 },
        scenarioId: null,
      },
    ],
    ['m=none&c=none', {}],
    [
      'o=1&h=1&db=1',
      {
        requirements: {
          ...defaultInputs().requirements,
          offline: true,
          highAvailability: true,
          existingDatabase: true,
        },
        scenarioId: null,
      },
    ],
    ['o=0', {}],
    [
      'np=full&pc=complex',
      {
        requirements: {
          ...defaultInputs().requirements,
          networkPolicy: 'full',
          policyComplexity: 'complex',
        },
        scenarioId: null,
      },
    ],
    ['lang=zh&view=path&theme=dark', { language: 'zh', view: 'path', theme: 'dark' }],
    ['rank=score&inv=1', { rankMode: 'scoreOnly', showInvalid: true }],
    ['rank=fit&inv=0', {}],
    ['f=r2,o1', { technologyFilter: ['wasmedge', 'k3s'] }],
    ['sort=-total', { sorting: [{ id: 'total', desc: true }] }],
    ['sort=fit', { sorting: [{ id: 'fit', desc: false }] }],
    ['sel=121101,000000', { selectedIds: [EDGE_STACK, K8S_STACK] }],
    ['sel=', {}],
    ['open=121101', { openStackId: EDGE_STACK }],
    ['s=serverless&w=3,3,3,2,3,1&c=10', { ...preset('serverless') }],
    ['s=serverless', { ...preset('serverless') }],
    ['b=edge', { scenarioId: null, baseScenarioId: 'edge' }],
  ])('%s', (query, expected) => {
    expect(decodeInputs(`v=1&${query}`)).toEqual({ inputs: makeInputs(expected), ignored: [] });
  });

  it('reads the edge preset back from its exact link, with or without "?"', () => {
    const link = 'v=1&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge';
    expect(decodeInputs(link)).toEqual({ inputs: preset('edge'), ignored: [] });
    expect(decodeInputs(`?${link}`)).toEqual({ inputs: preset('edge'), ignored: [] });
  });

  it('gives the defaults for an empty query or the bare version', () => {
    for (const query of ['', '?', 'v=1']) {
      expect(decodeInputs(query)).toEqual({ inputs: defaultInputs(), ignored: [] });
    }
  });

  it('skips the team catalogue parameter: it is not an input and is not reported', () => {
    const { inputs, ignored } = decodeInputs('?catalogue=https://x/y.json&n=5');
    expect(ignored).toEqual([]);
    expect(inputs).toEqual(
      makeInputs({ scenarioId: null, requirements: { ...defaultInputs().requirements, nodes: 5 } }),
    );
    expect(TEAM_CATALOGUE_PARAM).toBe('catalogue');
  });

  it('treats a named preset whose weights were changed as custom inputs from it', () => {
    const { inputs, ignored } = decodeInputs('v=1&s=edge&w=5,3,0,2,0,1&c=10&o=1');
    expect([inputs.scenarioId, inputs.baseScenarioId, inputs.weights.resource, ignored]).toEqual([
      null,
      'edge',
      5,
      [],
    ]);
  });

  it('builds fresh objects: changing one result changes no other', () => {
    const a = decodeInputs('v=1&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge').inputs;
    a.weights.resource = 0;
    a.requirements.nodes = 99;
    expect(scenarioById('edge').weights.resource).toBe(4);
    expect(scenarioById('edge').requirements.nodes).toBe(1);
    expect(defaultInputs().requirements.nodes).toBe(1);
  });
});

describe('decodeInputs: invalid parts fall back to defaults and are listed', () => {
  it.each<[string, string[]]>([
    ['w=99.-1', ['w']],
    ['w=99,-1,0,0,0,0', ['w']],
    ['w=4,3,0,2,0', ['w']],
    ['w=4,3,0,2,0,1,1', ['w']],
    ['w=4,3,0,2,0,1.234', ['w']],
    ['w=4,3,0,2,0,5.01', ['w']],
    ['w=1e1,0,0,0,0,0', ['w']],
    ['w=0x1,0,0,0,0,0', ['w']],
    ['w=', ['w']],
    ['n=0', ['n']],
    ['n=100001', ['n']],
    ['n=1.5', ['n']],
    ['n=-1', ['n']],
    ['n= 5', ['n']],
    ['m=0', ['m']],
    ['m=NaN', ['m']],
    ['c=60001', ['c']],
    ['c=Infinity', ['c']],
    ['o=yes', ['o']],
    ['h=true', ['h']],
    ['db=2', ['db']],
    ['np=l8', ['np']],
    ['pc=hard', ['pc']],
    ['lang=fr', ['lang']],
    ['view=admin', ['view']],
    ['theme=blue', ['theme']],
    ['rank=best', ['rank']],
    ['inv=-1', ['inv']],
    ['sort=-price', ['sort']],
    ['sort=--total', ['sort']],
    ['sort=compare', ['sort']],
    ['sort=-total,stack', ['sort']],
    ['open=12110', ['open']],
    ['open=9z9z9z', ['open']],
    ['open=', ['open']],
    ['s=cloud', ['s']],
    ['s=__proto__', ['s']],
    ['b=toString', ['b']],
    ['lang=zh&lang=en', ['lang']],
    ['foo=1&__proto__[x]=1&constructor=1', ['foo', '__proto__[x]', 'constructor']],
    ['x=1&w=bad&lang=zh&y', ['x', 'w', 'y']],
  ])('%s → ignored %j', (query, ignored) => {
    const result = decodeInputs(`v=1&${query}`);
    expect(result.ignored).toEqual(ignored);
    expect(isValidInputs(result.inputs)).toBe(true);
  });

  it('keeps the valid parts of a link with invalid ones', () => {
    const { inputs, ignored } = decodeInputs('v=1&w=oops&lang=zh&view=path&n=0');
    expect(ignored).toEqual(['w', 'n']);
    expect(inputs).toEqual(makeInputs({ language: 'zh', view: 'path' }));
  });

  it('drops unknown, repeated and excess stacks from the selection: used in part', () => {
    const { inputs, ignored, partial } = decodeInputs(
      'v=1&sel=121101,999999,121101,000000,000001,000002,000003,000010,000011,x',
    );
    expect([ignored, partial]).toEqual([[], ['sel']]);
    expect(inputs.selectedIds).toEqual([
      EDGE_STACK,
      K8S_STACK,
      'kubernetes+docker+runc+etcd+flannel+opa-wasm',
      'kubernetes+docker+runc+etcd+flannel+kyverno',
      'kubernetes+docker+runc+etcd+flannel+gatekeeper',
      'kubernetes+docker+runc+etcd+calico+opa',
    ]);
  });

  it('drops unknown technologies and a second choice for the same layer from the filter', () => {
    const { inputs, ignored, partial } = decodeInputs('v=1&f=o1,zz,r2,o0,r9');
    expect([ignored, partial]).toEqual([[], ['f']]);
    expect(inputs.technologyFilter).toEqual(['k3s', 'wasmedge']);
  });

  it('uses s over b when a link has both', () => {
    const { inputs, ignored } = decodeInputs(
      'v=1&b=serverless&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge',
    );
    expect(ignored).toEqual(['b']);
    expect(inputs).toEqual(preset('edge'));
  });

  it('ignores a whole link of an unknown version', () => {
    for (const query of ['v=2&lang=zh', 'v=1&v=1&lang=zh', 'v=&lang=zh', 'v=01']) {
      expect(decodeInputs(query)).toEqual({
        inputs: defaultInputs(),
        ignored: ['v'],
        rejected: 'version',
      });
    }
  });

  it('ignores a whole link over the size cap', () => {
    const long = `v=1&lang=zh&x=${'a'.repeat(MAX_LINK_LENGTH)}`;
    expect(decodeInputs(long)).toEqual({
      inputs: defaultInputs(),
      ignored: ['link'],
      rejected: 'tooLong',
    });
    const justUnder = `v=1&lang=zh&x=${'a'.repeat(MAX_LINK_LENGTH - 14)}`;
    expect(justUnder.length).toBe(MAX_LINK_LENGTH);
    expect(decodeInputs(justUnder).ignored).toEqual(['x']);
  });

  it('never throws on garbage, even a non-string', () => {
    for (const query of ['%%%&&==', '%E0%A4%A', '&&&', '=', 'v=1&%zz=%zz', '\u0000\uffff']) {
      expect(() => decodeInputs(query)).not.toThrow();
      expect(isValidInputs(decodeInputs(query).inputs)).toBe(true);
    }
    expect(decodeInputs(null as unknown as string)).toEqual({
      inputs: defaultInputs(),
      ignored: ['link'],
      rejected: 'unreadable',
    });
  });
});

describe('a hand-written preset link', () => {
  it('?s=edge opens the edge preset itself, not the defaults marked custom', () => {
    const { inputs, ignored } = decodeInputs('?s=edge');
    expect(ignored).toEqual([]);
    expect(inputs.scenarioId).toBe('edge');
    expect(inputs.weights).toEqual({
      resource: 4,
      performance: 3,
      scale: 2,
      availability: 2,
      cost: 2,
      maturity: 1,
    });
    expect(inputs.requirements).toMatchObject({
      nodes: 1,
      coldStartMs: 10,
      offline: true,
      site: 'edge',
    });
  });

  it('?s=edge&n=5 is the edge preset with one requirement changed, so custom based on edge', () => {
    const { inputs } = decodeInputs('s=edge&n=5');
    expect([
      inputs.scenarioId,
      inputs.baseScenarioId,
      inputs.requirements.nodes,
      inputs.requirements.coldStartMs,
    ]).toEqual([null, 'edge', 5, 10]);
  });
});

describe('scenario ids in a link', () => {
  it('are percent-encoded, so an id can never add a parameter of its own (second guard behind the id schema)', () => {
    const hostileId = 'x&catalogue=https://evil.example/c.json#';
    const edge = scenarioById('edge');
    const catalogue = {
      ...seedCatalogue,
      scenarios: seedCatalogue.scenarios.map((s) =>
        s.id === 'edge' ? { ...s, id: hostileId } : s,
      ),
    };
    const inputs = makeInputs({
      scenarioId: hostileId,
      baseScenarioId: hostileId,
      weights: { ...edge.weights },
      requirements: { ...edge.requirements },
    });
    const query = encodeInputs(inputs, catalogue);
    const params = new URLSearchParams(query);
    expect(params.getAll('s')).toEqual([hostileId]);
    expect(params.has('catalogue')).toBe(false);
    expect(query).toContain('s=x%26catalogue%3Dhttps%3A%2F%2Fevil.example%2Fc.json%23');
  });
});
