import type { Language } from '../../catalogue/types';
import { dimensionColour } from '../../components/series-colour';
import { useLanguage } from '../../components/use-messages';
import { useCatalogue, useNames } from '../../store/use-ranking';
import type { SettingChange, WeightChange } from './diff-presets';
import { formatSetting, settingLabel } from './format-setting';
import { presetsMessages } from './messages';
import { formatNumber, formatSigned } from '../../i18n/numbers';

const percent = (share: number, lang: Language) => `${formatNumber(share * 100, lang, 1)}%`;

function Delta({ text }: { text: string }) {
  const sign = text.startsWith('+') ? 'plus' : text.startsWith('−') ? 'minus' : 'zero';
  return <span className={`delta delta-${sign}`}>{text}</span>;
}

/** Every dimension's weight and share in A and B, with B − A deltas; named from the catalogue. */
export function WeightsDiffTable({ rows }: { rows: WeightChange[] }) {
  const lang = useLanguage();
  const m = presetsMessages[lang];
  const names = useNames();
  const order = useCatalogue().dimensions.map((d) => d.id);
  return (
    <div className="compare-scroll">
      <table className="compare-table">
        <caption>{m.weightsTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.dimension}</th>
            <th scope="col" className="num-col">{`${m.weight} A`}</th>
            <th scope="col" className="num-col">{`${m.weight} B`}</th>
            <th scope="col" className="num-col">
              {m.delta}
            </th>
            <th scope="col" className="num-col">{`${m.share} A`}</th>
            <th scope="col" className="num-col">{`${m.share} B`}</th>
            <th scope="col" className="num-col">
              {m.deltaPoints}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.dimension}>
              <th scope="row">
                <span
                  className="dim-swatch"
                  aria-hidden="true"
                  style={{ background: dimensionColour(r.dimension, order.indexOf(r.dimension)) }}
                />
                {names.dimension(r.dimension, lang)}
              </th>
              <td className="num-col num">{formatNumber(r.a, lang, 1)}</td>
              <td className="num-col num">{formatNumber(r.b, lang, 1)}</td>
              <td className="num-col num">
                <Delta text={formatSigned(r.delta, lang, 1)} />
              </td>
              <td className="num-col num">{percent(r.shareA, lang)}</td>
              <td className="num-col num">{percent(r.shareB, lang)}</td>
              <td className="num-col num">
                <Delta text={formatSigned(r.shareDelta * 100, lang, 1)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The requirement and method settings that differ, A beside B; a line when none do. */
export function SettingsDiffTable({ rows }: { rows: SettingChange[] }) {
  const lang = useLanguage();
  const m = presetsMessages[lang];
  const names = useNames();
  if (rows.length === 0) return <p className="compare-same">{m.sameSettings}</p>;
  return (
    <div className="compare-scroll">
      <table className="compare-table">
        <caption>{m.settingsTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.setting}</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{settingLabel(r.key, lang)}</th>
              <td>{formatSetting(r.key, r.a, lang, names)}</td>
              <td>{formatSetting(r.key, r.b, lang, names)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
