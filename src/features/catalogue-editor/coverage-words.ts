import type { Names } from '../../catalogue/names';
import type { FactKey, Language } from '../../catalogue/types';
import { FACT_LABELS } from '../../components/format-fact';
import { format } from '../../i18n/messages';
import { CAPACITY_FACTORS, type CapacityFactor, type Coverage } from './fact-coverage';
import type { FormStrings } from './form-messages';
import { formatNumber } from '../../i18n/numbers';

/** One line of "How the ranking reads these facts": its words, and whether a figure is missing. */
export interface CoverageLine {
  text: string;
  missing: boolean;
}

/**
 * A dimension's coverage in words: "Resource: scored on Memory footprint.", "Maturity: no figure
 * (…). This technology is left out of Maturity: …", "Scale (nodes × pods per node): …".
 */
export function coverageLine(
  c: Coverage,
  names: Names,
  lang: Language,
  m: FormStrings,
): CoverageLine {
  const dimension = names.dimension(c.dimension, lang);
  const facts = (keys: readonly FactKey[]) => keys.map((k) => FACT_LABELS[k][lang]).join(m.factSep);
  switch (c.kind) {
    case 'scored': {
      const text = format(m.coverageScored, { dimension, facts: facts(c.facts) });
      return {
        text:
          c.imputed.length > 0
            ? `${text}${m.sentenceSep}${format(m.coverageImputed, { facts: facts(c.imputed) })}`
            : text,
        missing: false,
      };
    }
    case 'none':
      return {
        text: format(c.aggregation === 'min' ? m.coverageNoneMin : m.coverageNoneMean, {
          dimension,
          facts: facts(c.facts),
        }),
        missing: true,
      };
    case 'capacity': {
      const part = (factor: CapacityFactor) => {
        const has = c.has.includes(factor);
        if (factor === 'nodeRange')
          return has
            ? m.coverageNodesHas
            : format(m.coverageNodesLacks, { nodes: formatNumber(c.whenNone.nodes, lang) });
        return has
          ? m.coveragePodsHas
          : format(m.coveragePodsLacks, { pods: formatNumber(c.whenNone.podsPerNode, lang) });
      };
      const parts = CAPACITY_FACTORS.filter((f) => c.has.includes(f) || c.lacks.includes(f));
      return {
        text: format(m.coverageCapacity, { dimension, parts: parts.map(part).join(m.coverageSep) }),
        missing: c.lacks.length > 0,
      };
    }
  }
}
