import { useMemo } from 'react';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { scenarioById } from '../../store/app-store';
import { preparedCatalogue } from '../../store/use-ranking';
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
 * The seed conformance view: every scenario alternative of chapter 17, the seed's stack, its
 * rank and gap in the app and why they differ. Computed once (it does not depend on the
 * user's inputs); re-renders on language change only.
 */
export function ConformancePanel() {
  const m = useMessages(conformanceMessages);
  const lang = useLanguage();
  const rows = useMemo(() => toConformanceRows(preparedCatalogue, seedCatalogue.scenarios), []);
  const summary = useMemo(() => summaryText(summarise(rows), lang), [rows, lang]);
  const hybrid = seedCatalogue.scenarios.find((s) => s.tiers);
  const tiers = hybrid?.tiers
    ? format(m.captionTiers, {
        central: scenarioById(hybrid.tiers.central).name[lang],
        edge: scenarioById(hybrid.tiers.edge).name[lang],
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
