import type { Dimension, Language } from '../../catalogue/types';
import { FACT_LABELS } from '../../components/format-fact';
import { format } from '../../i18n/messages';
import { catalogueMessages } from './messages';

/** How the app measures a dimension: its catalogue facts, how layers combine, and why both are a reading. */
export interface DimensionModel {
  /** The catalogue facts behind the dimension's metrics, by name, each once, in metric order. */
  facts: string;
  /** The reading badge's rationale: 17.6.1 prints the indicators, not this model. */
  rationale: string;
}

/**
 * A dimension's model as the catalogue view shows it. 17.6.1 prints the name, the indicators
 * (评估指标, quoted in the rationale), the weight word and 说明; the metrics and the aggregation
 * rule are the app's reading.
 */
export function dimensionModel(d: Dimension, lang: Language): DimensionModel {
  const m = catalogueMessages[lang];
  const names = [...new Set(d.metrics.map((metric) => FACT_LABELS[metric.fact][lang]))];
  return {
    facts: format(m.modelFacts, { facts: names.join(m.listSep) }),
    rationale: format(m.modelReading, { indicators: d.indicators.zh, rule: m[d.aggregation] }),
  };
}
