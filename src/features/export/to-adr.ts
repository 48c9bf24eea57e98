import { scenarioLabel } from '../../store/applied-variant';
import { namesOf, type Names } from '../../catalogue/names';
import type { Catalogue, Language } from '../../catalogue/types';
import { dimensionCount } from '../../components/charts/to-radar-series';
import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import { isoDate } from '../../components/export-file';
import { tierName, tierTitle } from '../../components/co-recommendation-words';
import {
  coRecommendationOf,
  seedChecks,
  type CoRecommendation,
  type SeedCheck,
} from '../../engine/co-recommendation';
import { leadingGroup, rankTiers, type TierRanking } from '../../engine/conformance';
import { prepareCatalogue, type RankingRow } from '../../engine/evaluate';
import { normaliseWeights } from '../../engine/rank';
import { format } from '../../i18n/messages';
import type { Inputs } from '../../store/app-store';
import { describeDiff } from '../../store/catalogue-notices';
import { diffFromSeed, isSeedCatalogue } from '../../store/seed-baseline';
import { DEFAULT_METHOD, type Method } from '../../engine/methods';
import { confidenceSection, type AdrConfidence } from './adr-confidence';
import { adrTitle, decisionSection } from './adr-decision';
import { rationaleSection } from './adr-rationale';
import { decisionPathSection, warningsSection } from './adr-sections';
import { adrMessages, type AdrText } from './adr-messages';
import { seedSection, type AdrSeed } from './adr-seed-sections';
import { mdTable, mdText } from './markdown';
import { formatNumber, formatScore } from '../../i18n/numbers';

/** What the decision record is written from; everything explicit so the output is reproducible. */
export interface AdrInput {
  inputs: Pick<
    Inputs,
    | 'weights'
    | 'requirements'
    | 'scenarioId'
    | 'baseScenarioId'
    | 'language'
    | 'rankMode'
    | 'showInvalid'
  > &
    Partial<Pick<Inputs, 'method' | 'judgements'>>;
  /** What the "How sure?" analyses found (absent: not computed, e.g. in tests of other parts). */
  confidence?: AdrConfidence;
  /** The live ranking (unfiltered), #1 first. */
  ranking: RankingRow[];
  /**
   * For a worker-ranked catalogue, whose `ranking` is only its top rows: the whole ranking's
   * size and fit counts. (Its hybrid tiers are not ranked: that would list every stack.)
   */
  whole?: { size: number; counts: Record<'match' | 'partial' | 'mismatch', number> };
  catalogue: Catalogue;
  shareUrl: string;
  date: Date;
  /** Rows in the ranking table; 10 by default. */
  topN?: number;
}

/** The context of an ADR: what a section builder needs besides its own rows. */
export interface AdrContext extends AdrInput {
  lang: Language;
  m: AdrText;
  /** The catalogue's names: every stack, technology, layer and dimension the record names. */
  names: Names;
  dimensionName: (id: string) => string;
  /** The hybrid preset's tiers, each with its own context; null for any other inputs. */
  tiers: AdrTier[] | null;
}

/** One hybrid tier as the ADR writes it: ranked with its own scenario's weights and requirements. */
export interface AdrTier {
  key: TierRanking['key'];
  /** "Central tier", and "Central tier — Large-scale production". */
  name: string;
  title: string;
  /** The ADR context with the tier's ranking and its scenario's inputs in place of the live ones. */
  ctx: AdrContext;
  co: CoRecommendation | null;
  check: SeedCheck | null;
}

const points = (x: number, lang: Language) => formatScore(x, lang, 1);

const FORMULA = {
  weightedSum: 'formulaWeightedSum',
  weightedProduct: 'formulaWeightedProduct',
  topsis: 'formulaTopsis',
} as const satisfies Record<Method, keyof AdrText>;

/** A row's fit as the table shows it: requirement fit, plus a compatibility caveat. */
export function fitLabel(row: RankingRow, m: AdrText): string {
  const fit = m[row.match.status];
  return row.stack.status === 'valid' ? fit : `${fit} · ${m[row.stack.status]}`;
}

