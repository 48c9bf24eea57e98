import type { Names } from '../../catalogue/names';
import type { LayerId, Scenario, SectionId, TechnologyId } from '../../catalogue/types';
import {
  coWords,
  layerSpreadText,
  marginText,
  seedHeadline,
  seedLeadersOf,
  seedLayerList,
  seedMoreOf,
  seedWordsText,
  tieReason,
  tierTitle,
  unifiedPolicyNote,
} from '../../components/co-recommendation-words';
import type { CoRecommendation, SeedCheck } from '../../engine/co-recommendation';
import type { StackParts } from '../../engine/types';
import { format } from '../../i18n/messages';
import { mdText } from './markdown';
import type { AdrContext } from './to-adr';
import { formatNumber, formatScore } from '../../i18n/numbers';

/** What the seed-facing sections need besides the ranking: computed once by toAdr. */
export interface AdrSeed {
  /** The stacks sharing first place (engine leadingGroup), or null when #1 stands alone. */
  co: CoRecommendation | null;
  /** The scenario the inputs start from, and whether they were changed after the preset. */
  scenario: Scenario | undefined;
  custom: boolean;
  /** The seed's stack beside the ranking (engine seedChecks): one, two for the hybrid, or none. */
  checks: SeedCheck[];
  /** The hybrid's unified policy (the edge tier's pick), when the tiers were ranked. */
  tierPolicy: TechnologyId | null;
}

/** A signed difference in points as the ADR writes it elsewhere: "+3.1" / "-0.4" / "0.0". */
function signed(x: number, lang: AdrContext['lang']): string {
  if (Math.abs(x) < 0.0005) return formatScore(0, lang, 1);
  return `${x > 0 ? '+' : '-'}${formatScore(Math.abs(x), lang, 1)}`;
}

function layerName({ names, lang }: AdrContext, id: LayerId): string {
  return names.layer(id, lang);
}

/** A stack by name, escaped for Markdown. */
function stack(ctx: AdrContext, parts: StackParts): string {
  return mdText(ctx.names.stack(parts));
}

/**
 * `text` citing the seed sections the catalogue holds ("… (§17.2.2)"): a section a user's
 * catalogue no longer has is not cited, and with none left the text stands alone.
 */
function cited({ catalogue, m }: AdrContext, text: string, ids: readonly SectionId[]): string {
  const held = ids.filter((id) => catalogue.sections.some((s) => s.id === id));
  if (held.length === 0) return text;
  return format(m.cited, { text, sections: held.map((id) => `§${id}`).join(m.listSep) });
}

function weighted(ctx: AdrContext, deltas: { dimension: string; weighted: number }[]): string {
  return deltas
    .map((d) => `${mdText(ctx.dimensionName(d.dimension))} ${signed(d.weighted, ctx.lang)}`)
    .join(ctx.m.listSep);
}

/**
 * The decision when near-ties share first place: every co-recommended stack with its score
 * and fit, why the score cannot choose, the layers where they differ and the weighted
 * differences. Never an order by id.
 */
export function coRecommendationLines(
  ctx: AdrContext,
  co: CoRecommendation,
  fit: (row: CoRecommendation['rows'][number]) => string,
): string[] {
  const { m, lang, ranking } = ctx;
  const w = coWords[lang];
  const first = co.rows[0]!;
  const layers = co.layers.map((l) =>
    layerSpreadText(
      {
        name: mdText(layerName(ctx, l.layer)),
        technologies: l.technologies.map((id) => mdText(ctx.names.technology(id))),
      },
      lang,
    ),
  );
  const deltas = co.others
    .filter((o) => o.deltas.length > 0)
    .map(
      (o) =>
        `- ${format(m.coDeltas, {
          first: stack(ctx, first.stack.parts),
          other: stack(ctx, o.row.stack.parts),
          deltas: weighted(ctx, o.deltas),
        })}`,
    );
  return [
    format(m.coChosen, {
      n: co.rows.length,
      margin: marginText(lang),
      rank: first.rank,
      count: formatNumber(ctx.whole?.size ?? ranking.length, lang),
    }),
    '',
    ...co.rows.map(
      (row) =>
        `- ${format(m.coStack, {
          stack: stack(ctx, row.stack.parts),
          total: formatScore(row.total, lang, 1),
          fit: fit(row),
        })}`,
    ),
    '',
    tieReason(co, lang),
    ...(layers.length > 0
      ? ['', format(m.label, { label: w.coLayers, text: layers.join(w.listSep) })]
      : []),
    ...(deltas.length > 0 ? ['', ...deltas] : []),
  ];
}

