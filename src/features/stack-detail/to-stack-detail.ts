import type {
  Aggregation,
  Catalogue,
  DimensionId,
  FactKey,
  Language,
  LayerId,
  ProductionCase,
  Requirements,
  SectionId,
  Weights,
} from '../../catalogue/types';
import { namesOf } from '../../catalogue/names';
import { FACT_LABELS, formatFact } from '../../components/format-fact';
import { matchReason } from '../../components/match-words';
import type { AssessedStack } from '../../engine/evaluate';
import { explain } from '../../engine/explain';
import type { Focus } from '../../engine/technology-scores';
import type { CompatibilityStatus, MatchCheck, MatchStatus, RuleHit } from '../../engine/types';
import { formatNumber, formatScore } from '../../i18n/numbers';

export interface FactRow {
  key: FactKey;
  label: string;
  value: string;
  source: SectionId;
  note: string | null;
  /** The rationale when the fact is the app's reading of the seed, not its statement; else null. */
  reading: string | null;
  /** What the user typed as the source of a fact they entered; else null. */
  entered: string | null;
}

/** A compatibility rule the stack triggers, in one language; `reading` as for facts. */
export type RuleRow = Omit<RuleHit, 'reason' | 'reading'> & {
  reason: string;
  reading: string | null;
};

export interface LayerDetail {
  layer: LayerId;
  layerName: string;
  technologyId: string;
  technology: string;
  summary: string;
  facts: FactRow[];
}

export interface ExplanationRow {
  dimension: DimensionId;
  name: string;
  aggregation: Aggregation;
  why: string;
  /** Scale only: the node cap, pods per node and pods behind the score. */
  capacity: { nodes: string; podsPerNode: string; pods: string } | null;
  /** Per-layer scores out of 100 in layer order; "—" when the layer has no figure. */
  layerScores: string[];
  score: string;
  weight: string;
  normalisedWeight: string;
  contribution: string;
  /** The contribution as a share of the total, 0..1, for a bar. */
  share: number;
}

export interface CheckRow {
  layer: LayerId | 'stack';
  /** The layer's name, or null for a whole-stack check. */
  layerName: string | null;
  status: MatchStatus;
  reason: string;
}

export interface CaseRow {
  id: string;
  name: string;
  organisation: string;
  status: ProductionCase['status'];
  scale: string;
  results: string;
  otherParts: string;
  section: SectionId;
}

export interface StackDetail {
  id: string;
  title: string;
  rank: number | null;
  total: string;
  compatibility: {
    status: CompatibilityStatus;
    reasons: RuleRow[];
  };
  fit: { status: MatchStatus; checks: CheckRow[] };
  explanation: {
    layers: { layer: LayerId; technology: string }[];
    rows: ExplanationRow[];
    total: string;
  };
  layers: LayerDetail[];
  cases: CaseRow[];
}

export interface StackDetailInput {
  assessed: AssessedStack;
  /** The stack's place in the current ranking, or null when it is not ranked (hidden invalid). */
  rank: number | null;
  catalogue: Catalogue;
  weights: Weights;
  requirements: Requirements;
  /** The scenario focus the ranking scored under (Score(T, S, C)). */
  focus?: Focus;
  lang: Language;
}

const DASH = '—';

/** Everything the stack drawer shows, as display strings in one language. Pure. */
export function toStackDetail(input: StackDetailInput): StackDetail {
  const { assessed, rank, catalogue, weights, requirements, focus, lang } = input;
  const { stack, match, caseIds } = assessed;
  const techById = new Map(catalogue.technologies.map((t) => [t.id, t]));
  const names = namesOf(catalogue);
  const order = catalogue.layers.map((l) => l.id);
  const techName = (id: string) => names.technology(id);
  const explanation = explain(stack, catalogue, weights, requirements, focus);

  const rows = explanation.dimensions.map((d): ExplanationRow => {
    const dim = catalogue.dimensions.find((x) => x.id === d.dimension);
    const byLayer = new Map(d.layers.map((l) => [l.layer, l.score]));
    return {
      dimension: d.dimension,
      name: names.dimension(d.dimension, lang),
      aggregation: d.aggregation,
      // A user's dimension says nothing of why its rule fits; the rule's name stands alone.
      why: dim?.aggregationWhy?.[lang] ?? '',
      capacity: d.capacity
        ? {
            nodes: formatNumber(d.capacity.nodes, lang),
            podsPerNode: formatNumber(d.capacity.podsPerNode, lang),
            pods: formatNumber(d.capacity.pods, lang),
          }
        : null,
      layerScores: order.map((layer) => {
        const s = byLayer.get(layer);
        return s === null || s === undefined ? DASH : formatScore(s, lang, 0);
      }),
      score: formatScore(d.score, lang, 1),
      weight: formatNumber(d.weight, lang, 1),
      normalisedWeight: `${formatScore(d.normalisedWeight, lang, 1)}%`,
      contribution: formatScore(d.contribution, lang, 1),
      share: explanation.total > 0 ? d.contribution / explanation.total : 0,
    };
  });

  return {
    id: stack.id,
    title: names.stack(stack.parts),
    rank,
    total: formatScore(explanation.total, lang, 1),
    compatibility: {
      status: stack.status,
      reasons: stack.reasons.map(({ reading, ...r }): RuleRow => ({
        ...r,
        reason: r.reason[lang],
        reading: reading?.rationale[lang] ?? null,
      })),
    },
    fit: {
      status: match.status,
      checks: match.checks.map((c: MatchCheck): CheckRow => ({
        layer: c.layer,
        layerName: c.layer === 'stack' ? null : names.layer(c.layer, lang),
        status: c.status,
        reason: matchReason(c, lang, names),
      })),
    },
    explanation: {
      layers: order.map((layer) => ({ layer, technology: techName(stack.parts[layer] ?? '') })),
      rows,
      total: formatScore(explanation.total, lang, 1),
    },
    layers: order.map((layer): LayerDetail => {
      const technologyId = stack.parts[layer] ?? '';
      const tech = techById.get(technologyId);
      return {
        layer,
        layerName: names.layer(layer, lang),
        technologyId,
        technology: techName(technologyId),
        summary: tech?.summary[lang] ?? '',
        facts: Object.entries(tech?.facts ?? {}).map(([key, fact]) => ({
          key: key as FactKey,
          label: FACT_LABELS[key as FactKey][lang],
          value: formatFact(fact, lang),
          source: fact.source,
          note: fact.note?.[lang] ?? null,
          reading: fact.reading?.rationale[lang] ?? null,
          entered: fact.entered?.source ?? null,
        })),
      };
    }),
    cases: catalogue.cases
      .filter((c) => caseIds.includes(c.id))
      .map((c) => ({
        id: c.id,
        name: c.name[lang],
        organisation: c.organisation[lang],
        status: c.status,
        scale: c.scale[lang],
        results: c.results[lang],
        otherParts: c.otherParts[lang],
        section: c.section,
      })),
  };
}
