import type { Fact, LayerId, Requirements, Technology } from '../catalogue/types';
import { nodeCap } from './aggregate';
import { POLICY_SUPPORT_ORDER } from './normalise';
import type {
  AbilityCriterion,
  MatchCheck,
  MatchReason,
  MatchResult,
  MatchStatus,
  StackParts,
} from './types';

const SEVERITY: Record<MatchStatus, number> = { match: 0, partial: 1, mismatch: 2 };

/** The worse of two match statuses (mismatch > partial > match). */
export function worse(a: MatchStatus, b: MatchStatus): MatchStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** A check before it is placed on a layer (or on the whole stack). */
type Check = MatchReason & { status: MatchStatus };

/** `{ reading: true }` when the fact is the app's reading of the seed, else nothing. */
const readingOf = (fact: Fact): { reading?: true } => (fact.reading ? { reading: true } : {});

function nodesCheck(tech: Technology, nodes: number): Check | null {
  const cap = nodeCap(tech);
  const f = tech.facts.nodeRange;
  if (cap === null || f?.kind !== 'range') return null;
  const values = {
    technology: tech.id,
    cap: f.max,
    ...(f.orMore ? { orMore: true as const } : {}),
    nodes,
  };
  if (nodes <= cap) return { criterion: 'nodes', status: 'match', code: 'nodesWithin', values };
  // flannel's cap is read from "小规模集群", not printed as a number: out of spec, still workable.
  return tech.layer === 'network'
    ? { criterion: 'nodes', status: 'partial', code: 'nodesSoftCap', values }
    : { criterion: 'nodes', status: 'mismatch', code: 'nodesOver', values };
}

function coldStartCheck(tech: Technology, boundMs: number): Check | null {
  const f = tech.facts.startTime;
  if (!f || f.kind !== 'range') return null;
  const values = { technology: tech.id, min: f.min, max: f.max, bound: boundMs };
  if (f.max <= boundMs)
    return { criterion: 'coldStart', status: 'match', code: 'coldStartWithin', values };
  if (f.min <= boundMs)
    return { criterion: 'coldStart', status: 'partial', code: 'coldStartPartly', values };
  return { criterion: 'coldStart', status: 'mismatch', code: 'coldStartOver', values };
}

const ABILITY_FACT: Record<AbilityCriterion, 'offline' | 'highAvailability' | 'gpuAcceleration'> = {
  offline: 'offline',
  highAvailability: 'highAvailability',
  gpu: 'gpuAcceleration',
};

function boolCheck(tech: Technology, criterion: AbilityCriterion): Check {
  const f = tech.facts[ABILITY_FACT[criterion]];
  const technology = tech.id;
  if (f?.kind === 'stars') {
    // A star rating of the ability (etcd offline ⭐⭐, 17.6.3): 4–5 in spec, 2–3 weak, 1 out.
    const status: MatchStatus = f.value >= 4 ? 'match' : f.value >= 2 ? 'partial' : 'mismatch';
    return {
      criterion,
      status,
      code: 'starsRating',
      values: { technology, stars: f.value, ...readingOf(f) },
    };
  }
  if (!f || f.kind !== 'bool')
    return { criterion, status: 'partial', code: 'notStated', values: { technology } };
  // A reading says so instead of its note.
  const values = {
    technology,
    ...(f.reading ? { reading: true as const } : f.note ? { note: f.note } : {}),
  };
  return f.value
    ? { criterion, status: 'match', code: 'boolYes', values }
    : { criterion, status: 'mismatch', code: 'boolNo', values };
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
    code: 'networkPolicy',
    values: { technology: tech.id, level: f.value, required },
  };
}

function policyComplexityCheck(tech: Technology): Check | null {
  const f = tech.facts.complexPolicies;
  if (!f || f.kind !== 'bool') return null;
  const values = { technology: tech.id, ...readingOf(f) };
  return f.value
    ? { criterion: 'policyComplexity', status: 'match', code: 'complexPolicies', values }
    : { criterion: 'policyComplexity', status: 'partial', code: 'simplePolicies', values };
}

function existingDatabaseCheck(tech: Technology): Check | null {
  if (tech.layer !== 'storage') return null;
  const values = { technology: tech.id };
  return tech.facts.usesExistingDatabase?.kind === 'bool' && tech.facts.usesExistingDatabase.value
    ? { criterion: 'existingDatabase', status: 'match', code: 'reusesDatabase', values }
    : { criterion: 'existingDatabase', status: 'partial', code: 'ownDatabase', values };
}

/**
 * A yes/no fact checked against a requirement: match when it holds, `failing` when it does
 * not; the values say `reading` when the fact is the app's interpretation.
 */
function flag(
  tech: Technology,
  key: 'edgeReady' | 'cloudReady' | 'alphaApi',
  failing: MatchStatus,
): { holds: boolean; status: MatchStatus; values: { technology: string; reading?: true } } | null {
  const f = tech.facts[key];
  if (!f || f.kind !== 'bool') return null;
  return {
    holds: f.value,
    status: f.value ? 'match' : failing,
    values: { technology: tech.id, ...readingOf(f) },
  };
}

// 17.8.2's edge tree says "K3s（必须）": an orchestrator unfit for the edge fails there.
function edgeSiteCheck(tech: Technology): Check | null {
  const f = flag(tech, 'edgeReady', 'mismatch');
  if (!f) return null;
  return {
    criterion: 'site',
    status: f.status,
    code: f.holds ? 'edgeSuits' : 'edgeUnfit',
    values: f.values,
  };
}

