import type { Names } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import { matchReason } from '../../components/match-words';
import { format } from '../../i18n/messages';
import { treeMessages } from './messages';
import type { TreeVerdict } from './tree-vs-ranking';
import { formatScore } from '../../i18n/numbers';

/** What the tree note says: whether the ranking's #1 (or its co-recommended group) follows the tree, and why not. */
export interface TreeVerdictText {
  agrees: boolean;
  headline: string;
  /** Why they differ; null when they agree. */
  why: string | null;
}

/** A tree verdict in words; a co-recommended group is named as a group, never by its id-first stack. */
export function treeVerdictText(
  verdict: TreeVerdict,
  lang: Language,
  names: Names,
): TreeVerdictText {
  const m = treeMessages[lang];
  const sep = lang === 'zh' ? '、' : ', ';
  const n = verdict.leaders.length;
  if (verdict.kind === 'agree') {
    const headline =
      n === 1
        ? m.agree
        : verdict.following.length === n
          ? format(m.agreeAll, { n })
          : format(m.agreeSome, {
              n,
              stacks: verdict.following.map((r) => names.stack(r.stack.parts)).join(sep),
            });
    return { agrees: true, headline, why: null };
  }
  const layers = verdict.layers.map((l) => names.layer(l, lang)).join(sep);
  const headline =
    n === 1
      ? format(m.differ, { layers })
      : verdict.layers.length > 0
        ? format(m.differCo, { n, layers })
        : format(m.differCoEach, { n });
  let why: string;
  if (!verdict.treeStack) why = m.noTreeStack;
  else if (verdict.failedChecks.length > 0) {
    why = format(m.decidedByRule, {
      tree: names.stack(verdict.treeStack.stack.parts),
      status: m[verdict.treeStack.match.status],
      reasons: verdict.failedChecks
        .map((c) => matchReason(c, lang, names))
        .join(lang === 'zh' ? '；' : '; '),
    });
  } else if (verdict.decidedBy) {
    const template =
      n === 1 ? m.decidedByWeight : verdict.evenLead ? m.decidedByWeightCo : m.decidedByWeightNear;
    why = format(template, {
      tree: names.stack(verdict.treeStack.stack.parts),
      gap: formatScore(verdict.gap, lang),
      dimension: names.dimension(verdict.decidedBy, lang),
    });
  } else why = m.tieNote;
  return { agrees: false, headline, why };
}
