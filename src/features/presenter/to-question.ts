import { scenarioLabel } from '../../store/applied-variant';
import type { Catalogue, Language, Requirements, Weights } from '../../catalogue/types';
import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import type { MatchStatus } from '../../engine/types';
import { scenarioIn } from '../../engine/presets';

/** Slide 1: what is being decided and under which requirements. */
export interface QuestionModel {
  /** The active scenario's name, or the one the custom inputs started from. */
  scenarioName: string;
  description: string;
  /** True when the user changed the scenario's weights or requirements. */
  custom: boolean;
  /** The requirements that constrain anything, as readable phrases. */
  requirements: string[];
  /** Every combination of one technology per layer. */
  combinations: number;
  /** The combinations that are not invalid: the stacks the ranking weighs. */
  considered: number;
  /** How the considered stacks meet the requirements. */
  counts: Record<MatchStatus, number>;
}

interface QuestionInputs {
  scenarioId: string | null;
  baseScenarioId: string;
  weights: Weights;
  requirements: Requirements;
  /** Of the catalogue's valid stacks: by requirement fit (useRankingSummary). */
  valid: Record<MatchStatus, number>;
  /** Stacks in the catalogue: every combination. */
  stacks: number;
}

/** The question slide's model from the catalogue, the store's inputs and the ranking's counts. */
export function toQuestion(
  catalogue: Catalogue,
  inputs: QuestionInputs,
  lang: Language,
): QuestionModel {
  const custom = inputs.scenarioId === null;
  const scenario = scenarioIn(catalogue, custom ? inputs.baseScenarioId : inputs.scenarioId);
  const counts: Record<MatchStatus, number> = { ...inputs.valid };
  const considered = counts.match + counts.partial + counts.mismatch;
  const label = scenarioLabel(inputs, lang, catalogue);
  return {
    scenarioName: label.name,
    description: scenario.description[lang],
    custom: label.custom,
    requirements: summariseRequirements(inputs.requirements, lang),
    combinations: inputs.stacks,
    considered,
    counts,
  };
}
