import type { Names } from '../catalogue/names';
import type { Language, Scenario, TechnologyId } from '../catalogue/types';
import type { SeedCheck } from '../engine/co-recommendation';
import { NEAR_TIE, type ConformanceVerdict } from '../engine/conformance';
import type { RankingRow } from '../engine/evaluate';
import { fitsPattern } from '../engine/patterns';
import type { MatchStatus, StackParts } from '../engine/types';
import { defineMessages, format } from '../i18n/messages';
import { matchReason } from './match-words';
import { formatNumber, formatScore } from '../i18n/numbers';

/**
 * The co-recommendation and seed-check sentences the recommendation card, the presenter's
 * verdict and the ADR share, so a near-tie or a disagreement with the seed reads the same in each.
 */
export const coWords = defineMessages({
  en: {
    coTieSame:
      'They tie: the same score on every dimension, so the seed’s facts cannot separate them.',
    coTieCancel:
      'They tie on the total: their differences cancel out under these weights, so the seed’s facts cannot separate them.',
    coNear:
      'A gap under {margin} points is finer than the seed’s ratings support (one star of one fact moves a total by about 0.2–0.7 points).',
    coNearBrief:
      'A gap under {margin} points is finer than the seed’s ratings support: no verdict between them.',
    coLayers: 'Where they differ',
    coLayer: '{layer} ({technologies})',
    layerSep: ' / ',
    listSep: ', ',
    or: ' or ',
    seedVariant: '{scenario}, {variant}',
    seedWords: 'Seed: {wording}',
    seedAgrees: '#1 is the seed’s stack for {variant}.',
    seedCoAll: 'Every co-recommended stack is the seed’s stack for {variant}.',
    seedCoSome: 'The seed’s stack for {variant} is co-recommended (#{rank}): {stacks}.',
    seedDiffers: '#1 is not the seed’s stack for {variant}.',
    seedAbsent: 'None of the ranked stacks is the seed’s stack for {variant}.',
    seedNone: 'The seed names no single stack for {scenario}.',
    seedCustom: 'Custom inputs: compared with the stack the seed names for {scenario}.',
    seedDecides: 'What decides it',
    seedLayers: 'Layers: {layers}',
    seedLayer: '{layer} {top} (seed: {seed})',
    seedDims: 'Weighted points in #1’s favour: {dims}',
    seedNoDims: 'No dimension favours #1: the fit tier alone decides.',
    seedMore:
      'The seed’s stack ranks #{rank} of {count}{as} but scores {gap} points more than #1: it {fit}{unmet}, so fit decides (17.6.2).',
    seedMoreShared:
      'The seed’s stack ranks #{rank} of {count} (a rank shared by {n} stacks){as} but scores {gap} points more than #1: it {fit}{unmet}, so fit decides (17.6.2).',
    seedMoreAs: ' as {stack}',
    seedMoreUnmet: ' ({reasons})',
    seedMoreSep: '; ',
    seedFitmatch: 'meets the requirements',
    seedFitpartial: 'only partly meets the requirements',
    seedFitmismatch: 'fails the requirements',
    central: 'Central tier',
    edge: 'Edge tier',
    tierTitle: '{tier} — {scenario}',
    unifiedPolicy:
      'One policy layer for both tiers, as the seed says (“OPA-Wasm（统一）”): the edge tier picks {policy} and the central tier is ranked among stacks with it.',
    unifiedOther:
      'The edge tier picks {policy} and the central tier is ranked among stacks with it; the seed unifies both tiers on {seed}.',
  },
  zh: {
    coTieSame: '并列：每个维度得分都相同，种子文档的事实无法区分它们。',
    coTieCancel: '总分相同：在当前权重下各维度的差异互相抵消，种子文档的事实无法区分它们。',
    coNear:
      '不到 {margin} 分的差距比种子文档的评级更细（某一层某个事实差一颗星，总分就会变动约 0.2–0.7 分）。',
    coNearBrief: '不到 {margin} 分的差距比种子文档的评级更细：不分先后。',
    coLayers: '不同之处',
    coLayer: '{layer}（{technologies}）',
    layerSep: ' / ',
    listSep: '，',
    or: ' 或 ',
    seedVariant: '「{scenario}·{variant}」',
    seedWords: '种子：{wording}',
    seedAgrees: '第 1 名就是种子文档为{variant}给出的技术栈。',
    seedCoAll: '并列推荐的技术栈都是种子文档为{variant}给出的技术栈。',
    seedCoSome: '种子文档为{variant}给出的技术栈在并列推荐之中（第 {rank} 名）：{stacks}。',
    seedDiffers: '第 1 名不是种子文档为{variant}给出的技术栈。',
    seedAbsent: '排名中没有种子文档为{variant}给出的技术栈。',
    seedNone: '种子文档没有为「{scenario}」给出单一技术栈。',
    seedCustom: '自定义输入：与种子文档为「{scenario}」给出的技术栈比较。',
    seedDecides: '决定因素',
    seedLayers: '层：{layers}',
    seedLayer: '{layer} {top}（种子：{seed}）',
    seedDims: '第 1 名领先的加权分：{dims}',
    seedNoDims: '没有维度对第 1 名有利：仅由匹配层级决定。',
    seedMore:
      '种子文档的技术栈{as}排第 {rank} 名（共 {count} 个），但得分比第 1 名高 {gap} 分：它{fit}{unmet}，因此由匹配决定（17.6.2）。',
    seedMoreShared:
      '种子文档的技术栈{as}排第 {rank} 名（共 {count} 个，{n} 个技术栈并列此名），但得分比第 1 名高 {gap} 分：它{fit}{unmet}，因此由匹配决定（17.6.2）。',
    seedMoreAs: '以 {stack} ',
    seedMoreUnmet: '（{reasons}）',
    seedMoreSep: '；',
    seedFitmatch: '满足需求',
    seedFitpartial: '只部分满足需求',
    seedFitmismatch: '不满足需求',
    central: '中心层',
    edge: '边缘层',
    tierTitle: '{tier}——{scenario}',
    unifiedPolicy:
      '与种子文档一致（“OPA-Wasm（统一）”），两层统一一个策略层：边缘层选出 {policy}，中心层在使用它的技术栈中排名。',
    unifiedOther:
      '边缘层选出 {policy}，中心层在使用它的技术栈中排名；种子文档让两层统一使用 {seed}。',
  },
});

