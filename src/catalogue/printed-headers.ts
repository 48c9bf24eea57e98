import type { CompatibilityCell, CompatibilityMatrixRow, LocalizedText, SchemeRow } from './types';

// The printed tables' headers and marks belong to the tables' shape (the schema's row keys),
// not to a catalogue's rows: features read them here and the rows from the store's catalogue.
// The zh words are the seed's; provenance.test.ts checks them against the seed.

/** The 17.2.2 column headers, in printed order. */
export const SCHEME_COLUMNS: Record<keyof SchemeRow, LocalizedText> = {
  scheme: { zh: '方案', en: 'Scheme' },
  orchestration: { zh: '编排层', en: 'Orchestration' },
  runtime: { zh: '运行时', en: 'Runtime' },
  storage: { zh: '存储', en: 'Storage' },
  network: { zh: '网络', en: 'Network' },
  policy: { zh: '策略', en: 'Policy' },
  useCases: { zh: '适用场景', en: 'Use cases' },
  maturityStars: { zh: '成熟度', en: 'Maturity' },
};

/** The 17.7.3 column headers, in printed order. */
export const COMPATIBILITY_COLUMNS: Record<keyof CompatibilityMatrixRow, LocalizedText> = {
  combination: { zh: '技术组合', en: 'Combination' },
  kubernetesApi: { zh: 'Kubernetes API 兼容性', en: 'Kubernetes API compatibility' },
  dockerImage: { zh: 'Docker 镜像兼容性', en: 'Docker image compatibility' },
  network: { zh: '网络兼容性', en: 'Network compatibility' },
  storage: { zh: '存储兼容性', en: 'Storage compatibility' },
};

/** How the seed prints a cell's mark. */
export const COMPATIBILITY_MARK: Record<CompatibilityCell['mark'], string> = {
  ok: '✅',
  caution: '⚠️',
};
