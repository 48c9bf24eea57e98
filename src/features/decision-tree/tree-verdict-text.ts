import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language, LayerId } from '../../catalogue/types';
import { stackName } from '../../components/stack-name';
import { format } from '../../i18n/messages';
import { treeMessages } from './messages';
import type { TreeVerdict } from './tree-vs-ranking';

const layerName = (id: LayerId, lang: Language) =>
  seedCatalogue.layers.find((l) => l.id === id)!.name[lang];
const dimensionName = (id: string, lang: Language) =>
  seedCatalogue.dimensions.find((d) => d.id === id)!.name[lang];

/** What the tree note says: whether the ranking's #1 (or its co-recommended group) follows the tree, and why not. */
export interface TreeVerdictText {
  agrees: boolean;
  headline: string;
  /** Why they differ; null when they agree. */
  why: string | null;
}

/** A tree verdict in words; a co-recommended group is named as a group, never by its id-first stack. */
export function treeVerdictText(verdict: TreeVerdict, lang: Language): TreeVerdictText {
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
              stacks: verdict.following.map((r) => stackName(r.stack.parts)).join(sep),
            });
    return { agrees: true, headline, why: null };
  }
  const layers = verdict.layers.map((l) => layerName(l, lang)).join(sep);
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
      tree: stackName(verdict.treeStack.stack.parts),
      status: m[verdict.treeStack.match.status],
      reasons: verdict.failedChecks.map((c) => c.reason[lang]).join(lang === 'zh' ? '；' : '; '),
    });
  } else if (verdict.decidedBy) {
    const template =
      n === 1 ? m.decidedByWeight : verdict.evenLead ? m.decidedByWeightCo : m.decidedByWeightNear;
    why = format(template, {
      tree: stackName(verdict.treeStack.stack.parts),
      gap: (verdict.gap * 100).toFixed(1),
      dimension: dimensionName(verdict.decidedBy, lang),
    });
  } else why = m.tieNote;
  return { agrees: false, headline, why };
}