/** The catalogue's names escaped for Markdown sentences (not for table cells: mdTable escapes). */
function mdNames({ names }: AdrContext): Names {
  return {
    ...names,
    technology: (id) => mdText(names.technology(id)),
    layer: (id, lang) => mdText(names.layer(id, lang)),
    dimension: (id, lang) => mdText(names.dimension(id, lang)),
    scenario: (id, lang) => mdText(names.scenario(id, lang)),
    stack: (parts) => mdText(names.stack(parts)),
  };
}

/** seedHeadlineOf with every name escaped: the scenario, the variant and the seed's leaders. */
function seedHeadlineText(ctx: AdrContext, check: SeedCheck): string {
  const c = check.conformance;
  const leaders = seedLeadersOf(check);
  return seedHeadline(
    {
      verdict: c?.verdict ?? 'absent',
      scenario: mdText(check.scenario.name[ctx.lang]),
      variant: mdText(check.variant.label[ctx.lang]),
      rank: c?.seedBest?.rank ?? null,
      seedLeaders: leaders.map((r) => stack(ctx, r.stack.parts)),
      allLeadersFit: leaders.length === (c?.leaders.length ?? 0),
    },
    ctx.lang,
  );
}

/** One seed check: the seed's words and sections, the verdict, and — when #1 differs — rank, gap and what decides it. */
function checkLines(ctx: AdrContext, check: SeedCheck): string[] {
  const { m, lang } = ctx;
  const w = coWords[lang];
  const c = check.conformance;
  const words = cited(
    ctx,
    seedWordsText(mdText(check.variant.seedWording[lang]), lang),
    check.variant.sections,
  );
  const top = c?.leaders[0];
  const tierHead =
    check.tier && top
      ? [
          `### ${tierTitle(check.tier, mdText(check.rankedAs.name[lang]), lang)}`,
          '',
          format(m.seedTop, {
            stack: stack(ctx, top.stack.parts),
            total: formatScore(top.total, lang, 1),
            count: check.count,
          }),
          '',
        ]
      : [];
  const lines = [...tierHead, seedHeadlineText(ctx, check), '', words];
  if (c?.verdict !== 'differs' || !c.seedBest || !top) return lines;
  const seed = c.seedBest;
  const more = seedMoreOf(check, lang, ctx.names, {
    text: mdText,
    stack: (parts) => `**${stack(ctx, parts)}**`,
  });
  const decides = [
    ...(c.layers.length > 0
      ? [
          format(w.seedLayers, {
            layers: seedLayerList(
              c.layers.map((layer) => ({
                name: mdText(layerName(ctx, layer)),
                top: mdText(ctx.names.technology(top.stack.parts[layer] ?? '')),
                seed: mdText(ctx.names.technology(seed.stack.parts[layer] ?? '')),
              })),
              lang,
            ),
          }),
        ]
      : []),
    ...(c.fit.seed && c.fit.top !== c.fit.seed
      ? [format(m.seedFit, { top: m[c.fit.top], seed: m[c.fit.seed] })]
      : []),
    // A seed stack that scores more ranks lower on fit alone: no lead for #1 to list.
    ...(more
      ? []
      : [
          c.decidedBy.length > 0
            ? format(w.seedDims, { dims: weighted(ctx, c.decidedBy) })
            : w.seedNoDims,
        ]),
  ];
  return [
    ...lines,
    '',
    more ??
      format(check.sharingRank > 1 ? m.seedRankShared : m.seedRank, {
        rank: seed.rank,
        count: check.count,
        n: check.sharingRank,
        stack: stack(ctx, seed.stack.parts),
        gap: formatScore(c.gap, lang, 1),
      }),
    '',
    format(m.listHead, { label: w.seedDecides }),
    '',
    ...decides.map((d) => `- ${d}`),
  ];
}

/**
 * "The seed's stack for this scenario": whether #1 is the stack the seed names for the
 * scenario variant (each tier for the hybrid) and, where not, its rank, gap and what decides it.
 */
export function seedSection(ctx: AdrContext, seed: AdrSeed): string[] {
  const { m, lang } = ctx;
  const w = coWords[lang];
  const name = seed.scenario ? mdText(seed.scenario.name[lang]) : '—';
  const custom = seed.custom ? ['', format(w.seedCustom, { scenario: name })] : [];
  if (seed.checks.length === 0)
    return [`## ${m.seed}`, '', format(w.seedNone, { scenario: name }), ...custom];
  const policy =
    seed.tierPolicy && seed.scenario
      ? [
          '',
          cited(ctx, unifiedPolicyNote(seed.scenario, seed.tierPolicy, lang, mdNames(ctx)).text, [
            '17.2.2',
          ]),
        ]
      : [];
  return [
    `## ${m.seed}`,
    ...seed.checks.flatMap((check) => ['', ...checkLines(ctx, check)]),
    ...policy,
    ...custom,
  ];
}
