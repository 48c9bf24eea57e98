import { useId } from 'react';

import { CATALOGUE_SCHEMA_FILE } from '../../catalogue/catalogue-file';
import type { Catalogue } from '../../catalogue/types';
import { downloadCatalogueJson, downloadFactsCsv } from '../../components/catalogue-download';
import { Panel } from '../../components/panel';
import { useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore, type AppState } from '../../store/app-store';
import { ImportDialog } from './import-dialog';
import { catalogueIoMessages } from './messages';
import { useImportFlow } from './use-import-flow';
import './catalogue-io.css';

const selectLastEdit = (s: AppState) => s.catalogueUndo.at(-1)?.edit;

/** Where the catalogue's JSON Schema is served (public/, under the app's base path). */
export const SCHEMA_URL = `${import.meta.env.BASE_URL}${CATALOGUE_SCHEMA_FILE}`;

/**
 * The Catalogue view's Import and export panel: export the catalogue (JSON) or its facts
 * (CSV), import a .json / .csv file or load a catalogue from a URL — each checked whole and
 * previewed before Apply import puts it in the store (undoable). Re-renders with the language,
 * the last catalogue edit (for Undo import) and its own dialog.
 */
export function CatalogueIo() {
  const m = useMessages(catalogueIoMessages);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const undoCatalogue = useAppStore((s) => s.undoCatalogue);
  const flow = useImportFlow();
  const fileId = useId();
  const hintId = useId();
  // Undo import is offered while the last catalogue edit is an import (a file, a URL, a team link).
  const lastEdit = useAppStore(selectLastEdit);

  const exportWith = (download: (c: Catalogue) => void) => {
    try {
      download(useAppStore.getState().catalogue);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      pushNotice({
        id: 'catalogue-export',
        tone: 'error',
        message: {
          en: format(catalogueIoMessages.en.exportFailed, { error: reason }),
          zh: format(catalogueIoMessages.zh.exportFailed, { error: reason }),
        },
      });
    }
  };

  return (
    <Panel id="catalogue-io" title={m.title} className="cat-io">
      <p className="cat-io-lead">{m.intro}</p>
      <div className="cat-io-actions">
        <button type="button" className="button" onClick={() => exportWith(downloadCatalogueJson)}>
          {m.exportJson}
        </button>
        <button type="button" className="button" onClick={() => exportWith(downloadFactsCsv)}>
          {m.exportCsv}
        </button>
        <span className="cat-io-file">
          <input
            id={fileId}
            type="file"
            className="cat-io-file-input"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby={hintId}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              // Cleared, so choosing the same file again (after fixing it) fires a change.
              e.currentTarget.value = '';
              if (file) void flow.importFile(file);
            }}
          />
          <label htmlFor={fileId} className="button">
            {m.importFile}
          </label>
        </span>
        <button type="button" className="button" aria-haspopup="dialog" onClick={flow.askUrl}>
          {m.loadUrl}
        </button>
        <a className="cat-io-schema" href={SCHEMA_URL} target="_blank" rel="noopener">
          {m.schemaLink}
        </a>
      </div>
      <p id={hintId} className="cat-io-hint">
        {m.importFileHint}
      </p>
      <div className="cat-io-status" role="status">
        {lastEdit?.action === 'import' ? (
          <>
            <span>{format(m.appliedStatus, { subject: lastEdit.subject ?? '' })}</span>
            <button type="button" className="button" onClick={undoCatalogue}>
              {m.undoImport}
            </button>
          </>
        ) : null}
      </div>
      <ImportDialog flow={flow} />
    </Panel>
  );
}
