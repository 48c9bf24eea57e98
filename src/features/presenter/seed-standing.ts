import type { Language } from '../../catalogue/types';
import {
  seedLayerList,
  seedMoreText,
  seedScoresMore,
} from '../../components/co-recommendation-words';
import { format } from '../../i18n/messages';
import { presenterMessages } from './messages';
import type { SeedVerdict } from './to-verdict';
import { formatPoints, formatSignedPoints } from '../../i18n/numbers';

/**
 * A differing seed check's words on the slide: its rank and gap — or, when it scores more
 * than #1, that fit decides and what it misses — and the clauses saying what decides it.
 * Both null / empty unless #1 differs from the seed's stack.
 */
export function seedStanding(
  s: SeedVerdict,
  lang: Language,
): { rank: string | null; decides: string[] } {
  if (s.verdict !== 'differs' || s.rank === null) return { rank: null, decides: [] };
  const m = presenterMessages[lang];
  const fit = s.fit;
  const more = fit !== null && seedScoresMore(s.gapPoints / 100);
  const rank = more
    ? seedMoreText(
        {
          rank: s.rank,
          count: s.count,
          sharingRank: s.sharingRank,
          more: -s.gapPoints / 100,
          fit: fit.seed,
          unmet: s.unmet,
        },
        lang,
      )
    : format(s.sharingRank > 1 ? m.seedRankShared : m.seedRank, {
        rank: s.rank,
        count: s.count,
        n: s.sharingRank,
        gap: formatPoints(s.gapPoints, lang),
      });
  const decides = [
    seedLayerList(s.layers, lang),
    fit ? format(m.seedFit, { top: m[fit.top], seed: m[fit.seed] }) : '',
    // A seed stack that scores more ranks lower on fit alone: no lead for #1 to list.
    !more && s.decidedBy.length > 0
      ? format(m.seedDims, {
          dims: s.decidedBy
            .map((d) => `${d.name} ${formatSignedPoints(d.points, lang)}`)
            .join(m.listSep),
        })
      : '',
  ].filter(Boolean);
  return { rank, decides };
}
