import { methodHint, methodName } from '../../components/method-words';
import { intervalText, stabilityVerdict } from '../../components/stability-words';
import type { MethodAgreement } from '../../engine/analysis/agreement';
import { ahp, CR_LIMIT } from '../../engine/analysis/ahp';
import type { DecisionStrip } from '../../engine/analysis/decision-map';
import type { CombinedWeights } from '../../engine/analysis/group';
import { boundaryText, changedParts } from '../../components/boundary-words';
import { requirementLabel } from '../../components/requirement-words';
import type { Stability } from '../../engine/analysis/stability';
import { DEFAULT_METHOD } from '../../engine/methods';
import { format } from '../../i18n/messages';
import { formatNumber, formatScore } from '../../i18n/numbers';
import type { DominanceView } from '../../store/scoring/analysis';
import { mdTable, mdText } from './markdown';
import type { AdrContext } from './to-adr';

/** A group review as the decision record reports it. */
export interface AdrReview {
  /** Each readable reviewer's #1 (null: nothing ranks), in the order the links were pasted. */
  tops: (string | null)[];
  combined: CombinedWeights;
}

/** How sure the decision is: what the analyses of the "How sure?" view found. */
export interface AdrConfidence {
  stability: Stability | null;
  dominance: DominanceView | null;
  agreement: MethodAgreement | null;
  review: AdrReview | null;
  /** Where the #1 flips along requirements (the decision map's strips), when computed. */
  strips?: DecisionStrip[];
}

const share = (x: number, lang: AdrContext['lang']) => `${formatScore(x, lang, 1)}%`;

/**
 * "How sure are we": the method and whether the others agree, the stability of the #1 under
 * each weight, the efficient set, the AHP judgements' consistency and the reviewers'
 * disagreement — each only when it was computed or entered.
 */
export function confidenceSection(ctx: AdrContext): string[] {
  const { confidence, inputs, catalogue, m, lang, names, dimensionName } = ctx;
  const method = inputs.method ?? DEFAULT_METHOD;
  const out = [
    `## ${m.confidence}`,
    '',
    format(m.label, {
      label: m.aggregation,
      text: `${methodName(method, lang)} — ${methodHint(method, lang)}`,
    }),
  ];
  const { stability, dominance, agreement, review } = confidence ?? {
    stability: null,
    dominance: null,
    agreement: null,
    review: null,
  };
  if (agreement) {
    out.push(
      '',
      `### ${m.agreementTitle}`,
      '',
      m.agreementText,
      '',
      ...mdTable(
        [m.agreementMethod, m.agreementTop, m.agreementSame, m.agreementTau],
        agreement.methods.map((v) => [
          v.method === agreement.current
            ? format(m.currentMethod, { method: methodName(v.method, lang) })
            : methodName(v.method, lang),
          v.top === null ? '—' : names.stack(v.top),
          v.method === agreement.current ? '—' : v.sameTop ? m.yes : m.no,
          v.tau === null ? '—' : v.tau.toFixed(2),
        ]),
        ['left', 'left', 'left', 'right'],
      ),
    );
  }
  if (stability) {
    out.push('', `### ${m.stabilityTitle}`, '', mdText(stabilityVerdict(stability, names, lang)));
    if (stability.top !== null)
      out.push(
        '',
        ...mdTable(
          [m.dimension, m.weight, m.stabilityRange],
          stability.intervals.map((i) => [
            dimensionName(i.dimension),
            formatNumber(i.value, lang, 2),
            intervalText(i, lang),
          ]),
          ['left', 'right', 'left'],
        ),
      );
  }
  const strips = confidence?.strips ?? [];
  if (strips.length > 0) {
    out.push('', `### ${m.flipsTitle}`, '');
    for (const strip of strips) {
      const { axis, min, max } = strip.axis;
      const label = requirementLabel(axis, lang);
      const flips = strip.boundaries.map((b) =>
        boundaryText(
          b.axis,
          b.at,
          b.changed.length > 0 ? b.changed.map((c) => c.to) : changedParts(b.from, b.to),
          names,
          lang,
        ),
      );
      out.push(
        `- ${format(m.label, {
          label: mdText(label),
          text: mdText(
            flips.length > 0
              ? flips.join(m.separator)
              : format(m.flipsNone, {
                  min: formatNumber(min, lang),
                  max: formatNumber(max, lang),
                }),
          ),
        })}`,
      );
    }
  }
  if (dominance)
    out.push(
      '',
      `### ${m.efficientTitle}`,
      '',
      format(m.efficientText, {
        count: formatNumber(dominance.efficient, lang),
        considered: formatNumber(dominance.considered, lang),
      }),
    );
  const n = catalogue.dimensions.length;
  if (inputs.judgements && inputs.judgements.length > 0) {
    const result = ahp(inputs.judgements, n, 'eigenvector');
    const cr = result.cr === null ? '—' : formatNumber(result.cr, lang, 3);
    out.push(
      '',
      `### ${m.ahpTitle}`,
      '',
      format(result.cr !== null && result.cr > CR_LIMIT ? m.ahpInconsistent : m.ahpConsistent, {
        n: inputs.judgements.length,
        cr,
      }),
      '',
      ...mdTable(
        [m.dimension, m.ahpPriority],
        catalogue.dimensions.map((d, i) => [
          dimensionName(d.id),
          share(result.priorities[i]!, lang),
        ]),
        ['left', 'right'],
      ),
    );
  }
  if (review) {
    const { combined, tops } = review;
    const most = combined.spread
      .slice(0, 2)
      .map((s) => mdText(dimensionName(catalogue.dimensions[s.dimension]!.id)));
    out.push(
      '',
      `### ${m.reviewTitle}`,
      '',
      format(m.reviewText, {
        n: tops.length,
        mean: combined.mean === 'geometric' ? m.geometricMean : m.arithmeticMean,
        dimensions: most.join(m.listSep),
      }),
      '',
      ...mdTable(
        [m.dimension, ...tops.map((_, i) => format(m.reviewer, { n: i + 1 })), m.combined],
        catalogue.dimensions.map((d, i) => [
          dimensionName(d.id),
          ...combined.reviewerShares.map((s) => share(s[i]!, lang)),
          share(combined.shares[i]!, lang),
        ]),
        ['left', ...tops.map(() => 'right' as const), 'right'],
      ),
      '',
      ...tops.map(
        (top, i) =>
          `- ${format(m.reviewerTop, { n: i + 1, stack: top === null ? m.noStack : mdText(names.stack(top)) })}`,
      ),
    );
  }
  return out;
}
