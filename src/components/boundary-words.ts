import type { Names } from '../catalogue/names';
import type { Language } from '../catalogue/types';
import type { MapAxis } from '../engine/analysis/decision-map';
import { defineMessages, format } from '../i18n/messages';
import { formatNumber } from '../i18n/numbers';

/** Where the #1 changes along a requirement, in words: the decision map and the decision record. */
const boundaryMessages = defineMessages({
  en: {
    nodesAbove: 'above {n} {count:node|nodes}: {parts}',
    memoryFrom: 'from {n} MB per node: {parts}',
    coldStartFrom: 'cold-start bound from {n} ms: {parts}',
    nothingListed: 'no stack listed',
  },
  zh: {
    nodesAbove: '超过 {n} 个节点：{parts}',
    memoryFrom: '每节点内存达到 {n} MB：{parts}',
    coldStartFrom: '冷启动上限达到 {n} ms：{parts}',
    nothingListed: '没有列出的技术栈',
  },
});

/**
 * The technologies of `to` that differ from `from`'s, in layer order (stack ids align by
 * layer); all of them after nothing, none when nothing follows.
 */
export function changedParts(from: string | null, to: string | null): string[] {
  if (to === null) return [];
  if (from === null) return to.split('+');
  const a = from.split('+');
  return to.split('+').filter((id, l) => a[l] !== id);
}

/**
 * A boundary in words, naming what the new #1 changes: "above 1,000 nodes: Kubernetes +
 * Calico", "from 564 MB per node: WasmEdge + crun + OPA-Wasm".
 */
export function boundaryText(
  axis: MapAxis,
  at: number,
  changed: readonly string[],
  names: Names,
  lang: Language,
): string {
  const m = boundaryMessages[lang];
  const parts =
    changed.length > 0 ? changed.map((id) => names.technology(id)).join(' + ') : m.nothingListed;
  if (axis === 'nodes')
    return format(m.nodesAbove, { n: formatNumber(at - 1, lang), count: at - 1, parts });
  const n = formatNumber(at, lang);
  return format(axis === 'memoryPerNodeMB' ? m.memoryFrom : m.coldStartFrom, { n, parts });
}
