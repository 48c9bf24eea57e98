import { num, stars, t, text, unknown } from '../fact-builders';
import type { Facts, LocalizedText, SectionId } from '../types';

const cadences = {
  quarterly3: t('每 3 个月', 'every 3 months'),
  quarterly: t('每季度', 'quarterly'),
  monthly: t('每月', 'monthly'),
  irregular: t('不定期', 'irregular'),
} satisfies Record<string, LocalizedText>;

export interface MaturityRow {
  /** GitHub stars in thousands as printed ("110K+"), or null for "-". */
  starsK: number | null;
  /** As printed; a LocalizedText where the seed annotates it in Chinese. */
  version: string | LocalizedText;
  cadence: keyof typeof cadences;
  production: number;
  community: number;
  maturity: number;
}

/** The facts of one row of a 17.2.4.x maturity table, each citing that table. */
export function maturityFacts(row: MaturityRow, source: SectionId): Facts {
  return {
    githubStars:
      row.starsK === null
        ? unknown('-', '- (not given)', source)
        : num(row.starsK * 1000, 'stars', source, { orMore: true }),
    latestVersion:
      typeof row.version === 'string'
        ? text(row.version, row.version, source)
        : { kind: 'text', value: row.version, source },
    releaseCadence: { kind: 'text', value: cadences[row.cadence], source },
    productionStars: stars(row.production, source),
    communityStars: stars(row.community, source),
    maturityStars: stars(row.maturity, source),
  };
}
