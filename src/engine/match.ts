import type { LayerId, Requirements, Technology } from '../catalogue/types';
import { nodeCap } from './aggregate';
import { POLICY_SUPPORT_ORDER } from './normalise';
import type { MatchCheck, MatchResult, MatchStatus, StackParts } from './types';

const SEVERITY: Record<MatchStatus, number> = { match: 0, partial: 1, mismatch: 2 };

/** The worse of two match statuses (mismatch > partial > match). */
export function worse(a: MatchStatus, b: MatchStatus): MatchStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

type Check = Omit<MatchCheck, 'layer'>;
// One formatter: building one per call (toLocaleString) cost seconds over 432 stacks.
const GROUPED = new Intl.NumberFormat('en-US');
const fmt = (n: number) => (Number.isFinite(n) ? GROUPED.format(n) : '10,000+');
const nodesEn = (n: number) => `${fmt(n)} ${n === 1 ? 'node' : 'nodes'}`;

function nodesCheck(tech: Technology, nodes: number): Check | null {
  const cap = nodeCap(tech);
  if (cap === null) return null;
  if (nodes <= cap) {
    return {
      criterion: 'nodes',
      status: 'match',
      reason: {
        zh: `${tech.name} 支持 ${fmt(cap)} 节点 ≥ ${fmt(nodes)}`,
        en: `${tech.name} supports ${nodesEn(cap)} ≥ ${fmt(nodes)}`,
      },
    };
  }
  // flannel's cap is read from "小规模集群", not printed as a number: out of spec, still workable.
  const soft = tech.layer === 'network';
  return {
    criterion: 'nodes',
    status: soft ? 'partial' : 'mismatch',
    reason: soft
      ? {
          zh: `${tech.name} 适合小规模集群（≤ ${fmt(cap)} 节点），需求 ${fmt(nodes)}`,
          en: `${tech.name} suits small clusters (≤ ${nodesEn(cap)}); ${fmt(nodes)} required`,
        }
      : {
          zh: `${tech.name} 至多 ${fmt(cap)} 节点，需求 ${fmt(nodes)}`,
          en: `${tech.name} supports at most ${nodesEn(cap)}; ${fmt(nodes)} required`,
        },
  };
}

function coldStartCheck(tech: Technology, boundMs: number): Check | null {
  const f = tech.facts.startTime;
  if (!f || f.kind !== 'range') return null;
  const range = `${f.min}–${f.max} ms`;
  if (f.max <= boundMs)
    return {
      criterion: 'coldStart',
      status: 'match',
      reason: {
        zh: `${tech.name} 启动 ${range} ≤ ${boundMs} ms`,
        en: `${tech.name} starts in ${range} ≤ ${boundMs} ms`,
      },
    };
  if (f.min <= boundMs)
    return {
      criterion: 'coldStart',
      status: 'partial',
      reason: {
        zh: `${tech.name} 启动 ${range}，仅部分 ≤ ${boundMs} ms`,
        en: `${tech.name} starts in ${range}; only partly within ${boundMs} ms`,
      },
    };
  return {
    criterion: 'coldStart',
    status: 'mismatch',
    reason: {
      zh: `${tech.name} 启动 ${range} > ${boundMs} ms`,
      en: `${tech.name} starts in ${range} > ${boundMs} ms`,
    },
  };
}

const STARS = (n: number) => '⭐'.repeat(n);
const READING = { zh: '（解读）', en: ' (a reading)' };

function boolCheck(
  tech: Technology,
  criterion: 'offline' | 'highAvailability' | 'gpu',
  what: { zh: string; en: string },
  key: 'offline' | 'highAvailability' | 'gpuAcceleration' = criterion === 'gpu'
    ? 'gpuAcceleration'
    : criterion,
): Check {
  const f = tech.facts[key];
  if (f?.kind === 'stars') {
    // A star rating of the ability (etcd offline ⭐⭐, 17.6.3): 4–5 in spec, 2–3 weak, 1 out.
    const status: MatchStatus = f.value >= 4 ? 'match' : f.value >= 2 ? 'partial' : 'mismatch';
    const zh = f.reading ? READING.zh : '';
    const en = f.reading ? READING.en : '';
    return {
      criterion,
      status,
      reason: {
        zh: `${tech.name} 的${what.zh}为 ${STARS(f.value)}（5 星制）${zh}`,
        en: `${tech.name} rates ${STARS(f.value)} of 5 for ${what.en}${en}`,
      },
    };
  }
  if (!f || f.kind !== 'bool') {
    return {
      criterion,
      status: 'partial',
      reason: {
        zh: `种子文档未说明 ${tech.name} 的${what.zh}`,
        en: `the seed does not state ${what.en} for ${tech.name}`,
      },
    };
  }
  const note = f.reading ? READING.en : f.note ? ` (${f.note.en})` : '';
  const noteZh = f.reading ? READING.zh : f.note ? `（${f.note.zh}）` : '';
  return f.value
    ? {
        criterion,
        status: 'match',
        reason: {
          zh: `${tech.name} 支持${what.zh}${noteZh}`,
          en: `${tech.name} supports ${what.en}${note}`,
        },
      }
    : {
        criterion,
        status: 'mismatch',
        reason: {
          zh: `${tech.name} 不支持${what.zh}${noteZh}`,
          en: `${tech.name} lacks ${what.en}${note}`,
        },
      };
}

