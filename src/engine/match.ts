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

function boolCheck(
  tech: Technology,
  criterion: 'offline' | 'highAvailability',
  what: { zh: string; en: string },
): Check {
  const f = tech.facts[criterion];
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
  const note = f.note ? ` (${f.note.en})` : '';
  const noteZh = f.note ? `（${f.note.zh}）` : '';
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
  return f.value
    ? {
        criterion: 'policyComplexity',
        status: 'match',
        reason: { zh: `${tech.name} 适合复杂策略`, en: `${tech.name} handles complex policies` },
      }
    : {
        criterion: 'policyComplexity',
        status: 'partial',
        reason: {
          zh: `${tech.name} 适合简单策略（复杂策略选 OPA，17.3.4）`,
          en: `${tech.name} suits simple policies (complex ones call for OPA, 17.3.4)`,
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
