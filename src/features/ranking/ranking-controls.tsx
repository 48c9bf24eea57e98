import type { Language, LayerId } from '../../catalogue/types';
import type { RankMode } from '../../engine/evaluate';
import { METHODS, type Method } from '../../engine/methods';
import { HideDominatedSwitch } from '../../components/hide-dominated-switch';
import { methodHint, methodName } from '../../components/method-words';
import { useAppStore } from '../../store/app-store';
import { usePrepared } from '../../store/use-ranking';
import { layerChoice, withLayerChoice } from '../../components/filter-rows';
import { rankingMessages } from './messages';

const MODES: RankMode[] = ['fitFirst', 'scoreOnly'];

/** Aggregation method, rank mode and "show invalid"; re-renders when any changes. */
export function RankControls({ lang }: { lang: Language }) {
  const m = rankingMessages[lang];
  const rankMode = useAppStore((s) => s.rankMode);
  const setRankMode = useAppStore((s) => s.setRankMode);
  const showInvalid = useAppStore((s) => s.showInvalid);
  const setShowInvalid = useAppStore((s) => s.setShowInvalid);
  const method = useAppStore((s) => s.method);
  const setMethod = useAppStore((s) => s.setMethod);
  return (
    <>
      <label className="ranking-method">
        <span>{m.method}</span>
        <select
          value={method}
          title={methodHint(method, lang)}
          onChange={(e) => setMethod(e.target.value as Method)}
        >
          {METHODS.map((value) => (
            <option key={value} value={value}>
              {methodName(value, lang)}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={m.rankMode}>
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={rankMode === mode}
            onClick={() => setRankMode(mode)}
          >
            {m[mode]}
          </button>
        ))}
      </div>
      <label className="ranking-switch">
        <input
          type="checkbox"
          checked={showInvalid}
          onChange={(e) => setShowInvalid(e.target.checked)}
        />
        <span>{m.showInvalid}</span>
      </label>
    </>
  );
}

/**
 * One select per layer of the catalogue; the table shows stacks holding every chosen
 * technology, and none another stack dominates when those are hidden. Re-renders with the
 * filter and the catalogue.
 */
export function TechnologyFilter({ lang }: { lang: Language }) {
  const m = rankingMessages[lang];
  const filter = useAppStore((s) => s.technologyFilter);
  const setFilter = useAppStore((s) => s.setTechnologyFilter);
  const { catalogue, technologies } = usePrepared();
  const layerOf = (id: string): LayerId | undefined => technologies.get(id)?.layer;
  return (
    <fieldset className="technology-filter">
      <legend>{m.filterLegend}</legend>
      <div className="technology-filter-fields">
        {catalogue.layers.map((layer) => {
          const id = `ranking-filter-${layer.id}`;
          const value = layerChoice(filter, layer.id, layerOf);
          return (
            <div key={layer.id} className="technology-filter-field">
              <label htmlFor={id}>{layer.name[lang]}</label>
              <select
                id={id}
                value={value}
                data-active={value !== '' || undefined}
                onChange={(e) =>
                  setFilter(withLayerChoice(filter, layer.id, e.target.value, layerOf))
                }
              >
                <option value="">{m.any}</option>
                {catalogue.technologies
                  .filter((t) => t.layer === layer.id)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
              </select>
            </div>
          );
        })}
        <HideDominatedSwitch label={m.hideDominated} className="ranking-switch ranking-dominated" />
        <button
          type="button"
          className="button technology-filter-clear"
          disabled={filter.length === 0}
          onClick={() => setFilter([])}
        >
          {m.clearFilter}
        </button>
      </div>
    </fieldset>
  );
}
