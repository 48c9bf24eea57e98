import type { Language } from '../../catalogue/types';
import { requirementLabel, requirementValue } from '../../components/requirement-words';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { weightsMessages } from './messages';
import { SourceBadges, SourceWhy } from './source-badges';
import type { ScenarioDerivation, Source } from './to-derivation';
import { formatNumber } from '../../i18n/numbers';

type Strings = (typeof weightsMessages)['en'];

interface Props {
  derivation: ScenarioDerivation;
  lang: Language;
  m: Strings;
}

/** "now 3" beside a preset value the user has changed. */
function Now({ value, m }: { value: string | null; m: Strings }) {
  return value === null ? null : <span className="derivation-now">{format(m.now, { value })}</span>;
}

interface RowProps {
  name: string;
  /** The preset's value; none for a focus row. */
  value?: { text: string; numeric: boolean };
  /** The value now, when the user has changed it from the preset's. */
  now?: string | null;
  /** Null when the preset sets the input without saying where it comes from. */
  source: Source | null;
  lang: Language;
  m: Strings;
}

/** One preset input: its name and value, the value now, the section badges and the why. */
function DerivationRow({ name, value, now = null, source, lang, m }: RowProps) {
  return (
    <li className="derivation-row">
      <div className="derivation-head">
        <span className="derivation-name">{name}</span>
        {value ? (
          <span className={value.numeric ? 'derivation-value num' : 'derivation-value'}>
            {value.text}
          </span>
        ) : null}
        <Now value={now} m={m} />
        {source ? <SourceBadges source={source} lang={lang} /> : null}
      </div>
      {source ? (
        <SourceWhy source={source} lang={lang} seedWords={m.seedWords} />
      ) : (
        <p className="derivation-why">{m.noSource}</p>
      )}
    </li>
  );
}

/**
 * A disclosure "Where these weights come from": the preset's 17.2.2 scheme maturity and, per
 * weight and per requirement it sets, the why, the seed's words and the section badges.
 * Labelled "started from" once the inputs have left the preset. Native <details>: keyboard
 * operable as is.
 */
export function ScenarioDerivationDetails({ derivation: d, lang, m }: Props) {
  const stars = d.schemeMaturity?.stars ?? 0;
  return (
    <details className="derivation">
      <summary>{m.derivationTitle}</summary>
      <div className="derivation-body">
        {d.startedFrom ? (
          <p className="derivation-started">
            <strong>{format(m.startedFrom, { name: d.name[lang] })}</strong> {m.startedFromNote}
          </p>
        ) : null}
        <p className="derivation-intro">{m.derivationIntro}</p>
        {d.schemeMaturity ? (
          <p className="derivation-scheme">
            <span>{m.schemeMaturity}</span> <span lang="zh-CN">{d.schemeMaturity.scheme}</span>{' '}
            <span
              className="derivation-stars"
              role="img"
              aria-label={format(m.starsName, { n: stars })}
            >
              {'★'.repeat(stars) + '☆'.repeat(5 - stars)}
            </span>{' '}
            <SourceRef section="17.2.2" lang={lang} />
          </p>
        ) : null}
        <h3 className="derivation-heading">{m.presetWeights}</h3>
        <ul className="derivation-list">
          {d.weights.map((row) => (
            <DerivationRow
              key={row.dimension}
              name={row.name[lang]}
              value={{ text: formatNumber(row.weight, lang, 1), numeric: true }}
              now={row.current === null ? null : formatNumber(row.current, lang, 1)}
              source={row.source}
              lang={lang}
              m={m}
            />
          ))}
        </ul>
        <h3 className="derivation-heading">{m.presetRequirements}</h3>
        {d.requirements.length === 0 ? <p className="derivation-why">{m.noRequirements}</p> : null}
        <ul className="derivation-list">
          {d.requirements.map((row) => (
            <DerivationRow
              key={row.key}
              name={requirementLabel(row.key, lang)}
              value={{ text: requirementValue(row.key, row.value, lang), numeric: false }}
              now={row.current === undefined ? null : requirementValue(row.key, row.current, lang)}
              source={row.source}
              lang={lang}
              m={m}
            />
          ))}
        </ul>
        {d.focus.length > 0 ? (
          <>
            <h3 className="derivation-heading">{m.focusTitle}</h3>
            <ul className="derivation-list">
              {d.focus.map((row) => (
                <DerivationRow
                  key={row.dimension}
                  name={row.name[lang]}
                  source={row.source}
                  lang={lang}
                  m={m}
                />
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
