import type { LocalizedText } from '../../catalogue/types';
import type { TreeLevel, TreePath } from '../../engine/decision-tree';
import { SIGNAL_READINGS, type TreeSignals } from '../../engine/tree-signals';

type Signal = keyof TreeSignals;

/** One branch of a one-level tree as the seed writes it: `if` / `elif` / `else`. */
export interface SelectionRow {
  id: string;
  keyword: 'if' | 'elif' | 'else';
  /** The signals of the branch, joined by "or"; empty for else. */
  when: Signal[];
  result: LocalizedText;
  /** The technology ids the branch picks, layer by layer. */
  picks: string[];
  taken: boolean;
  /** The signals that made the taken branch fire (empty otherwise, and for else). */
  because: Signal[];
}

/** The branches of a tree level in order, with the one the walked path takes marked. */
export function toSelectionRows(level: TreeLevel, path: TreePath): SelectionRow[] {
  const step = path.taken.find((s) => s.levelId === level.id);
  return level.branches.map((b, i) => {
    const taken = step?.branch.id === b.id;
    return {
      id: b.id,
      keyword: b.isDefault ? 'else' : i === 0 ? 'if' : 'elif',
      when: b.isDefault ? [] : b.when,
      result: b.result,
      picks: Object.values(b.picks).flat(),
      taken,
      because: taken ? step.because : [],
    };
  });
}

/** The signals named by the branches of these levels whose test is the app's reading, once each, in order. */
export function readingSignals(levels: TreeLevel[]): Signal[] {
  const seen = new Set<Signal>();
  for (const level of levels)
    for (const b of level.branches) for (const s of b.when) if (SIGNAL_READINGS[s]) seen.add(s);
  return [...seen];
}
