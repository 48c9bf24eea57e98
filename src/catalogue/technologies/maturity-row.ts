import { num, quoted, stars, t, text, unknown } from '../fact-builders';
import type { Fact, Facts, LocalizedText, SectionId } from '../types';

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

/** A star rating quoted as its table cell prints it ("⭐⭐⭐⭐"). */
const starCell = (n: number, source: SectionId): Fact => quoted(stars(n, source), '⭐'.repeat(n));

/**
 * The facts of one row of a 17.2.4.x maturity table, each citing that table and quoting
 * its cell as printed ("110K+", "1.30.x", "每 3 个月", "⭐⭐⭐⭐⭐").
 */
export function maturityFacts(row: MaturityRow, source: SectionId): Facts {
  const version = typeof row.version === 'string' ? t(row.version, row.version) : row.version;
  return {
    githubStars:
      row.starsK === null
        ? quoted(unknown('-', '- (not given)', source), '-')
        : quoted(num(row.starsK * 1000, 'stars', source, { orMore: true }), `${row.starsK}K+`),
    latestVersion: quoted(text(version.zh, version.en, source), version.zh),
    releaseCadence: quoted(
      text(cadences[row.cadence].zh, cadences[row.cadence].en, source),
      cadences[row.cadence].zh,
    ),
    productionStars: starCell(row.production, source),
    communityStars: starCell(row.community, source),
    maturityStars: starCell(row.maturity, source),
  };
}