function contextSection({ inputs, ranking, whole, catalogue, m, lang }: AdrContext): string[] {
  const scenario = catalogue.scenarios.find((s) => s.id === inputs.scenarioId);
  const base = catalogue.scenarios.find((s) => s.id === inputs.baseScenarioId);
  const named = scenario ?? base;
  const label = scenarioLabel(inputs, lang, catalogue);
  const title = label.custom ? format(m.custom, { scenario: label.name }) : label.name;
  const counts = { match: 0, partial: 0, mismatch: 0 };
  if (whole) for (const k of ['match', 'partial', 'mismatch'] as const) counts[k] = whole.counts[k];
  else for (const row of ranking) counts[row.match.status] += 1;
  const mode = [
    inputs.rankMode === 'fitFirst' ? m.fitFirst : m.scoreOnly,
    inputs.showInvalid ? m.invalidShown : m.invalidHidden,
  ];
  const catalogueText = isSeedCatalogue(catalogue)
    ? m.seedCatalogue
    : format(m.customCatalogue, {
        changes: describeDiff(diffFromSeed(catalogue), lang).join(lang === 'zh' ? '，' : ', '),
      });
  return [
    `## ${m.context}`,
    '',
    format(m.label, { label: m.catalogue, text: mdText(catalogueText) }),
    '',
    format(m.label, {
      label: m.scenario,
      text: `**${mdText(title)}**${named ? ` — ${mdText(named.description[lang])}` : ''}`,
    }),
    '',
    format(m.listHead, { label: m.requirements }),
    '',
    ...summariseRequirements(inputs.requirements, lang).map((p) => `- ${mdText(p)}`),
    '',
    format(m.label, {
      label: m.ranking,
      text: `${mode.join(m.separator)}${m.stop}${format(m.counts, {
        total: formatNumber(whole?.size ?? ranking.length, lang),
        match: formatNumber(counts.match, lang),
        partial: formatNumber(counts.partial, lang),
        mismatch: formatNumber(counts.mismatch, lang),
      })}`,
    }),
  ];
}

function weightsSection({ inputs, catalogue, m, lang, dimensionName }: AdrContext): string[] {
  const shares = normaliseWeights(inputs.weights);
  // A user's dimension has no word in the seed: its default weight stands in the column.
  const rows = catalogue.dimensions.map((d) => [
    dimensionName(d.id),
    formatNumber(inputs.weights[d.id] ?? 0, lang, 1),
    `${formatScore(shares[d.id] ?? 0, lang, 1)}%`,
    d.seedWeight
      ? m[d.seedWeight]
      : format(m.defaultWeight, { weight: formatNumber(d.defaultWeight, lang, 1) }),
  ]);
  return [
    `## ${m.weights}`,
    '',
    ...mdTable([m.dimension, m.weight, m.share, m.seedWord], rows, ['left', 'right', 'right']),
  ];
}

function topSection(ctx: AdrContext): string[] {
  const { ranking, catalogue, topN = 10, m, lang, names, dimensionName, tiers } = ctx;
  const ids = catalogue.dimensions.map((d) => d.id);
  const head = [m.rank, m.stack, m.total, ...ids.map(dimensionName), m.fit];
  const rows = ranking
    .slice(0, topN)
    .map((row) => [
      String(row.rank),
      names.stack(row.stack.parts),
      points(row.total, lang),
      ...ids.map((d) => formatScore(row.dimensions[d] ?? 0, lang, 0)),
      fitLabel(row, m),
    ]);
  // Rank, then the stack's name, then the total and one score per dimension; fit as text.
  const align = ['right', 'left', ...Array<'right'>(1 + ids.length).fill('right')] as const;
  return [
    `## ${format(m.top, { n: topN })}`,
    '',
    // The hybrid's decision ranks each tier on its own: say that this table does not.
    ...(tiers ? [m.topTierNote, ''] : []),
    ...mdTable(head, rows, [...align]),
  ];
}

/** The share link as a Markdown autolink when it is a plain URL, else as escaped text. */
function linkSection({ shareUrl, m }: AdrContext): string[] {
  const link = /^https?:\/\/[^\s<>]+$/.test(shareUrl) ? `<${shareUrl}>` : mdText(shareUrl);
  return [`## ${m.link}`, '', m.linkText, '', link];
}