// 17.8.2 labels the K3s side "（边缘）" without forbidding it in the cloud: out of spec, workable.
function cloudSiteCheck(tech: Technology): Check | null {
  const f = flag(tech, 'cloudReady', 'partial');
  if (!f) return null;
  return {
    criterion: 'site',
    status: f.status,
    code: f.holds ? 'cloudSuits' : 'cloudEdgeSide',
    values: f.values,
  };
}

function alphaApiCheck(tech: Technology): Check | null {
  const f = flag(tech, 'alphaApi', 'partial');
  if (!f) return null;
  return {
    criterion: 'alphaApi',
    status: f.status,
    code: f.holds ? 'alphaOffers' : 'alphaElsewhere',
    values: f.values,
  };
}

/** The per-node memory facts a stack's footprint adds up, in the order they are added. */
export const MEMORY_FACTS = ['controlPlaneMemory', 'memoryFootprint', 'policyMemory'] as const;

/** Sum of the per-node memory figures of the stack: [with range minimums, with range maximums]. */
export function memoryFootprint(techs: Technology[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const t of techs) {
    for (const key of MEMORY_FACTS) {
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

/** In budget with the range maximums: match; only with the minimums: partial; else mismatch. */
export function memoryStatus(low: number, high: number, budget: number): MatchStatus {
  return high <= budget ? 'match' : low <= budget ? 'partial' : 'mismatch';
}

function memoryCheck(techs: Technology[], budget: number): MatchCheck {
  const [low, high] = memoryFootprint(techs);
  const status = memoryStatus(low, high, budget);
  return {
    criterion: 'memory',
    layer: 'stack',
    status,
    code: 'memoryFootprint',
    values: { low, high, budget },
  };
}

/** Per-layer checks of one technology against R. */
function technologyChecks(tech: Technology, req: Requirements): Check[] {
  const checks: (Check | null)[] = [nodesCheck(tech, req.nodes)];
  if (req.coldStartMs !== null) checks.push(coldStartCheck(tech, req.coldStartMs));
  const relevant = tech.layer === 'orchestration' || tech.layer === 'storage';
  if (req.offline && relevant) checks.push(boolCheck(tech, 'offline'));
  if (req.highAvailability && tech.layer === 'storage')
    checks.push(boolCheck(tech, 'highAvailability'));
  if (req.networkPolicy !== 'none') checks.push(networkPolicyCheck(tech, req.networkPolicy));
  if (req.policyComplexity === 'complex') checks.push(policyComplexityCheck(tech));
  if (req.existingDatabase) checks.push(existingDatabaseCheck(tech));
  if (req.site === 'edge') checks.push(edgeSiteCheck(tech));
  if (req.site === 'cloud') checks.push(cloudSiteCheck(tech));
  if (req.alphaApi) checks.push(alphaApiCheck(tech));
  if (req.gpu && tech.layer === 'runtime') checks.push(boolCheck(tech, 'gpu'));
  return checks.filter((c): c is Check => c !== null);
}

/**
 * The worst status of one technology's own checks against R (match when it has none): the
 * per-layer status matchStack reports, for the scale kernel's per-layer fit masks.
 */
export function technologyStatus(tech: Technology, req: Requirements): MatchStatus {
  return technologyChecks(tech, req).reduce<MatchStatus>((s, c) => worse(s, c.status), 'match');
}

/** M(T, R) of 17.9.3: match if every layer is in spec, partial if some are out of spec but workable, else mismatch; every check with its reason (a code and values). */
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

/**
 * The checks (a criterion on a layer, or memory on the whole stack) whose outcome differs
 * between stacks of a catalogue, found from each layer's technologies alone — for a catalogue
 * too large to list its stacks. A layer's check differs when its technologies meet it
 * differently; the memory check when the best and the worst stack budgets differ (the sums of
 * the layers' smallest and largest figures).
 */
export function varyingChecks(
  layers: readonly { layer: LayerId; technologies: readonly Technology[] }[],
  req: Requirements,
): { criterion: MatchCheck['criterion']; layer: LayerId | 'stack' }[] {
  const out: { criterion: MatchCheck['criterion']; layer: LayerId | 'stack' }[] = [];
  for (const { layer, technologies } of layers) {
    const seen = new Map<MatchCheck['criterion'], Set<MatchStatus>>();
    for (const tech of technologies)
      for (const c of technologyChecks(tech, req)) {
        const statuses = seen.get(c.criterion) ?? new Set<MatchStatus>();
        statuses.add(c.status);
        seen.set(c.criterion, statuses);
      }
    for (const [criterion, statuses] of seen) if (statuses.size > 1) out.push({ criterion, layer });
  }
  if (req.memoryPerNodeMB !== null && layers.every((l) => l.technologies.length > 0)) {
    const budget = req.memoryPerNodeMB;
    const sums = layers.map(({ technologies }) => technologies.map((t) => memoryFootprint([t])));
    const sum = (pick: (xs: number[]) => number, k: 0 | 1) =>
      sums.reduce((s, layer) => s + pick(layer.map((x) => x[k])), 0);
    const min = (xs: number[]) => Math.min(...xs);
    const max = (xs: number[]) => Math.max(...xs);
    const best = sum(min, 1) <= budget ? 'match' : sum(min, 0) <= budget ? 'partial' : 'mismatch';
    const worst = memoryStatus(sum(max, 0), sum(max, 1), budget);
    if (best !== worst) out.push({ criterion: 'memory', layer: 'stack' });
  }
  return out;
}