/** The near-tie margin in points, "0.5". */
export const marginText = (lang: Language): string => formatNumber(NEAR_TIE * 100, lang, 1);

/** Why the score cannot choose between co-recommended stacks: an exact tie, or a gap under the margin. */
export function tieReason(
  co: { exact: boolean; sameScores: boolean },
  lang: Language,
  brief = false,
): string {
  const w = coWords[lang];
  if (co.exact) return co.sameScores ? w.coTieSame : w.coTieCancel;
  return format(brief ? w.coNearBrief : w.coNear, { margin: marginText(lang) });
}

/** One layer where co-recommended stacks differ: "Runtime (containerd / Docker)". */
export function layerSpreadText(
  spread: { name: string; technologies: string[] },
  lang: Language,
): string {
  const w = coWords[lang];
  return format(w.coLayer, {
    layer: spread.name,
    technologies: spread.technologies.join(w.layerSep),
  });
}

/** A hybrid tier's name: "Central tier". */
export const tierName = (tier: 'central' | 'edge', lang: Language): string => coWords[lang][tier];

/** A hybrid tier's ranking headed by the scenario that ranks it: "Central tier — Large-scale production". */
export function tierTitle(tier: 'central' | 'edge', scenario: string, lang: Language): string {
  return format(coWords[lang].tierTitle, { tier: tierName(tier, lang), scenario });
}

/** The seed's own words for its stack: "Seed: K3s + WasmEdge + …". */
export const seedWordsText = (wording: string, lang: Language): string =>
  format(coWords[lang].seedWords, { wording });

/** The stacks of the leading group that fit the seed's stack pattern, in ranking order. */
export function seedLeadersOf(check: SeedCheck): RankingRow[] {
  return (check.conformance?.leaders ?? []).filter((r) =>
    fitsPattern(r.stack.parts, check.variant.stack),
  );
}

/** What a seed check's headline says, by name: the verdict, the variant, the seed's rank and leaders. */
export interface SeedHeadlineFacts {
  verdict: ConformanceVerdict;
  scenario: string;
  variant: string;
  rank: number | null;
  /** The co-recommended stacks that are the seed's stack, by name. */
  seedLeaders: string[];
  /** Every co-recommended stack is the seed's stack. */
  allLeadersFit: boolean;
}

/** Whether #1 (or the co-recommended group) is the seed's stack for the scenario variant, as one sentence. */
export function seedHeadline(s: SeedHeadlineFacts, lang: Language): string {
  const w = coWords[lang];
  const template =
    s.verdict === 'agrees'
      ? w.seedAgrees
      : s.verdict === 'coRecommended'
        ? s.allLeadersFit
          ? w.seedCoAll
          : w.seedCoSome
        : s.verdict === 'differs'
          ? w.seedDiffers
          : w.seedAbsent;
  return format(template, {
    variant: format(w.seedVariant, { scenario: s.scenario, variant: s.variant }),
    rank: s.rank ?? '—',
    stacks: s.seedLeaders.join(w.listSep),
  });
}

/**
 * seedHeadline for an engine seed check, stacks named in the catalogue of `names`; `name`
 * writes a stack (the ADR escapes it for Markdown).
 */