/** The hybrid preset's tiers (engine rankTiers), or null unless the active preset has tiers. */
function tierRankings({ inputs, catalogue, whole }: AdrInput): TierRanking[] | null {
  const byId = (id: string) => catalogue.scenarios.find((s) => s.id === id);
  const active = inputs.scenarioId === null ? undefined : byId(inputs.scenarioId);
  if (!active?.tiers || whole) return null;
  const options = { mode: inputs.rankMode, showInvalid: inputs.showInvalid, method: inputs.method };
  return rankTiers(prepareCatalogue(catalogue), active, (id) => byId(id)!, options);
}

/**
 * What the ADR says about near-ties and the seed's stack: the co-recommended group, and the
 * seed's stack for the scenario the inputs start from (each tier ranked on its own for the
 * active hybrid preset, as the recommendation panel does).
 */
function adrSeed({ inputs, ranking, catalogue }: AdrInput, tiers: TierRanking[] | null): AdrSeed {
  const byId = (id: string) => catalogue.scenarios.find((s) => s.id === id);
  const active = inputs.scenarioId === null ? undefined : byId(inputs.scenarioId);
  const scenario = active ?? byId(inputs.baseScenarioId);
  return {
    co: coRecommendationOf(leadingGroup(ranking), inputs.weights),
    scenario,
    custom: active === undefined,
    checks: scenario
      ? seedChecks(scenario, ranking, inputs.weights, inputs.requirements, tiers)
      : [],
    tierPolicy: tiers?.find((t) => t.key === 'central')?.unifiedPolicy ?? null,
  };
}

/** Each tier's context: its ranking, and its own scenario's weights, requirements and focus. */
function tierContexts(ctx: AdrContext, tiers: TierRanking[], checks: SeedCheck[]): AdrTier[] {
  const { lang } = ctx;
  return tiers.map((t) => ({
    key: t.key,
    name: tierName(t.key, lang),
    title: tierTitle(t.key, mdText(t.scenario.name[lang]), lang),
    ctx: {
      ...ctx,
      ranking: t.rows,
      inputs: {
        ...ctx.inputs,
        weights: t.scenario.weights,
        requirements: t.scenario.requirements,
        scenarioId: t.scenario.id,
        baseScenarioId: t.scenario.id,
      },
    },
    co: coRecommendationOf(leadingGroup(t.rows), t.scenario.weights),
    check: checks.find((c) => c.tier === t.key) ?? null,
  }));
}

/**
 * The decision as a Markdown architecture decision record in the inputs' language: context,
 * weights, top N, the choice (or the co-recommended near-ties) and runners-up, the seed's
 * stack for the scenario, the Σ w·f rationale, warnings, the decision path as mermaid, and
 * the share link. For the hybrid preset the title, decision, rationale and warnings are each
 * tier's (its own scenario's inputs), not the live ranking's. Pure: same input, same text.
 */
export function toAdr(input: AdrInput): string {
  const lang = input.inputs.language;
  const m = adrMessages[lang];
  const names = namesOf(input.catalogue);
  const tiers = tierRankings(input);
  const seed = adrSeed(input, tiers);
  const base: AdrContext = {
    ...input,
    lang,
    m,
    names,
    dimensionName: (id) => names.dimension(id, lang),
    tiers: null,
  };
  const ctx = { ...base, tiers: tiers ? tierContexts(base, tiers, seed.checks) : null };
  const sections = [
    [
      adrTitle(ctx, seed),
      '',
      `- ${format(m.label, { label: m.date, text: isoDate(input.date) })}`,
      `- ${format(m.label, { label: m.status, text: m.proposed })}`,
      `- ${format(m.label, {
        label: m.method,
        text: format(m.methodText, {
          formula: m[FORMULA[input.inputs.method ?? DEFAULT_METHOD]],
          dims: dimensionCount(input.catalogue.dimensions.length, lang),
        }),
      })}`,
    ],
    contextSection(ctx),
    weightsSection(ctx),
    topSection(ctx),
    decisionSection(ctx, seed.co),
    seedSection(ctx, seed),
    rationaleSection(ctx),
    warningsSection(ctx),
    confidenceSection(ctx),
    decisionPathSection(ctx),
    linkSection(ctx),
  ];
  const text = sections.filter((lines) => lines.length > 0).map((lines) => lines.join('\n'));
  return `${text.join('\n\n')}\n`;
}
