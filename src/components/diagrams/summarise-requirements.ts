import type { Language, Requirements } from '../../catalogue/types';
import { requirementValue } from '../requirement-words';
import { formatNumber } from '../../i18n/numbers';

const SITE = {
  edge: { zh: '边缘站点', en: 'edge site' },
  cloud: { zh: '云端', en: 'cloud site' },
} as const;

/** The requirements that constrain anything, as short phrases; empty when none do. */
export function summariseRequirements(req: Requirements, lang: Language): string[] {
  const zh = lang === 'zh';
  const n = (v: number) => formatNumber(v, lang);
  const parts: string[] = [
    zh ? `${n(req.nodes)} 节点` : `${n(req.nodes)} ${req.nodes === 1 ? 'node' : 'nodes'}`,
  ];
  if (req.site !== 'any') parts.push(SITE[req.site][lang]);
  // Figures and choices in the words the requirements are shown with elsewhere ("512 MB", "L7").
  const v = <K extends keyof Requirements>(key: K) => requirementValue(key, req[key], lang);
  if (req.memoryPerNodeMB !== null)
    parts.push(zh ? `每节点 ≤ ${v('memoryPerNodeMB')}` : `≤ ${v('memoryPerNodeMB')} per node`);
  if (req.coldStartMs !== null)
    parts.push(zh ? `冷启动 ≤ ${v('coldStartMs')}` : `cold start ≤ ${v('coldStartMs')}`);
  if (req.offline) parts.push(zh ? '离线运行' : 'offline');
  if (req.highAvailability) parts.push(zh ? '高可用' : 'HA');
  if (req.networkPolicy !== 'none')
    parts.push(zh ? `网络策略 ${v('networkPolicy')}` : `${v('networkPolicy')} network policy`);
  if (req.policyComplexity !== 'none')
    parts.push(zh ? `${v('policyComplexity')}策略` : `${v('policyComplexity')} policies`);
  if (req.existingDatabase) parts.push(zh ? '已有数据库' : 'existing database');
  if (req.alphaApi) parts.push(zh ? '需要 Alpha API' : 'Alpha APIs');
  if (req.gpu) parts.push(zh ? 'GPU 加速' : 'GPU acceleration');
  return parts;
}
