import type { Language, Requirements } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import { StatusBadge } from '../../components/status-badge';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { gapText, reasonText, sweepText, treeText } from './conformance-words';
import { conformanceMessages } from './messages';
import type { ConformanceRow } from './to-conformance-rows';

const VERDICT_STATUS = {
  agrees: 'match',
  coRecommended: 'partial',
  differs: 'mismatch',
  absent: 'invalid',
} as const;

/** Sets the store to a row's inputs (its preset, then the alternative's requirements) and opens the decision. */
function applyRow(row: ConformanceRow) {
  const { applyScenario, setRequirement, setView } = useAppStore.getState();
  applyScenario(row.scenario.id);
  const requirements = row.variant.requirements;
  for (const key of Object.keys(requirements) as (keyof Requirements)[]) {
    setRequirement(key, requirements[key] as Requirements[typeof key]);
  }
  setView('dashboard');
  // The button leaves with the view: take focus to the recommendation the inputs produce.
  requestAnimationFrame(() => {
    const heading = document.getElementById('recommendation');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  });
}

/** One scenario alternative of the conformance table. */
export function ConformanceTableRow({ row, lang }: { row: ConformanceRow; lang: Language }) {
  const m = conformanceMessages[lang];
  const scenario = row.scenario.name[lang];
  const alternative = row.variant.label[lang];
  const names = useNames();
  const { layers } = useCatalogue();
  const tree = treeText(
    row,
    lang,
    names,
    layers.map((l) => l.id),
  );
  const sweep = sweepText(row, lang, names);
  const gap = gapText(row, lang);
  return (
    <tr className={`cf-row cf-${row.verdict}`} data-row={row.key}>
      <th scope="row" className="cf-scenario">
        <strong>{scenario}</strong> <span className="cf-alt">{alternative}</span>
      </th>
      <td className="cf-seed-stack">
        <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{row.variant.seedWording[lang]}</span>
        <span className="cf-sources">
          {row.variant.sections.map((section) => (
            <SourceRef key={section} section={section} lang={lang} />
          ))}
        </span>
      </td>
      <td className="cf-top">
        <ul className="cf-stacks">
          {row.leaders.map((parts) => (
            <li key={names.stack(parts)}>{names.stack(parts)}</li>
          ))}
        </ul>
      </td>
      <td className="cf-verdict">
        <StatusBadge status={VERDICT_STATUS[row.verdict]} label={m[row.verdict]} />
        <span className="cf-rank num">
          {row.seedRank === null ? m.none : format(m.rank, { rank: row.seedRank })}
        </span>
        {gap ? <span className="cf-sub cf-gap">{gap}</span> : null}
        {row.seedTies > 1 ? (
          <span className="cf-sub"> {format(m.tiedRank, { n: row.seedTies })}</span>
        ) : null}
        {row.heldToPolicy ? (
          <span className="cf-sub">
            {' '}
            {format(m.heldToPolicy, { policy: names.technology(row.heldToPolicy) })}
          </span>
        ) : null}
      </td>
      <td className="cf-reason">
        {reasonText(row, lang, names)}
        {sweep ? <span className="cf-sub cf-sweep">{sweep}</span> : null}
        {/* Narrow screens drop the tree column; its sentence joins the reason instead. */}
        <span className="cf-tree-inline">
          {' '}
          {format(m.treeInline, { stack: tree.stack, fit: tree.fit })}
        </span>
      </td>
      <td className="cf-tree">
        <span className="cf-tree-stack">{tree.stack}</span>{' '}
        <span className="cf-sub">{tree.path}</span>{' '}
        <span className={`cf-sub cf-tree-${row.tree.fit}`}>{tree.fit}</span>
      </td>
      <td>
        <button
          type="button"
          className="cf-apply"
          aria-label={format(m.applyLabel, { scenario, alternative })}
          onClick={() => applyRow(row)}
        >
          {m.apply}
        </button>
      </td>
    </tr>
  );
}
