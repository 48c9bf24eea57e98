import { useMemo } from 'react';

import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { stackCount } from '../../catalogue/validate';
import { formatNumber } from '../../i18n/numbers';
import { useCatalogue, useNames, usePrepared, useRankedInWorker } from '../../store/use-ranking';
import { ConformanceTableRow } from './conformance-row';
import { nearTiePoints, summaryText } from './conformance-words';
import { conformanceMessages } from './messages';
import { summarise, toConformanceRows } from './to-conformance-rows';
import '../../components/data-table.css';
import './conformance.css';

const COLUMNS = [
  'colSeedStack',
  'colTop',
  'colVerdict',
  'colReason',
  'colTree',
  'colApply',
] as const;

/**
 * The seed conformance view: every scenario alternative of the store's catalogue (the seed's
 * of chapter 17), the seed's stack, its rank and gap in the app and why they differ; a seed
 * stack whose technologies the catalogue lacks is reported absent. Computed once per
 * catalogue (it does not depend on the user's inputs); re-renders on catalogue or language
 * change only.
 */
export function ConformancePanel() {
  return useRankedInWorker() ? <ConformanceAtScale /> : <ConformanceTable />;
}

/**
 * For a catalogue ranked in the worker: conformance ranks every stack under each of the
 * seed's scenario alternatives on the main thread, which a million stacks do not allow.
 */
function ConformanceAtScale() {
  const m = useMessages(conformanceMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const count = useMemo(() => stackCount(catalogue), [catalogue]);
  return (
    <Panel id="conformance" title={m.title} className="conformance-panel">
      <p className="cf-intro">{m.intro}</p>
      <p className="cf-summary" role="status">
        {format(m.atScale, { n: formatNumber(count, lang) })}
      </p>
    </Panel>
  );
}

function ConformanceTable() {
  const m = useMessages(conformanceMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const prepared = usePrepared();
  const names = useNames();
  const rows = useMemo(
    () => toConformanceRows(prepared, catalogue.scenarios),
    [prepared, catalogue.scenarios],
  );
  const summary = useMemo(() => summaryText(summarise(rows), lang), [rows, lang]);
  const hybrid = catalogue.scenarios.find((s) => s.tiers);
  const tiers = hybrid?.tiers
    ? format(m.captionTiers, {
        central: names.scenario(hybrid.tiers.central, lang),
        edge: names.scenario(hybrid.tiers.edge, lang),
      })
    : '';
  return (
    <Panel
      id="conformance"
      title={m.title}
      className="conformance-panel"
      actions={['17.8.2', '17.8.1'].map((section) => (
        <SourceRef key={section} section={section} lang={lang} />
      ))}
    >
      <p className="cf-intro">{m.intro}</p>
      <p className="cf-summary" role="status">
        {summary}
      </p>
      <div className="data-scroll" role="region" aria-label={m.tableLabel} tabIndex={0}>
        <table className="data-table cf-table">
          <caption>
            {format(m.caption, { nearTie: nearTiePoints(lang) })} {tiers}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.colScenario}</th>
              {COLUMNS.map((key) => (
                <th scope="col" key={key} className={key === 'colTree' ? 'cf-tree' : undefined}>
                  {m[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ConformanceTableRow key={row.key} row={row} lang={lang} />
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