function networkPolicyCheck(
  tech: Technology,
  required: Requirements['networkPolicy'],
): Check | null {
  const f = tech.facts.networkPolicy;
  if (!f || f.kind !== 'policySupport') return null;
  const gap = POLICY_SUPPORT_ORDER.indexOf(required) - POLICY_SUPPORT_ORDER.indexOf(f.value);
  const status: MatchStatus = gap <= 0 ? 'match' : gap === 1 ? 'partial' : 'mismatch';
  return {
    criterion: 'networkPolicy',
    status,
    reason: {
      zh: `${tech.name} 网络策略：${f.value}，需求：${required}`,
      en: `${tech.name} network policy: ${f.value}; required: ${required}`,
    },
  };
}

function policyComplexityCheck(tech: Technology): Check | null {
  const f = tech.facts.complexPolicies;
  if (!f || f.kind !== 'bool') return null;
  const zh = f.reading ? READING.zh : '';
  const en = f.reading ? READING.en : '';
  return f.value
    ? {
        criterion: 'policyComplexity',
        status: 'match',
        reason: {
          zh: `${tech.name} 适合复杂策略${zh}`,
          en: `${tech.name} handles complex policies${en}`,
        },
      }
    : {
        criterion: 'policyComplexity',
        status: 'partial',
        reason: {
          zh: `${tech.name} 适合简单策略（复杂策略选 OPA，17.3.4）${zh}`,
          en: `${tech.name} suits simple policies (complex ones call for OPA, 17.3.4)${en}`,
        },
      };
}

function existingDatabaseCheck(tech: Technology): Check | null {
  if (tech.layer !== 'storage') return null;
  return tech.facts.usesExistingDatabase?.kind === 'bool' && tech.facts.usesExistingDatabase.value
    ? {
        criterion: 'existingDatabase',
        status: 'match',
        reason: {
          zh: `${tech.name} 复用已有数据库`,
          en: `${tech.name} reuses the existing database`,
        },
      }
    : {
        criterion: 'existingDatabase',
        status: 'partial',
        reason: {
          zh: `${tech.name} 不复用已有数据库（17.8.1：已有数据库 → 外部 DB）`,
          en: `${tech.name} does not reuse the existing database (17.8.1: existing DB → external DB)`,
        },
      };
}

type Words = (name: string) => { zh: string; en: string };

/**
 * A yes/no fact checked against a requirement: match when it holds, `failing` when it does
 * not; the reason says "(a reading)" when the fact is the app's interpretation.
 */
function flagCheck(
  tech: Technology,
  key: 'edgeReady' | 'cloudReady' | 'alphaApi',
  criterion: MatchCheck['criterion'],
  failing: MatchStatus,
  yes: Words,
  no: Words,
): Check | null {
  const f = tech.facts[key];
  if (!f || f.kind !== 'bool') return null;
  const words = (f.value ? yes : no)(tech.name);
  return {
    criterion,
    status: f.value ? 'match' : failing,
    reason: {
      zh: `${words.zh}${f.reading ? READING.zh : ''}`,
      en: `${words.en}${f.reading ? READING.en : ''}`,
    },
  };
}

// 17.8.2's edge tree says "K3s（必须）": an orchestrator unfit for the edge fails there.
const edgeSiteCheck = (tech: Technology) =>
  flagCheck(
    tech,
    'edgeReady',
    'site',
    'mismatch',
    (n) => ({ zh: `${n} 适合边缘站点`, en: `${n} suits edge sites` }),
    (n) => ({
      zh: `${n} 不适合边缘站点（17.8.2：边缘编排层 K3s（必须））`,
      en: `${n} does not suit edge sites (17.8.2: edge orchestration is K3s, required)`,
    }),
  );

