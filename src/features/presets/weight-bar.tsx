import type { Weights } from '../../catalogue/types';
import { dimensionColour } from '../../components/series-colour';
import { useLanguage } from '../../components/use-messages';
import { reconcileWeights } from '../../engine/presets';
import { normaliseWeights } from '../../engine/rank';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { formatNumber } from '../../i18n/numbers';

/**
 * A thin stacked bar of the weight shares in the dimension colours, labelled with every weight,
 * over the catalogue's dimensions (weights saved under another catalogue as they would apply).
 */
export function WeightBar({
  weights,
  label,
}: {
  weights: Weights;
  label: (list: string) => string;
}) {
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const names = useNames();
  const applied = reconcileWeights(catalogue, weights);
  const shares = normaliseWeights(applied);
  const list = catalogue.dimensions
    .map((d) => `${names.dimension(d.id, lang)} ${formatNumber(applied[d.id] ?? 0, lang, 1)}`)
    .join(lang === 'zh' ? '，' : ', ');
  return (
    <div className="weight-bar" role="img" aria-label={label(list)} title={list}>
      {catalogue.dimensions.map((d, i) => {
        const share = shares[d.id] ?? 0;
        return share > 0 ? (
          <span
            key={d.id}
            className="weight-bar-part"
            style={{ flexGrow: share, background: dimensionColour(d.id, i) }}
          />
        ) : null;
      })}
    </div>
  );
}
