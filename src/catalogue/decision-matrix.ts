import type { MatrixRow } from './types';

/**
 * The 17.6.3 example decision matrix for the edge scenario, as printed: four candidates,
 * star ratings for four criteria and the printed totals. The printed totals do not follow
 * from the stars; engine/decision-matrix.ts computes what they do add up to.
 */
export const decisionMatrix: MatrixRow[] = [
  {
    label: 'K3s + WasmEdge + sqlite',
    stack: { orchestration: ['k3s'], runtime: ['wasmedge'], storage: ['sqlite'] },
    stars: { resource: 5, startTime: 5, offline: 5, maturity: 4 },
    printedTotal: 24,
    printedVerdict: 'recommended',
  },
  {
    label: 'K3s + Docker + sqlite',
    stack: { orchestration: ['k3s'], runtime: ['docker'], storage: ['sqlite'] },
    stars: { resource: 3, startTime: 2, offline: 5, maturity: 5 },
    printedTotal: 18,
    printedVerdict: 'optional',
  },
  {
    label: 'Kubernetes + WasmEdge + etcd',
    stack: { orchestration: ['kubernetes'], runtime: ['wasmedge'], storage: ['etcd'] },
    stars: { resource: 2, startTime: 5, offline: 2, maturity: 3 },
    printedTotal: 12,
    printedVerdict: 'notRecommended',
  },
  {
    label: 'Kubernetes + Docker + etcd',
    stack: { orchestration: ['kubernetes'], runtime: ['docker'], storage: ['etcd'] },
    stars: { resource: 1, startTime: 2, offline: 2, maturity: 5 },
    printedTotal: 10,
    printedVerdict: 'notRecommended',
  },
];
