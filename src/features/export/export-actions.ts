import { version } from '../../../package.json';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { downloadText } from '../../components/download';
import { exportFileName } from '../../components/export-file';
import { shareUrl } from '../../store/url-codec';
import { scenarioById } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { currentInputs } from './current-inputs';
import { visibleRows } from './table-order';
import { toAdr } from './to-adr';
import { toCsv } from './to-csv';
import { toStateJson } from './to-state-json';

export type ExportKind = 'adr' | 'csv' | 'json';

/** Builds one export from the current inputs and downloads it; throws when it cannot be built. */
export function runExport(kind: ExportKind, now = new Date()): void {
  const inputs = currentInputs();
  const lang = inputs.language;
  const ranking = rankFor(
    inputs.requirements,
    inputs.weights,
    { mode: inputs.rankMode, showInvalid: inputs.showInvalid },
    scenarioById(inputs.baseScenarioId),
  );
  if (kind === 'adr') {
    const markdown = toAdr({
      inputs,
      ranking,
      catalogue: seedCatalogue,
      shareUrl: shareUrl(inputs, window.location),
      date: now,
    });
    downloadText(markdown, exportFileName('decision-record', now, 'md'), 'text/markdown');
  } else if (kind === 'csv') {
    const rows = visibleRows(ranking, inputs.technologyFilter, inputs.sorting);
    downloadText(
      toCsv(rows, seedCatalogue, lang),
      exportFileName('ranking', now, 'csv'),
      'text/csv',
    );
  } else {
    const json = toStateJson(inputs, version, now);
    downloadText(json, exportFileName('stack-decision', now, 'json'), 'application/json');
  }
}
