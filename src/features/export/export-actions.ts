import { version } from '../../../package.json';
import { downloadText } from '../../components/download';
import { exportFileName } from '../../components/export-file';
import { scenarioIn } from '../../engine/presets';
import type { Catalogue } from '../../catalogue/types';
import { encodeShareCatalogue, isSeedCatalogue } from '../../store/seed-baseline';
import { shareUrl } from '../../store/url-codec';
import { rankedInWorker, scoring } from '../../store/scoring/start';
import { rankFor } from '../../store/use-ranking';
import { currentCatalogue, currentInputs } from './current-inputs';
import { confidenceNow, undominated } from './current-confidence';
import { visibleRows } from './table-order';
import { toAdr } from './to-adr';
import { toCsv } from './to-csv';
import { toStateJson } from './to-state-json';

export type ExportKind = 'adr' | 'csv' | 'json';

/**
 * The share link of the inputs; with a user's catalogue it carries the catalogue in its
 * fragment when the catalogue fits a link (else the inputs only, as the share popover says).
 */
async function decisionLink(inputs: ReturnType<typeof currentInputs>, catalogue: Catalogue) {
  const url = shareUrl(inputs, window.location, catalogue);
  if (isSeedCatalogue(catalogue)) return url;
  const link = await encodeShareCatalogue(catalogue);
  return 'fragment' in link ? `${url}#${link.fragment}` : url;
}

/**
 * Builds one export from the current inputs and catalogue and downloads it; rejects when it
 * cannot be built.
 */
export async function runExport(kind: ExportKind, now = new Date()): Promise<void> {
  const inputs = currentInputs();
  const catalogue = currentCatalogue();
  const lang = inputs.language;
  if (kind === 'json') {
    const json = toStateJson(inputs, version, now, isSeedCatalogue(catalogue) ? null : catalogue);
    downloadText(json, exportFileName('stack-decision', now, 'json'), 'application/json');
    return;
  }
  // A worker-ranked catalogue exports what the worker last ranked for these inputs: its top
  // rows with the whole ranking's size and counts; the table's (filtered) top rows for the CSV.
  const scale = rankedInWorker(catalogue) ? scoring.getSnapshot() : null;
  const ranking =
    scale?.ready === true
      ? scale.ranking.rows
      : rankFor(
          catalogue,
          inputs.requirements,
          inputs.weights,
          { mode: inputs.rankMode, showInvalid: inputs.showInvalid, method: inputs.method },
          scenarioIn(catalogue, inputs.baseScenarioId),
        );
  if (kind === 'adr') {
    const markdown = toAdr({
      inputs,
      ranking,
      ...(scale?.ready ? { whole: scale.ranking } : {}),
      catalogue,
      shareUrl: await decisionLink(inputs, catalogue),
      date: now,
      confidence: confidenceNow(catalogue),
    });
    downloadText(markdown, exportFileName('decision-record', now, 'md'), 'text/markdown');
  } else {
    // The worker's table already leaves dominated stacks out when they are hidden.
    const rows = scale?.ready
      ? visibleRows(catalogue, scale.table.rows, [], inputs.sorting)
      : visibleRows(
          catalogue,
          inputs.hideDominated ? undominated(catalogue, ranking) : ranking,
          inputs.technologyFilter,
          inputs.sorting,
        );
    downloadText(toCsv(rows, catalogue, lang), exportFileName('ranking', now, 'csv'), 'text/csv');
  }
}