// 17.8.2 labels the K3s side "（边缘）" without forbidding it in the cloud: out of spec, workable.
const cloudSiteCheck = (tech: Technology) =>
  flagCheck(
    tech,
    'cloudReady',
    'site',
    'partial',
    (n) => ({ zh: `${n} 适合云端站点`, en: `${n} suits cloud sites` }),
    (n) => ({
      zh: `17.8.2 把 ${n} 放在边缘一侧，云端另有选择`,
      en: `17.8.2 places ${n} on the edge side; the cloud side picks another`,
    }),
  );

const alphaApiCheck = (tech: Technology) =>
  flagCheck(
    tech,
    'alphaApi',
    'alphaApi',
    'partial',
    (n) => ({ zh: `${n} 提供 Alpha API`, en: `${n} offers Alpha APIs` }),
    (n) => ({
      zh: `17.3.1：需要 Alpha API 时选 Kubernetes，而非 ${n}`,
      en: `17.3.1: Alpha APIs call for Kubernetes, not ${n}`,
    }),
  );

/** Sum of the per-node memory figures of the stack: [with range minimums, with range maximums]. */
export function memoryFootprint(techs: Technology[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const t of techs) {
    for (const key of ['controlPlaneMemory', 'memoryFootprint', 'policyMemory'] as const) {
      const f = t.facts[key];
      if (f?.kind === 'number') {
        low += f.value;
        high += f.value;
      } else if (f?.kind === 'range') {
        low += f.min;
        high += f.max;
      }
    }
  }
  return [low, high];
}

function memoryCheck(techs: Technology[], budget: number): MatchCheck {
  const [low, high] = memoryFootprint(techs);
  const status: MatchStatus = high <= budget ? 'match' : low <= budget ? 'partial' : 'mismatch';
  return {
    criterion: 'memory',
    layer: 'stack',
    status,
    reason: {
      zh: `每节点约 ${low}–${high} MB（控制平面 + 运行时 + 策略），预算 ${budget} MB`,
      en: `about ${low}–${high} MB per node (control plane + runtime + policy); budget ${budget} MB`,
    },
  };
}

/** Per-layer checks of one technology against R. */
function technologyChecks(tech: Technology, req: Requirements): Check[] {
  const checks: (Check | null)[] = [nodesCheck(tech, req.nodes)];
  if (req.coldStartMs !== null) checks.push(coldStartCheck(tech, req.coldStartMs));
  const relevant = tech.layer === 'orchestration' || tech.layer === 'storage';
  if (req.offline && relevant)
    checks.push(boolCheck(tech, 'offline', { zh: '离线运行', en: 'offline operation' }));
  if (req.highAvailability && tech.layer === 'storage')
    checks.push(boolCheck(tech, 'highAvailability', { zh: '高可用', en: 'high availability' }));
  if (req.networkPolicy !== 'none') checks.push(networkPolicyCheck(tech, req.networkPolicy));
  if (req.policyComplexity === 'complex') checks.push(policyComplexityCheck(tech));
  if (req.existingDatabase) checks.push(existingDatabaseCheck(tech));
  if (req.site === 'edge') checks.push(edgeSiteCheck(tech));
  if (req.site === 'cloud') checks.push(cloudSiteCheck(tech));
  if (req.alphaApi) checks.push(alphaApiCheck(tech));
  if (req.gpu && tech.layer === 'runtime')
    checks.push(boolCheck(tech, 'gpu', { zh: 'GPU 加速', en: 'GPU acceleration' }));
  return checks.filter((c): c is Check => c !== null);
}

/** M(T, R) of 17.9.3: match if every layer is in spec, partial if some are out of spec but workable, else mismatch; every check with its reason. */
export function matchStack(
  parts: StackParts,
  byId: Map<string, Technology>,
  req: Requirements,
): MatchResult {
  const layers = {} as Record<LayerId, MatchStatus>;
  const checks: MatchCheck[] = [];
  const techs: Technology[] = [];
  for (const [layer, id] of Object.entries(parts) as [LayerId, string][]) {
    const tech = byId.get(id);
    if (!tech) throw new Error(`matchStack: unknown technology "${id}"`);
    techs.push(tech);
    const own = technologyChecks(tech, req).map((c) => ({ ...c, layer }));
    layers[layer] = own.reduce<MatchStatus>((s, c) => worse(s, c.status), 'match');
    checks.push(...own);
  }
  if (req.memoryPerNodeMB !== null) checks.push(memoryCheck(techs, req.memoryPerNodeMB));
  const status = checks.reduce<MatchStatus>((s, c) => worse(s, c.status), 'match');
  return { status, layers, checks };
}
