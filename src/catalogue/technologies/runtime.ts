import { asReading, bool, num, quoted, range, t, text } from '../fact-builders';
import type { Facts, Technology } from '../types';
import { maturityFacts } from './maturity-row';

/** The 17.3.2 row "Docker + runc": OCI container images; a reading when applied to another runtime. */
function containerSpecs(reading?: { zh: string; en: string }): Facts {
  const facts: Facts = {
    imageSize: quoted(range(10, 500, 'MB', '17.3.2'), '10-500MB'),
    startTime: quoted(range(1000, 2000, 'ms', '17.3.2'), '1-2s'),
    memoryFootprint: quoted(range(18, 500, 'MB', '17.3.2'), '18-500MB'),
    podDensity: quoted(num(300, 'pods/node', '17.3.2'), '300 Pod/Node'),
  };
  if (!reading) return facts;
  return Object.fromEntries(
    Object.entries(facts).map(([k, f]) => [k, asReading(f, reading, ['17.3.2', '17.2.4.2'])]),
  );
}

const containerdReading = t(
  '17.3.2 只给出一行 OCI 容器规格（“Docker + runc”）；containerd 是从 Docker 分离出的核心运行时，运行同样的 OCI 镜像（17.2.4.2），故沿用该行。',
  '17.3.2 gives one row for OCI containers ("Docker + runc"); containerd is the core runtime split out of Docker and runs the same OCI images (17.2.4.2), so that row applies.',
);

/** High-level runtimes (Docker, containerd, WasmEdge): 17.2.4.2 and 17.3.2. */
export const runtimes: Technology[] = [
  {
    id: 'docker',
    layer: 'runtime',
    name: 'Docker',
    includes: {
      ids: ['containerd'],
      seedWording: 'Docker + containerd + runc',
      source: '17.4.1',
      reading: {
        rationale: t(
          '17.4.1 写“Docker + containerd + runc”；containerd 是“Docker 分离的核心运行时”（17.2.4.2）：Docker 在 containerd 之上运行，故运行时一格里的 Docker 代表 Docker + containerd。',
          '17.4.1 writes "Docker + containerd + runc"; containerd is "the core runtime split out of Docker" (17.2.4.2): Docker runs on top of containerd, so Docker in the runtime slot stands for Docker + containerd.',
        ),
        rests: ['17.4.1', '17.2.4.2'],
      },
    },
    summary: t(
      'Moby 项目维护，全球 90%+ 容器使用 Docker；传统容器与开发环境。',
      'Maintained by the Moby project; 90%+ of containers use it. Traditional containers and development.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 67,
          version: '24.x',
          cadence: 'quarterly',
          production: 5,
          community: 5,
          maturity: 5,
        },
        '17.2.4.2',
      ),
      ...containerSpecs(),
      scenarios: quoted(
        text('传统容器、开发环境', 'traditional containers, development', '17.3.2'),
        '传统容器、开发环境',
      ),
    },
  },
  {
    id: 'containerd',
    layer: 'runtime',
    name: 'containerd',
    summary: t(
      'CNCF 毕业项目，Kubernetes 默认 CRI，Docker 分离出的核心运行时。',
      'CNCF graduated; the default Kubernetes CRI, the core runtime split out of Docker.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 16,
          version: '1.7.x',
          cadence: 'quarterly',
          production: 5,
          community: 4,
          maturity: 5,
        },
        '17.2.4.2',
      ),
      ...containerSpecs(containerdReading),
      scenarios: quoted(
        text('Kubernetes 默认 CRI', 'the default Kubernetes CRI', '17.2.4.2'),
        'Kubernetes 默认 CRI',
      ),
    },
  },
  {
    id: 'wasmedge',
    layer: 'runtime',
    name: 'WasmEdge',
    summary: t(
      'CNCF 沙箱项目，Wasm 字节码运行时：冷启动 6–10 ms，单节点 3000 Pod。',
      'CNCF sandbox Wasm bytecode runtime: 6–10 ms cold start, 3000 pods per node.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 8,
          version: t('0.14.0（2025 稳定版，内置 Llama2）', '0.14.0 (2025 stable, Llama2 built in)'),
          cadence: 'monthly',
          production: 4,
          community: 4,
          maturity: 4,
        },
        '17.2.4.2',
      ),
      imageSize: quoted(range(0.9, 10, 'MB', '17.3.2'), '0.9-10MB'),
      startTime: quoted(range(6, 10, 'ms', '17.3.2'), '6-10ms'),
      memoryFootprint: quoted(range(2, 50, 'MB', '17.3.2'), '2-50MB'),
      podDensity: quoted(num(3000, 'pods/node', '17.3.2'), '3000 Pod/Node'),
      gpuAcceleration: quoted(
        bool(true, '17.4.4', t('WasmEdge GPU Plugin', 'WasmEdge GPU Plugin')),
        'WasmEdge GPU Plugin 支持 GPU 加速推理',
      ),
      scenarios: quoted(
        text('Serverless、边缘、AI 推理', 'serverless, edge, AI inference', '17.3.2'),
        'Serverless、边缘、AI 推理',
      ),
    },
  },
];

/** Low-level OCI runtimes (runc, crun): 17.2.4.2; the seed gives them no specs of their own. */
export const ociRuntimes: Technology[] = [
  {
    id: 'runc',
    layer: 'ociRuntime',
    name: 'runc',
    summary: t(
      'OCI 参考运行时，与 Docker 组成“Docker + runc”。',
      'The OCI reference runtime; pairs as "Docker + runc".',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 11,
          version: '1.1.x',
          cadence: 'irregular',
          production: 5,
          community: 4,
          maturity: 5,
        },
        '17.2.4.2',
      ),
      scenarios: quoted(
        text(
          '传统容器、开发环境（Docker + runc）',
          'traditional containers (Docker + runc)',
          '17.3.2',
        ),
        '传统容器、开发环境',
      ),
    },
  },
  {
    id: 'crun',
    layer: 'ociRuntime',
    name: 'crun',
    summary: t(
      '轻量 OCI 运行时，可运行 Wasm：与 WasmEdge 组成“WasmEdge + crun”。',
      'Lightweight OCI runtime that can run Wasm; pairs as "WasmEdge + crun".',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 3,
          version: '1.8.5+',
          cadence: 'monthly',
          production: 3,
          community: 3,
          maturity: 4,
        },
        '17.2.4.2',
      ),
      scenarios: quoted(
        text(
          'Serverless、边缘、AI 推理（WasmEdge + crun）',
          'serverless, edge, AI (WasmEdge + crun)',
          '17.3.2',
        ),
        'Serverless、边缘、AI 推理',
      ),
    },
  },
];
