import type { Language, Requirements } from '../../catalogue/types';
import { formatNumber } from '../../i18n/messages';

const POLICY = { none: '', basic: 'basic', full: 'full', l7: 'L7' } as const;

/** The requirements that constrain anything, as short phrases; empty when none do. */
export function summariseRequirements(req: Requirements, lang: Language): string[] {
  const zh = lang === 'zh';
  const n = (v: number) => formatNumber(v, lang);
  const parts: string[] = [
    zh ? `${n(req.nodes)} 节点` : `${n(req.nodes)} ${req.nodes === 1 ? 'node' : 'nodes'}`,
  ];
  if (req.memoryPerNodeMB !== null)
    parts.push(
      zh ? `每节点 ≤ ${n(req.memoryPerNodeMB)} MB` : `≤ ${n(req.memoryPerNodeMB)} MB per node`,
    );
  if (req.coldStartMs !== null)
    parts.push(zh ? `冷启动 ≤ ${n(req.coldStartMs)} ms` : `cold start ≤ ${n(req.coldStartMs)} ms`);
  if (req.offline) parts.push(zh ? '离线运行' : 'offline');
  if (req.highAvailability) parts.push(zh ? '高可用' : 'HA');
  if (req.networkPolicy !== 'none')
    parts.push(
      zh ? `网络策略 ${POLICY[req.networkPolicy]}` : `${POLICY[req.networkPolicy]} network policy`,
    );
  if (req.policyComplexity !== 'none') {
    parts.push(
      zh
        ? req.policyComplexity === 'complex'
          ? '复杂策略'
          : '简单策略'
        : `${req.policyComplexity} policies`,
    );
  }
  if (req.existingDatabase) parts.push(zh ? '已有数据库' : 'existing database');
  return parts;
}