export function seedHeadlineOf(
  check: SeedCheck,
  lang: Language,
  names: Names,
  name: (parts: StackParts) => string = names.stack,
): string {
  const c = check.conformance;
  const leaders = seedLeadersOf(check);
  return seedHeadline(
    {
      verdict: c?.verdict ?? 'absent',
      scenario: check.scenario.name[lang],
      variant: check.variant.label[lang],
      rank: c?.seedBest?.rank ?? null,
      seedLeaders: leaders.map((r) => name(r.stack.parts)),
      allLeadersFit: leaders.length === (c?.leaders.length ?? 0),
    },
    lang,
  );
}

/** The layers where #1 and the seed's stack differ: "Runtime WasmEdge (seed: Docker), …". */
export function seedLayerList(
  layers: { name: string; top: string; seed: string }[],
  lang: Language,
): string {
  const w = coWords[lang];
  return layers
    .map((l) => format(w.seedLayer, { layer: l.name, top: l.top, seed: l.seed }))
    .join(w.listSep);
}

/**
 * Whether a seed check's gap (total(#1) − total(seed's best)) is negative: the seed's stack
 * scores more yet ranks lower, on fit (17.6.2). Below the ranking's 1e-9 precision it is level.
 */
export const seedScoresMore = (gap: number): boolean => gap < -1e-9;

/** A seed stack that ranks below #1 although it scores more, by name (`more` in 0..1 units, > 0). */
export interface SeedMoreFacts {
  rank: number;
  count: number;
  /** How many stacks share the rank, itself included. */
  sharingRank: number;
  more: number;
  fit: MatchStatus;
  /** The reasons of the seed stack's checks that are not met, in the UI language. */
  unmet: string[];
  /** The seed's best-ranked stack by name, when the sentence names it. */
  stack?: string;
}

/**
 * "The seed's stack ranks #37 of 240 but scores 4.8 points more than #1: it fails the
 * requirements (…), so fit decides (17.6.2)." — never a negative "behind" or a lead for #1.
 */
export function seedMoreText(f: SeedMoreFacts, lang: Language): string {
  const w = coWords[lang];
  return format(f.sharingRank > 1 ? w.seedMoreShared : w.seedMore, {
    rank: f.rank,
    count: f.count,
    n: f.sharingRank,
    as: f.stack ? format(w.seedMoreAs, { stack: f.stack }) : '',
    gap: formatScore(f.more, lang, 1),
    fit: w[`seedFit${f.fit}`],
    unmet:
      f.unmet.length > 0 ? format(w.seedMoreUnmet, { reasons: f.unmet.join(w.seedMoreSep) }) : '',
  });
}

/** The reasons of the seed's best stack's checks that are not met, in the language. */
export function seedUnmetOf(check: SeedCheck, lang: Language, names: Names): string[] {
  return (check.conformance?.seedBest?.match.checks ?? [])
    .filter((c) => c.status !== 'match')
    .map((c) => matchReason(c, lang, names));
}

/**
 * seedMoreText for an engine seed check, or null unless the seed's stack ranks below #1 with a
 * higher total. `text` escapes names and reasons (the ADR's Markdown); `stack` names the seed's
 * best stack in the sentence.
 */
export function seedMoreOf(
  check: SeedCheck,
  lang: Language,
  names: Names,
  options: { text?: (s: string) => string; stack?: (parts: StackParts) => string } = {},
): string | null {
  const c = check.conformance;
  const seed = c?.seedBest;
  if (!c || !seed || c.verdict !== 'differs' || !seedScoresMore(c.gap)) return null;
  const text = options.text ?? ((s: string) => s);
  return seedMoreText(
    {
      rank: seed.rank,
      count: check.count,
      sharingRank: check.sharingRank,
      more: -c.gap,
      fit: seed.match.status,
      unmet: seedUnmetOf(check, lang, names).map(text),
      stack: options.stack?.(seed.stack.parts),
    },
    lang,
  );
}

/**
 * 17.2.2's hybrid runs one policy layer ("OPA-Wasm（统一）"): the sentence for the policy the
 * edge tier picked, and whether it is the one the seed unifies both tiers on.
 */
export function unifiedPolicyNote(
  hybrid: Scenario,
  policy: TechnologyId,
  lang: Language,
  names: Names,
): { same: boolean; text: string } {
  const w = coWords[lang];
  const seedPolicies = hybrid.variants.find((v) => v.id === 'edge')?.stack.policy ?? [];
  const same = seedPolicies.includes(policy);
  return {
    same,
    text: format(same ? w.unifiedPolicy : w.unifiedOther, {
      policy: names.technology(policy),
      seed: seedPolicies.map(names.technology).join(w.or),
    }),
  };
}
