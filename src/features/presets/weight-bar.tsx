import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Weights } from '../../catalogue/types';
import { useLanguage } from '../../components/use-messages';
import { DIMENSION_IDS, normaliseWeights } from '../../engine/rank';
import { formatNumber } from '../../i18n/messages';

const NAMES = new Map(seedCatalogue.dimensions.map((d) => [d.id, d.name]));

/** A thin stacked bar of the weight shares in the dimension colours, labelled with every weight. */
export function WeightBar({
  weights,
  label,
}: {
  weights: Weights;
  label: (list: string) => string;
}) {
  const lang = useLanguage();
  const shares = normaliseWeights(weights);
  const list = DIMENSION_IDS.map(
    (d) => `${NAMES.get(d)![lang]} ${formatNumber(weights[d], lang, 1)}`,
  ).join(lang === 'zh' ? '，' : ', ');
  return (
    <div className="weight-bar" role="img" aria-label={label(list)} title={list}>
      {DIMENSION_IDS.map((d) =>
        shares[d] > 0 ? (
          <span
            key={d}
            className={`weight-bar-part weight-bar-${d}`}
            style={{ flexGrow: shares[d] }}
          />
        ) : null,
      )}
    </div>
  );
}
